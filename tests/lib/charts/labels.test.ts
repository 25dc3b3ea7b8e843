import { describe, expect, test } from 'vitest';
import { dodge, type LabelSpan } from '../../../src/lib/charts/labels';

/** [start, end] of each placed label. */
function boxes(labels: LabelSpan[], xs: number[]) {
  const shift = { start: 0, middle: 0.5, end: 1 };
  return labels.map((label, i) => {
    const start = xs[i]! - label.width * shift[label.anchor ?? 'middle'];
    return [start, start + label.width] as const;
  });
}

function expectNoOverlap(labels: LabelSpan[], xs: number[], gap = 0) {
  const placed = boxes(labels, xs).sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < placed.length; i++) expect(placed[i]![0]).toBeGreaterThanOrEqual(placed[i - 1]![1] + gap - 1e-9);
}

describe('dodge(labels, options)', () => {
  test('leaves labels that do not meet where they are', () => {
    const labels = [{ x: 10, width: 10 }, { x: 50, width: 10 }, { x: 90, width: 10, anchor: 'end' as const }];
    expect(dodge(labels, { min: 0, max: 100, gap: 2 })).toEqual([10, 50, 90]);
  });

  test('two labels at the same place move apart evenly around it', () => {
    const labels = [{ x: 50, width: 20 }, { x: 50, width: 20 }];
    const xs = dodge(labels, { gap: 4 });
    expect(xs).toEqual([38, 62]);
    expectNoOverlap(labels, xs, 4);
  });

  test('close labels (2021 and 2025 values a few units apart) are pushed apart, order kept', () => {
    const labels = [{ x: 100, width: 24 }, { x: 110, width: 30 }, { x: 112, width: 18 }];
    const xs = dodge(labels, { min: 0, max: 300, gap: 6 });
    expectNoOverlap(labels, xs, 6);
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
  });

  test('the block stays within the bounds, clamped to the edge', () => {
    const labels: LabelSpan[] = [{ x: 322 / 355 * 360, width: 37, anchor: 'end' }, { x: 360, width: 37, anchor: 'end' }];
    const xs = dodge(labels, { min: 0, max: 360, gap: 8 });
    expect(xs[1]).toBe(360);
    expect(xs[0]).toBeCloseTo(360 - 37 - 8, 6);
    for (const [start, end] of boxes(labels, xs)) {
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(360);
    }
  });

  test('returns positions in input order whatever the order of x', () => {
    const labels = [{ x: 80, width: 10, anchor: 'start' as const }, { x: 10, width: 10, anchor: 'start' as const }];
    expect(dodge(labels)).toEqual([80, 10]);
  });

  test('a cascade of overlaps resolves into one block without overlap', () => {
    const labels = Array.from({ length: 8 }, (_, i) => ({ x: 100 + i * 3, width: 15 }));
    const xs = dodge(labels, { min: 0, max: 400, gap: 2 });
    expectNoOverlap(labels, xs, 2);
    const placed = boxes(labels, xs);
    // the block is centred on where the labels want to be
    expect((placed[0]![0] + placed[7]![1]) / 2).toBeCloseTo((100 + 121) / 2, 6);
  });

  test('labels that cannot fit throw instead of overlapping', () => {
    expect(() => dodge([{ x: 5, width: 8 }, { x: 6, width: 8 }], { min: 0, max: 15, gap: 0 })).toThrow(/need 16 units but only 15/);
  });

  test('a non-finite position throws', () => {
    expect(() => dodge([{ x: Number.NaN, width: 8 }])).toThrow(/finite/);
  });
});
