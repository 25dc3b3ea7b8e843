/**
 * Every map on a sample of the built pages with maps (tests/helpers/representatives.ts: every page
 * type, stories, home, gallery, embeds; in each, every map kind and the longest, most labelled
 * and tallest page) in Chromium at 320 and 1280 px:
 * - map text (labels and scale bar) is drawn 12–14 px tall on screen;
 * - no two labels overlap, no label overlaps a marker;
 * - no border between areas and no outer edge runs through a label;
 * - at 1280 px a single map in a column of 40rem or more is drawn 620 px wide (its wide drawing,
 *   13-unit text at 13 px), not the phone's 332 px.
 * Measured on the rendered SVG (screen boxes of the <text> elements, points sampled along the
 * border and outline paths), so it holds the CSS sizing as well as the layout in src/lib/map.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoOk, hasBrowser, browserOnSite, tabPool, type TabPool } from '../helpers/browser';
import { listPages, readPage } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { representativePages } from '../helpers/representatives';

const root = await builtSite();
const mapPages = representativePages(listPages(root).filter((page) => readPage(page).includes('class="map-svg')));

interface Rect { left: number; top: number; right: number; bottom: number }
interface Measured {
  map: string;
  sizes: { text: string; px: number }[];
  labels: { text: string; rect: Rect }[];
  marks: Rect[];
  /** The borders and the outline as screen polylines (their vertices, in order). */
  lines: [number, number][][];
  /** The map's drawn width, the width of the column it stands in (its .map box), and whether it is one of several panels. */
  width: number;
  column: number;
  panel: boolean;
}

/** In the page: text sizes, label and marker boxes, and points along the lines of every displayed map. */
function measureMaps(): Measured[] {
  const rect = (element: Element): Rect => {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return { left, top, right, bottom };
  };
  const svgs = [...document.querySelectorAll<SVGSVGElement>('svg.map-svg')].filter((svg) => svg.checkVisibility());
  return svgs.map((svg) => {
    // What shows: an SVG with two drawings (a narrow and a wide one) hides one of them. (Chromium's
    // checkVisibility() says true of an SVG element under a display: none group: look at the groups.)
    const displayed = (element: Element) => {
      for (let at: Element | null = element; at && at !== svg; at = at.parentElement) if (getComputedStyle(at).display === 'none') return false;
      return true;
    };
    const shown = <E extends Element>(elements: Iterable<E>) => [...elements].filter(displayed);
    const texts = shown(svg.querySelectorAll<SVGTextElement>('text'));
    // The vertices of the lines, read from their path data (moves and lines, absolute or relative):
    // sampling getPointAtLength() instead costs a walk along the whole path per point.
    const lines: [number, number][][] = [];
    for (const path of svg.querySelectorAll<SVGPathElement>('.map-borders, .map-outline')) {
      const ctm = path.getScreenCTM()!;
      const screen = (x: number, y: number): [number, number] => {
        const point = new DOMPoint(x, y).matrixTransform(ctm);
        return [point.x, point.y];
      };
      const tokens = path.getAttribute('d')?.match(/[a-zA-Z]|-?(?:\d*\.\d+|\d+)/g) ?? [];
      let [x, y, startX, startY, command] = [0, 0, 0, 0, ''];
      let line: [number, number][] = [];
      for (let i = 0; i < tokens.length;) {
        const token = tokens[i]!;
        if (/[a-z]/i.test(token)) {
          command = token;
          i += 1;
          if (command === 'z' || command === 'Z') {
            [x, y] = [startX, startY];
            line.push(screen(x, y));
          }
          continue;
        }
        const [a, b] = [Number(token), Number(tokens[i + 1])];
        i += 2;
        const relative = command === command.toLowerCase();
        [x, y] = relative ? [x + a, y + b] : [a, b];
        if (command === 'm' || command === 'M') {
          [startX, startY] = [x, y];
          line = [];
          lines.push(line);
          command = relative ? 'l' : 'L';
        } else if (command !== 'l' && command !== 'L') {
          throw new Error(`a map line uses the path command "${command}", which this test does not read`);
        }
        line.push(screen(x, y));
      }
    }
    return {
      map: svg.querySelector('title')?.textContent ?? '(untitled)',
      // Each text's own scale: a narrow drawing's group in a two-drawing SVG is under scale(2).
      sizes: texts.map((text) => ({ text: text.textContent ?? '', px: Number.parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a })),
      labels: shown(svg.querySelectorAll('.map-labels text')).map((text) => ({ text: text.textContent ?? '', rect: rect(text) })),
      marks: shown(svg.querySelectorAll('.map-mark')).map(rect),
      lines,
      width: svg.getBoundingClientRect().width,
      column: svg.closest('.map')?.clientWidth ?? 0,
      panel: svg.closest('.map-panel') !== null,
    };
  });
}

/** A rectangle shrunk by `by` px on every side: glyph boxes include side bearings, and lines are anti-aliased. */
const inset = (r: Rect, by: number): Rect => ({ left: r.left + by, top: r.top + by, right: r.right - by, bottom: r.bottom - by });
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/** Whether the segment from `a` to `b` passes through the inside of `r` (Liang–Barsky clipping). */
function crosses(r: Rect, [x0, y0]: [number, number], [x1, y1]: [number, number]): boolean {
  const [dx, dy] = [x1 - x0, y1 - y0];
  let [from, to] = [0, 1];
  for (const [p, q] of [[-dx, x0 - r.left], [dx, r.right - x0], [-dy, y0 - r.top], [dy, r.bottom - y0]] as const) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) from = Math.max(from, t);
    else to = Math.min(to, t);
  }
  return from < to;
}
const segments = (line: [number, number][]) => line.slice(1).map((point, index) => [line[index]!, point] as const);

describe.skipIf(!hasBrowser)('maps in Chromium', () => {
  const site = browserOnSite(root);
  const contexts = new Map<number, BrowserContext>();
  const tabs = new Map<number, TabPool>();
  beforeAll(async () => {
    for (const width of [320, 1280]) {
      contexts.set(width, await site.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false }));
      tabs.set(width, tabPool(contexts.get(width)!));
    }
  });
  afterAll(async () => {
    for (const context of contexts.values()) await context.close();
  });

  it('the built site has maps to check', () => {
    expect(mapPages.length).toBeGreaterThan(0);
  });

  describe.each([320, 1280])('%i px wide', (width) => {
    it.each(mapPages.map((page) => [page.url, page] as const))('%s: map text 12–14 px, labels clear of each other, of markers and of every line', async (_url, page) => {
      const tab = await tabs.get(width)!.take();
      await gotoOk(tab, site.url + page.url);
      const maps = await tab.evaluate(measureMaps);
      await tabs.get(width)!.give(tab);
      expect(maps.length, 'displayed maps').toBeGreaterThan(0);
      for (const map of maps) {
        for (const { text, px } of map.sizes) {
          expect(px, `${map.map}: "${text}" is ${px.toFixed(2)} px`).toBeGreaterThanOrEqual(11.95);
          expect(px, `${map.map}: "${text}" is ${px.toFixed(2)} px`).toBeLessThanOrEqual(14.05);
        }
        if (width === 1280 && !map.panel && map.column >= 640) {
          expect(map.width, `${map.map}: drawn ${map.width.toFixed(0)} px wide in a ${map.column} px column`).toBeGreaterThanOrEqual(619);
        }
        const labels = map.labels.map((label) => ({ ...label, rect: inset(label.rect, 1) }));
        labels.forEach((label, index) => {
          for (const other of labels.slice(index + 1)) {
            expect(overlaps(label.rect, other.rect), `${map.map}: "${label.text}" overlaps "${other.text}"`).toBe(false);
          }
          for (const mark of map.marks) expect(overlaps(label.rect, mark), `${map.map}: "${label.text}" overlaps a marker`).toBe(false);
          const crossing = map.lines.flatMap(segments).filter(([a, b]) => crosses(label.rect, a, b));
          expect(crossing.length, `${map.map}: a border or the outline runs through "${label.text}"`).toBe(0);
        });
      }
    });
  });
});
