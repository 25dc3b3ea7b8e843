/**
 * The dev server shows a saved edit to content/data/*.yaml within seconds, without a restart
 * (src/lib/data/yaml-loader.ts watches its file, as Astro's own file() loader does).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { copyProject, ROOT } from '../helpers/project-copy';

const copy = copyProject();
let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill();
  copy.remove();
});

/** A loopback port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls `url` until its text passes `ok`, or fails after `ms` with the last text seen. */
async function waitFor(url: string, ok: (text: string) => boolean, ms: number): Promise<string> {
  const until = Date.now() + ms;
  let last = '';
  while (Date.now() < until) {
    try {
      last = await (await fetch(url, { signal: AbortSignal.timeout(20_000) })).text();
      if (ok(last)) return last;
    } catch {
      // not listening yet, or still starting
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url}: not as expected within ${ms} ms; last response began: ${last.slice(0, 300)}`);
}

test('a changed figure title in figures.yaml shows on the running dev server within seconds', async () => {
  const port = await freePort();
  let output = '';
  server = spawn(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'node_modules/.bin/astro'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: copy.dir,
    // Not vitest's environment: NODE_ENV=test and VITEST* make the dev server answer "Cannot GET".
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TZ: process.env.TZ, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  server.stdout?.on('data', (chunk) => { output += chunk; });
  server.stderr?.on('data', (chunk) => { output += chunk; });
  const url = `http://127.0.0.1:${port}/embed/map-2022-tiers/`;
  // The figure's title as the data file has it today (a rule, not today's wording).
  const title = copy.read('content/data/figures.yaml').match(/- id: map-2022-tiers\n(?:  .*\n)*?  title: (.+)\n/)![1]!;
  await waitFor(url, (text) => text.includes(title), 90_000).catch((error) => {
    throw new Error(`${(error as Error).message}\ndev server output:\n${output}`);
  });

  const savedAt = Date.now();
  copy.edit('content/data/figures.yaml', (text) => text.replace(`title: ${title}`, 'title: 改过的标题：一县一集群'));
  await waitFor(url, (text) => text.includes('改过的标题：一县一集群'), 10_000).catch((error) => {
    throw new Error(`${(error as Error).message}\ndev server output:\n${output}`);
  });
  expect(Date.now() - savedAt).toBeLessThan(10_000);
  expect(output).toContain('Reloaded content/data/figures.yaml');
}, 150_000);
