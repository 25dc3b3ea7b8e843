/**
 * The built site's figure pages, embeds and downloads (tests/helpers/built-site.ts): every figure
 * in content/data/figures.yaml has its page, its embed page, its oEmbed responses (each variant
 * valid under the oEmbed spec) and its SVG, PNG, CSV, CSV sidecar and .xlsx in dist/; the gallery
 * links every figure page with a thumbnail in the reader's colour scheme; /figures.json lists them
 * all; the pages carry the embed code, the files' sizes and the oEmbed discovery links (story
 * pages: their lead figure's).
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
import { pngDensity, pngSize } from '../../src/lib/png-file';
import { citeSource } from '../../src/lib/sources';
import { decodeEntities, isEmbed, listPages, markedText, outerElements, rawTextElements, readPage, startTags } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { spoken } from '../../src/lib/inferred';
import { csvParse } from 'd3-dsv';
import { csvProblems, knownUnits, xlsxProblems, type SidecarColumn } from '../helpers/tidy-data';
import { oembedProblems } from '../helpers/oembed-spec';
import { readStories } from '../helpers/stories';
import { estimateEmbedHeight } from '../../src/lib/embed/height';
import { FALLBACK_WIDTH } from '../../src/lib/embed/snippet';
import { bareHeight } from '../../src/lib/bare-frame';
import { OEMBED_VARIANTS, oembedLinks, oembedName } from '../../src/lib/embed/oembed';
import { publishedFigures } from '../../src/lib/figures';
import { leadFigureOf } from '../../src/lib/story-refs';
import { buildDate, publishedOn } from '../../src/lib/stories';

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
const published = publishedFigures(figures);
/** The published stories, each with its lead figure (leadFigureOf()), from content/stories/. */
const publishedStories = readStories()
  .filter((story) => publishedOn(story, buildDate()))
  .map((story) => ({ slug: story.slug, lead: leadFigureOf({ data: { leadFigure: story.frontmatter.leadFigure as string | undefined }, body: story.body }) }));
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

  test('embed page: one request: one inline style and one inline script, exactly their hashes in the CSP (and the site\'s own scripts where a map loads its tooltips on first touch), no style rule of the other figure kind', () => {
    const html = readFileSync(file(`embed/${id}/index.html`), 'utf8');
    expect(startTags(html, 'link').filter((tag) => tag.attrs.rel === 'stylesheet')).toEqual([]);
    expect(startTags(html, 'script').filter((tag) => tag.attrs.src).map((tag) => tag.attrs.src)).toEqual([]);
    const scripts = rawTextElements(html, 'script');
    const styles = rawTextElements(html, 'style');
    expect([scripts.length, styles.length]).toEqual([1, 1]);
    expect(scripts[0]!.body).toContain('datawrapper-height');
    const csp = parseCsp(startTags(html, 'meta').find((tag) => tag.attrs['http-equiv'] === 'content-security-policy')!.attrs.content!);
    const map = sceneOf(figure, data).styles.includes('maps');
    expect(csp.get('script-src')).toEqual([...(map ? ["'self'"] : []), sha256(scripts[0]!.body)]);
    expect(csp.get('style-src')).toEqual([sha256(styles[0]!.body)]);
    const foreign = map ? SHEET_CLASSES.chart : SHEET_CLASSES.map;
    expect([...foreign].filter((name) => new RegExp(`\\.${name}(?![\\w-])`).test(styles[0]!.body))).toEqual([]);
    if (map) {
      // The tooltips' loader is inlined; the tooltips come from the map's data-tip-src, their styles with them.
      expect(scripts[0]!.body, 'the map tooltip loader, inlined').toContain('data-tip-src');
      const later = startTags(html).find((tag) => tag.attrs['data-tip-src'])?.attrs['data-tip-src'] ?? '';
      expect(later).toMatch(/\/scripts\/map-tooltip\.js$/);
      expect(styles[0]!.body, 'the tip\'s styles are not in the page').not.toMatch(/\.map-tip(?:-[a-z]+)?(?![\w-])/);
      expect(readFileSync(file(later.replace(/^\//, '')), 'utf8'), 'they come inside the tooltip script').toContain('.map-tip-pinned{');
    }
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
    const oembed = links.filter((tag) => tag.attrs.rel === 'alternate' && tag.attrs.type === 'application/json+oembed');
    expect(oembed[0]?.attrs.href, 'the default response first').toBe(canonical.replace(`embed/${id}/`, `oembed/${id}.json`));
    const root = canonical.replace(`embed/${id}/`, '');
    expect(oembed.map((tag) => tag.attrs.href)).toEqual(oembedLinks(id, '', root).map((link) => link.href));
  });

  test('oEmbed: every variant a valid rich response; the default\'s html is the figure page\'s embed code, the thumbnail the PNG at its size', () => {
    const page = readFileSync(file(`figures/${id}/index.html`), 'utf8');
    const code = outerElements(page, 'textarea').find((area) => area.markup.includes(`id="embed-code-${id}"`))!;
    const scene = sceneOf(figure, data);
    const png = pngSize(readFileSync(file(`downloads/${id}.png`)));
    for (const variant of OEMBED_VARIANTS) {
      const name = oembedName(id, variant);
      const response = JSON.parse(readFileSync(file(`oembed/${name}.json`), 'utf8')) as Record<string, unknown>;
      expect(oembedProblems(response), name).toEqual([]);
      expect(response, name).toMatchObject({ version: '1.0', type: 'rich', title: figure.title, width: variant.width });
      expect(String(response.thumbnail_url)).toMatch(new RegExp(`^https?://.+/downloads/${id}\\.png$`));
      expect({ width: response.thumbnail_width, height: response.thumbnail_height }, name).toEqual(png);
      // The default width's height is the embed code's (a frame that never cuts the figure); a wider
      // column's, the embed page's height estimated at that width; as the iframe says.
      const html = String(response.html);
      expect(response.height, name).toBe(variant.width === FALLBACK_WIDTH ? bareHeight(scene)
        : estimateEmbedHeight({ title: figure.title, dek: figure.dek, notes: figure.notes, source: scene.sourceLine, parts: scene }, variant.width));
      expect(response.height, name).toBe(Number(html.match(/ height="(\d+)"/)![1]));
      expect(html.match(/<iframe[^>]* src="([^"]+)"/)![1], name).toMatch(new RegExp(`/embed/${id}/${variant.theme === 'light' ? '' : `\\?theme=${variant.theme}`}$`));
      if (variant === OEMBED_VARIANTS[0]) expect(html).toBe(decodeEntities(code.markup.replace(/^<textarea[^>]*>|<\/textarea>$/g, '')));
    }
  });

  // That it is the components' drawing, whatever the page's HTML: tests/components/figure/figure-download.test.ts.
  test('SVG: well-formed, light colours as literals, headline and source inside, Noto Sans SC embedded', () => {
    const svg = readFileSync(file(`downloads/${id}.svg`), 'utf8');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toMatch(/var\(|light-dark\(/);
    // One style sheet, of nothing but the font: its two weights as WOFF subsets.
    const styles = rawTextElements(svg, 'style').map((style) => style.body);
    expect(styles).toHaveLength(1);
    const faces = styles[0]!.match(/@font-face\{font-family:"Noto Sans SC";font-weight:(\d+);src:url\(data:font\/woff;base64,[A-Za-z0-9+/=]+\) format\("woff"\)\}/g) ?? [];
    expect(faces.join('')).toBe(styles[0]);
    expect(faces.map((face) => face.match(/font-weight:(\d+)/)![1])).toEqual(['400', '700']);
    expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
    expect(svg).toContain(`<title id="${id}-dl-title">${spoken(figure.title).replace(/&/g, '&amp;')}</title>`);
    expect(svg).toMatch(/<text [^>]*>来源：/);
    expect(svg).toMatch(/<text [^>]*>嘉兴集群观察 · /);
  });

  test('PNG: the PNG signature, at least 1,200 px wide at 144 dpi; for print, the same picture at 300 dpi and 2,000 px or more; AMP\'s placeholder at most 20 KB', () => {
    const png = readFileSync(file(`downloads/${id}.png`));
    const size = pngSize(png);
    expect(size.width).toBeGreaterThanOrEqual(1200);
    expect(size.height).toBeGreaterThan(400);
    expect(pngDensity(png)).toBe(144);
    const print = readFileSync(file(`downloads/${id}.print.png`));
    expect(pngDensity(print)).toBe(300);
    expect(pngSize(print).width).toBeGreaterThanOrEqual(2000);
    expect(pngSize(print).height / pngSize(print).width).toBeCloseTo(size.height / size.width, 2);
    const placeholder = readFileSync(file(`embed/${id}/placeholder.png`));
    expect(placeholder.length).toBeLessThanOrEqual(20 * 1024);
    expect(pngSize(placeholder).height / pngSize(placeholder).width).toBeCloseTo(size.height / size.width, 1);
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
  const items = outerElements(html, 'li').filter((item) => /^<li class="gallery-item"/.test(item.markup));

  test('one h1, and for every published figure one item, id="figure-<id>" (the old anchors), linking its page with a lazy thumbnail of the thumbnail\'s own size', () => {
    expect(outerElements(html, 'h1')).toHaveLength(1);
    expect(items).toHaveLength(published.length);
    for (const figure of published) {
      const item = items.find((candidate) => candidate.markup.includes(`id="figure-${figure.id}"`));
      expect(item, figure.id).toBeDefined();
      const links = startTags(item!.markup, 'a');
      expect(links.map((tag) => tag.attrs.href), figure.id).toEqual([`/figures/${figure.id}/`]);
      expect(markedText(outerElements(item!.markup, 'a')[0]!.markup).trim(), figure.id).toBe(figure.title);
      const img = startTags(item!.markup, 'img')[0]!;
      expect(img.attrs.src, figure.id).toBe(`/figures/${figure.id}/thumbnail.svg`);
      expect(img.attrs.loading).toBe('lazy');
      expect(img.attrs.alt, 'decorative: the link names the figure').toBe('');
      const svg = readFileSync(file(`figures/${figure.id}/thumbnail.svg`), 'utf8');
      const root = startTags(svg, 'svg')[0]!;
      expect({ width: img.attrs.width, height: img.attrs.height }, figure.id).toEqual({ width: root.attrs.width, height: root.attrs.height });
    }
  });

  test('no PNG, no embed code and no download there any more: those are on the figure pages', () => {
    expect(startTags(html, 'img').filter((tag) => tag.attrs.src?.endsWith('.png'))).toEqual([]);
    expect(outerElements(html, 'textarea')).toEqual([]);
    expect(startTags(html, 'details').filter((tag) => tag.attrs.class === 'embed-tools')).toEqual([]);
  });

  test('the notes for web editors keep their anchor (#embed-notes), which the figure pages link to', () => {
    expect(startTags(html, 'details').some((tag) => tag.attrs.id === 'embed-notes')).toBe(true);
  });
});

describe.each(published.map((figure) => [figure.id, figure] as const))('thumbnail of %s', (id) => {
  const svg = readFileSync(file(`figures/${id}/thumbnail.svg`), 'utf8');
  const style = rawTextElements(svg, 'style').map((element) => element.body).join('\n');

  test('an SVG resvg reads, with a title, drawing something', () => {
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
    expect(outerElements(svg, 'title')).toHaveLength(1);
    expect(svg).toMatch(/<(path|rect|circle|text)\b/);
  });

  test('in the reader\'s colour scheme: every custom property it reads is set, light by default and again for dark', () => {
    const read = new Set([...style.matchAll(/var\(--([\w-]+)\)/g)].map((match) => match[1]!));
    const dark = style.slice(style.indexOf('prefers-color-scheme:dark'));
    expect(style).toMatch(/@media screen and \(prefers-color-scheme:\s?dark\)/);
    expect(read.size).toBeGreaterThan(0);
    for (const name of read) expect(style, `--${name}`).toMatch(new RegExp(`--${name}:`));
    expect(dark).toMatch(/--paper:/);
  });

  test('nothing of the page\'s interaction: no tooltip data, focus stops or scripts', () => {
    expect(svg).not.toMatch(/\s(tabindex|data-[\w-]+)=|<script/);
  });
});

describe.each(published.map((figure) => [figure.id, figure] as const))('figure page of %s', (id, figure) => {
  const html = readFileSync(file(`figures/${id}/index.html`), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));

  test('the figure as a story shows it, its headline the h1: dek, data table and source line', () => {
    const h1 = outerElements(html, 'h1');
    expect(h1).toHaveLength(1);
    expect(markedText(h1[0]!.markup).trim()).toBe(figure.title);
    expect(startTags(html, 'figure').filter((tag) => tag.attrs['data-figure'] === id)).toHaveLength(1);
    expect(html).toContain('class="figure-dek"');
    expect(outerElements(html, 'table').some((table) => table.markup.includes('class="figure-table"'))).toBe(true);
    expect(html).toMatch(/<p class="figure-source">\s*来源：/);
    expect(startTags(head, 'meta').find((tag) => tag.attrs.name === 'description')?.attrs.content).toBe(spoken(figure.dek));
  });

  test('the embed box open, with the embed and AMP codes, every download with its size, and every oEmbed file', () => {
    const box = startTags(html, 'details').filter((tag) => tag.attrs.class === 'embed-tools');
    expect(box).toHaveLength(1);
    expect('open' in box[0]!.attrs).toBe(true);
    expect(html).toContain(`id="embed-code-${id}"`);
    expect(html).toContain(`id="amp-code-${id}"`);
    for (const ext of ['svg', 'png', 'print.png', 'csv', 'xlsx', 'json']) {
      expect(html, ext).toMatch(new RegExp(`<a href="/downloads/${id}\\.${ext}" download="${id}\\.${ext}">[^<]+</a><span class="download-size">`));
    }
    for (const variant of OEMBED_VARIANTS) expect(html).toContain(`href="/oembed/${oembedName(id, variant)}.json"`);
    // The AMP code's placeholder is the small PNG, not the 2× one.
    const amp = decodeEntities(outerElements(html, 'textarea').find((area) => area.markup.includes(`id="amp-code-${id}"`))!.markup);
    expect(amp).toMatch(new RegExp(`<amp-img placeholder [^>]*src="https?://[^"]+/embed/${id}/placeholder\\.png"`));
  });

  test('discovery: the oEmbed links, the default first, all absolute; canonical URL and the PNG as its image', () => {
    const canonical = startTags(head, 'link').find((tag) => tag.attrs.rel === 'canonical')?.attrs.href ?? '';
    expect(canonical).toMatch(new RegExp(`^https?://.+/figures/${id}/$`));
    const root = canonical.replace(`figures/${id}/`, '');
    const links = startTags(head, 'link').filter((tag) => tag.attrs.rel === 'alternate' && tag.attrs.type === 'application/json+oembed');
    expect(links.map((tag) => tag.attrs.href)).toEqual(oembedLinks(id, '', root).map((link) => link.href));
    expect(links[0]!.attrs.href).toBe(`${root}oembed/${id}.json`);
    expect(startTags(head, 'link').filter((tag) => tag.attrs.type === 'text/xml+oembed'), 'no XML: we serve none').toEqual([]);
    expect(startTags(head, 'meta').find((tag) => tag.attrs.property === 'og:image')?.attrs.content).toBe(`${root}downloads/${id}.png`);
  });

  test('it links back to its place in the gallery', () => {
    expect(startTags(html, 'a').some((tag) => tag.attrs.href === `/figures/#figure-${id}`)).toBe(true);
  });
});

describe.each(publishedStories.map((story) => [story.slug, story] as const))('story %s', (slug, story) => {
  test('advertises its lead figure\'s default oEmbed, and only that (the variants are on the figure\'s page)', () => {
    const html = readFileSync(file(`stories/${slug}/index.html`), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const links = startTags(head, 'link').filter((tag) => tag.attrs.rel === 'alternate' && tag.attrs.type === 'application/json+oembed').map((tag) => tag.attrs.href);
    const lead = story.lead ? data.figures.get(story.lead) : undefined;
    if (!lead || lead.draft) {
      expect(links).toEqual([]);
      return;
    }
    const canonical = startTags(head, 'link').find((tag) => tag.attrs.rel === 'canonical')!.attrs.href!;
    const root = canonical.replace(`stories/${slug}/`, '');
    expect(links).toEqual([oembedLinks(lead.id, '', root)[0]!.href]);
  });
});

test('/figures.json lists every figure with URLs that exist and its sources', () => {
  const list = JSON.parse(readFileSync(file('figures.json'), 'utf8')) as { id: string; title: string; story: string | null; page: string; thumbnail: string; embed: string; svg: string; png: string; printPng: string; placeholder: string; csv: string; csvMeta: string; xlsx: string; oembed: string; oembedVariants: { theme: string; width: number; url: string }[]; sources: { id: string; citation: string }[] }[];
  expect(list.map((entry) => entry.id).sort()).toEqual(published.map((figure) => figure.id).sort());
  for (const entry of list) {
    expect(entry.page, entry.id).toBe(`/figures/${entry.id}/`);
    expect(entry.oembedVariants.map(({ theme, width }) => ({ theme, width }))).toEqual([...OEMBED_VARIANTS]);
    for (const url of [entry.page, entry.thumbnail, entry.embed, entry.svg, entry.png, entry.printPng, entry.placeholder, entry.csv, entry.csvMeta, entry.xlsx, entry.oembed, ...entry.oembedVariants.map((variant) => variant.url), ...(entry.story ? [entry.story] : [])]) {
      expect(existsSync(join(dist, url.endsWith('/') ? `${url}index.html` : url)), `${entry.id}: ${url}`).toBe(true);
    }
    expect(entry.sources.length).toBeGreaterThan(0);
    for (const source of entry.sources) expect(data.sources.has(source.id)).toBe(true);
  }
});

test('every figure on a reader page links to the embed-and-download box on its own page (the box is there alone), and every printed download size is its file\'s size in dist/', () => {
  let sizes = 0;
  for (const page of pages) {
    const html = readPage(page);
    // The size in the edition's brackets: "（12 KB）", " (12 KB)".
    for (const match of html.matchAll(/<a href="([^"]+)" download="[^"]+">[^<]*<\/a><span class="download-size"> ?[（(]([^）)]+)[）)]<\/span>/g)) {
      expect(match[2], `${page.url}: ${match[1]}`).toBe(formatBytes(statSync(file(match[1]!.replace(/^\//, ''))).size));
      sizes += 1;
    }
    expect(html.match(/class="download-size"/g)?.length ?? 0, `${page.url}: every size next to a download link`).toBe(html.match(/<a href="[^"]+" download=/g)?.length ?? 0);
    if (isEmbed(page)) continue;
    const frames = startTags(html, 'figure').filter((tag) => tag.attrs['data-figure']).map((tag) => tag.attrs['data-figure']!);
    const boxes = startTags(html, 'details').filter((tag) => tag.attrs.class === 'embed-tools');
    const ownPage = frames.length === 1 && page.url.endsWith(`/figures/${frames[0]}/`);
    expect(boxes.map((tag) => tag.attrs.id), page.url).toEqual(ownPage ? ['embed-and-download'] : []);
    const links = startTags(html, 'a').filter((tag) => tag.attrs.class === 'figure-tools-link').map((tag) => tag.attrs.href);
    expect(links, page.url).toEqual(ownPage ? [] : frames.map((id) => `${page.url.startsWith('/en/') ? '/en/' : '/'}figures/${id}/#embed-and-download`));
  }
  expect(sizes, 'the figure pages alone print five sizes per figure').toBeGreaterThanOrEqual(5 * published.length);
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
