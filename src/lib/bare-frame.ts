/**
 * The embed code's iframe where nothing resizes it (a CMS that strips our script or inserts the
 * code with innerHTML, a static oEmbed consumer): it keeps the height written in the code at
 * whatever width the host's column gives it. That height is chosen from the embed page's estimated
 * heights (src/lib/embed/height.ts) across the columns a frame gets, 280 to 1280 px:
 *
 * - the tallest of them (and SPARE), so that nothing is cut at any width, but no more than a desktop column
 *   (the frame on a 1024 px screen) needs with a fifth of the frame left blank (BLANK: a quarter is
 *   the limit the browser tests hold, which leaves the estimate's error room);
 * - where a narrower column needs more than that (a phone, where text wraps more and a map takes
 *   its tall drawing), the embed page zooms the figure out to fit instead of being cut: its script
 *   (src/scripts/embed-child.js) by measuring, or without scripts the CSS of fitCss(), written
 *   into the embed page's one <style> (no style attribute, so the page's CSP holds).
 */
import { estimateEmbedHeight } from './embed/height';
import type { Scene } from './figures/scene';

/** The frame's width on a 1024 px desktop screen, in a column with the body's 8 px margins. */
export const DESKTOP_FRAME = 1024 - 2 * 8;
/** The share of the frame at most left blank at DESKTOP_FRAME, by the estimate. */
export const BLANK = 0.2;
/** The frame widths the height is chosen over, px: every 8 px of the columns a frame gets. */
export const FRAME_WIDTHS = Array.from({ length: (1280 - 280) / 8 + 1 }, (_, index) => 280 + index * 8);
/** Where the page must be zoomed, how much taller than estimated it may be (the estimate's error on a phone). */
export const MARGIN = 1.15;
/** The smallest zoom the CSS fit uses (the script's, too: src/scripts/embed-child.js). */
export const MIN_ZOOM = 0.5;
/** Room over the tallest estimate, for the estimate's error where no script can zoom (maps run 2–4% taller). */
export const SPARE = 1.05;
/** The CSS fit's zoom steps: coarse, so that a page carries few rules. */
const STEP = 0.1;

/** What bareHeight() and fitCss() need of a scene. */
export type BareScene = Pick<Scene, 'figure' | 'sourceLine' | 'legend' | 'panels' | 'cards' | 'timeline'> & Partial<Pick<Scene, 'lang'>>;

/** Estimates by scene and width: each page (and each story's share box) asks again. */
const estimates = new WeakMap<BareScene, Map<number, number>>();

/** The embed page's estimated height at `width` px (whole pixels). */
function estimate(scene: BareScene, width: number): number {
  const known = estimates.get(scene) ?? new Map<number, number>();
  estimates.set(scene, known);
  const { figure } = scene;
  if (!known.has(width)) known.set(width, estimateEmbedHeight({ title: figure.title, dek: figure.dek, notes: figure.notes, source: scene.sourceLine, parts: scene, lang: scene.lang }, width));
  return known.get(width)!;
}

/** The embed page's tallest estimated height over FRAME_WIDTHS, px. */
export function tallestHeight(scene: BareScene): number {
  return Math.max(...FRAME_WIDTHS.map((width) => estimate(scene, width)));
}

/** The height of a figure's embed code, px: see above. */
export function bareHeight(scene: BareScene): number {
  return Math.min(Math.ceil(tallestHeight(scene) * SPARE), Math.ceil(estimate(scene, DESKTOP_FRAME) / (1 - BLANK)));
}

/**
 * The zoom (in steps of STEP, at least MIN_ZOOM) at which the page fits `height` at `width`: 1 where
 * the estimate fits, else zoomed enough to fit it with MARGIN to spare. Zoomed by z, the page is
 * laid out z times wider and drawn z times smaller.
 */
export function fitZoom(scene: BareScene, width: number, height: number): number {
  let zoom = 1;
  if (estimate(scene, width) <= height) return zoom;
  while (zoom > MIN_ZOOM && zoom * estimate(scene, Math.round(width / zoom)) * MARGIN > height) zoom = Math.round((zoom - STEP) * 100) / 100;
  return zoom;
}

/**
 * The embed page's CSS for a frame of the code's height without scripts: per band of widths where
 * the page does not fit it, the zoom that makes it fit, as --fit (embed.css zooms <main> by it while
 * no script runs). Only in a frame no taller than the code's height, so a frame a host sized to
 * the page is never zoomed. Empty when the page fits at every width.
 */
export function fitCss(scene: BareScene): string {
  const height = bareHeight(scene);
  const bands: { from: number; zoom: number }[] = [];
  for (const width of FRAME_WIDTHS) {
    const zoom = fitZoom(scene, width, height);
    if (bands.at(-1)?.zoom !== zoom) bands.push({ from: width, zoom });
  }
  // A band runs from its first width to the next band's (the first from 0, the last on).
  return bands.map((band, index) => {
    const next = bands[index + 1];
    const range = [index > 0 ? `(min-width:${band.from}px)` : '', next ? `(max-width:${next.from - 0.02}px)` : ''];
    return band.zoom < 1 ? `@media ${[...range, `(max-height:${height}px)`].filter(Boolean).join(' and ')}{:root{--fit:${band.zoom}}}` : '';
  }).join('');
}
