/**
 * Lighthouse (mobile preset, Debian's chromium) against one page of a built site served on loopback:
 * its four category scores and the paint and blocking metrics behind the performance score. Optional: any failure (no chromium, no network for npx, a timeout) is returned
 * as a reason, never thrown. Lighthouse is fetched by npx, not added to package.json.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist } from '../lib/serve-dist.ts';

const VERSION = '13.5.0';
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

/** The metrics reported beside the scores: Lighthouse audit id → our key. */
const METRICS = { 'first-contentful-paint': 'fcp', 'largest-contentful-paint': 'lcp', 'total-blocking-time': 'tbt', 'cumulative-layout-shift': 'cls' };

/** Runs Lighthouse on `path` of a built site; resolves with { scores, metrics, seconds } or { skipped: reason }. */
export async function lighthouse(root, path, { timeoutMs = 240_000 } = {}) {
  const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((candidate) => candidate && existsSync(candidate));
  if (!chrome) return { skipped: 'no Chromium at $CHROME_PATH or /usr/bin/chromium' };
  const server = await serveDist(root);
  const out = mkdtempSync(join(tmpdir(), 'jx-lighthouse-'));
  const report = join(out, 'report.json');
  const started = Date.now();
  try {
    await new Promise((resolvePromise, reject) => {
      execFile('npx', ['-y', `lighthouse@${VERSION}`, `${server.url}${path}`, '--output=json', `--output-path=${report}`, '--quiet', `--chrome-flags=${CHROME_FLAGS}`],
        { env: { ...process.env, CHROME_PATH: chrome }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
        (error, _stdout, stderr) => (error ? reject(new Error(`${error.message}\n${String(stderr).split('\n').slice(-8).join('\n')}`)) : resolvePromise()));
    });
    const { categories, audits } = JSON.parse(readFileSync(report, 'utf8'));
    const scores = Object.fromEntries(Object.entries(categories).map(([key, category]) => [key, Math.round(category.score * 100)]));
    // FCP, LCP and TBT in milliseconds, CLS unitless.
    const metrics = Object.fromEntries(Object.entries(METRICS).map(([audit, key]) => [key, audits[audit]?.numericValue]));
    return { scores, metrics, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    return { skipped: `Lighthouse did not complete: ${error.message.split('\n').slice(0, 4).join(' ')}` };
  } finally {
    await server.close();
    rmSync(out, { recursive: true, force: true });
  }
}
