import type { Facility } from '../data/schemas';
import type { Box } from './labels';
import { WORDING } from '../wording';

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle';

/** How each facility kind is drawn and named: a shape as well as a colour, so shape alone tells them apart. */
export const FACILITY_KINDS: Record<Facility['kind'], { shape: MarkerShape; label: string; className: string }> = {
  'supercomputing-centre': { shape: 'square', label: WORDING.facilities['supercomputing-centre'], className: 'map-mark-supercomputing' },
  'intelligent-computing-centre': { shape: 'diamond', label: WORDING.facilities['intelligent-computing-centre'], className: 'map-mark-intelligent' },
  'industrial-park': { shape: 'triangle', label: WORDING.facilities['industrial-park'], className: 'map-mark-park' },
};

const r1 = (value: number) => Math.round(value * 10) / 10;

/**
 * SVG path data of a marker `size` units across, centred on [x, y], coordinates rounded to 0.1.
 * Shapes are scaled to look about equally heavy (a diamond and a triangle need more room than a square).
 */
export function glyph(shape: MarkerShape, [x, y]: [number, number], size: number): string {
  const h = size / 2;
  switch (shape) {
    case 'circle':
      return `M${r1(x - h)},${r1(y)}a${r1(h)},${r1(h)} 0 1,0 ${r1(size)},0a${r1(h)},${r1(h)} 0 1,0 ${r1(-size)},0Z`;
    case 'square': {
      const s = h * 0.9;
      return `M${r1(x - s)},${r1(y - s)}H${r1(x + s)}V${r1(y + s)}H${r1(x - s)}Z`;
    }
    case 'diamond': {
      const s = h * 1.2;
      return `M${r1(x)},${r1(y - s)}L${r1(x + s)},${r1(y)}L${r1(x)},${r1(y + s)}L${r1(x - s)},${r1(y)}Z`;
    }
    case 'triangle': {
      const s = h * 1.2;
      return `M${r1(x)},${r1(y - s)}L${r1(x + s)},${r1(y + s * 0.75)}L${r1(x - s)},${r1(y + s * 0.75)}Z`;
    }
  }
}

/** The box a marker glyph of `size` covers (generous enough for every shape). */
export function glyphBox([x, y]: [number, number], size: number): Box {
  const s = size * 0.6;
  return { x: x - s, y: y - s, width: 2 * s, height: 2 * s };
}

/** Markers at one point: their ids, in input order. */
export interface MarkerGroup<T> {
  at: [number, number];
  items: T[];
}

/**
 * Groups items whose projected points coincide (to 0.1 unit), keeping first-seen order, so two
 * facilities reported at the same town are set apart instead of overprinted.
 */
export function groupByPoint<T>(items: readonly T[], pointOf: (item: T) => [number, number]): MarkerGroup<T>[] {
  const groups = new Map<string, MarkerGroup<T>>();
  for (const item of items) {
    const [x, y] = pointOf(item);
    const key = `${r1(x)},${r1(y)}`;
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { at: [r1(x), r1(y)], items: [item] });
  }
  return [...groups.values()];
}

/** Centres for `count` markers of one group, one above the other `spacing` apart around `at` (so each can have its label beside it). */
export function spread(at: [number, number], count: number, spacing: number): [number, number][] {
  return Array.from({ length: count }, (_, index) => [at[0], r1(at[1] + (index - (count - 1) / 2) * spacing)]);
}
