/**
 * The built site's embeds and downloads (needs `npm run build`): every figure in
 * content/data/figures.yaml has its embed page and its SVG, PNG and CSV in dist/, the gallery and
 * /figures.json list them all, and the pages carry the embed code and filled-in file sizes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { siteDataFromFiles } from '../../src/lib/data/from-files';
import { figureTable } from '../../src/lib/figures';
import { pngSize } from '../../src/lib/download/png';
import { distDir, listPages, outerElements, rawTextElements, readPage, startTags, textContent } from '../helpers/dist-pages';

const dist = distDir();
const pages = listPages(dist); // throws "…/index.html is missing: run `npm run build`…" without a build
const data = siteDataFromFiles();
const figures = [...data.figures.values()];
const file = (path: string) => {
  const full = join(dist, path);
  if (!existsSync(full)) throw new Error(`dist/${path} is missing`);
  return full;
};

describe.each(figures.map((figure) => [figure.id, figure] as const))('%s', (id, figure) => {
  test('embed page: the figure alone with one h1, a description, lang, CSP, the link back and no site chrome', () => {
    const html = readFileSync(file(`embed/${id}/index.html`), 'utf8');
    expect(startTags(html, 'html')[0]?.attrs.lang).toBe('zh-CN');
    const h1 = outerElements(html, 'h1');
    expect(h1).toHaveLength(1);
    expect(textContent(h1[0]!.markup).trim()).toBe(figure.title);
    expect(startTags(html, 'meta').find((tag) => tag.attrs.name === 'description')?.attrs.content).toBe(figure.dek);
    expect(startTags(html, 'meta').some((tag) => tag.attrs['http-equiv']?.toLowerCase() === 'content-security-policy')).toBe(true);
    expect(html).not.toContain('class="site-header"');
    // In the markup, not the inlined style sheet, which names every class of the site.
    expect(html.replace(/<style\b[\s\S]*?<\/style>/g, '')).not.toContain('embed-tools');
    const back = startTags(html, 'a').filter((tag) => tag.attrs.target === '_top');
    expect(back).toHaveLength(1);
    const stories = new Set(pages.map((page) => page.url));
    expect(back[0]!.attrs.href === '/' || stories.has(back[0]!.attrs.href!), `back link ${back[0]!.attrs.href}`).toBe(true);
    if (figure.story && stories.has(`/stories/${figure.story}/`)) expect(back[0]!.attrs.href).toBe(`/stories/${figure.story}/`);
    expect(rawTextElements(html, 'script').filter((script) => script.attrs.src === undefined)).toEqual([]);
    expect(startTags(html).filter((tag) => tag.attrs.style !== undefined).map((tag) => tag.raw)).toEqual([]);
  });

  test('SVG: well-formed XML (resvg parses it), light colours as literals, headline and source inside', () => {
    const svg = readFileSync(file(`downloads/${id}.svg`), 'utf8');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toContain('var(');
    expect(svg).not.toContain('light-dark(');
    expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
    expect(svg).toContain(`<title id="${id}-dl-title">${figure.title.replace(/&/g, '&amp;')}</title>`);
    expect(svg).toMatch(/<text class="dl-source"[^>]*>来源：/);
    expect(svg).toMatch(/<text class="dl-credit"[^>]*>嘉兴集群观察 · /);
  });

  test('PNG: the PNG signature and at least 1,200 px wide', () => {
    const png = readFileSync(file(`downloads/${id}.png`));
    const size = pngSize(png);
    expect(size.width).toBeGreaterThanOrEqual(1200);
    expect(size.height).toBeGreaterThan(400);
  });

  test('CSV: BOM, the header with units, one row per mark, and the sources', () => {
    const csv = readFileSync(file(`downloads/${id}.csv`), 'utf8');
    const table = figureTable(figure, data);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [rows] = csv.slice(1).split('\r\n\r\n');
    const lines = rows!.split('\r\n');
    expect(lines[0]).toBe([...table.columns.map((column) => column.label), '来源'].map((label) => (/[",]/.test(label) ? `"${label}"` : label)).join(','));
    expect(lines.length - 1).toBe(table.rows.length);
    expect(csv).toMatch(/\r\n来源：/);
  });
});

describe('the gallery (/figures/)', () => {
  const html = readFileSync(file('figures/index.html'), 'utf8');

  test('one h1, and for every figure a lazy PNG thumbnail whose width and height are the PNG\'s own', () => {
    expect(outerElements(html, 'h1')).toHaveLength(1);
    const images = startTags(html, 'img');
    for (const figure of figures) {
      const img = images.find((tag) => tag.attrs.src === `/downloads/${figure.id}.png`);
      expect(img, figure.id).toBeDefined();
      const size = pngSize(readFileSync(file(`downloads/${figure.id}.png`)));
      expect({ width: Number(img!.attrs.width), height: Number(img!.attrs.height) }, figure.id).toEqual(size);
      expect(img!.attrs.loading).toBe('lazy');
      expect(img!.attrs.alt?.length).toBeGreaterThan(4);
    }
  });

  test('the embed code of every figure, open', () => {
    for (const figure of figures) expect(html).toContain(`id="embed-code-${figure.id}"`);
    expect(startTags(html, 'details').filter((tag) => tag.attrs.class === 'embed-tools' && 'open' in tag.attrs)).toHaveLength(figures.length);
  });
});

test('/figures.json lists every figure with URLs that exist and its sources', () => {
  const list = JSON.parse(readFileSync(file('figures.json'), 'utf8')) as { id: string; title: string; story: string | null; embed: string; svg: string; png: string; csv: string; sources: { id: string; citation: string }[] }[];
  expect(list.map((entry) => entry.id).sort()).toEqual(figures.map((figure) => figure.id).sort());
  for (const entry of list) {
    for (const url of [entry.embed, entry.svg, entry.png, entry.csv, ...(entry.story ? [entry.story] : [])]) {
      expect(existsSync(join(dist, url.endsWith('/') ? `${url}index.html` : url)), `${entry.id}: ${url}`).toBe(true);
    }
    expect(entry.sources.length).toBeGreaterThan(0);
    for (const source of entry.sources) expect(data.sources.has(source.id)).toBe(true);
  }
});

test('every figure on a reader page has the embed-and-download box, and every download size is filled in', () => {
  for (const page of pages) {
    const html = readPage(page);
    expect(html, page.url).not.toContain('data-download-size');
    if (page.url.startsWith('/embed/') || page.url === '/figures/') continue;
    const frames = startTags(html, 'figure').filter((tag) => tag.attrs['data-figure']);
    const boxes = startTags(html, 'details').filter((tag) => tag.attrs.class === 'embed-tools');
    expect(boxes.length, page.url).toBe(frames.length);
  }
});

test('embed page weight (HTML + CSS + JS) stays small', () => {
  const weights = figures.map((figure) => {
    const html = readFileSync(file(`embed/${figure.id}/index.html`), 'utf8');
    const assets = [
      ...startTags(html, 'link').filter((tag) => tag.attrs.rel === 'stylesheet').map((tag) => tag.attrs.href!),
      ...startTags(html, 'script').map((tag) => tag.attrs.src!).filter(Boolean),
    ].map((url) => readFileSync(file(url.replace(/^\//, ''))));
    const all = [Buffer.from(html), ...assets];
    return { id: figure.id, raw: all.reduce((sum, b) => sum + b.length, 0), gzip: all.reduce((sum, b) => sum + gzipSync(b).length, 0) };
  });
  console.info(weights.map((w) => `${w.id}: ${(w.raw / 1024).toFixed(1)} KB raw, ${(w.gzip / 1024).toFixed(1)} KB gzip`).join('\n'));
  for (const weight of weights) expect(weight.gzip, weight.id).toBeLessThan(60 * 1024);
  const png = figures.map((figure) => `${figure.id}.png ${statSync(file(`downloads/${figure.id}.png`)).size} B`);
  console.info(png.join('\n'));
});
