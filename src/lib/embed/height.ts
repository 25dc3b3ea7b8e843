/**
 * The height an embed page needs at a width, before it can report its real height: the embed page
 * (src/pages/embed/[id].astro, styled by figure.css, charts.css, maps.css and embed.css) estimated
 * from the figure's model (graphicParts(): SVG sizes, legend labels, cards and timeline entries as
 * text lines). Sizes, gaps and breakpoints are the layout numbers those style sheets read
 * (src/lib/layout.ts); the embed code's height is made from these estimates (src/lib/bare-frame.ts),
 * and the browser tests (tests/browser/embed.test.ts, embed-frames.test.ts) check it in Chromium.
 */
import { balancedColumns, type Card } from '../charts/cards';
import type { GraphicParts, TimelineEntry } from '../figures/kind';
import { BREAKPOINT, LAYOUT, px, REM, type Length } from '../layout';
import { textWidth } from '../text';

/** The width embeds are estimated at: a common phone. */
export const ESTIMATE_WIDTH = 390;

const L = LAYOUT;
/** Page padding (embed.css .embed-root). */
const PAD = px(L.embedPad);

/** A text style in px: its font size, its line height from a ratio, and its font weight (measured with it). */
const text = (size: Length, line: Length, weight = 400) => ({ size: px(size), line: px(size) * line.value, weight });

/** Font size and line height of each kind of text, in px (text without a line height of its own inherits one). */
const TEXT = {
  title: text(L.figureTitleSize, L.figureTitleLine, 700), // .figure-title
  dek: text(L.figureDekSize, L.figureDekLine),
  note: text(L.figureNotesSize, L.figureNotesLine),
  source: text(L.figureSourceSize, L.figureSourceLine),
  links: text(L.figureLinksSize, L.bodyLine),
  summary: text(L.figureDataSize, L.bodyLine),
  legend: text(L.legendSize, L.legendLine),
  heading: text(L.mapHeadingSize, L.mapHeadingLine),
  cardWhen: text(L.cardWhenSize, L.cardLineWide),
  cardNote: text(L.cardNoteSize, L.cardLineWide),
  timeline: text(L.bodySize, L.timelineLine, 700), // .chart-timeline-title
  timelineDesc: text(L.timelineDescSize, L.timelineLine),
};
type Text = (typeof TEXT)[keyof typeof TEXT];

/** Height of `text` wrapped to `width` in a style. */
function block(text: string, style: Text, width: number): number {
  return Math.max(1, Math.ceil(textWidth(text, style.size, style.weight) / width)) * style.line;
}

/** Container widths where the CSS switches layout (maps.css, charts.css). */
const WIDE_CHART = BREAKPOINT.wideChart * REM;
const SIDE_BY_SIDE = BREAKPOINT.sideBySide * REM;
const FOUR_CARDS = BREAKPOINT.fourCards * REM;
const GRAPHIC_GAP = px(L.graphicGap);

/**
 * Key-figure cards (charts.css, Cards.astro): on a phone two columns (an odd last card takes the
 * whole row), compact padding, the number sized by the figure's width; from 34rem balanced rows of
 * up to three, from 50rem four. The tag sits on the meta line, so it adds no line of its own.
 */
function cardHeight(card: Card, width: number, wide: boolean): number {
  const lineHeight = wide ? L.cardLineWide.value : L.cardLine.value;
  const border = 2 * px(L.cardBorder);
  const inner = width - 2 * px(wide ? L.cardPadXWide : L.cardPadX) - border;
  const style = (size: number, weight = 400): Text => ({ size, line: size * lineHeight, weight });
  let height = 2 * px(wide ? L.cardPadYWide : L.cardPadY) + border;
  if (card.values.length > 0) {
    const fluid = L.cardNumberFluid.value / 100;
    const number = wide ? px(L.cardNumberWide) : Math.min(px(L.cardNumberMax), Math.max(px(L.cardNumberMin), fluid * width));
    height += number * L.cardNumberLine.value + (card.values.some((value) => value.when) ? TEXT.cardWhen.line : 0);
  }
  height += px(L.cardLabelGap) + block(card.label, style(px(L.cardLabelSize), 700), inner) + block(`${card.tag ?? ''}${card.meta}`, style(px(L.cardMetaSize)), inner);
  if (card.note) height += px(L.cardNoteGap) + block(card.note, TEXT.cardNote, inner);
  return height;
}

/** Cards `width` px wide, laid out by the width of the chart they are in (their container). */
function cardsHeight(cards: Card[], width: number, container = width): number {
  const wide = container >= WIDE_CHART;
  const columns = !wide ? 2 : balancedColumns(cards.length, container >= FOUR_CARDS ? 4 : 3);
  const gap = px(wide ? L.cardsGapWide : L.cardsGap);
  const cardWidth = (width - gap * (columns - 1)) / columns;
  let height = 0;
  for (let row = 0; row < cards.length; row += columns) {
    const inRow = cards.slice(row, row + columns);
    // In two columns a lone last card spans the row.
    const rowWidth = columns === 2 && inRow.length === 1 ? width : cardWidth;
    height += Math.max(...inRow.map((card) => cardHeight(card, rowWidth, wide))) + (row > 0 ? gap : 0);
  }
  return height;
}

function timelineHeight(entries: TimelineEntry[], width: number): number {
  const wide = width >= WIDE_CHART;
  const text = wide ? width - px(L.timelineDateWidth) - px(L.timelineColumnGap) : width - px(L.timelineIndent);
  return entries.reduce((sum, entry) => sum
    + (wide ? 0 : TEXT.timeline.line)
    + block(entry.kind === 'target' ? `目标 ${entry.title}` : entry.title, TEXT.timeline, text)
    + block(entry.description, TEXT.timelineDesc, text)
    + px(L.timelineGap), 0);
}

/** Estimated height in px of a figure's graphic (its legend, panels, cards and timeline) at `width` px. */
export function estimateGraphicHeight(parts: GraphicParts, width: number): number {
  let height = 0;
  if (parts.legend.length > 0) {
    const total = parts.legend.reduce((sum, item) => sum + textWidth(item.label, TEXT.legend.size) + L.legendSwatchWidth.value * TEXT.legend.size + px(L.legendSwatchGap) + px(L.legendItemGap), 0);
    height += Math.ceil(total / width) * TEXT.legend.line + px(L.legendGap);
  }
  const sideBySide = parts.panels.length > 1 && width >= SIDE_BY_SIDE;
  const columnWidth = sideBySide ? (width - GRAPHIC_GAP * (parts.panels.length - 1)) / parts.panels.length : width;
  const panelHeights = parts.panels.map((panel) => {
    // The wide drawing from WIDE_CHART up, the narrow one (the last) below it.
    const size = (width >= WIDE_CHART ? panel.drawings[0]! : panel.drawings[panel.drawings.length - 1]!).size;
    const max = Math.min(columnWidth, panel.maxWidth ?? Infinity);
    const drawn = Math.min(max, size.width);
    return (panel.heading ? TEXT.heading.line + px(L.mapHeadingGap) : 0) + (drawn * size.height) / size.width;
  });
  // A panel capped in width (the waffle) has its cards beside it from SIDE_BY_SIDE (charts.css .chart-compute-grid).
  const cap = parts.panels.length === 1 && parts.cards.length > 0 && width >= SIDE_BY_SIDE ? parts.panels[0]!.maxWidth : undefined;
  if (cap !== undefined) height += Math.max(panelHeights[0]!, cardsHeight(parts.cards, width - cap - GRAPHIC_GAP, width));
  else {
    height += sideBySide ? Math.max(...panelHeights) : panelHeights.reduce((sum, h, index) => sum + h + (index > 0 ? GRAPHIC_GAP : 0), 0);
    if (parts.cards.length > 0) height += (parts.panels.length > 0 ? GRAPHIC_GAP : 0) + cardsHeight(parts.cards, width);
  }
  if (parts.timeline.length > 0) height += timelineHeight(parts.timeline, width);
  return height;
}

export interface EmbedEstimateInput {
  title: string;
  dek: string;
  notes: string[];
  /** The source line under the figure. */
  source: string;
  parts: GraphicParts;
}

/** Estimated height in px of a figure's embed page at `width` px (whole pixels, rounded up). */
export function estimateEmbedHeight({ title, dek, notes, source, parts }: EmbedEstimateInput, width = ESTIMATE_WIDTH): number {
  const inner = width - 2 * PAD;
  let height = 2 * PAD;
  height += block(title, TEXT.title, inner);
  height += px(L.figureDekGap) + block(dek, TEXT.dek, inner) + px(L.figureHeadGap);
  height += estimateGraphicHeight(parts, inner);
  if (notes.length > 0) height += px(L.figureNotesGap) + notes.reduce((sum, note) => sum + block(`注：${note}`, TEXT.note, inner), 0);
  height += px(L.figureDataGap) + TEXT.summary.line;
  height += px(L.figureSourceGap) + block(source, TEXT.source, inner);
  height += px(L.figureLinksGap) + TEXT.links.line;
  return Math.ceil(height);
}
