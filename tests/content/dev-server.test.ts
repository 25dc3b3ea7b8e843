/**
 * The dev server, started as a maintainer starts it (`npm run dev`), shows a saved edit to
 * content/data/*.yaml within seconds, without a restart (src/lib/data/yaml-loader.ts watches its
 * file, as Astro's own file() loader does), and stops when `npm run dev` is killed by its pid
 * (scripts/dev.mjs: npm does not pass the kill on).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, expect, test } from 'vitest';
import { copyProject, ROOT } from '../helpers/project-copy';

const copy = copyProject();
const RELOAD_MS = 30_000;
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

/** Whether something accepts connections on the loopback port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

test('a changed figure title in figures.yaml shows on the running dev server within seconds; killing `npm run dev` stops it', async () => {
  const port = await freePort();
  let output = '';
  server = spawn('npm', ['run', 'dev', '--', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: copy.dir,
    // Not vitest's environment: NODE_ENV=test and VITEST* make the dev server answer "Cannot GET".
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TZ: process.env.TZ, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  server.stdout?.on('data', (chunk) => { output += chunk; });
  server.stderr?.on('data', (chunk) => { output += chunk; });
  // Whichever figure the data file lists first, with its title as written there (a rule, not
  // today's figures or wording).
  const figure = (load(copy.read('content/data/figures.yaml')) as { id: string; title: string; draft?: boolean }[])
    .find((entry) => !entry.draft)!;
  const { title } = figure;
  const url = `http://127.0.0.1:${port}/embed/${figure.id}/`;
  await waitFor(url, (text) => text.includes(title), 90_000).catch((error) => {
    throw new Error(`${(error as Error).message}\ndev server output:\n${output}`);
  });

  const savedAt = Date.now();
  copy.edit('content/data/figures.yaml', (text) => text.replace(`title: ${title}`, 'title: 改过的标题：一县一集群'));
  // Seconds, not a restart: 30 s is the bound a busy two-core CI machine (two test files building
  // and driving Chromium beside it) still meets; alone it takes about 2 s, and a restart would
  // cost the 20–60 s of the first start above.
  await waitFor(url, (text) => text.includes('改过的标题：一县一集群'), RELOAD_MS).catch((error) => {
    throw new Error(`${(error as Error).message}\ndev server output:\n${output}`);
  });
  expect(Date.now() - savedAt).toBeLessThan(RELOAD_MS);
  expect(output).toContain('Reloaded content/data/figures.yaml');

  // Killed by its pid, as a maintainer or a process manager does: the server must let go of its port.
  server.kill('SIGTERM');
  const until = Date.now() + RELOAD_MS;
  while (Date.now() < until && await listening(port)) await new Promise((resolve) => setTimeout(resolve, 250));
  expect(await listening(port), `port ${port} still open ${RELOAD_MS / 1000} s after \`npm run dev\` was killed`).toBe(false);
}, 150_000);
