/**
 * The built site's pages (every dist/**\/*.html) and a tiny reader for their markup, shared by the
 * dist/, security and browser tests and by scripts/bench.mjs (which imports this file directly:
 * Node 24 strips the types, so keep to erasable TypeScript and node: imports only).
 * Astro's output is machine-written and well-formed, so a few regular expressions read it
 * reliably: no DOM library is installed, and none is needed for tags, attributes and text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The built site: dist/ at the project root, or $SITE_DIST (to check another build). */
export function distDir(): string {
  return process.env.SITE_DIST ? resolve(process.env.SITE_DIST) : resolve(import.meta.dirname, '../../dist');
}

/** One built page. */
export interface DistPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** Path inside dist/, with forward slashes: "stories/compute/index.html". */
  rel: string;
  /** Site-relative URL a reader uses: "/stories/compute/", "/", "/404.html". */
  url: string;
}

/** Every file under a folder (dot-folders such as Astro's transient .prerender/ are skipped). */
export function walkFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(path);
    }
  };
  walk(root);
  return out;
}

/** The URL a static host serves a built HTML file at (directory format: x/index.html → /x/). */
export function pageUrl(rel: string): string {
  const path = `/${rel.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every built page, sorted by URL. Throws, saying what to do, when there is no build. */
export function listPages(root = distDir()): DistPage[] {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run \`npm run build\` before these tests`);
  }
  return walkFiles(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const rel = relative(root, file).split(sep).join('/');
      return { file, rel, url: pageUrl(rel) };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** Embed pages (/embed/<figure-id>/): framed on other sites, tested for behaviour by embed.test.ts. */
export const isEmbed = (page: { url: string }): boolean => page.url.startsWith('/embed/');

/** Story pages (/stories/<slug>/), the pages the size budget is about. */
export const isStory = (page: { url: string }): boolean => /^\/stories\/[^/]+\/$/.test(page.url);

/** The file a site-relative URL path is served from (directory URLs get index.html), or undefined. */
export function fileForPath(root: string, urlPath: string): string | undefined {
  const file = join(root, decodeURIComponent(urlPath));
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(file) ? file : undefined;
}

export const readPage = (page: DistPage): string => readFileSync(page.file, 'utf8');

/** A start tag: its lower-case name, attributes (values decoded) and offset in the markup. */
export interface Tag {
  name: string;
  attrs: Record<string, string>;
  index: number;
  /** The raw start tag. */
  raw: string;
}

/** One piece of markup, in document order. Raw-text elements (<script>, <style>) are one token. */
export type Token =
  | { type: 'comment' | 'text'; index: number; raw: string } // comment: also <!doctype …>
  | { type: 'start'; index: number; raw: string; tag: Tag; selfClosing: boolean }
  | { type: 'raw'; index: number; raw: string; tag: Tag; body: string }
  | { type: 'end'; index: number; raw: string; name: string };

const ATTR_SOURCE = `[^\\s"'>/=]+(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'=<>\`]+))?`;
const ATTR = new RegExp(`([^\\s"'>/=]+)(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+)))?`, 'g');
/**
 * Comment or <!doctype> | <script>/<style> with its body | start tag | end tag | text. One pass, left to right:
 * a "<script>" inside a quoted attribute value is part of that start tag, never a tag of its own.
 */
const TOKEN = new RegExp(
  `<!--[\\s\\S]*?-->|<![^>]*>` +
  `|<(script|style)((?:\\s+${ATTR_SOURCE})*)\\s*>([\\s\\S]*?)</\\1\\s*>` +
  `|<([a-zA-Z][\\w:-]*)((?:\\s+${ATTR_SOURCE})*)\\s*(/?)>` +
  `|</([a-zA-Z][\\w:-]*)\\s*>` +
  `|[^<]+|<`,
  'gi',
);

/** Decodes the character references Astro and d3 emit (named basics and numeric). */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return named[ref.toLowerCase()] ?? match;
  });
}

/** Attributes of one start tag's attribute string (names lower-cased, values decoded). */
export function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of source.matchAll(ATTR)) {
    attrs[match[1]!.toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

/** The markup as tokens, in order. */
export function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  for (const match of html.matchAll(TOKEN)) {
    const [raw] = match;
    const index = match.index;
    if (match[1]) {
      const body = match[3]!;
      const open = raw.slice(0, raw.lastIndexOf('</') - body.length);
      tokens.push({ type: 'raw', index, raw, body, tag: { name: match[1].toLowerCase(), attrs: parseAttrs(match[2] ?? ''), index, raw: open } });
    } else if (match[4]) {
      const tag = { name: match[4].toLowerCase(), attrs: parseAttrs(match[5] ?? ''), index, raw };
      tokens.push({ type: 'start', index, raw, tag, selfClosing: match[6] === '/' });
    } else if (match[7]) {
      tokens.push({ type: 'end', index, raw, name: match[7].toLowerCase() });
    } else {
      tokens.push({ type: raw.startsWith('<!') ? 'comment' : 'text', index, raw });
    }
  }
  return tokens;
}

/** Every start tag (optionally only those named `name`), <script> and <style> included. */
export function startTags(html: string, name?: string): Tag[] {
  return tokenize(html)
    .flatMap((token) => (token.type === 'start' || token.type === 'raw' ? [token.tag] : []))
    .filter((tag) => !name || tag.name === name);
}

/** Inline <script>/<style> elements: their start tag's attributes and exact body text. */
export function rawTextElements(html: string, name: 'script' | 'style'): { attrs: Record<string, string>; body: string }[] {
  return tokenize(html).flatMap((token) => (token.type === 'raw' && token.tag.name === name ? [{ attrs: token.tag.attrs, body: token.body }] : []));
}

/**
 * The complete markup of each outermost element named `name` (nested ones are inside their
 * parent's markup), e.g. every top-level <svg>…</svg>, starting the search at offset `from`.
 */
export function outerElements(html: string, name: string, from = 0): { start: number; end: number; markup: string }[] {
  const out: { start: number; end: number; markup: string }[] = [];
  let depth = 0;
  let start = -1;
  for (const token of tokenize(html)) {
    if (token.index < from) continue;
    if (token.type === 'start' && token.tag.name === name) {
      if (depth === 0) start = token.index;
      if (!token.selfClosing) depth += 1;
      else if (depth === 0) out.push({ start, end: token.index + token.raw.length, markup: token.raw });
    } else if (token.type === 'end' && token.name === name && depth > 0) {
      depth -= 1;
      if (depth === 0) out.push({ start, end: token.index + token.raw.length, markup: html.slice(start, token.index + token.raw.length) });
    }
  }
  return out;
}

/** The url(…) references of a stylesheet, in order (quotes removed). */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((match) => match[2]!.trim());
}

/** The text a reader sees (no markup, comments, scripts or styles), entities decoded. */
export function textContent(html: string): string {
  return decodeEntities(tokenize(html).map((token) => (token.type === 'text' ? token.raw : ' ')).join(''));
}

/**
 * The map SVGs of a page: each top-level <svg> inside a figure whose data-kind ends in "map"
 * (decorative ones, aria-hidden such as legend swatches, left out), and any other top-level
 * <svg> drawing counties (data-county), each once.
 */
export function mapSvgs(html: string): string[] {
  const svgs = outerElements(html, 'svg');
  const figures = startTags(html, 'figure').filter((tag) => (tag.attrs['data-kind'] ?? '').endsWith('map'));
  const mapRanges = figures.flatMap((tag) => outerElements(html, 'figure', tag.index).slice(0, 1));
  return svgs
    .filter((svg) => svg.markup.includes('data-county')
      || (mapRanges.some((range) => svg.start >= range.start && svg.end <= range.end) && startTags(svg.markup, 'svg')[0]?.attrs['aria-hidden'] !== 'true'))
    .map((svg) => svg.markup);
}

/** The inference mark as data and plain-text outputs write it (MARK in src/lib/inferred.ts; not imported: see above). */
export const MARK = '*';

/**
 * The inference mark as a built page draws it (src/components/InferredMark.astro): a `*` in an
 * element a screen reader takes as an image named 推断.
 */
export const RENDERED_MARK = `<span class="inf" role="img" aria-label="推断">${MARK}</span>`;

/**
 * The text of some markup as the data writes it: each rendered inference mark back to `*`. A `*`
 * printed bare, without its words for screen readers, reads "[bare *]", so a comparison with the
 * data's text fails on it.
 */
export function markedText(html: string): string {
  const hold = '\u0000';
  return textContent(html.split(RENDERED_MARK).join(hold)).split(MARK).join('[bare *]').split(hold).join(MARK);
}
