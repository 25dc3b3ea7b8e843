/**
 * The height an embed iframe starts with, before its page reports its real height: an estimate
 * of the embed page (src/pages/embed/[id].astro, styled by figure.css and embed.css) at a phone
 * width, so a reader whose browser blocks the resizer script still sees most of the figure.
 * The constants mirror those style sheets; tests/browser/embed.test.ts checks the estimate
 * against the real height in Chromium.
 */
import { textWidth } from '../text';
import { viewBoxOf } from '../download/xml';
import { elements, htmlText, pickForWidth, svgGroups, topLevelSvgs } from '../download/graphic';

/** The width embeds are estimated at: a common phone. */
export const ESTIMATE_WIDTH = 390;

/** Page padding (embed.css .embed-root) and the frame's text styles (figure.css), in px. */
const PAD = 12;
const TEXT = {
  title: { size: 18.4, line: 18.4 * 1.4 },
  dek: { size: 15.2, line: 15.2 * 1.6 },
  note: { size: 13.6, line: 13.6 * 1.6 },
  source: { size: 12.8, line: 12.8 * 1.6 },
  links: { size: 13.6, line: 13.6 * 1.8 },
  summary: { size: 14.4, line: 14.4 * 1.8 },
  graphic: { size: 15, line: 15 * 1.6 },
};

function lines(text: string, style: { size: number }, width: number): number {
  return Math.max(1, Math.ceil(textWidth(text, style.size) / width));
}

const BLOCK = /<\/?(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|figcaption|figure|table|tr|section|header|footer|time)\b[^>]*>/gi;

/** Key-figure cards on a phone (charts.css): two columns 8 px apart, 8 px padding and a border; an odd last card spans both. */
const CARDS = { columns: 2, gap: 8, padding: 2 * 8 + 2 };

/** Estimated height of a grid of key-figure cards (the inner HTML of each <li>) at `width` px. */
function cardGridHeight(cards: string[], width: number): number {
  const cardHeight = (card: string, cardWidth: number) => card.split(BLOCK)
    .map((chunk) => htmlText(chunk))
    .filter(Boolean)
    .reduce((sum, words) => sum + lines(words, TEXT.graphic, cardWidth - CARDS.padding) * TEXT.graphic.line, CARDS.padding);
  const narrow = (width - CARDS.gap * (CARDS.columns - 1)) / CARDS.columns;
  let height = 0;
  for (let start = 0; start < cards.length; start += CARDS.columns) {
    const row = cards.slice(start, start + CARDS.columns);
    const cardWidth = row.length === 1 ? width : narrow;
    height += Math.max(...row.map((card) => cardHeight(card, cardWidth))) + (start > 0 ? CARDS.gap : 0);
  }
  return height;
}

/**
 * Estimated height of a figure's graphic box at `width` px: legends (list items with a swatch
 * SVG) as rows of labels, each SVG at its viewBox aspect (of alternative drawings the one for
 * this width, never wider than its viewBox), and the other text as lines.
 */
export function estimateGraphicHeight(graphicHtml: string, width: number): number {
  let height = 0;
  let rest = graphicHtml.replace(/<ul class="chart-cards"[^>]*>([\s\S]*?)<\/ul>/gi, (_list, inner: string) => {
    height += cardGridHeight(elements(inner, 'li').map((item) => item.inner), width);
    return '';
  });
  rest = rest.replace(/<ul\b[^>]*>([\s\S]*?)<\/ul>/gi, (list, inner: string) => {
    const items = elements(inner, 'li').map((item) => item.inner);
    if (items.length === 0 || !items.every((item) => /<svg[\s>]/i.test(item))) return list;
    const total = items.reduce((sum, item) => sum + textWidth(htmlText(item.replace(/<svg[\s\S]*?<\/svg>/gi, '')), TEXT.graphic.size) + 40, 0);
    height += Math.ceil(total / width) * TEXT.graphic.line + 8;
    return '';
  });
  const svgs = topLevelSvgs(rest);
  for (const group of svgGroups(svgs)) {
    const svg = pickForWidth(group, width, 'embed height estimate');
    const [, , w, h] = viewBoxOf(`${svg.open}</svg>`, 'embed height estimate');
    const drawn = Math.min(width, w);
    height += (drawn * h) / w;
  }
  let text = rest;
  for (const svg of [...svgs].reverse()) text = text.slice(0, svg.start) + text.slice(svg.end);
  text = text.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
  for (const chunk of text.split(BLOCK)) {
    const words = htmlText(chunk);
    if (words) height += lines(words, TEXT.graphic, width) * TEXT.graphic.line;
  }
  return height;
}

export interface EmbedEstimateInput {
  title: string;
  dek: string;
  notes: string[];
  /** The source line under the figure. */
  source: string;
  /** The inner HTML of the figure's graphic box. */
  graphicHtml: string;
}

/** Estimated height in px of a figure's embed page at `width` px (whole pixels, rounded up). */
export function estimateEmbedHeight({ title, dek, notes, source, graphicHtml }: EmbedEstimateInput, width = ESTIMATE_WIDTH): number {
  const inner = width - 2 * PAD;
  let height = 2 * PAD;
  height += lines(title, TEXT.title, inner) * TEXT.title.line;
  height += 4 + lines(dek, TEXT.dek, inner) * TEXT.dek.line + 12;
  height += estimateGraphicHeight(graphicHtml, inner);
  if (notes.length > 0) height += 12 + notes.reduce((sum, note) => sum + lines(`注：${note}`, TEXT.note, inner) * TEXT.note.line, 0);
  height += 12 + TEXT.summary.line;
  height += 8 + lines(source, TEXT.source, inner) * TEXT.source.line;
  height += 4 + TEXT.links.line;
  return Math.ceil(height);
}

/** The fallback height of a figure's embed code: its embed page estimated at ESTIMATE_WIDTH. */
export function figureEmbedHeight(figure: { title: string; dek: string; notes: string[] }, source: string, graphicHtml: string): number {
  return estimateEmbedHeight({ title: figure.title, dek: figure.dek, notes: figure.notes, source, graphicHtml });
}
