/**
 * A figure's thumbnail for the gallery (/figures/): a small drawing of its graphic, without the
 * words around it (the gallery prints the title next to it), THUMBNAIL.width × height units. Made
 * from the scene as the standalone SVG is (src/lib/download/standalone.ts), of the same image parts (../image.ts): its panels
 * side by side, each in the drawing whose shape fits the thumbnail best, drawn by the page's
 * components (src/components/figure/figure-download.ts); a figure without panels shows its first
 * cards, or else its first timeline entries, as many as fit.
 *
 * Its colours are the theme's custom properties, light by default and dark where the reader prefers
 * dark (schemeCss()): an SVG shown with <img> follows the colour scheme of the page it is on, so a
 * thumbnail is dark in dark mode, where a PNG would stay a white box. The style sheet is cut down to
 * what the drawing uses; the page's interaction attributes (tooltips, focus, ARIA) are left out.
 */
import { optimize } from 'svgo';
import { escapeMarkup } from '../escape';
import { spokenIn } from '../inferred';
import { HTML_LANG, type Lang } from '../i18n/lang';
import { withLayoutValues } from '../layout';
import { schemeCss } from '../theme';
import { usedCss } from '../embed/used-css';
import { cardsImage } from '../charts/card-layout';
import { timelineImage } from '../charts/timeline-layout';
import type { GraphicParts, Size } from '../figures/kind';
import { GAP, imageStyles, placeSvg, round, type Block } from '../image';

/** The thumbnail's size in its own units (4 : 3) and its margin. */
export const THUMBNAIL = { width: 320, height: 240, pad: 12 } as const;

const INNER: Size = { width: THUMBNAIL.width - 2 * THUMBNAIL.pad, height: THUMBNAIL.height - 2 * THUMBNAIL.pad };

/** The box each of `count` panels is drawn in: side by side inside the margin. */
export function panelBox(count: number): Size {
  return { width: (INNER.width - GAP * (count - 1)) / count, height: INNER.height };
}

/** Of a panel's drawings (wide, narrow), the one whose shape is closest to `box`'s; of equal shapes (a map's), the smallest, whose text shrinks least. */
export function fittingDrawing<D extends { size: Size }>(drawings: readonly D[], box: Size): D {
  if (drawings.length === 0) throw new Error('thumbnail: a panel without a drawing');
  const misfit = (size: Size) => Math.abs(Math.log((size.width / size.height) / (box.width / box.height)));
  return drawings.reduce((best, drawing) => (misfit(drawing.size) <= misfit(best.size) + 1e-9 ? drawing : best));
}

export interface ThumbnailInput {
  id: string;
  /** The figure's headline: the image's title. */
  title: string;
  parts: GraphicParts;
  /** Each panel's drawing (the one fittingDrawing() chose), rendered by its component, with its viewBox size. */
  panels: { svg: string; size: Size }[];
  /** The style sheets of those components, theme variables kept. */
  css: string;
  /** The language of its words (the title, the drawings' labels); Chinese when not given. */
  lang?: Lang;
}

export interface Thumbnail {
  svg: string;
  width: number;
  height: number;
}

/** A panel's drawing without what only a page needs: tooltips, focus, ARIA, titles. */
function stillDrawing(svg: string): string {
  return optimize(svg, {
    plugins: [
      'removeTitle',
      'removeDesc',
      { name: 'removeAttrs', params: { attrs: ['.*:(data-.*|tabindex|aria-.*|role|focusable):[\\s\\S]*'] } },
    ],
    js2svg: { pretty: false },
  }).data;
}

/** The graphic: panels contained and centred in their boxes, or cards, or timeline entries. */
function graphic({ id, parts, panels }: ThumbnailInput): string {
  const { pad } = THUMBNAIL;
  if (panels.length !== parts.panels.length) throw new Error(`thumbnail of "${id}": ${parts.panels.length} panels to draw, got ${panels.length}`);
  if (panels.length > 0) {
    const box = panelBox(panels.length);
    return panels.map((panel, index) => {
      // Never larger than its own viewBox: its text sizes are set for that size or smaller.
      const scale = Math.min(1, box.width / panel.size.width, box.height / panel.size.height);
      const width = panel.size.width * scale;
      const height = panel.size.height * scale;
      return placeSvg(stillDrawing(panel.svg), pad + index * (box.width + GAP) + (box.width - width) / 2, pad + (box.height - height) / 2, width, height);
    }).join('');
  }
  let block: Block;
  if (parts.cards.length > 0) block = cardsImage(parts.cards, pad, pad, INNER.width, INNER.height);
  else if (parts.timeline.length > 0) block = timelineImage(parts.timeline, pad, pad, INNER.width, INNER.height);
  else throw new Error(`thumbnail of "${id}": its graphic has no panel, card or timeline entry to draw`);
  // Centred in the height when it is shorter, cut off at the foot when one card or entry is taller.
  const shift = Math.max(0, (INNER.height - block.height) / 2);
  return `<g transform="translate(0 ${round(shift)})">${block.markup}</g>`;
}

/** The thumbnail SVG document. */
export async function thumbnailSvg(input: ThumbnailInput): Promise<Thumbnail> {
  const { width, height } = THUMBNAIL;
  const body = graphic(input);
  const lang = input.lang ?? 'zh';
  const title = escapeMarkup(spokenIn(input.title, lang));
  const open = `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" class="dl-root" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${HTML_LANG[lang]}" role="img" aria-label="${title}">`;
  const shapes = `<rect class="dl-paper" width="${width}" height="${height}"/>${body}`;
  const css = await usedCss([schemeCss(':root'), withLayoutValues(input.css), imageStyles((name) => `var(--${name})`, 'var(--font-sans)')], `${open}${shapes}</svg>`);
  const style = css.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${open}<title>${title}</title><style>${style}</style>${shapes}</svg>\n`;
  return { svg, width, height };
}
