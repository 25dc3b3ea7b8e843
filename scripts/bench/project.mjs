/**
 * Throw-away copies of the project for the benchmark's builds, and a timed `astro build` in one.
 * Each copy has its own Astro cache dir (a wrapper config), so benchmark builds neither read nor
 * write the shared node_modules/.astro cache that builds in the checkout use.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project root (this file is scripts/bench/project.mjs). */
export const ROOT = resolve(import.meta.dirname, '../..');

const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const CONFIG = 'astro.bench.config.mjs';

/** Copies the site's sources into a new temporary folder (node_modules linked). Returns its path. */
export function copySite(label) {
  const dir = mkdtempSync(join(tmpdir(), `jx-bench-${label}-`));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, CONFIG), [
    "import config from './astro.config.mjs';",
    '// The benchmark\'s own cache, so its builds do not share node_modules/.astro with the checkout.',
    "export default { ...config, cacheDir: './.bench-cache' };",
    '',
  ].join('\n'));
  return dir;
}

/** Deletes a copy made by copySite. */
export function removeSite(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Runs `astro build` in a copy with the pinned Node (the one running this script), in a child
 * process (build-worker.mjs). Resolves with { seconds: wall clock, cpu: CPU seconds of the build };
 * rejects with the output's tail if the build fails or runs past `timeoutMs`.
 */
export function buildSite(dir, { timeoutMs = 15 * 60_000 } = {}) {
  const worker = join(ROOT, 'scripts/bench/build-worker.mjs');
  const started = process.hrtime.bigint();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [worker, dir, CONFIG], {
      cwd: dir,
      // DOWNLOAD_CACHE=off: the build renders every image file, as a fresh checkout's first build
      // does, so build times compare from run to run and the determinism check compares real work.
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', DOWNLOAD_CACHE: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`astro build in ${dir} took longer than ${timeoutMs / 1000} s and was stopped`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const cpu = output.match(/^BENCH_CPU (.*)$/m);
      if (code === 0 && cpu) resolvePromise({ seconds, cpu: JSON.parse(cpu[1]).seconds });
      else reject(new Error(`astro build in ${dir} failed (exit ${code}):\n${output.split('\n').slice(-30).join('\n')}`));
    });
  });
}
