import { geoContains, geoPath } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { loadCounties } from '../../../src/lib/geo';
import { labelPoint } from '../../../src/lib/map/label-point';
import { fitProjection } from '../../../src/lib/map/projection';

describe('labelPoint(feature, projection)', () => {
  const counties = loadCounties();
  const projection = fitProjection(counties);

  test.each(counties.features.map((f) => [f.properties.name, f] as const))('%s: its centroid, which lies inside it', (_name, feature) => {
    const point = labelPoint(feature, projection);
    const [cx, cy] = geoPath(projection).centroid(feature);
    expect(point[0]).toBeCloseTo(cx, 1);
    expect(point[1]).toBeCloseTo(cy, 1);
    expect(geoContains(feature, projection.invert!(point)!)).toBe(true);
  });

  test('a U-shaped area, whose centroid falls in the gap, gets an inside point instead', () => {
    // A "U" open to the north, 0.3° wide, wound clockwise as d3-geo expects.
    const u: Feature<Polygon> = {
      type: 'Feature', id: 'u', properties: {},
      geometry: { type: 'Polygon', coordinates: [[
        [120, 30], [120, 30.3], [120.05, 30.3], [120.05, 30.05], [120.25, 30.05], [120.25, 30.3], [120.3, 30.3], [120.3, 30], [120, 30],
      ]] },
    };
    const uProjection = fitProjection(u);
    const centroid = geoPath(uProjection).centroid(u);
    expect(geoContains(u, uProjection.invert!(centroid)!)).toBe(false);
    const point = labelPoint(u, uProjection);
    expect(geoContains(u, uProjection.invert!(point)!)).toBe(true);
    expect(point.every((v) => Math.round(v * 10) / 10 === v)).toBe(true);
  });
});
