/**
 * The line-breaking rule (src/lib/linebreak.ts) applied to a built HTML page (src/middleware.ts):
 * a unit a browser could break inside is wrapped in <span class="nb">, which global.css keeps on
 * one line. In headings (a table's column headers and a card's label too, wherever they sit)
 * every such unit (a word too); in short blocks (at most MAX_BLOCK characters: cards, list items,
 * deks, captions) only the units that hold a number with its unit, a short parenthetical or a
 * name ("1,400万卡", "（推断）", "海盐县"), their last lines being left to text-wrap: pretty
 * (global.css); a data table's cells are short blocks too (the shortest are kept on one line
 * whole by their class: FigureTable.astro). Running
 * prose, navigation and text only a screen reader hears are left alone: each span weighs on the
 * page. Only text between tags changes: the rest of the page is copied byte for byte (scripts and
 * styles keep their CSP hashes).
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { lineUnits, needsKeeping, wholeRanges } from './linebreak';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];
type Display = 'heading' | 'block' | 'none';

/** The class of the span that keeps a unit whole (global.css: white-space: nowrap). */
export const KEEP_CLASS = 'nb';
/** A block of display text: at most this many characters (longer ones are prose). */
export const MAX_BLOCK = 60;

/** Headings: always display text, whatever their length. */
const DISPLAY = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Classes of short labels set as headings are (every word kept whole): a key-figure card's label under its number. */
const HEADING_CLASSES = ['chart-card-label'];
/** What is set as a heading, as a CSS selector (for the browser's check of the rule: tests/browser/linebreak.test.ts). */
export const HEADING_SELECTOR = [...DISPLAY, 'thead th', ...HEADING_CLASSES.map((name) => `.${name}`)].join(', ');
/** Elements whose text is display text when short. */
const BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'caption', 'figcaption', 'td', 'th']);
/** Classes of blocks whose numbers, parentheticals and names are kept whole at any length: a figure's source line (its dates, document numbers). */
const LONG_BLOCK_CLASSES = ['figure-source'];
/** Classes of what is left alone: text for screen readers only, the embed tools' interface. */
const SKIP_CLASSES = ['visually-hidden', 'embed-tools'];
/** Elements whose text is never touched: code, scripts and styles, SVG (wrapped by the scene), the document's title, the site's navigation. */
const SKIP = new Set(['script', 'style', 'svg', 'math', 'title', 'code', 'pre', 'textarea', 'template', 'noscript', 'head', 'nav']);

const isElement = (node: Node): node is Element => 'tagName' in node;
const isText = (node: Node): node is TextNode => node.nodeName === '#text';
const classes = (element: Element) => element.attrs.find((attr) => attr.name === 'class')?.value.split(/\s+/) ?? [];

function textOf(node: Node): string {
  if (isText(node)) return node.value;
  if (!isElement(node) || SKIP.has(node.tagName) || classes(node).some((name) => SKIP_CLASSES.includes(name))) return '';
  return node.childNodes.map(textOf).join('');
}

/** A table's column header (a <th> in its <thead>): a heading of its column ("2021年增加值 / （亿元）", never "增加 / 值"). */
function isColumnHeader(element: Element): boolean {
  const row = element.parentNode;
  return element.tagName === 'th' && row !== null && isElement(row) && row.parentNode !== null && isElement(row.parentNode) && row.parentNode.tagName === 'thead';
}

/** Whether `element` is set as a heading: a heading, a column header, a card's label (HEADING_SELECTOR). */
function isHeading(element: Element): boolean {
  return DISPLAY.has(element.tagName) || isColumnHeader(element) || classes(element).some((name) => HEADING_CLASSES.includes(name));
}

/** What `element` holds: a heading's text, a short block's, or no display text. */
function displayOf(element: Element): Display {
  if (isHeading(element)) return 'heading';
  if (!BLOCKS.has(element.tagName)) return 'none';
  if (classes(element).some((name) => LONG_BLOCK_CLASSES.includes(name))) return 'block';
  const text = textOf(element).trim();
  return text !== '' && [...text].length <= MAX_BLOCK ? 'block' : 'none';
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

/**
 * The units of `text` (one run of display text) kept on one line, as ranges [start, end): in a
 * heading every unit a browser could break inside (needsKeeping()), in a short block only those
 * that hold a number with its unit, a short parenthetical or quotation, or a name (wholeRanges()).
 */
export function keptUnits(text: string, heading: boolean): [number, number][] {
  const whole = heading ? [] : wholeRanges(text);
  const out: [number, number][] = [];
  let at = 0;
  for (const unit of lineUnits(text)) {
    const kept = heading || whole.some(([start, end]) => start < at + unit.length && end > at);
    if (kept && needsKeeping(unit)) out.push([at, at + unit.length]);
    at += unit.length;
  }
  return out;
}

/** `html` with every unit of its display text that a browser could break inside kept whole. */
export function keepUnitsWhole(html: string): string {
  const inserts: { at: number; text: string }[] = [];
  const keep = (node: TextNode, display: Display) => {
    const location = node.sourceCodeLocation;
    if (!location) return;
    const offsets = rawOffsets(html.slice(location.startOffset, location.endOffset), node.value);
    if (!offsets) return;
    for (const [start, end] of keptUnits(node.value, display === 'heading')) {
      inserts.push({ at: location.startOffset + offsets[start]!, text: `<span class="${KEEP_CLASS}">` });
      inserts.push({ at: location.startOffset + offsets[end]!, text: '</span>' });
    }
  };
  const visit = (node: Node, display: Display) => {
    if (isText(node)) {
      if (display !== 'none') keep(node, display);
      return;
    }
    if (!('childNodes' in node)) return;
    if (isElement(node) && (SKIP.has(node.tagName) || classes(node).some((name) => name === KEEP_CLASS || SKIP_CLASSES.includes(name)))) return;
    // A heading inside a short block (a card's label in its card) is still a heading.
    const inside = !isElement(node) ? display : isHeading(node) ? 'heading' : display !== 'none' ? display : displayOf(node);
    for (const child of node.childNodes) visit(child, inside);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }), 'none');
  if (inserts.length === 0) return html;
  let out = '';
  let from = 0;
  for (const { at, text } of inserts.sort((a, b) => a.at - b.at)) {
    out += html.slice(from, at) + text;
    from = at;
  }
  return out + html.slice(from);
}
