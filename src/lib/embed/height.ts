/**
 * The height an embed page needs at a width, before it can report its real height: the embed page
 * (src/pages/embed/[id].astro, styled by figure.css, charts.css, maps.css and embed.css) estimated
 * from the figure's scene (SVG sizes, legend labels; cards and timeline entries by their own
 * estimates in src/lib/charts/). Sizes, gaps and breakpoints are the layout numbers those style sheets read
 * (src/lib/layout.ts); the embed code's height is made from these estimates (src/lib/bare-frame.ts),
 * and the browser tests (tests/browser/embed.test.ts, embed-frames.test.ts) check it in Chromium.
 */
import { cardsPageHeight } from '../charts/card-layout';
import { timelinePageHeight } from '../charts/timeline-layout';
import type { GraphicParts } from '../figures/kind';
import { BREAKPOINT, LAYOUT, px, REM } from '../layout';
import { PAGE_TEXT, textHeight } from '../page-text';
import { textWidth } from '../text';
import type { Lang } from '../i18n/lang';
import { fill, wordingOf } from '../wording';

/** The width embeds are estimated at: a common phone. */
export const ESTIMATE_WIDTH = 390;

const L = LAYOUT;
/** Page padding (embed.css .embed-root). */
const PAD = px(L.embedPad);
/** Container widths where the CSS switches layout (maps.css, charts.css). */
const WIDE_CHART = BREAKPOINT.wideChart * REM;
const SIDE_BY_SIDE = BREAKPOINT.sideBySide * REM;
const GRAPHIC_GAP = px(L.graphicGap);

/** Estimated height in px of a figure's graphic (its legend, panels, cards and timeline) at `width` px. */
export function estimateGraphicHeight(parts: GraphicParts, width: number): number {
  let height = 0;
  if (parts.legend.length > 0) {
    const total = parts.legend.reduce((sum, item) => sum + textWidth(item.label, PAGE_TEXT.legend.size) + L.legendSwatchWidth.value * PAGE_TEXT.legend.size + px(L.legendSwatchGap) + px(L.legendItemGap), 0);
    height += Math.ceil(total / width) * PAGE_TEXT.legend.line + px(L.legendGap);
  }
  const sideBySide = parts.panels.length > 1 && width >= SIDE_BY_SIDE;
  const columnWidth = sideBySide ? (width - GRAPHIC_GAP * (parts.panels.length - 1)) / parts.panels.length : width;
  const panelHeights = parts.panels.map((panel) => {
    // The wide drawing from the panel's switch (WIDE_CHART unless it says), the narrow one (the last) below it:
    // shown as wide as the column, up to its own maximum (its viewBox width unless it says) and the panel's.
    const drawing = width >= (panel.wideFrom ?? WIDE_CHART) ? panel.drawings[0]! : panel.drawings[panel.drawings.length - 1]!;
    const { size } = drawing;
    const drawn = Math.min(columnWidth, panel.maxWidth ?? Infinity, drawing.maxWidth ?? size.width);
    return (panel.heading ? PAGE_TEXT.heading.line + px(L.mapHeadingGap) : 0) + (drawn * size.height) / size.width;
  });
  // A panel capped in width (the waffle) has its cards beside it from SIDE_BY_SIDE (charts.css .chart-compute-grid).
  const cap = parts.panels.length === 1 && parts.cards.length > 0 && width >= SIDE_BY_SIDE ? parts.panels[0]!.maxWidth : undefined;
  if (cap !== undefined) height += Math.max(panelHeights[0]!, cardsPageHeight(parts.cards, width - cap - GRAPHIC_GAP, width));
  else {
    height += sideBySide ? Math.max(...panelHeights) : panelHeights.reduce((sum, h, index) => sum + h + (index > 0 ? GRAPHIC_GAP : 0), 0);
    if (parts.cards.length > 0) height += (parts.panels.length > 0 ? GRAPHIC_GAP : 0) + cardsPageHeight(parts.cards, width);
  }
  if (parts.timeline.length > 0) height += timelinePageHeight(parts.timeline, width);
  return height;
}

export interface EmbedEstimateInput {
  title: string;
  dek: string;
  notes: string[];
  /** The source line under the figure. */
  source: string;
  parts: GraphicParts;
  /** The language the page prints its words in (the notes' "注：" / "Note: "); Chinese when not given. */
  lang?: Lang;
}

/** Estimated height in px of a figure's embed page at `width` px (whole pixels, rounded up). */
export function estimateEmbedHeight({ title, dek, notes, source, parts, lang = 'zh' }: EmbedEstimateInput, width = ESTIMATE_WIDTH): number {
  const inner = width - 2 * PAD;
  let height = 2 * PAD;
  height += textHeight(title, PAGE_TEXT.title, inner);
  height += px(L.figureDekGap) + textHeight(dek, PAGE_TEXT.dek, inner) + px(L.figureHeadGap);
  height += estimateGraphicHeight(parts, inner);
  if (notes.length > 0) height += px(L.figureNotesGap) + notes.reduce((sum, note) => sum + textHeight(fill(wordingOf(lang).outputs.note, { note }), PAGE_TEXT.note, inner), 0);
  height += px(L.figureDataGap) + PAGE_TEXT.summary.line;
  height += px(L.figureSourceGap) + textHeight(source, PAGE_TEXT.source, inner);
  height += px(L.figureLinksGap) + PAGE_TEXT.links.line;
  return Math.ceil(height);
}
