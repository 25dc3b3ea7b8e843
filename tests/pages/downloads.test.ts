/**
 * The built site's embeds and downloads (tests/helpers/built-site.ts): every figure in
 * content/data/figures.yaml has its embed page, its oEmbed response and its SVG, PNG, CSV, CSV
 * sidecar and .xlsx in dist/, the gallery and
 * /figures.json list them all, and the pages carry the embed code and the files' sizes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { siteDataFromFiles } from '../helpers/site-data';
import { sceneOf } from '../../src/lib/figures/scene';
import { formatBytes } from '../../src/lib/download/sizes';
import { parseCsp } from '../security/policy';
import { csvColumns } from '../../src/lib/csv';
import { pngSize } from '../../src/lib/download/png';
import { citeSource } from '../../src/lib/sources';
import { decodeEntities, listPages, markedText, outerElements, rawTextElements, readPage, startTags } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { spoken } from '../../src/lib/inferred';
import { csvParse } from 'd3-dsv';
import { csvProblems, knownUnits, xlsxProblems, type SidecarColumn } from '../helpers/tidy-data';

const dist = await builtSite();
const pages = listPages(dist);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** Class names of each figure kind's sheets that no other sheet of an embed page names. */
const SHEET_CLASSES = (() => {
  const classes = (...files: string[]) => new Set(files.flatMap((name) => [...readFileSync(join('src/styles', name), 'utf8').matchAll(/\.([a-zA-Z][\w-]*)/g)].map((match) => match[1]!)));
  const shared = classes('global.css', 'figure.css', 'embed.css');
  const map = classes('maps.css');
  const chart = classes('charts.css', 'general-charts.css');
  const only = (own: Set<string>, other: Set<string>) => new Set([...own].filter((name) => !other.has(name) && !shared.has(name)));
  return { map: only(map, chart), chart: only(chart, map) };
})();
const data = siteDataFromFiles();
const figures = [...data.figures.values()];
const units = knownUnits(data);
const file = (path: string) => {
  const full = join(dist, path);
  if (!existsSync(full)) throw new Error(`dist/${path} is missing`);
  return full;
};

describe.each(figures.map((figure) => [figure.id, figure] as const))('%s', (id, figure) => {
  test('embed page: the figure alone with one h1, a description, lang, CSP, links in a new tab and no site chrome', () => {
    const html = readFileSync(file(`embed/${id}/index.html`), 'utf8');
    expect(startTags(html, 'html')[0]?.attrs.lang).toBe('zh-CN');
    expect(startTags(html, 'html')[0]?.attrs['data-theme'], 'light by default').toBe('light');
    const h1 = outerElements(html, 'h1');
    expect(h1).toHaveLength(1);
    expect(markedText(h1[0]!.markup).trim()).toBe(figure.title);
    // Meta text has no room for the mark's note: an inferred date says （推断） in words there.
    expect(startTags(html, 'meta').find((tag) => tag.attrs.name === 'description')?.attrs.content).toBe(spoken(figure.dek));
    expect(startTags(html, 'meta').some((tag) => tag.attrs['http-equiv']?.toLowerCase() === 'content-security-policy')).toBe(true);
    expect(html).not.toContain('class="site-header"');
    // In the markup, not the inlined style sheet, which names every class of the site.
    expect(html.replace(/<style\b[\s\S]*?<\/style>/g, '')).not.toContain('embed-tools');
    // In a sandbox without top navigation or downloads these would fail loudly: links open a new tab instead.
    const links = startTags(html, 'a');
    expect(links.filter((tag) => tag.attrs.target === '_top' || tag.attrs.target === '_parent' || 'download' in tag.attrs).map((tag) => tag.raw)).toEqual([]);
    const back = links.filter((tag) => tag.attrs.class === 'embed-back');
    expect(back).toHaveLength(1);
    expect(back[0]!.attrs.target).toBe('_blank');
    const stories = new Set(pages.map((page) => page.url));
    expect(back[0]!.attrs.href === '/' || stories.has(back[0]!.attrs.href!), `back link ${back[0]!.attrs.href}`).toBe(true);
    if (figure.story && stories.has(`/stories/${figure.story}/`)) expect(back[0]!.attrs.href).toBe(`/stories/${figure.story}/`);
    expect(startTags(html).filter((tag) => tag.attrs.style !== undefined).map((tag) => tag.raw)).toEqual([]);
  });

  test('embed page: one request: one inline style and one inline script, exactly their hashes in the CSP, no style rule of the other figure kind', () => {
    const html = readFileSync(file(`embed/${id}/index.html`), 'utf8');
    expect(startTags(html, 'link').filter((tag) => tag.attrs.rel === 'stylesheet')).toEqual([]);
    expect(startTags(html, 'script').filter((tag) => tag.attrs.src).map((tag) => tag.attrs.src)).toEqual([]);
    const scripts = rawTextElements(html, 'script');
    const styles = rawTextElements(html, 'style');
    expect([scripts.length, styles.length]).toEqual([1, 1]);
    expect(scripts[0]!.body).toContain('datawrapper-height');
    const csp = parseCsp(startTags(html, 'meta').find((tag) => tag.attrs['http-equiv'] === 'content-security-policy')!.attrs.content!);
    expect(csp.get('script-src')).toEqual([sha256(scripts[0]!.body)]);
    expect(csp.get('style-src')).toEqual([sha256(styles[0]!.body)]);
    const foreign = sceneOf(figure, data).styles.includes('maps') ? SHEET_CLASSES.chart : SHEET_CLASSES.map;
    expect([...foreign].filter((name) => new RegExp(`\\.${name}(?![\\w-])`).test(styles[0]!.body))).toEqual([]);
    if (sceneOf(figure, data).styles.includes('maps')) expect(scripts[0]!.body, 'the map tooltip script, inlined').toContain('map-tip');
  });

  test('embed page: canonical URL, Open Graph image and the oEmbed discovery link, all absolute', () => {
    const html = readFileSync(file(`embed/${id}/index.html`), 'utf8');
    const links = startTags(html, 'link');
    const meta = (property: string) => startTags(html, 'meta').find((tag) => tag.attrs.property === property)?.attrs.content;
    const canonical = links.find((tag) => tag.attrs.rel === 'canonical')?.attrs.href ?? '';
    expect(canonical).toMatch(new RegExp(`^https?://.+/embed/${id}/$`));
    expect(meta('og:url')).toBe(canonical);
    expect(meta('og:title')).toBe(spoken(figure.title));
    expect(meta('og:image')).toBe(canonical.replace(`embed/${id}/`, `downloads/${id}.png`));
    const oembed = links.find((tag) => tag.attrs.rel === 'alternate' && tag.attrs.type === 'application/json+oembed');
    expect(oembed?.attrs.href).toBe(canonical.replace(`embed/${id}/`, `oembed/${id}.json`));
  });

  test('oEmbed: a rich response whose html is the gallery\'s embed code and whose thumbnail is the PNG at its size', () => {
    const response = JSON.parse(readFileSync(file(`oembed/${id}.json`), 'utf8')) as Record<string, unknown>;
    const gallery = readFileSync(file('figures/index.html'), 'utf8');
    const code = outerElements(gallery, 'textarea').find((area) => area.markup.includes(`id="embed-code-${id}"`))!;
    expect(response).toMatchObject({ version: '1.0', type: 'rich', title: figure.title, html: decodeEntities(code.markup.replace(/^<textarea[^>]*>|<\/textarea>$/g, '')) });
    expect(String(response.thumbnail_url)).toMatch(new RegExp(`^https?://.+/downloads/${id}\\.png$`));
    expect({ width: response.thumbnail_width, height: response.thumbnail_height }).toEqual(pngSize(readFileSync(file(`downloads/${id}.png`))));
    expect(response.height).toBe(Number(String(response.html).match(/ height="(\d+)"/)![1]));
  });

  // That it is the components' drawing, whatever the page's HTML: tests/components/figure/figure-download.test.ts.
  test('SVG: well-formed, light colours as literals, headline and source inside', () => {
    const svg = readFileSync(file(`downloads/${id}.svg`), 'utf8');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toMatch(/var\(|light-dark\(|<style/);
    expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
    expect(svg).toContain(`<title id="${id}-dl-title">${spoken(figure.title).replace(/&/g, '&amp;')}</title>`);
    expect(svg).toMatch(/<text [^>]*>来源：/);
    expect(svg).toMatch(/<text [^>]*>嘉兴集群观察 · /);
  });

  test('PNG: the PNG signature and at least 1,200 px wide', () => {
    const png = readFileSync(file(`downloads/${id}.png`));
    const size = pngSize(png);
    expect(size.width).toBeGreaterThanOrEqual(1200);
    expect(size.height).toBeGreaterThan(400);
  });

  test('CSV: no BOM, the header, one data row per mark and nothing else, numbers where the header has a unit or the sidecar says number; the sidecar cites the sources', () => {
    const csv = readFileSync(file(`downloads/${id}.csv`), 'utf8');
    const table = sceneOf(figure, data).table;
    const sidecar = JSON.parse(readFileSync(file(`downloads/${id}.json`), 'utf8')) as { columns: SidecarColumn[]; sources: { id: string; citation: string }[] };
    expect(csvProblems(csv, sidecar.columns, units)).toEqual([]);
    const rows = csvParse(csv);
    expect(rows.columns[0]).toBe(csvColumns(table, data.sources)[0]!.name);
    expect(rows).toHaveLength(table.rows.length);
    expect(rows.columns.at(-1)).toBe('来源');
    expect(sidecar.columns.map((column) => column.name)).toEqual(rows.columns);
    // Each row cites its own source as the sidecar does (a citation a reader can look up, never the internal id).
    const citations = new Map(sidecar.sources.map((source) => [source.id, source.citation]));
    expect(rows.map((row) => row['来源'])).toEqual(table.rows.map((row) => citations.get(row.source)));
    expect(sidecar.sources.map((source) => source.citation)).toEqual(sidecar.sources.map((source) => citeSource(data.sources.get(source.id)!)));
    expect(new Set(rows.map((row) => row['来源']))).toEqual(new Set(sidecar.sources.map((source) => source.citation)));
  });

  test('XLSX: the CSV\'s header and rows on sheet 数据, numbers as number cells; sheet 说明 has the title, notes, columns and sources', async () => {
    const csv = readFileSync(file(`downloads/${id}.csv`), 'utf8');
    const sidecar = JSON.parse(readFileSync(file(`downloads/${id}.json`), 'utf8')) as { title: string; notes: string[]; columns: (SidecarColumn & { description: string })[]; sources: { citation: string }[] };
    const { problems, notes } = await xlsxProblems(readFileSync(file(`downloads/${id}.xlsx`)), csv, sidecar.columns);
    expect(problems).toEqual([]);
    for (const text of [sidecar.title, ...sidecar.notes, ...sidecar.columns.flatMap((column) => [column.name, column.description]), ...sidecar.sources.map((source) => source.citation)]) {
      expect(notes, text).toContain(text);
    }
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

  test('the embed and AMP codes and the oEmbed link of every figure, in closed panels', () => {
    for (const figure of figures) {
      expect(html).toContain(`id="embed-code-${figure.id}"`);
      expect(html).toContain(`id="amp-code-${figure.id}"`);
      expect(html).toContain(`href="/oembed/${figure.id}.json" rel="alternate" type="application/json+oembed"`);
    }
    const panels = startTags(html, 'details').filter((tag) => tag.attrs.class === 'embed-tools');
    expect(panels).toHaveLength(figures.length);
    expect(panels.filter((tag) => 'open' in tag.attrs)).toEqual([]);
  });
});

test('/figures.json lists every figure with URLs that exist and its sources', () => {
  const list = JSON.parse(readFileSync(file('figures.json'), 'utf8')) as { id: string; title: string; story: string | null; embed: string; svg: string; png: string; csv: string; csvMeta: string; xlsx: string; oembed: string; sources: { id: string; citation: string }[] }[];
  expect(list.map((entry) => entry.id).sort()).toEqual(figures.map((figure) => figure.id).sort());
  for (const entry of list) {
    for (const url of [entry.embed, entry.svg, entry.png, entry.csv, entry.csvMeta, entry.xlsx, entry.oembed, ...(entry.story ? [entry.story] : [])]) {
      expect(existsSync(join(dist, url.endsWith('/') ? `${url}index.html` : url)), `${entry.id}: ${url}`).toBe(true);
    }
    expect(entry.sources.length).toBeGreaterThan(0);
    for (const source of entry.sources) expect(data.sources.has(source.id)).toBe(true);
  }
});

test('every figure on a reader page has the embed-and-download box, and every printed download size is its file\'s size in dist/', () => {
  let sizes = 0;
  for (const page of pages) {
    const html = readPage(page);
    for (const match of html.matchAll(/<a href="([^"]+)" download="[^"]+">[^<]*<\/a><span class="download-size">（([^）]+)）<\/span>/g)) {
      expect(match[2], `${page.url}: ${match[1]}`).toBe(formatBytes(statSync(file(match[1]!.replace(/^\//, ''))).size));
      sizes += 1;
    }
    expect(html.match(/class="download-size"/g)?.length ?? 0, `${page.url}: every size next to a download link`).toBe(html.match(/<a href="[^"]+" download=/g)?.length ?? 0);
    if (page.url.startsWith('/embed/') || page.url === '/figures/') continue;
    const frames = startTags(html, 'figure').filter((tag) => tag.attrs['data-figure']);
    const boxes = startTags(html, 'details').filter((tag) => tag.attrs.class === 'embed-tools');
    expect(boxes.length, page.url).toBe(frames.length);
  }
  expect(sizes, 'the gallery alone prints four sizes per figure').toBeGreaterThanOrEqual(4 * figures.filter((figure) => !figure.draft).length);
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
