/**
 * The page's text styles in px, from the layout numbers the style sheets read (./layout.ts), and
 * the height of a text wrapped in one: for estimating how tall a figure is on a page or in an
 * embed before a browser lays it out (src/lib/embed/height.ts, the cards' and the timeline's own
 * estimates in src/lib/charts/).
 */
import { LAYOUT, px, type Length } from './layout';
import { textWidth } from './text';

const L = LAYOUT;

/** A text style in px: its font size, its line height from a ratio, and its font weight (measured with it). */
const text = (size: Length, line: Length, weight = 400) => ({ size: px(size), line: px(size) * line.value, weight });

/** Font size and line height of each kind of text, in px (text without a line height of its own inherits one). */
export const PAGE_TEXT = {
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
export interface PageText {
  size: number;
  line: number;
  weight: number;
}

/** Height of `text` wrapped to `width` in a style. */
export function textHeight(text: string, style: PageText, width: number): number {
  return Math.max(1, Math.ceil(textWidth(text, style.size, style.weight) / width)) * style.line;
}
