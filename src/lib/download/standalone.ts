/**
 * The standalone SVG of a figure, for download and as the source of its PNG: headline, dek, the
 * graphic (its legend and panels, drawn by the page's own components, plus cards and timeline
 * drawn here from their models), notes, the source line and the site's name, in the light theme
 * with literal colours, 640 units wide. Nothing here reads a rendered page.
 */
import { spoken } from '../inferred';
import { optimize } from 'svgo';
import type { Card } from '../charts/cards';
import { escapeMarkup } from '../escape';
import { textWidth, wrapText } from '../text';
import { LAYOUT, px } from '../layout';
import { THEME, withThemeValues } from '../theme';
import type { GraphicParts, TimelineEntry } from '../figures/kind';

/** Width of the standalone SVG in its own units; the PNG is PNG_SCALE times larger. */
export const STANDALONE_WIDTH = 640;
/** How much larger than the SVG's own size the PNG is drawn (2×: 1,280 px wide, sharp on phones). */
export const PNG_SCALE = 2;
/** The image's margin: its own, twice the embed page's padding, as an image has no page around it. */
const PAD = 24;
/** Width available to the graphic inside the margins. */
export const STANDALONE_INNER = STANDALONE_WIDTH - 2 * PAD;
const INNER = STANDALONE_INNER;
/** Between panels, legend entries, cards and a card's values: the page's gap between a graphic's parts. */
export const GAP = px(LAYOUT.graphicGap);

export interface DownloadTexts {
  title: string;
  dek: string;
  notes: string[];
  /** The full source line: "来源：…". */
  source: string;
  /** Site name and address: "嘉兴集群观察 · https://…". */
  credit: string;
}

/**
 * Text styles: font size, line height, class, weight (measured with it, and written into the
 * style sheet from it: ownStyles()). The image's own type scale, not the page's: it is
 * read at 640 units wide, often shrunk in a feed or a chat, so its title is set larger (22 against
 * the page's 18.4 px) and the small print a little smaller and tighter; none is a copy of a style
 * sheet's number (the page's are in src/lib/layout.ts).
 */
const STYLE = {
  title: { size: 22, line: 30, cls: 'dl-title', weight: 700 },
  dek: { size: 15, line: 22, cls: 'dl-dek', weight: 400 },
  heading: { size: 15, line: 22, cls: 'dl-heading', weight: 700 },
  legend: { size: 13, line: 22, cls: 'dl-legend', weight: 400 },
  value: { size: 26, line: 34, cls: 'dl-value', weight: 700 },
  when: { size: 12, line: 18, cls: 'dl-meta', weight: 400 },
  label: { size: 13.5, line: 20, cls: 'dl-label', weight: 700 },
  tag: { size: 11.5, line: 18, cls: 'dl-tag', weight: 400 },
  meta: { size: 12, line: 18, cls: 'dl-meta', weight: 400 },
  cardNote: { size: 12.5, line: 19, cls: 'dl-card-note', weight: 400 },
  date: { size: 14, line: 22, cls: 'dl-date', weight: 700 },
  event: { size: 14, line: 22, cls: 'dl-label', weight: 700 },
  desc: { size: 13, line: 20, cls: 'dl-card-note', weight: 400 },
  note: { size: 13, line: 20, cls: 'dl-note', weight: 400 },
  source: { size: 12, line: 18, cls: 'dl-source', weight: 400 },
  credit: { size: 12, line: 18, cls: 'dl-credit', weight: 700 },
} as const;
type Style = (typeof STYLE)[keyof typeof STYLE];

export interface Block {
  markup: string;
  height: number;
}

export const round = (n: number) => Math.round(n * 10) / 10;
const baseline = (top: number, style: Style) => round(top + (style.line - style.size) / 2 + style.size * 0.88);

/** Lines of text from `top`, wrapped to `width`. */
function textBlock(text: string, style: Style, x: number, top: number, width: number): Block {
  const lines = wrapText(text, width, style.size, style.weight);
  const markup = lines.map((line, index) => `<text class="${style.cls}" x="${round(x)}" y="${baseline(top + index * style.line, style)}">${escapeMarkup(line)}</text>`).join('');
  return { markup, height: lines.length * style.line };
}

/** An SVG drawn into a box: a positioning <svg> around it, which it fills at its own aspect. */
export function placeSvg(svg: string, x: number, y: number, width: number, height: number): string {
  return `<svg x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}" overflow="visible">${svg}</svg>`;
}

/** Legend rows: each swatch (an <svg> with a viewBox, fitted into 21 × 14) and its label. */
function legendBlock(labels: string[], swatches: string[], top: number): Block {
  const style = STYLE.legend;
  const box = { width: 21, height: 14 };
  let x = PAD;
  let y = top;
  const parts: string[] = [];
  labels.forEach((label, index) => {
    const width = box.width + 6 + textWidth(label, style.size);
    if (x > PAD && x + width > PAD + INNER) {
      x = PAD;
      y += style.line;
    }
    parts.push(placeSvg(swatches[index]!, x, y + (style.line - box.height) / 2, box.width, box.height));
    parts.push(`<text class="${style.cls}" x="${round(x + box.width + 6)}" y="${baseline(y, style)}">${escapeMarkup(label)}</text>`);
    x += width + GAP;
  });
  return { markup: parts.join(''), height: labels.length > 0 ? y - top + style.line : 0 };
}

/** One card: a rule on top, its tag, the value(s) set large with their dates, label, meta, note. */
function cardBlock(card: Card, x: number, top: number, width: number): Block {
  const pieces = [`<rect class="dl-card-rule" x="${round(x)}" y="${round(top)}" width="${round(width)}" height="2"/>`];
  let h = 10;
  if (card.tag) {
    pieces.push(`<rect class="${card.kind === 'target' ? 'dl-tag-box dl-tag-box-target' : 'dl-tag-box'}" x="${round(x + 0.5)}" y="${round(top + h + 0.5)}" width="${round(textWidth(card.tag, STYLE.tag.size) + 10)}" height="${STYLE.tag.line - 1}" rx="3"/>`);
    pieces.push(textBlock(card.tag, STYLE.tag, x + 5, top + h, width).markup);
    h += STYLE.tag.line + 4;
  }
  if (card.values.length > 0) {
    const columnWidth = (width - GAP * (card.values.length - 1)) / card.values.length;
    const heights = card.values.map((value, index) => {
      const at = x + index * (columnWidth + GAP);
      const figure = textBlock(value.text, STYLE.value, at, top + h, columnWidth);
      const when = value.when ? textBlock(value.when, STYLE.when, at, top + h + figure.height, columnWidth) : { markup: '', height: 0 };
      pieces.push(figure.markup, when.markup);
      return figure.height + when.height;
    });
    h += Math.max(...heights);
  }
  for (const [text, style] of [[card.label, STYLE.label], [card.meta, STYLE.meta], [card.note, STYLE.cardNote]] as const) {
    if (!text) continue;
    const block = textBlock(text, style, x, top + h, width);
    pieces.push(block.markup);
    h += block.height;
  }
  return { markup: pieces.join(''), height: h + 14 };
}

/**
 * Cards in two columns, row by row, from `x` across `inner` units; with `maxHeight`, only the
 * rows that end within it (the thumbnail's).
 */
export function cardsBlock(cards: Card[], top: number, x = PAD, inner = INNER, maxHeight = Infinity): Block {
  const columns = 2;
  const width = (inner - GAP * (columns - 1)) / columns;
  const parts: string[] = [];
  let y = top;
  for (let row = 0; row < cards.length; row += columns) {
    const blocks = cards.slice(row, row + columns).map((card, index) => cardBlock(card, x + index * (width + GAP), y, width));
    const height = Math.max(...blocks.map((block) => block.height));
    if (row > 0 && y + height - top > maxHeight) break;
    parts.push(...blocks.map((block) => block.markup));
    y += height;
  }
  return { markup: parts.join(''), height: y - top };
}

/**
 * The timeline: dates in a left column, a rule with a dot per entry (hollow for targets), then the
 * text, from `x` across `inner` units; with `maxHeight`, only the entries that end within it.
 */
export function timelineBlock(entries: TimelineEntry[], top: number, x = PAD, inner = INNER, maxHeight = Infinity): Block {
  const dateWidth = 112;
  const ruleX = x + dateWidth + 12;
  const textX = ruleX + 16;
  const textWidthAvail = x + inner - textX;
  const parts: string[] = [];
  const dots: number[] = [];
  let y = top;
  for (const entry of entries) {
    const drawn = parts.length;
    parts.push(`<text class="${STYLE.date.cls}" x="${x + dateWidth}" y="${baseline(y, STYLE.date)}" text-anchor="end">${escapeMarkup(entry.dateMain)}</text>`);
    // A date's bracketed note ("（企业预计）") goes on a line of its own under it, as on the page.
    if (entry.dateNote) parts.push(`<text class="${STYLE.meta.cls}" x="${x + dateWidth}" y="${baseline(y + STYLE.date.line, STYLE.meta)}" text-anchor="end">${escapeMarkup(entry.dateNote)}</text>`);
    const dateHeight = STYLE.date.line + (entry.dateNote ? STYLE.meta.line : 0);
    dots.push(y + STYLE.date.line / 2);
    parts.push(`<circle class="${entry.kind === 'target' ? 'dl-dot dl-dot-target' : 'dl-dot'}" cx="${ruleX}" cy="${round(y + STYLE.date.line / 2)}" r="5"/>`);
    let h = 0;
    let titleX = textX;
    if (entry.kind === 'target') {
      const tag = '目标';
      parts.push(`<rect class="dl-tag-box dl-tag-box-target" x="${textX + 0.5}" y="${round(y + 2.5)}" width="${round(textWidth(tag, STYLE.tag.size) + 10)}" height="${STYLE.tag.line - 1}" rx="3"/>`);
      parts.push(textBlock(tag, STYLE.tag, textX + 5, y + 2, textWidthAvail).markup);
      titleX = textX + textWidth(tag, STYLE.tag.size) + 16;
    }
    const title = textBlock(entry.title, STYLE.event, titleX, y, PAD + INNER - titleX);
    parts.push(title.markup);
    h += title.height;
    const desc = textBlock(entry.description, STYLE.desc, textX, y + h, textWidthAvail);
    parts.push(desc.markup);
    h += desc.height;
    if (dots.length > 1 && y + Math.max(h, dateHeight) - top > maxHeight) {
      parts.length = drawn;
      dots.pop();
      break;
    }
    y += Math.max(h, dateHeight) + 14;
  }
  const rule = dots.length > 1 ? `<rect class="dl-rule" x="${ruleX - 1}" y="${round(dots[0]!)}" width="2" height="${round(dots.at(-1)! - dots[0]!)}"/>` : '';
  return { markup: rule + parts.join(''), height: entries.length > 0 ? y - top - 14 : 0 };
}

/** A theme colour in the light theme's literal value (what SVG tools and resvg understand). */
const lightColour = (name: string): string => THEME[name]!.light;

/**
 * The <style> rules for the parts drawn here: by default in the light theme's literal colours and
 * Noto Sans SC (the font the PNG is rendered with); the thumbnail passes var(--name) colours and
 * the page's font stack, to follow the reader's colour scheme.
 */
export function ownStyles(c: (name: string) => string = lightColour, font = '"Noto Sans SC",sans-serif'): string {
  const type = (style: Style) => `font-size:${style.size}px${style.weight === 400 ? '' : `;font-weight:${style.weight}`}`;
  return [
    `.dl-root{font-family:${font}}`,
    `.dl-paper{fill:${c('paper')}}`,
    `.dl-title{${type(STYLE.title)};fill:${c('ink')}}`,
    `.dl-dek{${type(STYLE.dek)};fill:${c('ink-2')}}`,
    `.dl-heading{${type(STYLE.heading)};fill:${c('ink')}}`,
    `.dl-legend{${type(STYLE.legend)};fill:${c('ink-2')}}`,
    `.dl-value{${type(STYLE.value)};fill:${c('ink')}}`,
    `.dl-label{${type(STYLE.label)};fill:${c('ink')}}`,
    `.dl-date{${type(STYLE.date)};fill:${c('ink')}}`,
    `.dl-meta{${type(STYLE.meta)};fill:${c('muted')}}`,
    `.dl-card-note{${type(STYLE.cardNote)};fill:${c('ink-2')}}`,
    `.dl-note{${type(STYLE.note)};fill:${c('muted')}}`,
    `.dl-source{${type(STYLE.source)};fill:${c('muted')}}`,
    `.dl-credit{${type(STYLE.credit)};fill:${c('ink-2')}}`,
    `.dl-tag{${type(STYLE.tag)};fill:${c('ink-2')}}`,
    `.dl-tag-box{fill:none;stroke:${c('muted')};stroke-width:1}`,
    `.dl-tag-box-target{stroke:${c('ink-2')};stroke-dasharray:3 2}`,
    `.dl-card-rule{fill:${c('ink')}}`,
    `.dl-rule{fill:${c('rule')}}`,
    `.dl-dot{fill:${c('mark')};stroke:${c('mark')};stroke-width:2}`,
    `.dl-dot-target{fill:${c('paper')}}`,
  ].join('\n');
}

/**
 * The document with its <style> written into each element's style attribute by SVGO (rules no
 * element uses dropped, selectors matched as a browser would), then the <style> element, classes
 * and the page's interaction attributes removed: the file looks the same in any SVG tool, and no
 * class name of the page's can change it. Hover, focus and @media rules have no place in a still
 * image and go with the <style>.
 */
function literalStyles(svg: string, id: string): string {
  const result = optimize(svg, {
    plugins: [
      { name: 'minifyStyles', params: { restructure: false } },
      { name: 'inlineStyles', params: { onlyMatchedOnce: false } },
      'removeStyleElement',
      // element:attribute:value patterns; a tooltip's value spans lines.
      { name: 'removeAttrs', params: { attrs: ['.*:(class|data-.*|tabindex|aria-hidden):[\\s\\S]*'] } },
    ],
    js2svg: { pretty: false },
  });
  if (/var\(|light-dark\(/.test(result.data)) throw new Error(`figure "${id}": its standalone SVG still uses a CSS variable`);
  return result.data;
}

export interface StandaloneInput {
  id: string;
  texts: DownloadTexts;
  parts: GraphicParts;
  /** Each panel's SVG (an <svg> with a viewBox), in parts.panels order, as the page's components draw it. */
  panels: string[];
  /** Each legend swatch's SVG, in parts.legend order. */
  swatches: string[];
  /** The style sheets of those components; theme variables become the light theme's literals. */
  css: string;
}

export interface StandaloneSvg {
  svg: string;
  width: number;
  height: number;
}

/** The standalone SVG document: width fixed, height following the content (whole units). */
export function standaloneSvg({ id, texts, parts, panels, swatches, css }: StandaloneInput): StandaloneSvg {
  if (panels.length !== parts.panels.length || swatches.length !== parts.legend.length) {
    throw new Error(`figure "${id}": ${parts.panels.length} panels and ${parts.legend.length} legend swatches to draw, got ${panels.length} and ${swatches.length}`);
  }
  if (parts.panels.length + parts.cards.length + parts.timeline.length === 0) {
    throw new Error(`figure "${id}": its graphic has no panel, card or timeline entry to draw`);
  }
  const body: string[] = [];
  // Margins even on all four sides, measured on the ink: the title's half-leading above its glyphs
  // moves up into the margin, as the 2 units under the credit line's glyphs come out of it.
  let y = PAD - (STYLE.title.line - STYLE.title.size) / 2;
  const add = (block: Block, gapAfter: number) => {
    body.push(block.markup);
    y += block.height + (block.height > 0 ? gapAfter : 0);
  };
  add(textBlock(texts.title, STYLE.title, PAD, y, INNER), 4);
  add(textBlock(texts.dek, STYLE.dek, PAD, y, INNER), 14);
  add(legendBlock(parts.legend.map((item) => item.label), swatches, y), 10);

  if (parts.panels.length > 0) {
    const count = parts.panels.length;
    const width = (INNER - GAP * (count - 1)) / count;
    const headings = parts.panels.map((panel) => (panel.heading ? wrapText(panel.heading, width, STYLE.heading.size, STYLE.heading.weight).length : 0));
    const headingHeight = Math.max(...headings) > 0 ? Math.max(...headings) * STYLE.heading.line + 4 : 0;
    let rowHeight = 0;
    parts.panels.forEach((panel, index) => {
      const x = PAD + index * (width + GAP);
      const wide = panel.drawings[0]!.size;
      if (panel.heading) body.push(textBlock(panel.heading, STYLE.heading, x, y, width).markup);
      // Never drawn larger than its own viewBox: its text sizes are set for that size or smaller.
      const drawn = Math.min(width, wide.width);
      const height = (drawn * wide.height) / wide.width;
      body.push(placeSvg(panels[index]!, x, y + headingHeight, drawn, height));
      rowHeight = Math.max(rowHeight, headingHeight + height);
    });
    y += rowHeight + 14;
  }
  if (parts.cards.length > 0) add(cardsBlock(parts.cards, y), 6);
  if (parts.timeline.length > 0) add(timelineBlock(parts.timeline, y), 14);

  for (const note of texts.notes) add(textBlock(`注：${note}`, STYLE.note, PAD, y, INNER), 2);
  y += 8;
  body.push(`<rect class="dl-rule" x="${PAD}" y="${round(y)}" width="${INNER}" height="1"/>`);
  y += 9;
  add(textBlock(texts.source, STYLE.source, PAD, y, INNER), 2);
  add(textBlock(texts.credit, STYLE.credit, PAD, y, INNER), 0);
  const height = Math.ceil(y + PAD - 2);
  const width = STANDALONE_WIDTH;

  const style = `${withThemeValues(css)}\n${ownStyles()}`.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const markup = `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" class="dl-root" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="zh-CN" role="img" aria-labelledby="${id}-dl-title ${id}-dl-desc">\n`
    + `<title id="${id}-dl-title">${escapeMarkup(spoken(texts.title))}</title>\n<desc id="${id}-dl-desc">${escapeMarkup(spoken(`${texts.dek} ${texts.source}`))}</desc>\n`
    + `<style>\n${style}\n</style>\n`
    + `<rect class="dl-paper" width="${width}" height="${height}"/>\n`
    + body.filter(Boolean).join('\n')
    + '\n</svg>\n';
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${literalStyles(markup, id)}\n`, width, height };
}
