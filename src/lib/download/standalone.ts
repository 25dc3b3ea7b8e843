/**
 * The standalone SVG of a figure, for download and as the source of its PNG: headline, dek, the
 * graphic (its legend and panels, drawn by the page's own components, plus cards and timeline
 * drawn by their own layouts in src/lib/charts/), notes, the source line and the site's name, in the light theme
 * with literal colours, 640 units wide, from the image parts of ../image.ts. Nothing here reads a
 * rendered page.
 */
import { optimize } from 'svgo';
import { cardsImage, cardsImageFit } from '../charts/card-layout';
import { timelineImage } from '../charts/timeline-layout';
import { escapeMarkup } from '../escape';
import type { GraphicParts } from '../figures/kind';
import { baseline, GAP, IMAGE_FONT, imageStyles, placeSvg, round, STYLE, textBlock, type Block } from '../image';
import { spoken } from '../inferred';
import { textWidth, wrapText } from '../text';
import { withThemeValues } from '../theme';
import { HTML_LANG, type Lang } from '../i18n/lang';
import { LATIN_QUOTES, latinQuoted, QUOTE_FAMILY } from '../fonts';
import { fill, wordingOf } from '../wording';

/** Width of the standalone SVG in its own units; the PNG is PNG_SCALE times larger. */
export const STANDALONE_WIDTH = 640;
/** How much larger than the SVG's own size the PNG is drawn (2×: 1,280 px wide, sharp on phones). */
export const PNG_SCALE = 2;
/** The image's margin: its own, twice the embed page's padding, as an image has no page around it. */
const PAD = 24;
/** Width available to the graphic inside the margins. */
export const STANDALONE_INNER = STANDALONE_WIDTH - 2 * PAD;
const INNER = STANDALONE_INNER;

export interface DownloadTexts {
  /** The language of the words (the SVG's xml:lang; the note's label); Chinese where not given. */
  lang?: Lang;
  title: string;
  dek: string;
  notes: string[];
  /** The full source line: "来源：…". */
  source: string;
  /** Site name and address: "嘉兴集群观察 · https://…". */
  credit: string;
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

const QUOTE_RUN = new RegExp(`[${LATIN_QUOTES}]+(?![^<]*>)`, 'g');

/** The attribute of latinQuotes()'s tspans. */
const QUOTE_SPAN = `font-family="'${QUOTE_FAMILY}'"`;

/** Whether an image's SVG sets quotation marks in Noto Sans (latinQuotes()): it then needs that font too (imageFonts()). */
export const usesLatinQuotes = (svg: string): boolean => svg.includes(QUOTE_SPAN);

/**
 * The curly quotation marks of an image's lines without Chinese (latinQuoted(), src/lib/fonts.ts)
 * set in Noto Sans (QUOTE_FAMILY): Noto Sans SC, the image's font, draws them a full em wide, as
 * Chinese sets them, which leaves a gap around each quotation in Latin text. Each run of them
 * inside such a <text> becomes a <tspan> of that family. A line with Chinese characters (a
 * document number in a source line) keeps Noto Sans SC's marks, as src/lib/text.ts measures it.
 */
export function latinQuotes(svg: string): string {
  return svg.replace(/(<text\b[^>]*>)([\s\S]*?)(<\/text>)/g, (whole, open: string, inner: string, close: string) =>
    (latinQuoted(inner.replace(/<[^>]*>/g, ''))
      ? open + inner.replace(QUOTE_RUN, (marks) => `<tspan ${QUOTE_SPAN}>${marks}</tspan>`) + close
      : whole));
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

  // One drawing narrower than half the frame (the waffle) has its cards beside it, as on a wide page
  // (charts.css .chart-compute-grid), instead of a column of white beside it: where their words fit
  // there ("5 projects" set large does not, in English).
  const lone = parts.panels.length === 1 && parts.cards.length > 0 ? parts.panels[0]!.drawings[0]!.size : undefined;
  const cardsBeside = lone !== undefined && !parts.panels[0]!.heading && lone.width <= INNER / 2
    && cardsImageFit(parts.cards, INNER - lone.width - GAP);
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
      if (cardsBeside) {
        const cards = cardsImage(parts.cards, y, x + drawn + GAP, INNER - drawn - GAP);
        body.push(cards.markup);
        rowHeight = Math.max(rowHeight, cards.height);
      }
    });
    y += rowHeight + 14;
  }
  if (parts.cards.length > 0 && !cardsBeside) add(cardsImage(parts.cards, y, PAD, INNER), 6);
  if (parts.timeline.length > 0) add(timelineImage(parts.timeline, y, PAD, INNER), 14);

  const lang = texts.lang ?? 'zh';
  for (const note of texts.notes) add(textBlock(fill(wordingOf(lang).charts.note, { note }), STYLE.note, PAD, y, INNER), 2);
  y += 8;
  body.push(`<rect class="dl-rule" x="${PAD}" y="${round(y)}" width="${INNER}" height="1"/>`);
  y += 9;
  add(textBlock(texts.source, STYLE.source, PAD, y, INNER), 2);
  add(textBlock(texts.credit, STYLE.credit, PAD, y, INNER), 0);
  const height = Math.ceil(y + PAD - 2);
  const width = STANDALONE_WIDTH;

  const style = `${withThemeValues(css, 'light', IMAGE_FONT)}\n${imageStyles()}`.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const markup = `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" class="dl-root" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${HTML_LANG[lang]}" role="img" aria-labelledby="${id}-dl-title ${id}-dl-desc">\n`
    + `<title id="${id}-dl-title">${escapeMarkup(spoken(texts.title))}</title>\n<desc id="${id}-dl-desc">${escapeMarkup(spoken(`${texts.dek} ${texts.source}`))}</desc>\n`
    + `<style>\n${style}\n</style>\n`
    + `<rect class="dl-paper" width="${width}" height="${height}"/>\n`
    + body.filter(Boolean).join('\n')
    + '\n</svg>\n';
  const literal = literalStyles(markup, id);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${latinQuotes(literal)}\n`, width, height };
}
