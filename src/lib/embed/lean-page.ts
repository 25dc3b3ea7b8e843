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

/**
 * The class names a page may use: those in its class attributes, and every word in its inline
 * scripts (which may add classes).
 */
export function usedClasses(html: string): Set<string> {
  const used = new Set<string>();
  for (const match of html.matchAll(/\sclass="([^"]*)"/g)) for (const name of match[1]!.split(/\s+/)) if (name) used.add(name);
  for (const match of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) for (const word of match[1]!.matchAll(/[\w-]+/g)) used.add(word[0]);
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

/**
 * The page as one request: each script file it loads from this site (`readScript` gives its
 * text, or undefined for one to leave alone) inlined where it stood (the page's scripts wait
 * for DOMContentLoaded themselves); its inline <style> blocks reduced to the rules it can use;
 * and its CSP <meta> listing, in script-src and style-src, 'self' and the hashes of its own
 * inline scripts and styles only.
 */
export function leanPage(html: string, readScript: (src: string) => string | undefined = () => undefined): string {
  const policy = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i.exec(html);
  if (!policy) throw new Error('leanPage: the page has no CSP <meta>');
  const listed = new Set(policy[2]!.split(/[\s;]+/));
  for (const match of html.matchAll(/<(script|style)\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/\1>/g)) {
    if (!listed.has(sha256(match[2]!))) throw new Error(`leanPage: the page's CSP lacks the hash of an inline ${match[1]}; was the page changed after Astro hashed it?`);
  }
  const inlined = html.replace(/<script\b[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g, (tag, src: string) => {
    const text = readScript(src);
    return text === undefined ? tag : `<script>${inlineScript(text, src)}</script>`;
  });
  const used = usedClasses(inlined);
  const lean = inlined.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g, (_all, open: string, css: string, close: string) => `${open}${usedVariables(usedCss(css, used), inlined)}${close}`);
  const own = (tag: 'script' | 'style') => [...lean.matchAll(new RegExp(`<${tag}\\b(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)<\\/${tag}>`, 'g'))].map((match) => sha256(match[1]!));
  const hashes: Record<string, string[]> = { 'script-src': [...new Set(own('script'))], 'style-src': [...new Set(own('style'))] };
  const directives = policy[2]!.split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    const mine = hashes[name];
    if (!mine) return directive;
    return ` ${[name, ...sources.filter((source) => !source.startsWith("'sha")), ...mine].join(' ')}`;
  });
  return lean.replace(policy[0], `${policy[1]}${directives.join(';')}${policy[3]}`);
}
