import { describe, expect, test } from 'vitest';
import {
  beside, labelBox, nudges, overlapArea, placeLabels, type LabelRequest,
} from '../../../src/lib/map/labels';

const BOUNDS = { x: 0, y: 0, width: 640, height: 520 };

describe('labelBox(width, height, at)', () => {
  test('anchors a box at its start, middle or end, vertically centred', () => {
    expect(labelBox(60, 20, { x: 100, y: 50, anchor: 'start' })).toEqual({ x: 100, y: 40, width: 60, height: 20 });
    expect(labelBox(60, 20, { x: 100, y: 50, anchor: 'middle' })).toEqual({ x: 70, y: 40, width: 60, height: 20 });
    expect(labelBox(60, 20, { x: 100, y: 50, anchor: 'end' })).toEqual({ x: 40, y: 40, width: 60, height: 20 });
  });
});

describe('overlapArea(a, b)', () => {
  test('is the shared area, and 0 for boxes that only touch', () => {
    expect(overlapArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(25);
    expect(overlapArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(0);
  });
});

describe('nudges(point, step, rings) and beside(box, gap, height)', () => {
  test('nudges start at the point, then move up and down before sideways', () => {
    const candidates = nudges([100, 100], 8, 2);
    expect(candidates).toHaveLength(1 + 2 * 8);
    expect(candidates.slice(0, 5).map((c) => [c.x, c.y])).toEqual([[100, 100], [100, 92], [100, 108], [92, 100], [108, 100]]);
    expect(candidates.every((c) => c.anchor === 'middle')).toBe(true);
  });

  test('beside offers right, left, below and above the marker', () => {
    const [right, left, below, above] = beside({ x: 90, y: 90, width: 20, height: 20 }, 4, 26);
    expect(right).toEqual({ x: 114, y: 100, anchor: 'start' });
    expect(left).toEqual({ x: 86, y: 100, anchor: 'end' });
    expect(below).toEqual({ x: 100, y: 127, anchor: 'middle' });
    expect(above).toEqual({ x: 100, y: 73, anchor: 'middle' });
  });
});

describe('placeLabels(requests, obstacles, bounds)', () => {
  const at = (id: string, x: number, y: number): LabelRequest => ({ id, width: 66, height: 26, candidates: nudges([x, y], 8, 3) });

  test('two labels at nearly the same point: the second is nudged clear of the first', () => {
    const [first, second] = placeLabels([at('a', 200, 200), at('b', 210, 205)], [], BOUNDS);
    expect(first).toMatchObject({ x: 200, y: 200, overlap: 0 });
    expect(second!.overlap).toBe(0);
    expect(overlapArea(first!.box, second!.box)).toBe(0);
    expect([second!.x, second!.y]).not.toEqual([210, 205]);
  });

  test('a label keeps clear of obstacles (markers)', () => {
    const marker = { x: 190, y: 190, width: 20, height: 20 };
    const [label] = placeLabels([at('a', 200, 200)], [marker], BOUNDS);
    expect(overlapArea(label!.box, marker)).toBe(0);
  });

  test('a label near the edge takes the side that stays inside the bounds', () => {
    const [label] = placeLabels([{ id: 'edge', width: 120, height: 26, candidates: beside({ x: 600, y: 100, width: 20, height: 20 }, 4, 26) }], [], BOUNDS);
    expect(label!.anchor).toBe('end');
    expect(label!.box.x).toBeGreaterThanOrEqual(0);
    expect(label!.box.x + label!.box.width).toBeLessThanOrEqual(640);
  });

  test('when nothing is clear it takes the least overlap, the earliest on a tie', () => {
    const wall = { x: 0, y: 0, width: 640, height: 520 };
    const [label] = placeLabels([{ id: 'x', width: 10, height: 10, candidates: [{ x: 5, y: 5, anchor: 'middle' }, { x: 100, y: 100, anchor: 'middle' }] }], [wall], BOUNDS);
    expect(label).toMatchObject({ x: 5, y: 5, overlap: 100 });
  });

  test('is deterministic', () => {
    const requests = [at('a', 200, 200), at('b', 205, 200), at('c', 200, 210)];
    expect(placeLabels(requests, [], BOUNDS)).toEqual(placeLabels(requests, [], BOUNDS));
  });

  test('a label without candidates is an error naming it', () => {
    expect(() => placeLabels([{ id: 'lost', width: 1, height: 1, candidates: [] }], [], BOUNDS)).toThrow(/"lost" has no candidate/);
  });
});
