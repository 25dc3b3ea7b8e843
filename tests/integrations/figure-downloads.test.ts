/** The build integration: tokens.css written from the theme and the reading path read before a build; the scripts minified after it. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import figureDownloads, { TOKENS_CSS, writeTokensCss } from '../../src/integrations/figure-downloads';
import { READING_PATH_FILE } from '../../src/lib/reading-path';
import { themeCss } from '../../src/lib/theme';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'jx-integration-')));

describe('writeTokensCss', () => {
  test('writes the theme\'s CSS over a stale file, and leaves a current one alone', () => {
    fresh();
    mkdirSync(join(dir, 'src/styles'), { recursive: true });
    writeFileSync(join(dir, TOKENS_CSS), ':root { --paper: hotpink; }');
    expect(writeTokensCss(dir)).toBe(true);
    expect(readFileSync(join(dir, TOKENS_CSS), 'utf8')).toBe(themeCss());
    expect(writeTokensCss(dir)).toBe(false);
  });
});

describe('before the build', () => {
  test('a reading path that is not valid YAML stops it once, naming file, line and column (not page by page as they render)', () => {
    fresh();
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, READING_PATH_FILE), 'start:\n  - a\n  - [b\n  - c\n');
    const setup = figureDownloads().hooks['astro:config:setup'] as unknown as (options: object) => void;
    expect(() => setup({ config: { root: pathToFileURL(`${dir}/`) }, logger: { info: () => {} } })).toThrow(`${READING_PATH_FILE}:4:3: not valid YAML: missed comma between flow collection entries`);
  });
});

test('before the build it hands Vite the plugin that writes the layout numbers into the style sheets', () => {
  fresh();
  mkdirSync(join(dir, 'src/styles'), { recursive: true });
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, READING_PATH_FILE), 'start:\n  - a\n');
  const updates: { vite?: { plugins?: { name: string }[] } }[] = [];
  const setup = figureDownloads().hooks['astro:config:setup'] as unknown as (options: object) => void;
  setup({ config: { root: pathToFileURL(`${dir}/`) }, logger: { info: () => {} }, updateConfig: (update: object) => updates.push(update) });
  expect(updates.flatMap((update) => update.vite?.plugins ?? []).map((plugin) => plugin.name)).toEqual(['layout-values']);
});

test('nothing after the build: no hook reads or rewrites the built pages (sizes, embed styles and minified scripts are made as pages render)', () => {
  expect(Object.keys(figureDownloads().hooks).sort()).toEqual(['astro:config:done', 'astro:config:setup']);
});

test('the reader scripts are served minified from their sources: comments gone, code kept', async () => {
  const { READER_SCRIPTS } = await import('../../src/scripts/reader');
  const { GET } = await import('../../src/pages/scripts/[name].js');
  for (const [name, source] of Object.entries(READER_SCRIPTS)) {
    const served = await (await (GET as unknown as (context: object) => Promise<Response>)({ params: { name } })).text();
    expect(served.length, name).toBeLessThan(source.length);
    expect(served, name).not.toMatch(/\/\*\*|^\s*\/\//m);
  }
});
