/**
 * The figure comparison (`npm run compare`) refuses what it cannot compare with exit code 2 and a
 * clear message, before it starts a browser (exit 1 is kept for "the builds differ"). The
 * comparison itself drives Chromium over two builds for minutes: it is tried by hand, not here.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ROOT } from '../helpers/project-copy';

const scratch = mkdtempSync(join(tmpdir(), 'compare-figures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder that looks like a build: an index.html with the given body. */
function site(name: string, body: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="zh-CN"><title>x</title><body>${body}</body></html>`);
  return dir;
}

const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts/compare-figures.mjs'), ...args], {
  cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH },
});

test.each([
  ['a missing folder', () => [join(scratch, 'nope'), site('built', '')], 'no such folder'],
  ['a folder that is not a build', () => [scratch, site('built', '')], 'not a built site'],
  ['one folder only', () => [site('built', '')], 'expected two built sites'],
  ['an unknown option', () => ['--bogus', site('built', ''), site('built', '')], 'unknown option --bogus'],
  ['--out without a folder', () => [site('built', ''), site('built', ''), '--out'], '--out needs a folder'],
  ['builds without figures', () => [site('bare', '<p>x</p>'), site('bare', '<p>x</p>')], 'neither build has a page with figures'],
  ['an --out folder holding other files', () => {
    const out = join(scratch, 'busy');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const built = site('figures', '<figure data-figure="x"><p>x</p></figure>');
    return [built, built, '--out', out];
  }, 'has other files in it'],
])('%s: exit code 2 and why', (_name, args, reason) => {
  const result = run(...args());
  expect(result.stderr).toContain(reason);
  expect(result.stderr).toContain('usage: npm run compare -- <before-dist> <after-dist> [--out <dir>]');
  expect(result.status).toBe(2);
});
