/** The build integration: tokens.css written from the theme before a build, download sizes filled in after. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import figureDownloads, { fillSizesInPages, TOKENS_CSS, writeTokensCss } from '../../src/integrations/figure-downloads';
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

describe('fillSizesInPages', () => {
  test('fills every placeholder with its file\'s size; a missing file fails, naming page and URL', () => {
    fresh();
    mkdirSync(join(dir, 'downloads'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'downloads/x.png'), Buffer.alloc(2048));
    writeFileSync(join(dir, 'a/index.html'), '<p><span class="download-size" data-download-size="/downloads/x.png"></span></p>');
    writeFileSync(join(dir, 'index.html'), '<p>no downloads</p>');
    expect(fillSizesInPages(dir, '/')).toBe(1);
    expect(readFileSync(join(dir, 'a/index.html'), 'utf8')).toBe('<p><span class="download-size">（2.0 KB）</span></p>');
    writeFileSync(join(dir, 'index.html'), '<span class="download-size" data-download-size="/downloads/y.svg"></span>');
    expect(() => fillSizesInPages(dir, '/')).toThrow('index.html: download /downloads/y.svg was not written');
  });
});
