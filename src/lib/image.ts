/**
 * Drawing a still image of a figure (the standalone SVG and PNG downloads, the gallery's
 * thumbnails): the image's own type scale, text set in lines, an SVG placed in a box, and the
 * style rules of the `dl-` classes these parts use. The cards' and the timeline's own drawings
 * (src/lib/charts/cards.ts, src/lib/charts/timeline.ts) are made of these parts too.
 */
import { IMAGE_FAMILY } from './fonts';
import { escapeMarkup } from './escape';
import { LAYOUT, px } from './layout';
import { wrapText } from './text';
import { THEME } from './theme';

/** Between panels, legend entries, cards and a card's values: the page's gap between a graphic's parts. */
export const GAP = px(LAYOUT.graphicGap);

/**
 * Text styles: font size, line height, class, weight (measured with it, and written into the
 * style sheet from it: imageStyles()). The image's own type scale, not the page's: it is
 * read at 640 units wide, often shrunk in a feed or a chat, so its title is set larger (22 against
 * the page's 18.4 px) and the small print a little smaller and tighter; none is a copy of a style
 * sheet's number (the page's are in src/lib/layout.ts). `running`: running text, whose lines
 * are filled rather than balanced (src/lib/text.ts wrapText).
 */
export const STYLE = {
  title: { size: 22, line: 30, cls: 'dl-title', weight: 700 },
  dek: { size: 15, line: 22, cls: 'dl-dek', weight: 400 },
  heading: { size: 15, line: 22, cls: 'dl-heading', weight: 700 },
  legend: { size: 13, line: 22, cls: 'dl-legend', weight: 400 },
  value: { size: 26, line: 34, cls: 'dl-value', weight: 700 },
  when: { size: 12, line: 18, cls: 'dl-meta', weight: 400 },
  label: { size: 13.5, line: 20, cls: 'dl-label', weight: 700 },
  tag: { size: 11.5, line: 18, cls: 'dl-tag', weight: 400 },
  meta: { size: 12, line: 18, cls: 'dl-meta', weight: 400 },
  cardNote: { size: 12.5, line: 19, cls: 'dl-card-note', weight: 400, running: true },
  date: { size: 14, line: 22, cls: 'dl-date', weight: 700 },
  event: { size: 14, line: 22, cls: 'dl-label', weight: 700 },
  desc: { size: 13, line: 20, cls: 'dl-card-note', weight: 400, running: true },
  note: { size: 13, line: 20, cls: 'dl-note', weight: 400, running: true },
  source: { size: 12, line: 18, cls: 'dl-source', weight: 400, running: true },
  credit: { size: 12, line: 18, cls: 'dl-credit', weight: 700 },
} as const;
export type Style = (typeof STYLE)[keyof typeof STYLE];

/** A drawn part of the image: its markup and the height it takes. */
export interface Block {
  markup: string;
  height: number;
}

export const round = (n: number) => Math.round(n * 10) / 10;
/** The y of the baseline of a line of `style` whose line box starts at `top`. */
export const baseline = (top: number, style: Style) => round(top + (style.line - style.size) / 2 + style.size * 0.88);

/** Lines of text from `top`, wrapped to `width`. */
export function textBlock(text: string, style: Style, x: number, top: number, width: number): Block {
  const lines = wrapText(text, width, style.size, style.weight, { balance: !('running' in style) });
  const markup = lines.map((line, index) => `<text class="${style.cls}" x="${round(x)}" y="${baseline(top + index * style.line, style)}">${escapeMarkup(line)}</text>`).join('');
  return { markup, height: lines.length * style.line };
}

/** An SVG drawn into a box: a positioning <svg> around it, which it fills at its own aspect. */
export function placeSvg(svg: string, x: number, y: number, width: number, height: number): string {
  return `<svg x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}" overflow="visible">${svg}</svg>`;
}

/** The image's one font, which the PNG is drawn with and the SVG carries (src/lib/fonts.ts). */
export const IMAGE_FONT = `"${IMAGE_FAMILY}",sans-serif`;
/** A theme colour in the light theme's literal value (what SVG tools and resvg understand). */
const lightColour = (name: string): string => THEME[name]!.light;

/**
 * The <style> rules for the `dl-` parts: by default in the light theme's literal colours and
 * Noto Sans SC (the font the PNG is rendered with); the thumbnail passes var(--name) colours and
 * the page's font stack, to follow the reader's colour scheme.
 */
export function imageStyles(c: (name: string) => string = lightColour, font = IMAGE_FONT): string {
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
