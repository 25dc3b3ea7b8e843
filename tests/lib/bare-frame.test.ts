/**
 * The embed code's height and the embed page's CSS fit for a frame that nothing resizes
 * (src/lib/bare-frame.ts), checked as rules on made-up scenes and on one figure of each kind.
 * What a browser shows in such a frame: tests/browser/embed-frames.test.ts.
 */
import { describe, expect, test } from 'vitest';
import type { Drawing } from '../../src/lib/figures/kind';
import type { Figure } from '../../src/lib/figures/schemas';
import { sceneOf } from '../../src/lib/figures/scene';
import { estimateEmbedHeight } from '../../src/lib/embed/height';
import { BLANK, bareHeight, DESKTOP_FRAME, FRAME_WIDTHS, fitCss, fitZoom, MARGIN, MIN_ZOOM, SPARE, tallestHeight, type BareScene } from '../../src/lib/bare-frame';
import { siteDataFromFiles } from '../helpers/site-data';

const drawing = (width: number, height: number): Drawing => ({ component: {} as Drawing['component'], props: {}, size: { width, height } });
/** A scene of one panel, drawn `wide` from 34rem and `narrow` below. */
const scene = (wide: [number, number], narrow: [number, number]): BareScene => ({
  figure: { title: '标题', dek: '导语', notes: [] } as unknown as Figure,
  sourceLine: '来源：某报道',
  legend: [],
  panels: [{ drawings: [drawing(...wide), drawing(...narrow)] }],
  cards: [],
  timeline: [],
});
const estimate = (bare: BareScene, width: number) => estimateEmbedHeight({ title: bare.figure.title, dek: bare.figure.dek, notes: bare.figure.notes, source: bare.sourceLine, parts: bare }, width);

/** The --fit a page's CSS sets at a frame `width` px wide and `height` px tall (1 when none). */
function fitAt(css: string, width: number, height: number): number {
  const matching = [...css.matchAll(/@media ([^{]+)\{:root\{--fit:([\d.]+)\}\}/g)].filter(([, query]) => query!.split(' and ').every((condition) => {
    const [, feature, value] = condition.match(/^\((min-width|max-width|max-height):([\d.]+)px\)$/)!;
    return feature === 'min-width' ? width >= Number(value) : feature === 'max-width' ? width <= Number(value) : height <= Number(value);
  }));
  expect(matching.length, `${width} px: one rule at most`).toBeLessThanOrEqual(1);
  return matching.length ? Number(matching[0]![2]) : 1;
}

/** The rules every scene's height and fit keep. */
function holdsRules(bare: BareScene): void {
  const height = bareHeight(bare);
  expect(Number.isInteger(height)).toBe(true);
  expect(height).toBeLessThanOrEqual(Math.ceil(tallestHeight(bare) * SPARE));
  // At most BLANK of the frame is left blank on a desktop column, by the estimate.
  expect(estimate(bare, DESKTOP_FRAME)).toBeGreaterThanOrEqual((1 - BLANK) * height - 1);
  const css = fitCss(bare);
  for (const width of FRAME_WIDTHS) {
    const zoom = fitZoom(bare, width, height);
    // Zoomed enough to fit with the estimate's margin, or as far as it goes.
    if (zoom < 1 && zoom > MIN_ZOOM) expect(zoom * estimate(bare, Math.round(width / zoom)) * MARGIN, `${width} px at ×${zoom}`).toBeLessThanOrEqual(height);
    expect(zoom === 1, `${width} px: zoomed only where the estimate does not fit`).toBe(estimate(bare, width) <= height);
    expect(fitAt(css, width, height), `--fit at ${width} px`).toBe(zoom);
    // A frame taller than the code's (sized by a host) is never zoomed.
    expect(fitAt(css, width, height + 1)).toBe(1);
  }
  expect(css, 'no style attribute, only rules').not.toMatch(/style=/);
}

describe('bareHeight and fitCss', () => {
  test('a map with a tall phone drawing: the code is shorter than the phone needs, and a phone\'s frame zooms it out to fit', () => {
    const map = scene([640, 400], [360, 640]);
    holdsRules(map);
    expect(bareHeight(map)).toBeLessThan(tallestHeight(map));
    expect(fitAt(fitCss(map), 390 - 16, bareHeight(map)), 'a 390 px phone').toBeLessThan(1);
    expect(fitAt(fitCss(map), 1264, bareHeight(map))).toBe(1);
  });

  test('a chart the same shape at every width: the code is its tallest height and a little room, and nothing is zoomed at a desktop width', () => {
    const chart = scene([640, 300], [640, 300]);
    holdsRules(chart);
    expect(fitAt(fitCss(chart), DESKTOP_FRAME, bareHeight(chart))).toBe(1);
  });

  // One figure of each kind (the first in figures.yaml order), as the build draws it.
  const data = siteDataFromFiles();
  const kinds = new Map<string, Figure>();
  for (const figure of data.figures.values()) if (!kinds.has(figure.kind)) kinds.set(figure.kind, figure);
  test.each([...kinds].map(([kind, figure]) => [kind, figure.id, figure] as const))('%s (%s): the rules hold', (_kind, _id, figure) => {
    holdsRules(sceneOf(figure, data));
  });
});
