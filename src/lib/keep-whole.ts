/**
 * The line-breaking rule (src/lib/linebreak.ts) applied to a built HTML page (src/middleware.ts):
 * in display text (headings, captions, and blocks of at most MAX_BLOCK characters: cards, labels,
 * list items, table cells, links) each unit a browser could break inside ("1,400万卡", "（推断）",
 * "海盐县", a word) is wrapped in <span class="nb">, which global.css keeps on one line. Running
 * prose is left alone (the browser's own rules and text-wrap: pretty serve it). Only text between
 * tags changes: the rest of the page is copied byte for byte (scripts and styles keep their CSP
 * hashes).
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { lineUnits, needsKeeping } from './linebreak';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/** The class of the span that keeps a unit whole (global.css: white-space: nowrap). */
export const KEEP_CLASS = 'nb';
/** A block of display text: at most this many characters (longer ones are prose). */
export const MAX_BLOCK = 40;

/** Elements whose text is always display text, whatever its length. */
const DISPLAY = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption']);
/** Elements whose text is display text when short. */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'a', 'summary', 'legend', 'label', 'button', 'figcaption']);
/** Elements whose text is never touched: code, scripts and styles, SVG (wrapped by the scene), the document's title. */
const SKIP = new Set(['script', 'style', 'svg', 'math', 'title', 'code', 'pre', 'textarea', 'template', 'noscript', 'head']);

const isElement = (node: Node): node is Element => 'tagName' in node;
const isText = (node: Node): node is TextNode => node.nodeName === '#text';
const classes = (element: Element) => element.attrs.find((attr) => attr.name === 'class')?.value.split(/\s+/) ?? [];

function textOf(node: Node): string {
  if (isText(node)) return node.value;
  if (!isElement(node) || SKIP.has(node.tagName)) return '';
  return node.childNodes.map(textOf).join('');
}

/** Whether `element` holds display text: a heading, or a short block with text. */
function isDisplay(element: Element): boolean {
  if (DISPLAY.has(element.tagName)) return true;
  if (!BLOCKS.has(element.tagName)) return false;
  const text = textOf(element).trim();
  return text !== '' && [...text].length <= MAX_BLOCK;
}

/**
 * Where each code unit of `value` (a text node's decoded text) starts in `raw` (its source), and
 * where the source ends; undefined when the two cannot be matched (the node is then left alone).
 */
function rawOffsets(raw: string, value: string): number[] | undefined {
  const offsets: number[] = [];
  let at = 0;
  for (const token of raw.match(/&(?:#\d+|#x[\da-f]+|[a-z\d]+);|[\s\S]/giu) ?? []) {
    const decoded = token.length > 1 && token.startsWith('&') ? entityLength(token) : token.length;
    for (let i = 0; i < decoded; i++) offsets.push(at);
    at += token.length;
  }
  offsets.push(at);
  return offsets.length === value.length + 1 ? offsets : undefined;
}

/** Code units of the character an entity stands for: two for a numeric one beyond the BMP, else one. */
function entityLength(entity: string): number {
  const numeric = /^&#(x?)([\da-f]+);$/i.exec(entity);
  return numeric && Number.parseInt(numeric[2]!, numeric[1] ? 16 : 10) > 0xffff ? 2 : 1;
}

/** `html` with every unit of its display text that a browser could break inside kept whole. */
export function keepUnitsWhole(html: string): string {
  const inserts: { at: number; text: string }[] = [];
  const keep = (node: TextNode) => {
    const location = node.sourceCodeLocation;
    if (!location) return;
    const offsets = rawOffsets(html.slice(location.startOffset, location.endOffset), node.value);
    if (!offsets) return;
    let at = 0;
    for (const unit of lineUnits(node.value)) {
      if (needsKeeping(unit)) {
        inserts.push({ at: location.startOffset + offsets[at]!, text: `<span class="${KEEP_CLASS}">` });
        inserts.push({ at: location.startOffset + offsets[at + unit.length]!, text: '</span>' });
      }
      at += unit.length;
    }
  };
  const visit = (node: Node, display: boolean) => {
    if (isText(node)) {
      if (display) keep(node);
      return;
    }
    if (!('childNodes' in node)) return;
    if (isElement(node) && (SKIP.has(node.tagName) || classes(node).includes(KEEP_CLASS))) return;
    const inside = display || (isElement(node) && isDisplay(node));
    for (const child of node.childNodes) visit(child, inside);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }), false);
  if (inserts.length === 0) return html;
  let out = '';
  let from = 0;
  for (const { at, text } of inserts.sort((a, b) => a.at - b.at)) {
    out += html.slice(from, at) + text;
    from = at;
  }
  return out + html.slice(from);
}
