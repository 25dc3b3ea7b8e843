/**
 * A built site's pages (every **\/*.html of a dist/ folder) and a small reader for their markup,
 * shared by the benchmark (scripts/bench.mjs, scripts/bench/*) and the dist/, security and
 * browser tests. Node runs it directly (it strips the types): keep to erasable TypeScript, and to
 * node: and package imports.
 *
 * The markup is read by parse5's tokenizer, the one its HTML parser uses, driven here as a
 * browser drives it (the body of <script>, <style>, <title>… is text, not tags). Tokens, not a
 * tree: a test sees the markup as it was written, in source order, with offsets into it, and a
 * stray tag is found where it stands instead of being moved or dropped by tree construction.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Tokenizer, TokenizerMode, type TokenHandler } from 'parse5';

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

/** Every built page of the site in `root`, sorted by URL. Throws when `root` holds no build. */
export function listPages(root: string): DistPage[] {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: not a built site`);
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
export const isEmbed = (page: { url: string }): boolean => /^\/(en\/)?embed\//.test(page.url);

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

type TagToken = Parameters<TokenHandler['onStartTag']>[0];

/** Elements whose body is one token (type 'raw'), never read for tags. */
const RAW_ELEMENTS = new Set(['script', 'style']);

/** How a browser reads the body of an HTML element that is not markup (the HTML standard's tree construction). */
const BODY_MODE: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT, xmp: TokenizerMode.RAWTEXT, iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT, noframes: TokenizerMode.RAWTEXT,
  title: TokenizerMode.RCDATA, textarea: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

/** SVG and MathML: inside them no element body is special, and <![CDATA[…]]> is text. */
const FOREIGN = new Set(['svg', 'math']);

/** A handler for the tokens a caller does not need. */
const IGNORE: TokenHandler = {
  onComment() {}, onDoctype() {}, onStartTag() {}, onEndTag() {}, onEof() {},
  onCharacter() {}, onNullCharacter() {}, onWhitespaceCharacter() {},
};

/** The markup read last and its tokens: the readers below often read one page several times over. */
let last: { html: string; tokens: readonly Token[] } | undefined;

/** The markup as tokens, in order; their `raw` strings put together are the markup again. */
export function tokenize(html: string): readonly Token[] {
  if (last?.html === html) return last.tokens;
  const tokens: Token[] = [];
  /** Where the markup not yet in a token starts: text runs up to the next tag, comment or doctype. */
  let done = 0;
  /** An open <script> or <style>, whose end tag closes its raw token. */
  let open: { tag: Tag; bodyStart: number } | undefined;
  let foreignDepth = 0;
  const textUpTo = (offset: number) => {
    if (offset > done) tokens.push({ type: 'text', index: done, raw: html.slice(done, offset) });
  };
  const markup = (token: { location: { startOffset: number; endOffset: number } | null }) => {
    const { startOffset, endOffset } = token.location!;
    textUpTo(startOffset);
    done = endOffset;
    return { index: startOffset, raw: html.slice(startOffset, endOffset) };
  };
  const tag = (token: TagToken, index: number, raw: string): Tag => ({
    name: token.tagName,
    attrs: Object.fromEntries(token.attrs.map((attr) => [attr.name, attr.value])),
    index,
    raw,
  });
  const tokenizer: Tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, {
    ...IGNORE,
    onComment: (token) => { if (!open) tokens.push({ type: 'comment', ...markup(token) }); },
    onDoctype: (token) => { if (!open) tokens.push({ type: 'comment', ...markup(token) }); },
    onStartTag(token) {
      if (open) return;
      const { index, raw } = markup(token);
      const name = token.tagName;
      if (RAW_ELEMENTS.has(name) && !token.selfClosing) {
        open = { tag: tag(token, index, raw), bodyStart: done };
      } else {
        tokens.push({ type: 'start', index, raw, tag: tag(token, index, raw), selfClosing: token.selfClosing });
        if (FOREIGN.has(name) && !token.selfClosing) foreignDepth += 1;
      }
      if (foreignDepth === 0 && BODY_MODE[name] !== undefined && !token.selfClosing) tokenizer.state = BODY_MODE[name];
      tokenizer.inForeignNode = foreignDepth > 0;
    },
    onEndTag(token) {
      if (open && token.tagName !== open.tag.name) return;
      const { startOffset, endOffset } = token.location!;
      if (open) {
        const { tag: start, bodyStart } = open;
        tokens.push({ type: 'raw', index: start.index, raw: html.slice(start.index, endOffset), tag: start, body: html.slice(bodyStart, startOffset) });
        open = undefined;
        done = endOffset;
        return;
      }
      const { index, raw } = markup(token);
      tokens.push({ type: 'end', index, raw, name: token.tagName });
      if (FOREIGN.has(token.tagName) && foreignDepth > 0) foreignDepth -= 1;
      tokenizer.inForeignNode = foreignDepth > 0;
    },
  });
  tokenizer.write(html, true);
  if (open) {
    // Never closed: the body runs to the end of the markup, as in a browser.
    tokens.push({ type: 'raw', index: open.tag.index, raw: html.slice(open.tag.index), tag: open.tag, body: html.slice(open.bodyStart) });
  } else {
    textUpTo(html.length);
  }
  last = { html, tokens: Object.freeze(tokens) };
  return last.tokens;
}

/** Decodes character references (every named one of HTML, and numeric ones) in text; unknown ones stay as they are. */
export function decodeEntities(text: string): string {
  let out = '';
  const append = (token: { chars: string }) => { out += token.chars; };
  const tokenizer = new Tokenizer({}, { ...IGNORE, onCharacter: append, onWhitespaceCharacter: append, onNullCharacter: append });
  // As the text of a <textarea>: references decoded, "<" plain text (no end tag matches an empty name).
  tokenizer.state = TokenizerMode.RCDATA;
  tokenizer.lastStartTagName = '';
  tokenizer.write(text, true);
  return out;
}

/** Attributes of one start tag's attribute string (names lower-cased, values decoded). */
export function parseAttrs(source: string): Record<string, string> {
  const [token] = tokenize(`<x ${source}>`);
  return token?.type === 'start' ? token.tag.attrs : {};
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

/**
 * The span the build keeps a unit of display text in (src/lib/keep-whole.ts; not imported: Node
 * runs this file without Vite). It holds text only and sits inside a line: it adds no space.
 */
const KEEP_SPAN = /<span class="nb">([^<]*)<\/span>/g;

/** The text a reader sees (no markup, comments, scripts or styles), entities decoded. */
export function textContent(html: string): string {
  return decodeEntities(tokenize(html.replace(KEEP_SPAN, '$1')).map((token) => (token.type === 'text' ? token.raw : ' ')).join(''));
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

/** The inference mark as data and plain-text outputs write it (MARK in src/lib/inferred.ts; not imported: Node runs this file without Vite). */
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
  const hold = '\ue000'; // a private-use character: no page has it, and a parser keeps it (unlike U+0000)
  return textContent(html.split(RENDERED_MARK).join(hold)).split(MARK).join('[bare *]').split(hold).join(MARK);
}
