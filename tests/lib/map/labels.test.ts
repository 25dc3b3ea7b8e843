import { describe, expect, test } from 'vitest';
import {
  around, beside, farther, LABEL_GAP, labelBox, nearestOnBox, nudges, overlapArea, placeLabels, segmentHitsBox, type LabelRequest, type Segment,
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

describe('overlapArea(a, b) with rounding', () => {
  test('boxes that touch after floating-point sums do not overlap', () => {
    const a = { x: 217.70000000000002, y: 107.1, width: 17.2, height: 17.2 };
    expect(overlapArea(a, { x: a.x + a.width, y: 100.1, width: 52, height: 31.2 })).toBe(0);
  });
});

describe('segmentHitsBox(segment, box)', () => {
  const box = { x: 10, y: 10, width: 20, height: 10 };
  test.each<[string, Segment, boolean]>([
    ['crossing it', [[0, 15], [40, 15]], true],
    ['inside it', [[12, 12], [14, 14]], true],
    ['entering through a corner', [[5, 5], [12, 12]], true],
    ['passing above', [[0, 5], [40, 5]], false],
    ['pointing at it but stopping short', [[0, 15], [9, 15]], false],
    ['passing a corner diagonally', [[25, 0], [35, 11]], false],
  ])('a segment %s: %s', (_name, segment, hit) => {
    expect(segmentHitsBox(segment, box)).toBe(hit);
  });
});

describe('around(marker, height, reaches), farther(from, bounds, step, reach) and nearestOnBox(p, box)', () => {
  const marker = { x: 90, y: 90, width: 20, height: 20 };
  test('around starts beside the marker without a leader, then every farther place has one', () => {
    const candidates = around(marker, 16, [10, 20]);
    expect(candidates.slice(0, 4)).toEqual(beside(marker, 0, 16));
    expect(candidates.slice(4).every((c) => c.leader === true)).toBe(true);
    expect(candidates).toHaveLength(4 + 2 * 8);
    expect(candidates[4]).toEqual({ x: 120, y: 100, anchor: 'start', leader: true });
  });

  test('farther lists grid points within reach, nearest first, each with a leader', () => {
    const candidates = farther([50, 50], { x: 0, y: 0, width: 100, height: 100 }, 10, 15);
    expect(candidates[0]).toEqual({ x: 50, y: 50, anchor: 'middle', leader: true });
    const distances = candidates.map((c) => Math.hypot(c.x - 50, c.y - 50));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(15);
  });

  test('nearestOnBox clamps a point onto the box', () => {
    expect(nearestOnBox([0, 100], marker)).toEqual([90, 100]);
    expect(nearestOnBox([200, 0], marker)).toEqual([110, 90]);
    expect(nearestOnBox([100, 100], marker)).toEqual([100, 100]);
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

  test('placed labels keep LABEL_GAP units of air between them', () => {
    const far = (id: string): LabelRequest => ({ id, width: 66, height: 26, candidates: nudges([200, 200], 2, 20) });
    const [first, second] = placeLabels([far('a'), far('b')], [], BOUNDS);
    expect(second!.overlap).toBe(0);
    const gap = Math.max(second!.box.y - (first!.box.y + first!.box.height), first!.box.y - (second!.box.y + second!.box.height),
      second!.box.x - (first!.box.x + first!.box.width), first!.box.x - (second!.box.x + second!.box.width));
    expect(gap).toBeGreaterThanOrEqual(LABEL_GAP - 1e-9);
  });

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

  test('a label takes the first candidate off every line, marked as not crossing', () => {
    const border: Segment = [[220, 0], [220, 520]];
    const [label] = placeLabels([at('a', 200, 200)], [], BOUNDS, [border]);
    expect(segmentHitsBox(border, labelBox(66, 26, { x: 200, y: 200, anchor: 'middle' }))).toBe(true);
    expect(segmentHitsBox(border, label!.box)).toBe(false);
    expect(label).toMatchObject({ overlap: 0, crossing: false });
  });

  test('crossing a line is better than overlapping a label, and sticking out worse than both', () => {
    const border: Segment = [[0, 100], [640, 100]];
    const other = { x: 0, y: 110, width: 640, height: 40 };
    const request: LabelRequest = { id: 'x', width: 20, height: 10, candidates: [{ x: 50, y: 120, anchor: 'middle' }, { x: 50, y: 100, anchor: 'middle' }, { x: 50, y: 0, anchor: 'middle' }] };
    expect(placeLabels([request], [other], BOUNDS, [border])[0]).toMatchObject({ y: 100, crossing: true, overlap: 0 });
  });

  test('a leader that would run through another label or marker counts as an overlap', () => {
    const from: [number, number] = [100, 100];
    const own = { x: 95, y: 95, width: 10, height: 10 };
    const blocker = { x: 140, y: 95, width: 10, height: 10 };
    const request: LabelRequest = {
      id: 'x', width: 20, height: 10, from,
      candidates: [{ x: 170, y: 100, anchor: 'middle', leader: true }, { x: 100, y: 160, anchor: 'middle', leader: true }],
    };
    expect(placeLabels([request], [own, blocker], BOUNDS)[0]).toMatchObject({ x: 100, y: 160, overlap: 0 });
  });

  test('is deterministic', () => {
    const requests = [at('a', 200, 200), at('b', 205, 200), at('c', 200, 210)];
    expect(placeLabels(requests, [], BOUNDS)).toEqual(placeLabels(requests, [], BOUNDS));
  });

  test('a label without candidates is an error naming it', () => {
    expect(() => placeLabels([{ id: 'lost', width: 1, height: 1, candidates: [] }], [], BOUNDS)).toThrow(/"lost" has no candidate/);
  });
});

describe('placeLabels: more places and other shapes', () => {
  const blocker = { x: 90, y: 90, width: 40, height: 40 };
  test('`more` is asked for only when none of the candidates is clear, and a clear one of its is taken', () => {
    let asked = 0;
    const more = () => { asked += 1; return [{ x: 300, y: 300, anchor: 'middle' as const }]; };
    const [blocked] = placeLabels([{ id: 'a', width: 20, height: 10, candidates: [{ x: 110, y: 110, anchor: 'middle' }], more }], [blocker], BOUNDS);
    expect([blocked!.x, blocked!.y, blocked!.overlap, asked]).toEqual([300, 300, 0, 1]);
    const [clear] = placeLabels([{ id: 'b', width: 20, height: 10, candidates: [{ x: 200, y: 200, anchor: 'middle' }], more }], [blocker], BOUNDS);
    expect([clear!.x, asked]).toEqual([200, 1]);
  });

  test('a candidate with its own shape is measured with that shape\'s size, and says which shape it is', () => {
    // Wide, the label would reach the blocker from (60, 110); its narrower shape fits there.
    const shape = { index: 1, width: 20, height: 30 };
    const [label] = placeLabels([{ id: 'a', width: 70, height: 10, candidates: [{ x: 60, y: 110, anchor: 'middle' }, { x: 60, y: 110, anchor: 'middle', shape }] }], [blocker], BOUNDS);
    expect(label!.shape).toEqual(shape);
    expect(label!.box).toEqual({ x: 50, y: 95, width: 20, height: 30 });
  });
});
