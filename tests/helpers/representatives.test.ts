/**
 * The sample the browser tests check (representatives.ts), on pages this test writes: every page
 * type, each type's extremes, every figure kind and every named piece of markup are in it, and a
 * page that adds nothing is not.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listPages } from '../../scripts/lib/dist-pages';
import { pageType, representativeFigures, representativePages } from './representatives';

const root = mkdtempSync(join(tmpdir(), 'jx-sample-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const figure = (kind: string, { labels = 1, height = 100 } = {}) =>
  `<figure data-figure="x" data-kind="${kind}"><svg viewBox="0 0 640 ${height}">${'<text>a</text>'.repeat(labels)}</svg></figure>`;
const write = (url: string, body: string) => {
  const dir = join(root, url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><main>${body}</main>`);
};

write('/', figure('key-figures'));
write('/about/', '<p>about</p>');
write('/stories/a/', `${figure('bar-chart')}${figure('compare-map')}`);
write('/stories/b/', `${figure('bar-chart')}<table class="roster"></table>`);
write('/stories/long/', `${figure('bar-chart')}${'<p>text</p>'.repeat(500)}`);
write('/stories/labels/', figure('bar-chart', { labels: 40 }));
write('/stories/tall/', figure('bar-chart', { height: 2000 }));
write('/stories/plain/', figure('bar-chart'));
// The English edition's twins: a long one, a labelled one, a plain one.
write('/en/stories/long/', `${figure('bar-chart')}${'<p>text</p>'.repeat(500)}`);
write('/en/stories/labels/', figure('bar-chart', { labels: 40 }));
write('/en/stories/plain/', '<p>plain</p>');
for (const [id, kind] of [['m1', 'tier-map'], ['m2', 'tier-map'], ['c1', 'line-chart'], ['k1', 'key-figures']] as const) {
  write(`/embed/${id}/`, figure(kind, { labels: id === 'm2' ? 5 : 1 }));
}
const pages = listPages(root);
const urls = (list: { url: string }[]) => list.map((page) => page.url);

describe('the sample of the built pages', () => {
  it('keeps a page of every type, each type\'s longest, most labelled and tallest page, and every kind', () => {
    const sample = urls(representativePages(pages));
    expect(new Set(sample.map(pageType))).toEqual(new Set(pages.map((page) => pageType(page.url))));
    expect(sample).toEqual(expect.arrayContaining(['/', '/about/', '/stories/long/', '/stories/labels/', '/stories/tall/']));
    // compare-map is shown on one page alone, neither an extreme of its type.
    expect(sample).toContain('/stories/a/');
    expect(sample).toEqual(expect.arrayContaining(['/embed/c1/', '/embed/m2/']));
    expect(sample, 'a story that adds no kind and no extreme').not.toContain('/stories/plain/');
    expect(sample, 'the roster is not asked for').not.toContain('/stories/b/');
  });

  it('samples the English edition by type within it: its stories\' extremes are kept, not every English story', () => {
    const sample = urls(representativePages(pages));
    expect(sample).toEqual(expect.arrayContaining(['/en/stories/long/', '/en/stories/labels/']));
    expect(sample, 'an English story that adds no kind and no extreme').not.toContain('/en/stories/plain/');
    // Each edition's top pages are types of their own, never one type with the other edition's.
    expect(new Set(['/en/', '/en/about/', '/about/', '/en/stories/x/', '/stories/x/'].map(pageType)).size).toBe(5);
  });

  it('keeps a page with each piece of markup a caller names', () => {
    expect(urls(representativePages(pages, { shows: ['class="roster"'] }))).toContain('/stories/b/');
  });

  it('gives one embed page of each kind, the most labelled of its kind among them', () => {
    const ids = representativeFigures(pages);
    expect(ids).toContain('m2');
    expect(ids).toContain('c1');
    expect(ids).toContain('k1');
    expect(ids).not.toContain('m1');
  });
});
