/**
 * The height an embed iframe starts with, before its page reports its real height: the embed page
 * (src/pages/embed/[id].astro, styled by figure.css, charts.css, maps.css and embed.css) estimated
 * at a phone width from the figure's model (graphicParts(): SVG sizes, legend labels, cards and
 * timeline entries as text lines), so a reader whose browser blocks the resizer script still sees
 * most of the figure. The constants mirror those style sheets (1rem = 16 px); the browser test
 * tests/browser/embed.test.ts checks the estimate against the real height in Chromium.
 */
import { balancedColumns, type Card } from '../charts/cards';
import type { GraphicParts, TimelineEntry } from '../figures/kind';
import type { Scene } from '../figures/scene';
import { textWidth } from '../text';

/** The width embeds are estimated at: a common phone. */
export const ESTIMATE_WIDTH = 390;

const REM = 16;
/** Page padding (embed.css .embed-root). */
const PAD = 0.75 * REM;
/** Font size and line height of each kind of text, in px. */
const TEXT = {
  title: { size: 1.15 * REM, line: 1.15 * REM * 1.4 },
  dek: { size: 0.95 * REM, line: 0.95 * REM * 1.6 },
  note: { size: 0.85 * REM, line: 0.85 * REM * 1.6 },
  source: { size: 0.8 * REM, line: 0.8 * REM * 1.6 },
  links: { size: 0.85 * REM, line: 0.85 * REM * 1.8 },
  summary: { size: 0.9 * REM, line: 0.9 * REM * 1.8 },
  legend: { size: 0.85 * REM, line: 0.85 * REM * 1.5 },
  heading: { size: 0.95 * REM, line: 0.95 * REM * 1.5 },
  cardNumber: { size: 1.75 * REM, line: 1.75 * REM * 1.25 },
  cardWhen: { size: 0.8 * REM, line: 0.8 * REM * 1.5 },
  cardLabel: { size: 0.95 * REM, line: 0.95 * REM * 1.5 },
  cardMeta: { size: 0.8 * REM, line: 0.8 * REM * 1.5 },
  cardNote: { size: 0.85 * REM, line: 0.85 * REM * 1.5 },
  tag: { size: 0.75 * REM, line: 0.75 * REM * 1.4 },
  timeline: { size: 17, line: 17 * 1.55 },
  timelineDesc: { size: 0.9 * REM, line: 0.9 * REM * 1.55 },
};
type Text = (typeof TEXT)[keyof typeof TEXT];

/** Height of `text` wrapped to `width` in a style. */
function block(text: string, style: Text, width: number): number {
  return Math.max(1, Math.ceil(textWidth(text, style.size) / width)) * style.line;
}

/** Container widths where the CSS switches layout (maps.css, charts.css). */
const WIDE_CHART = 34 * REM;
const SIDE_BY_SIDE = 40 * REM;
const CARD_GAP = 0.75 * REM;

/**
 * Key-figure cards (charts.css, Cards.astro): on a phone two columns 0.5rem apart (an odd last card
 * takes the whole row), compact padding; from 34rem balanced rows of up to three, from 50rem four.
 * The tag sits on the meta line, so it adds no line of its own.
 */
function cardHeight(card: Card, width: number, wide: boolean): number {
  const lineHeight = wide ? 1.5 : 1.45;
  const inner = width - 2 * (wide ? 0.85 * REM : 0.6 * REM) - 2;
  const style = (size: number): Text => ({ size, line: size * lineHeight });
  let height = 2 * (wide ? 0.75 * REM : 0.5 * REM) + 2;
  if (card.values.length > 0) {
    const number = wide ? 1.75 * REM : Math.min(1.5 * REM, Math.max(1.15 * REM, 0.065 * width));
    height += number * 1.25 + (card.values.some((value) => value.when) ? TEXT.cardWhen.line : 0);
  }
  height += 0.15 * REM + block(card.label, style(0.9 * REM), inner) + block(`${card.tag ?? ''}${card.meta}`, style(0.8 * REM), inner);
  if (card.note) height += 0.35 * REM + block(card.note, TEXT.cardNote, inner);
  return height;
}

function cardsHeight(cards: Card[], width: number): number {
  const wide = width >= WIDE_CHART;
  const columns = !wide ? 2 : balancedColumns(cards.length, width >= 50 * REM ? 4 : 3);
  const gap = wide ? CARD_GAP : 0.5 * REM;
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
  const text = wide ? width - 8.5 * REM - 2.5 * REM : width - 1.75 * REM;
  return entries.reduce((sum, entry) => sum
    + (wide ? 0 : TEXT.timeline.line)
    + block(entry.kind === 'target' ? `目标 ${entry.title}` : entry.title, TEXT.timeline, text)
    + block(entry.description, TEXT.timelineDesc, text)
    + 1.1 * REM, 0);
}

/** Estimated height in px of a figure's graphic (its legend, panels, cards and timeline) at `width` px. */
export function estimateGraphicHeight(parts: GraphicParts, width: number): number {
  let height = 0;
  if (parts.legend.length > 0) {
    const total = parts.legend.reduce((sum, item) => sum + textWidth(item.label, TEXT.legend.size) + 1.5 * TEXT.legend.size + 0.4 * REM + REM, 0);
    height += Math.ceil(total / width) * TEXT.legend.line + 0.5 * REM;
  }
  const sideBySide = parts.panels.length > 1 && width >= SIDE_BY_SIDE;
  const columnWidth = sideBySide ? (width - REM * (parts.panels.length - 1)) / parts.panels.length : width;
  const panelHeights = parts.panels.map((panel) => {
    // The wide drawing from WIDE_CHART up, the narrow one (the last) below it.
    const size = (width >= WIDE_CHART ? panel.drawings[0]! : panel.drawings[panel.drawings.length - 1]!).size;
    const max = Math.min(columnWidth, panel.maxWidth ?? Infinity);
    const drawn = Math.min(max, size.width);
    return (panel.heading ? TEXT.heading.line + 0.25 * REM : 0) + (drawn * size.height) / size.width;
  });
  height += sideBySide ? Math.max(...panelHeights) : panelHeights.reduce((sum, h, index) => sum + h + (index > 0 ? REM : 0), 0);
  if (parts.cards.length > 0) height += (parts.panels.length > 0 ? REM : 0) + cardsHeight(parts.cards, width);
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
  height += 0.25 * REM + block(dek, TEXT.dek, inner) + 0.75 * REM;
  height += estimateGraphicHeight(parts, inner);
  if (notes.length > 0) height += 0.75 * REM + notes.reduce((sum, note) => sum + block(`注：${note}`, TEXT.note, inner), 0);
  height += 0.75 * REM + TEXT.summary.line;
  height += 0.5 * REM + block(source, TEXT.source, inner);
  height += 0.25 * REM + TEXT.links.line;
  return Math.ceil(height);
}

/** The fallback height of a figure's embed code: its embed page estimated at ESTIMATE_WIDTH. */
export function fallbackHeight(scene: Scene): number {
  const { figure } = scene;
  return estimateEmbedHeight({ title: figure.title, dek: figure.dek, notes: figure.notes, source: scene.sourceLine, parts: scene });
}
