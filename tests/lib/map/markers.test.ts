import { describe, expect, test } from 'vitest';
import { FACILITY_KINDS, glyph, glyphBox, groupByPoint, spread } from '../../../src/lib/map/markers';

describe('glyph(shape, at, size)', () => {
  test('draws four distinct closed shapes centred on the point, coordinates at most 1 decimal', () => {
    const shapes = (['circle', 'square', 'diamond', 'triangle'] as const).map((shape) => glyph(shape, [100.04, 50.06], 18));
    expect(new Set(shapes).size).toBe(4);
    for (const d of shapes) {
      expect(d).toMatch(/^M[\d.,]+.*Z$/);
      expect(d).not.toMatch(/\d\.\d\d/);
      expect(d).not.toMatch(/NaN|undefined/);
    }
    expect(glyph('square', [100, 50], 20)).toBe('M91,41H109V59H91Z');
    expect(glyph('circle', [100, 50], 18)).toBe('M91,50a9,9 0 1,0 18,0a9,9 0 1,0 -18,0Z');
  });

  test('glyphBox covers the glyph', () => {
    expect(glyphBox([100, 50], 20)).toEqual({ x: 88, y: 38, width: 24, height: 24 });
  });
});

describe('FACILITY_KINDS', () => {
  test('gives every facility kind its own shape, class and label', () => {
    const kinds = Object.values(FACILITY_KINDS);
    expect(new Set(kinds.map((k) => k.shape)).size).toBe(kinds.length);
    expect(new Set(kinds.map((k) => k.className)).size).toBe(kinds.length);
    expect(kinds.map((k) => k.label)).toEqual(['超算中心', '智算中心', '产业园']);
  });
});

describe('groupByPoint(items, pointOf) and spread(at, count, spacing)', () => {
  test('items at the same point (to 0.1) form one group, in first-seen order', () => {
    const items = [{ id: 'a', p: [10, 10] }, { id: 'b', p: [30, 10] }, { id: 'c', p: [10.02, 9.98] }] as const;
    const groups = groupByPoint(items, (item) => [item.p[0], item.p[1]]);
    expect(groups.map((g) => g.items.map((i) => i.id))).toEqual([['a', 'c'], ['b']]);
    expect(groups[0]!.at).toEqual([10, 10]);
  });

  test('stacks a group one above the other around its point', () => {
    expect(spread([100, 50], 1, 22)).toEqual([[100, 50]]);
    expect(spread([100, 50], 2, 22)).toEqual([[100, 39], [100, 61]]);
    expect(spread([100, 50], 3, 22)).toEqual([[100, 28], [100, 50], [100, 72]]);
  });
});
