/**
 * What a figure's graphic is made of, read from its rendered HTML, so that a standalone SVG can
 * redraw it: the main SVGs (one per panel, headed by the panel's <figcaption> where there is
 * one), the legend (small swatch SVGs with their labels, in list items), and cards for the HTML
 * list items that carry numbers or dates (key-figure cards, a timeline). A graphic with none of
 * these is redrawn as cards from the figure's data table.
 */
import type { FigureTable } from '../figures/table';
import { formatNumber } from '../format';
import { decodeEntities, svgMarkupToXml, viewBoxOf } from './xml';

export interface LegendEntry {
  /** The swatch as XML (<svg viewBox=…>…</svg>). */
  swatch: string;
  label: string;
  /** Start tags of the page elements around it, outermost first (for the cascade). */
  ancestors: string[];
}

export interface Panel {
  heading?: string;
  /** The panel's SVG as XML. */
  svg: string;
  /** Start tags of the page elements around it, outermost first (for the cascade). */
  ancestors: string[];
}

/** A card: the value set large, a tag (目标, 增速 …), what it is, and when and where. */
export interface DownloadCard {
  value: string;
  label: string;
  tag?: string;
  meta?: string;
}

export interface GraphicParts {
  legend: LegendEntry[];
  panels: Panel[];
  cards: DownloadCard[];
}

const INLINE = /^(?:span|a|strong|em|b|i|time|abbr|small|sup|sub|code|mark|bdi|wbr)$/i;

/** Plain text of a piece of HTML: inline tags dropped, block tags as spaces, entities decoded. */
export function htmlText(html: string): string {
  return decodeEntities(
    html.replace(/<!--[\s\S]*?-->/g, '').replace(/<\/?([a-zA-Z][\w-]*)[^>]*>/g, (_tag, name: string) => (INLINE.test(name) ? '' : ' ')),
  ).replace(/\s+/g, ' ').trim();
}

export interface Markup {
  start: number;
  end: number;
  /** The start tag. */
  open: string;
  inner: string;
}

/** The element whose start tag begins at `start` (balanced by name), with its inner markup. */
function elementAt(html: string, start: number): Markup {
  const open = html.slice(start).match(/^<([a-zA-Z][\w-]*)[^>]*>/);
  if (!open) throw new Error(`no start tag at offset ${start}`);
  const name = open[1]!;
  if (open[0].endsWith('/>')) return { start, end: start + open[0].length, open: open[0], inner: '' };
  const token = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi');
  token.lastIndex = start;
  let depth = 0;
  for (let match = token.exec(html); match; match = token.exec(html)) {
    if (match[1] !== '/') {
      if (!match[0].endsWith('/>')) depth += 1;
    } else if (--depth === 0) {
      return { start, end: match.index + match[0].length, open: open[0], inner: html.slice(start + open[0].length, match.index) };
    }
  }
  throw new Error(`<${name}> at offset ${start} is never closed`);
}

/** Every element named `name` (outermost only, nested ones are inside their parent's). */
export function elements(html: string, name: string): Markup[] {
  const found: Markup[] = [];
  const open = new RegExp(`<${name}(?=[\\s>/])[^>]*>`, 'gi');
  for (let match = open.exec(html); match; match = open.exec(html)) {
    const element = elementAt(html, match.index);
    found.push(element);
    open.lastIndex = element.end;
  }
  return found;
}

/** The inner markup of the first element whose start tag matches `startPattern`. */
export function innerElement(html: string, startPattern: RegExp): string | undefined {
  const start = html.search(startPattern);
  return start === -1 ? undefined : elementAt(html, start).inner;
}

const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;

/** The start tags of the elements open at `index` in `html`, outermost first. */
export function openTagsAt(html: string, index: number): string[] {
  const stack: { name: string; tag: string }[] = [];
  const scan = html.slice(0, index).replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3');
  for (const match of scan.matchAll(/<(\/?)([a-zA-Z][\w:-]*)(?:\s[^>]*)?>/g)) {
    const name = match[2]!.toLowerCase();
    if (match[1]) {
      const at = stack.map((entry) => entry.name).lastIndexOf(name);
      if (at !== -1) stack.length = at;
    } else if (!VOID.test(name) && !match[0].endsWith('/>')) {
      stack.push({ name, tag: match[0] });
    }
  }
  return stack.map((entry) => entry.tag);
}

/** Every top-level <svg> of the markup, with its offsets. */
export function topLevelSvgs(html: string): Markup[] {
  return elements(html, 'svg');
}

/** The text of an SVG's own <title>, or undefined. */
function svgTitle(svg: Markup): string | undefined {
  const title = elements(svg.inner, 'title')[0];
  return title ? htmlText(title.inner) : undefined;
}

/**
 * Top-level SVGs grouped as alternatives: consecutive SVGs with the same <title> are drawings of
 * the same graphic for different widths (a narrow and a wide chart), of which a page shows one.
 * Each group keeps its order.
 */
export function svgGroups(svgs: Markup[]): Markup[][] {
  const groups: Markup[][] = [];
  for (const svg of svgs) {
    const last = groups.at(-1)?.at(-1);
    const title = svgTitle(svg);
    if (last && title && svgTitle(last) === title) groups.at(-1)!.push(svg);
    else groups.push([svg]);
  }
  return groups;
}

/** Of alternative drawings, the one whose viewBox width is closest to the width it is shown at. */
export function pickForWidth(group: Markup[], width: number, what: string): Markup {
  return group.reduce((best, svg) => {
    const distance = (candidate: Markup) => Math.abs(viewBoxOf(candidate.open + '</svg>', what)[2] - width);
    return distance(svg) < distance(best) ? svg : best;
  });
}

const TAG_INSIDE = /<([a-zA-Z][\w-]*)\b[^>]*\bclass="(?:[^"]*[\s-])?tag(?:[\s-][^"]*)?"[^>]*>([\s\S]*?)<\/\1>/g;

const WHEN_INSIDE = /<([a-zA-Z][\w-]*)\b[^>]*\bclass="(?:[^"]*[\s-])?when(?:[\s-][^"]*)?"[^>]*>([\s\S]*?)<\/\1>/g;

const ROLES: [role: keyof DownloadCard, pattern: RegExp][] = [
  ['tag', /(?:^|[-_\s])tag(?:$|[-_\s])/],
  ['value', /(?:^|[-_])(?:value|figure|number|date)(?:$|\s)/],
  ['label', /(?:^|[-_])(?:label|title|name)(?:$|\s)/],
  ['meta', /(?:^|[-_])(?:meta|desc|note|place)(?:$|\s)/],
];

/**
 * A card from an HTML list item, by the class names of its parts: …-tag, …-value/-figure/-number/
 * -date (set large), …-label/-title, …-meta/-desc/-note. Undefined when it has no value.
 */
export function htmlCard(item: string): DownloadCard | undefined {
  const found: Partial<Record<keyof DownloadCard | 'when', string[]>> = {};
  const taken: Markup[] = [];
  for (const match of item.matchAll(/<[a-zA-Z][\w-]*\b[^>]*\bclass="([^"]*)"[^>]*>/g)) {
    if (taken.some((element) => match.index > element.start && match.index < element.end)) continue;
    const classes = match[1]!.split(/\s+/);
    const role = ROLES.find(([, pattern]) => classes.some((cls) => pattern.test(cls)))?.[0];
    if (!role) continue;
    const element = elementAt(item, match.index);
    // A tag inside a title is a tag of its own, and the date of a value goes with the meta line.
    const text = role === 'tag' ? element.inner : element.inner.replace(TAG_INSIDE, (_m, _name, inner: string) => {
      (found.tag ??= []).push(htmlText(inner));
      return '';
    }).replace(WHEN_INSIDE, (_m, _name, inner: string) => {
      (found.when ??= []).push(htmlText(inner));
      return '';
    });
    const words = htmlText(text);
    if (words) (found[role] ??= []).push(words);
    taken.push(element);
  }
  if (!found.value) return undefined;
  const card: DownloadCard = { value: found.value.join(' / '), label: (found.label ?? []).join(' ') };
  if (found.tag) card.tag = [...new Set(found.tag)].join(' ');
  const meta = [...(found.when ? [found.when.join(' / ')] : []), ...(found.meta ?? [])];
  if (meta.length > 0) card.meta = meta.join(' · ');
  return card;
}

/** Index of the column whose key is one of `keys`, or -1. */
function columnIndex(table: FigureTable, keys: string[]): number {
  return table.columns.findIndex((column) => keys.includes(column.key));
}

/**
 * Cards from a figure table, one per row: the "value" column set large (the first column when
 * there is none), the item/title column as the label, date and place as the meta line.
 */
export function tableCards(table: FigureTable): DownloadCard[] {
  if (table.columns.length === 0) throw new Error(`table "${table.caption}": no columns to draw cards from`);
  const show = (value: string | number | null | undefined): string =>
    value === null || value === undefined ? '' : typeof value === 'number' ? formatNumber(value) : value;
  let valueAt = columnIndex(table, ['value']);
  if (valueAt === -1) valueAt = 0;
  let labelAt = columnIndex(table, ['item', 'title', 'label', 'name']);
  if (labelAt === -1 || labelAt === valueAt) labelAt = table.columns.findIndex((_c, index) => index !== valueAt);
  const metaColumns = table.columns.filter((column, index) => index !== valueAt && index !== labelAt && ['date', 'place', 'period', 'scope'].includes(column.key));
  return table.rows.map((row, index) => {
    const value = show(row.cells[table.columns[valueAt]!.key]);
    if (value === '') throw new Error(`table "${table.caption}": row ${index + 1} has no ${table.columns[valueAt]!.label} to draw`);
    const label = labelAt === -1 ? '' : show(row.cells[table.columns[labelAt]!.key]);
    const meta = metaColumns.map((column) => show(row.cells[column.key])).filter(Boolean).join(' · ');
    return meta ? { value, label, meta } : { value, label };
  });
}

/**
 * The parts of a rendered graphic drawn `width` units wide: SVGs inside list items are legend
 * swatches (labelled by the item's text); other SVGs are panels, headed by the <figcaption> of
 * a <figure> around them, one of each group of alternative drawings (svgGroups); list items
 * with a value are cards. With neither panels nor cards, cards come from `table`. `ancestors`
 * are the start tags of the page elements around the graphic box.
 */
export function graphicParts(graphicHtml: string, table: FigureTable, width: number, ancestors: string[] = []): GraphicParts {
  const items = elements(graphicHtml, 'li');
  const figures = elements(graphicHtml, 'figure');
  const legend: LegendEntry[] = [];
  const panels: Panel[] = [];
  const svgs = topLevelSvgs(graphicHtml);
  const inItem = (svg: Markup) => items.find((li) => svg.start >= li.start && svg.end <= li.end);
  for (const svg of svgs) {
    const item = inItem(svg);
    if (!item) continue;
    const label = htmlText(item.inner.replace(svg.open + svg.inner, ''));
    if (!legend.some((entry) => entry.label === label)) {
      legend.push({ swatch: svgMarkupToXml(graphicHtml.slice(svg.start, svg.end)), label, ancestors: [...ancestors, ...openTagsAt(graphicHtml, svg.start)] });
    }
  }
  const main = svgs.filter((svg) => !inItem(svg));
  const groups = svgGroups(main);
  const panelWidth = groups.length > 1 ? (width - 16 * (groups.length - 1)) / groups.length : width;
  for (const group of groups) {
    const svg = pickForWidth(group, panelWidth, 'graphic');
    const panel = figures.find((figure) => svg.start >= figure.start && svg.end <= figure.end);
    const caption = panel ? elements(panel.inner, 'figcaption')[0] : undefined;
    const markup = { svg: svgMarkupToXml(graphicHtml.slice(svg.start, svg.end)), ancestors: [...ancestors, ...openTagsAt(graphicHtml, svg.start)] };
    panels.push(caption ? { heading: htmlText(caption.inner), ...markup } : markup);
  }
  const cards = items.filter((item) => !/<svg[\s>]/i.test(item.inner)).map((item) => htmlCard(item.inner)).filter((card): card is DownloadCard => !!card);
  return { legend, panels, cards: panels.length === 0 && cards.length === 0 ? tableCards(table) : cards };
}
