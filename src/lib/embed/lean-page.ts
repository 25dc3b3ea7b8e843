/**
 * Makes a built embed page lean (src/integrations/figure-downloads.ts runs it on dist/embed/):
 * its inlined style sheet keeps only the rules that can match something on that page, and its
 * Content-Security-Policy lists only the hashes of that page's own inline scripts and styles
 * (Astro writes every hash of the whole build into every page). Both are strings in, string out.
 * The HTML is read with parse5 (the WHATWG parser) and the CSS with css-tree; inlined scripts are
 * minified by esbuild. The page is edited in place at the source offsets parse5 reports, so
 * everything else stays byte for byte.
 */
import { createHash } from 'node:crypto';
import { generate, parse as parseCss, walk, type CssNode, type List, type ListItem, type WalkContext } from 'css-tree';
import { transformSync } from 'esbuild';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';

type HtmlNode = DefaultTreeAdapterMap['node'];
type HtmlElement = DefaultTreeAdapterMap['element'];

/** Group at-rules whose contents are rules to filter; other at-rules (@font-face, @keyframes…) are kept whole. */
const GROUPS = new Set(['media', 'supports', 'container', 'layer', 'starting-style']);

/** Pseudo-classes that match when one of the selectors in them matches (:not() and the rest never drop a rule). */
const ANY_OF = new Set(['is', 'where', 'matches', '-webkit-any', 'has']);

/** `css` as a css-tree style sheet; a syntax error throws (Astro wrote it, so it is a bug upstream). */
function styleSheet(css: string, parseValue: boolean): CssNode {
  return parseCss(css, {
    parseValue,
    parseCustomProperty: parseValue,
    onParseError(error) {
      throw new Error(`leanPage: CSS syntax error at line ${error.line}, column ${error.column}: ${error.message}`);
    },
  });
}

/**
 * Whether a selector can match on the page: every class it requires is used. In :is(), :where()
 * and :has() one of the selectors must be able to match; classes in :not() and other
 * pseudo-classes do not count, so such selectors are kept.
 */
function canMatch(selector: CssNode, used: Set<string>): boolean {
  if (selector.type !== 'Selector') return true;
  return selector.children.toArray().every((part) => {
    if (part.type === 'ClassSelector') return used.has(part.name);
    if (part.type !== 'PseudoClassSelector' || !ANY_OF.has(part.name.toLowerCase())) return true;
    const list = part.children?.first;
    return list?.type !== 'SelectorList' || list.children.some((inner) => canMatch(inner, used));
  });
}

/** `css` without the style rules that cannot match, given the class names the page uses. */
export function usedCss(css: string, used: Set<string>): string {
  const sheet = styleSheet(css, false);
  walk(sheet, {
    enter(this: WalkContext, node: CssNode, item: ListItem<CssNode>, list: List<CssNode>) {
      if (node.type === 'Atrule' && node.block && !GROUPS.has(node.name.toLowerCase())) return this.skip;
      if (node.type !== 'Rule' || node.prelude.type !== 'SelectorList') return undefined;
      const selectors = node.prelude.children;
      selectors.forEach((selector, at) => {
        if (!canMatch(selector, used)) selectors.remove(at);
      });
      if (selectors.isEmpty) {
        list.remove(item);
        return this.skip;
      }
      return undefined;
    },
  });
  return generate(dropEmpty(sheet));
}

/** `sheet` without the rules and group at-rules left with nothing in them. */
function dropEmpty(sheet: CssNode): CssNode {
  walk(sheet, {
    leave(node: CssNode, item: ListItem<CssNode>, list: List<CssNode>) {
      const group = node.type === 'Rule' || (node.type === 'Atrule' && GROUPS.has(node.name.toLowerCase()));
      if (group && 'block' in node && node.block?.children.isEmpty) list.remove(item);
    },
  });
  return sheet;
}

/** The custom properties read with var(--name) in a css-tree tree. */
function reads(tree: CssNode, into: Set<string>): Set<string> {
  walk(tree, {
    visit: 'Function',
    enter(node) {
      const first = node.children.first;
      if (node.name.toLowerCase() === 'var' && first?.type === 'Identifier') into.add(first.name);
    },
  });
  return into;
}

/**
 * `css` without the custom properties (--name: …) that nothing reads: not a var(--name) in it or
 * in the style elements and style attributes of `html`, nor a script of `html` naming --name
 * (it may read it with getPropertyValue). Repeated until none is left that only a dropped one
 * read; rules and group at-rules left empty go too.
 */
export function usedVariables(css: string, html = ''): string {
  const sheet = styleSheet(css, true);
  const outside = new Set<string>();
  for (const element of elements(html)) {
    const style = attribute(element, 'style');
    if (style) reads(parseCss(style, { context: 'declarationList', parseCustomProperty: true }), outside);
    if (element.nodeName === 'style') reads(styleSheet(text(html, element), true), outside);
    if (element.nodeName === 'script') for (const name of text(html, element).matchAll(/--[\w-]+/g)) outside.add(name[0]);
  }
  for (let dropped = true; dropped;) {
    dropped = false;
    const read = reads(sheet, new Set(outside));
    walk(sheet, {
      visit: 'Declaration',
      enter(node, item, list) {
        if (node.property.startsWith('--') && !read.has(node.property)) {
          list.remove(item);
          dropped = true;
        }
      },
    });
  }
  return generate(dropEmpty(sheet));
}

/** The page's elements in document order (parse5, with source offsets). */
function elements(html: string): HtmlElement[] {
  const out: HtmlElement[] = [];
  const visit = (node: HtmlNode) => {
    if ('tagName' in node) out.push(node);
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if ('content' in node) visit(node.content);
  };
  visit(parseHtml(html, { sourceCodeLocationInfo: true }));
  return out;
}

/** One attribute's (decoded) value. */
const attribute = (element: HtmlElement, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/** Where an element's start tag, contents and end tag are in the source. */
function place(element: HtmlElement) {
  const location = element.sourceCodeLocation;
  if (!location?.startTag) throw new Error(`leanPage: parse5 gave no source position for a <${element.tagName}>`);
  const { startTag, endTag } = location;
  if (!endTag && (element.nodeName === 'script' || element.nodeName === 'style')) throw new Error(`leanPage: a <${element.tagName}> is never closed`);
  return { start: startTag.startOffset, bodyStart: startTag.endOffset, bodyEnd: endTag?.startOffset ?? startTag.endOffset, end: endTag?.endOffset ?? startTag.endOffset };
}

/** A <script> or <style> element's text as written (what its CSP hash is taken over). */
const text = (html: string, element: HtmlElement) => html.slice(place(element).bodyStart, place(element).bodyEnd);

/** The page's inline <script> (without src) and <style> elements. */
const inline = (html: string) => elements(html).filter((element) => (element.nodeName === 'script' && attribute(element, 'src') === undefined) || element.nodeName === 'style');

/** The page's Content-Security-Policy <meta>. */
const cspMeta = (html: string) => elements(html).find((element) => element.nodeName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy');

/**
 * The class names a page may use: those in its class attributes, and every word in its inline
 * scripts (which may add classes).
 */
export function usedClasses(html: string): Set<string> {
  const used = new Set<string>();
  for (const element of elements(html)) {
    for (const name of (attribute(element, 'class') ?? '').split(/\s+/)) if (name) used.add(name);
    if (element.nodeName === 'script') for (const word of text(html, element).matchAll(/[\w-]+/g)) used.add(word[0]);
  }
  return used;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A script file as inline code, minified by esbuild (which also writes any "</script" in it as "<\/script"). */
export function inlineScript(text: string, src: string): string {
  return transformSync(text, { loader: 'js', minify: true, sourcefile: src }).code.trim();
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
 * `html` with the classic script files it loads from this site (`readScript` gives a file's text,
 * or undefined for one to leave alone) taken out and put, each file once and in page order, into
 * the first inline script of <body> (or, without one, a new script before </body>): one script and
 * one CSP hash for the page. The files then run before the rest of the page is parsed, so they
 * must wait for it themselves, as the site's do (map-tooltip.js waits for DOMContentLoaded).
 */
function inlineScriptFiles(html: string, readScript: (src: string) => string | undefined): string {
  const all = elements(html);
  const files = new Map<string, string>();
  const taken = all.flatMap((element) => {
    const src = element.nodeName === 'script' ? attribute(element, 'src') : undefined;
    const classic = !attribute(element, 'type') || attribute(element, 'type') === 'text/javascript';
    const code = src === undefined || !classic ? undefined : readScript(src);
    if (code === undefined) return [];
    files.set(src!, code);
    return [{ ...place(element), text: '' }];
  });
  if (files.size === 0) return html;
  const body = all.find((element) => element.nodeName === 'body');
  // In document order, everything after <body> is inside it.
  const first = body && all.slice(all.indexOf(body) + 1).find((element) => element.nodeName === 'script' && element.attrs.length === 0);
  const sources = [...files.keys()].join(', ');
  if (first) {
    const at = place(first);
    const code = inlineScript([text(html, first), ...files.values()].join(';\n'), `the page's first script, ${sources}`);
    return splice(html, [...taken, { start: at.bodyStart, end: at.bodyEnd, text: code }].sort((a, b) => a.start - b.start));
  }
  const end = body?.sourceCodeLocation?.endTag;
  if (!end) throw new Error('leanPage: the page has script files to inline but no </body> to put them before');
  const script = `<script>${inlineScript([...files.values()].join(';\n'), sources)}</script>`;
  return splice(html, [...taken, { start: end.startOffset, end: end.startOffset, text: script }].sort((a, b) => a.start - b.start));
}

/**
 * The page as one request: the script files it loads from this site inlined into its first script
 * (inlineScriptFiles); its inline <style> blocks reduced to the rules it can use;
 * and its CSP <meta> listing, in script-src and style-src, 'self' and the hashes of its own
 * inline scripts and styles only.
 */
export function leanPage(html: string, readScript: (src: string) => string | undefined = () => undefined): string {
  const meta = cspMeta(html);
  const policy = meta && attribute(meta, 'content');
  if (policy === undefined) throw new Error('leanPage: the page has no CSP <meta>');
  const listed = new Set(policy.split(/[\s;]+/));
  for (const element of inline(html)) {
    if (!listed.has(sha256(text(html, element)))) throw new Error(`leanPage: the page's CSP lacks the hash of an inline ${element.nodeName}; was the page changed after Astro hashed it?`);
  }
  // 1. The site's script files, each once, in the page's first script.
  const inlined = inlineScriptFiles(html, readScript);
  // 2. Keep the CSS the page can use: the rules, then the custom properties that it or the rest of the page reads.
  const used = usedClasses(inlined);
  const styles = (page: string) => elements(page).filter((element) => element.nodeName === 'style').map(place);
  const rules = splice(inlined, styles(inlined).map((at) => ({ start: at.bodyStart, end: at.bodyEnd, text: usedCss(inlined.slice(at.bodyStart, at.bodyEnd), used) })));
  const lean = splice(rules, styles(rules).map((at) => ({
    start: at.bodyStart, end: at.bodyEnd, text: usedVariables(rules.slice(at.bodyStart, at.bodyEnd), splice(rules, [{ start: at.bodyStart, end: at.bodyEnd, text: '' }])),
  })));
  // 3. List exactly the page's own inline code in its CSP.
  const own = (name: string) => [...new Set(inline(lean).filter((element) => element.nodeName === name).map((element) => sha256(text(lean, element))))];
  const hashes: Record<string, string[]> = { 'script-src': own('script'), 'style-src': own('style') };
  const directives = policy.split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    const mine = hashes[name];
    if (!mine) return directive;
    return `${/^\s*/.exec(directive)![0]}${[name, ...sources.filter((source) => !source.startsWith("'sha")), ...mine].join(' ')}`;
  });
  const content = cspMeta(lean)!.sourceCodeLocation!.attrs!['content']!;
  const escaped = directives.join(';').replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return splice(lean, [{ start: content.startOffset, end: content.endOffset, text: `content="${escaped}"` }]);
}
