import { geoIdentity, geoMercator, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { relativePath } from '../../../src/lib/map/path-data';
import { countyBase } from '../../../src/lib/map/base';

type Point = [number, number];

/** The subpaths of absolute path data (M, L, Z), as lists of points. */
function absolutePoints(d: string): Point[][] {
  const rings: Point[][] = [];
  for (const part of d.split('M').filter(Boolean)) {
    const numbers = part.replace(/Z/g, '').split(/L|,/).map(Number);
    const ring: Point[] = [];
    for (let i = 0; i < numbers.length; i += 2) ring.push([numbers[i]!, numbers[i + 1]!]);
    rings.push(ring);
  }
  return rings;
}

/** The subpaths of relative path data (m with implied lines, z), resolved to absolute points. */
function relativePoints(d: string): Point[][] {
  const rings: Point[][] = [];
  let current: Point = [0, 0];
  let start: Point = [0, 0];
  const tokens = d.match(/[mz]|-?(?:\d*\.\d+|\d+)/g) ?? [];
  let pair: number[] = [];
  for (const token of tokens) {
    if (token === 'z') {
      current = start;
      continue;
    }
    if (token === 'm') {
      rings.push([]);
      pair = [];
      continue;
    }
    pair.push(Number(token));
    if (pair.length < 2) continue;
    const point: Point = [current[0] + pair[0]!, current[1] + pair[1]!];
    if (rings.at(-1)!.length === 0) start = point;
    rings.at(-1)!.push(point);
    current = point;
    pair = [];
  }
  return rings;
}

const close = (rings: Point[][]) => rings.map((ring) => ring.map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]));

describe('relativePath', () => {
  it('writes each point relative to the last, lineto implied, a minus sign as its own separator', () => {
    expect(relativePath('M194.4,154.2L194.1,153.8L191.7,153.8L190.2,152.8Z', 1)).toBe('m194.4,154.2-.3-.4-2.4,0-1.5-1z');
  });

  it('moves to a later subpath from the start of the closed one, as SVG does after z', () => {
    expect(relativePath('M10,10L20,10L20,20ZM30,30L31,30Z', 0)).toBe('m10,10,10,0,0,10zm20,20,1,0z');
  });

  it('keeps open lines (a borders mesh) open', () => {
    expect(relativePath('M0,0L1.5,0M3,3L3,4.5', 1)).toBe('m0,0,1.5,0m1.5,3,0,1.5');
  });

  it('draws exactly the points d3 rounded, with no drift along a long ring', () => {
    const base = countyBase();
    // Half units (countyBase): the projection drawn twice as large, rounded to whole units.
    const [tx, ty] = base.projection.translate();
    const path = geoPath(geoMercator().scale(base.projection.scale() * 2).translate([tx * 2, ty * 2])).digits(0);
    for (const [id, feature] of base.features) {
      const absolute = path(feature)!;
      expect(close(relativePoints(base.shapes.get(id)!)), id).toEqual(close(absolutePoints(absolute)));
      expect(base.shapes.get(id)!.length, id).toBeLessThan(absolute.length * 0.8);
    }
  });

  it('works for whole-unit coordinates, such as the province map', () => {
    const ring = { type: 'Polygon' as const, coordinates: [[[0, 0], [120, 0], [120, -35], [0, 0]]] };
    const d = geoPath(geoIdentity()).digits(0)(ring)!;
    expect(relativePoints(relativePath(d, 0))).toEqual(absolutePoints(d));
  });

  it('refuses path data it was not written for (arcs, curves), naming the start of the path', () => {
    expect(() => relativePath('M0,0A5,5,0,1,1,10,0Z', 1)).toThrow(/only M, L and Z.*M0,0A5/);
    expect(() => relativePath('M0,0L5', 1)).toThrow(/without its pair/);
  });
});
