/**
 * Makes a built embed page lean (src/integrations/figure-downloads.ts runs it on dist/embed/):
 * its inlined style sheet keeps only the rules that can match something on that page, and its
 * Content-Security-Policy lists only the hashes of that page's own inline scripts and styles
 * (Astro writes every hash of the whole build into every page). Both are strings in, string out.
 */
import { createHash } from 'node:crypto';

/** Group at-rules whose contents are rules to filter; other at-rules (@font-face, @keyframes…) are kept whole. */
const GROUPS = /^@(media|supports|container|layer)\b/i;

/** The index of the brace closing the one opened at `open`. */
function closing(css: string, open: number): number {
  let depth = 0;
  for (let index = open; index < css.length; index += 1) {
    if (css[index] === '{') depth += 1;
    else if (css[index] === '}' && --depth === 0) return index;
  }
  throw new Error(`CSS: unbalanced braces after "${css.slice(open, open + 40)}"`);
}

/** Splits a selector list on its top-level commas (not those inside :is(…) or [attr="a,b"]). */
function selectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < list.length; index += 1) {
    const char = list[index];
    if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    else if (char === ',' && depth === 0) {
      out.push(list.slice(start, index));
      start = index + 1;
    }
  }
  out.push(list.slice(start));
  return out;
}

/**
 * Whether a selector can match on the page: every class it requires is used. Classes inside
 * parentheses (:not(.x), :is(.a, .b)) do not count, so such selectors are kept.
 */
function canMatch(selector: string, used: Set<string>): boolean {
  let outside = selector;
  while (/\([^()]*\)/.test(outside)) outside = outside.replace(/\([^()]*\)/g, '');
  return [...outside.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].every((match) => used.has(match[1]!));
}

/** `css` without the style rules that cannot match, given the class names the page uses. */
export function usedCss(css: string, used: Set<string>): string {
  let out = '';
  let index = 0;
  while (index < css.length) {
    const open = css.indexOf('{', index);
    const semicolon = css.indexOf(';', index);
    if (open === -1 || (semicolon !== -1 && semicolon < open && css.slice(index, semicolon).trim().startsWith('@'))) {
      // A statement at-rule (@import …;) or trailing text: kept as it is.
      const end = open === -1 ? css.length : semicolon + 1;
      out += css.slice(index, end);
      index = end;
      continue;
    }
    const end = closing(css, open);
    const prelude = css.slice(index, open).trim();
    const body = css.slice(open + 1, end);
    if (GROUPS.test(prelude)) {
      const inner = usedCss(body, used);
      if (inner.trim()) out += `${prelude}{${inner}}`;
    } else if (prelude.startsWith('@')) {
      out += `${prelude}{${body}}`;
    } else {
      const kept = selectors(prelude).filter((selector) => canMatch(selector, used));
      if (kept.length > 0) out += `${kept.join(',')}{${body}}`;
    }
    index = end + 1;
  }
  return out;
}

/**
 * `css` without the custom properties (--name: …) that neither it nor `html` reads with var(--name).
 * Declarations are matched inside rule bodies only, where they end at ";" or "}".
 */
export function usedVariables(css: string, html = ''): string {
  const read = new Set([...`${css}${html}`.matchAll(/var\((--[\w-]+)/g)].map((match) => match[1]!));
  return css.replace(/(?<=[{;])(--[\w-]+):[^;{}]*;?/g, (declaration, name: string) => (read.has(name) ? declaration : ''));
}

/** A start tag of the page: where it is, its name and its attributes' source text. */
interface Tag {
  name: string;
  attrs: string;
  start: number;
  end: number;
  /** For <script> and <style>: their text and where it ends (the start of the end tag). */
  body?: string;
  bodyEnd?: number;
}

/** One attribute's value from a tag's attribute text (double-quoted, as Astro writes them). */
const attr = (attrs: string, name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`, 'i').exec(attrs)?.[1];

/**
 * The page's start tags in order, each consumed whole (quoted attribute values may hold "<" and
 * ">", e.g. a headline with markup in it, which must not read as a tag), and the raw text of
 * <script> and <style> elements skipped as such.
 */
function tags(html: string): Tag[] {
  const out: Tag[] = [];
  const pattern = /<!--[\s\S]*?-->|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    if (!match[1]) continue;
    const tag: Tag = { name: match[1].toLowerCase(), attrs: match[2] ?? '', start: match.index, end: pattern.lastIndex };
    if (tag.name === 'script' || tag.name === 'style') {
      const close = html.toLowerCase().indexOf(`</${tag.name}`, tag.end);
      if (close === -1) throw new Error(`leanPage: a <${tag.name}> is never closed`);
      tag.body = html.slice(tag.end, close);
      tag.bodyEnd = close;
      pattern.lastIndex = html.indexOf('>', close) + 1;
    }
    out.push(tag);
  }
  return out;
}

/**
 * The class names a page may use: those in its class attributes, and every word in its inline
 * scripts (which may add classes).
 */
export function usedClasses(html: string): Set<string> {
  const used = new Set<string>();
  for (const tag of tags(html)) {
    for (const name of (attr(tag.attrs, 'class') ?? '').split(/\s+/)) if (name) used.add(name);
    if (tag.name === 'script' && tag.body) for (const word of tag.body.matchAll(/[\w-]+/g)) used.add(word[0]);
  }
  return used;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * A script file as inline code: without its opening comment and, where it has no template
 * literal (whose line breaks would be text), without indentation and whole-line // comments.
 */
export function inlineScript(text: string, src: string): string {
  let code = text.replace(/^\/\*[\s\S]*?\*\/\s*/, '').trim();
  if (!code.includes('`')) code = code.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('//')).join('\n');
  if (/<\/script/i.test(code)) throw new Error(`leanPage: ${src} contains "</script" and cannot be inlined`);
  return code;
}

/** `html` with the given [start, end) ranges replaced, ranges in document order and not overlapping. */
function splice(html: string, edits: { start: number; end: number; text: string }[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}

/**
 * The page as one request: each script file it loads from this site (`readScript` gives its
 * text, or undefined for one to leave alone) inlined where it stood (the page's scripts wait
 * for DOMContentLoaded themselves); its inline <style> blocks reduced to the rules it can use;
 * and its CSP <meta> listing, in script-src and style-src, 'self' and the hashes of its own
 * inline scripts and styles only.
 */
export function leanPage(html: string, readScript: (src: string) => string | undefined = () => undefined): string {
  const meta = tags(html).find((tag) => tag.name === 'meta' && attr(tag.attrs, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  const policy = meta && attr(meta.attrs, 'content');
  if (!meta || policy === undefined) throw new Error('leanPage: the page has no CSP <meta>');
  const listed = new Set(policy.split(/[\s;]+/));
  // 1. Inline the script files (checking that Astro hashed the inline code that is there).
  const inlined = splice(html, tags(html).flatMap((tag) => {
    if (tag.body === undefined) return [];
    const src = attr(tag.attrs, 'src');
    if (src === undefined) {
      if (!listed.has(sha256(tag.body))) throw new Error(`leanPage: the page's CSP lacks the hash of an inline ${tag.name}; was the page changed after Astro hashed it?`);
      return [];
    }
    const text = readScript(src);
    return text === undefined ? [] : [{ start: tag.start, end: tag.bodyEnd! + '</script>'.length, text: `<script>${inlineScript(text, src)}</script>` }];
  }));
  // 2. Keep the CSS the page can use.
  const used = usedClasses(inlined);
  const lean = splice(inlined, tags(inlined).filter((tag) => tag.name === 'style').map((tag) => ({
    start: tag.end, end: tag.bodyEnd!, text: usedVariables(usedCss(tag.body!, used), inlined),
  })));
  // 3. List exactly the page's own inline code in its CSP.
  const final = tags(lean);
  const own = (name: string) => [...new Set(final.filter((tag) => tag.name === name && tag.body !== undefined && attr(tag.attrs, 'src') === undefined).map((tag) => sha256(tag.body!)))];
  const hashes: Record<string, string[]> = { 'script-src': own('script'), 'style-src': own('style') };
  const directives = policy.split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    const mine = hashes[name];
    if (!mine) return directive;
    return `${/^\s*/.exec(directive)![0]}${[name, ...sources.filter((source) => !source.startsWith("'sha")), ...mine].join(' ')}`;
  });
  const metaTag = final.find((tag) => tag.name === 'meta' && attr(tag.attrs, 'http-equiv')?.toLowerCase() === 'content-security-policy')!;
  return splice(lean, [{ start: metaTag.start, end: metaTag.end, text: lean.slice(metaTag.start, metaTag.end).replace(`content="${policy}"`, `content="${directives.join(';')}"`) }]);
}
