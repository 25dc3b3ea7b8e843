import { geoContains } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { jiaxingTopology } from '../../../src/lib/geo';
import { countyBase } from '../../../src/lib/map/base';

describe('countyBase(topology)', () => {
  const base = countyBase();

  test('one path per county, one borders path, one outline path, relative steps in whole half units, drawn under scale(0.5)', () => {
    expect([...base.shapes.keys()].sort()).toEqual(['330402', '330411', '330421', '330424', '330481', '330482', '330483']);
    for (const d of [...base.shapes.values(), base.borders, base.outline]) {
      expect(d).toMatch(/^m\d/);
      expect(d).not.toMatch(/[A-Z]/);
      expect(d).not.toMatch(/\.|NaN/);
    }
    expect(base.geometryScale).toBe(0.5);
  });

  test('is computed once per topology', () => {
    expect(countyBase(jiaxingTopology)).toBe(base);
  });

  test('the scale bar sits in the bottom-right corner, inside the viewBox and off the land', () => {
    const { x, y, width, km } = base.scale;
    expect(km).toBe(20);
    expect(x + width).toBeLessThanOrEqual(base.width);
    expect(y).toBeLessThanOrEqual(base.height);
    for (const point of [[x, y], [x + width / 2, y], [x + width, y], [x, y - 30], [x + width, y - 30]] as [number, number][]) {
      const position = base.projection.invert!(point)!;
      expect([...base.features.values()].some((feature) => geoContains(feature, position))).toBe(false);
    }
  });
});
