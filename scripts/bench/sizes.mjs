/**
 * What each built page weighs on a first visit, and the budgets it is held to. A page's HTML
 * includes its inline SVG, styles and scripts; the files it loads are read from its
 * <link rel=stylesheet|modulepreload|preload>, <script src> and <img src> (plus url()s in its CSS).
 * Images with loading="lazy" are counted apart: a first visit loads only those near the viewport.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  cssUrls, fileForPath, isEmbed, isStory, listPages, mapSvgs, parseAttrs, rawTextElements, startTags,
} from '../lib/dist-pages.ts';

export const KB = 1024;
/** Budgets (bytes, gzip where it says so). */
export const BUDGET = {
  storyGzip: 20 * KB, // HTML + CSS + JS of a story page, gzip (issue #24: not yet met, see the bench)
  jsGzip: 6 * KB, // JavaScript per page (files and inline), gzip
  mapSvg: 20 * KB, // one map's <svg> markup, raw
  mapEmbedGzip: 8 * KB, // an embed page with one map, everything it loads at once, gzip (issue 22)
  mapEmbedGzipMore: 2 * KB, // and for each further map drawn (two maps: 10 KB)
};

/** The budget of an embed page that draws `maps` maps: 8 KB gzip for one, 10 KB for two (issue 22), 2 KB more for each further one. */
export function mapEmbedBudget(maps) {
  return BUDGET.mapEmbedGzip + BUDGET.mapEmbedGzipMore * Math.max(0, maps - 1);
}

const FONT_FILE = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const sizes = (buffer) => ({ raw: buffer.length, gzip: gzip(buffer) });
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO = { raw: 0, gzip: 0 };

/** The file a page's reference points at, when it is on this site; undefined for other origins and data: URLs. */
function localFile(root, ref, pageUrl) {
  if (!ref || /^data:/i.test(ref)) return undefined;
  const url = new URL(ref, new URL(pageUrl, 'http://site.invalid'));
  if (url.origin !== 'http://site.invalid') return undefined;
  return fileForPath(root, url.pathname);
}

/** Measures one page: bytes by kind (raw and gzip), the files it loads, fonts it asks for, its map SVGs. */
export function measurePage(root, page) {
  const html = readFileSync(page.file);
  const markup = html.toString('utf8');
  const loaded = { css: new Set(), js: new Set(), other: new Set(), lazy: new Set() };
  const fonts = [];
  const missing = [];
  const note = (kind, ref) => {
    const file = localFile(root, ref, page.url);
    if (FONT_FILE.test(ref)) fonts.push(ref);
    if (file) loaded[kind].add(file);
    else if (ref && !/^data:/i.test(ref) && new URL(ref, 'http://site.invalid/').origin === 'http://site.invalid') missing.push(ref);
  };
  for (const tag of startTags(markup)) {
    const rel = (tag.attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (tag.name === 'link' && rel.includes('stylesheet')) note('css', tag.attrs.href);
    else if (tag.name === 'link' && rel.includes('modulepreload')) note('js', tag.attrs.href);
    else if (tag.name === 'link' && rel.includes('preload')) note(tag.attrs.as === 'script' ? 'js' : tag.attrs.as === 'style' ? 'css' : 'other', tag.attrs.href);
    else if (tag.name === 'script' && tag.attrs.src) note('js', tag.attrs.src);
    else if (tag.name === 'img' && tag.attrs.src) note(tag.attrs.loading === 'lazy' ? 'lazy' : 'other', tag.attrs.src);
  }
  // CSS: @font-face anywhere, url()s of fonts and images in linked and inline styles.
  const cssTexts = [...[...loaded.css].map((file) => readFileSync(file, 'utf8')), ...rawTextElements(markup, 'style').map((style) => style.body)];
  const fontFaces = cssTexts.filter((css) => /@font-face/i.test(css)).length;
  for (const css of cssTexts) {
    for (const url of cssUrls(css)) if (!url.startsWith('#')) note('other', url);
  }
  const measure = (files) => [...files].map((file) => sizes(readFileSync(file))).reduce(add, ZERO);
  const inlineJs = rawTextElements(markup, 'script')
    .filter((script) => script.attrs.src === undefined && !/json/i.test(script.attrs.type ?? ''))
    .map((script) => sizes(Buffer.from(script.body))).reduce(add, ZERO);
  const result = {
    url: page.url,
    // Place pages (/places/…) are held to the story budget too, and so are both in English (/en/…).
    story: isStory(page) || /^\/(en\/)?(stories\/[^/]+\/$|places\/)/.test(page.url),
    embed: isEmbed(page),
    html: sizes(html),
    css: measure(loaded.css),
    js: measure(loaded.js),
    inlineJs,
    other: measure(loaded.other),
    lazy: measure([...loaded.lazy].filter((file) => !loaded.other.has(file))),
    fonts: [...fonts, ...(fontFaces ? [`@font-face in ${fontFaces} stylesheet(s)`] : [])],
    missing,
    maps: mapSvgs(markup).map((svg) => {
      const attrs = parseAttrs(svg.slice(4, svg.indexOf('>')));
      const label = (attrs['aria-labelledby'] ?? '').split(/\s+/)[0]?.replace(/-svg-title$/, '') || '(unlabelled map)';
      return { label, bytes: Buffer.byteLength(svg) };
    }),
  };
  // Maps a reader sees: a single map drawn twice (a narrow and a wide drawing, of which maps.css
  // shows the one that fits: MapGraphic.astro) is one map, held to the one-map embed budget.
  result.mapCount = result.maps.length - startTags(markup, 'div').filter((tag) => (tag.attrs.class ?? '').split(/\s+/).includes('map-variant--wide')).length;
  result.core = add(add(result.html, result.css), result.js); // HTML + CSS + JS (inline JS is inside the HTML)
  result.total = add(result.core, result.other);
  result.jsAll = add(result.js, result.inlineJs);
  // What a first visit fetches at once: the page and each file it loads (lazy images apart).
  result.requests = 1 + loaded.css.size + loaded.js.size + loaded.other.size;
  return result;
}

/** Every page of a build, measured, with the budget failures found. */
export function measureSite(root) {
  const pages = listPages(root).map((page) => measurePage(root, page));
  const failures = [];
  for (const page of pages) {
    if (page.story && page.core.gzip > BUDGET.storyGzip) failures.push(`${page.url}: HTML+CSS+JS ${kb(page.core.gzip)} gzip > ${kb(BUDGET.storyGzip)}`);
    if (page.jsAll.gzip > BUDGET.jsGzip) failures.push(`${page.url}: JavaScript ${kb(page.jsAll.gzip)} gzip > ${kb(BUDGET.jsGzip)}`);
    if (page.fonts.length) failures.push(`${page.url}: webfonts: ${page.fonts.join(', ')}`);
    if (page.embed && page.mapCount > 0 && page.total.gzip > mapEmbedBudget(page.mapCount)) {
      failures.push(`${page.url}: map embed ${kb(page.total.gzip)} gzip > ${kb(mapEmbedBudget(page.mapCount))} (${page.mapCount} map(s))`);
    }
    for (const map of page.maps) if (map.bytes > BUDGET.mapSvg) failures.push(`${page.url}: map SVG ${map.label} ${kb(map.bytes)} > ${kb(BUDGET.mapSvg)}`);
    for (const ref of page.missing) failures.push(`${page.url}: loads ${ref}, which is not in dist/`);
  }
  return { pages, failures };
}

/** Bytes as "12.3 KB" (KB = 1024 bytes). */
export function kb(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/**
 * What one Jiaxing map costs drawn in the browser instead (the pattern our embeds replace): the
 * d3-geo (with the d3-array it needs) and topojson-client bundles and the county topology, gzip,
 * each file alone. A lower bound:
 * that page would still need its own HTML, styles and drawing code.
 */
export function clientSideMap(projectRoot) {
  const files = ['node_modules/d3-array/dist/d3-array.min.js', 'node_modules/d3-geo/dist/d3-geo.min.js', 'node_modules/topojson-client/dist/topojson-client.min.js', 'content/geo/jiaxing-counties.topo.json'];
  return { files, gzip: files.reduce((sum, file) => sum + gzip(readFileSync(join(projectRoot, file))), 0) };
}
