import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { builtFile, indexablePages, isNoindex } from '../../src/integrations/indexable-pages';

describe('pages marked noindex stay out of the sitemap', () => {
  test('isNoindex reads the robots meta, whatever the attribute order and other directives', () => {
    expect(isNoindex('<head><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(isNoindex('<meta content="noindex, follow" name="robots" />')).toBe(true);
    expect(isNoindex('<meta name="robots" content="index, follow">')).toBe(false);
    expect(isNoindex('<meta name="description" content="noindex 是什么">')).toBe(false);
    expect(isNoindex('<p>noindex</p>')).toBe(false);
  });

  test('builtFile maps a page URL to its file in the output folder, under the base path', () => {
    expect(builtFile('https://x.org/stories/a/', '/out')).toBe('/out/stories/a/index.html');
    expect(builtFile('https://x.org/', '/out')).toBe('/out/index.html');
    expect(builtFile('https://x.org/jiaxing/stories/a/', '/out', '/jiaxing')).toBe('/out/stories/a/index.html');
    expect(builtFile('https://x.org/jiaxing/rss.xml', '/out', '/jiaxing/')).toBe('/out/rss.xml');
  });

  const dir = mkdtempSync(join(tmpdir(), 'jx-indexable-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the filter keeps pages without noindex (and pages it cannot find), drops the others', () => {
    const built: [page: string, html: string][] = [['open', '<meta name="robots" content="index">'], ['hidden', '<meta name="robots" content="noindex">']];
    for (const [page, html] of built) {
      mkdirSync(join(dir, page), { recursive: true });
      writeFileSync(join(dir, page, 'index.html'), html);
    }
    const pages = indexablePages();
    const hook = pages.integration.hooks['astro:config:done'] as (options: unknown) => void;
    hook({ config: { outDir: new URL(`file://${dir}/`), base: '/' } });
    expect(['open', 'hidden', 'missing'].map((page) => pages.indexable(`https://x.org/${page}/`))).toEqual([true, false, true]);
  });
});
