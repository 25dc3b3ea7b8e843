import { geoDistance, geoPath } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { loadCounties } from '../../../src/lib/geo';
import { fitProjection, mapHeight, MAP_MARGIN, MAP_WIDTH } from '../../../src/lib/map/projection';
import { scaleBar } from '../../../src/lib/map/scale-bar';

const counties = loadCounties();

const MAP_HEIGHT = mapHeight(counties);

describe('mapHeight(shape, width, margin)', () => {
  test('is the height at which the shape fills the width, margins included', () => {
    const [[x0, y0], [x1, y1]] = geoPath(fitProjection(counties, MAP_WIDTH, 10_000)).bounds(counties);
    expect(MAP_HEIGHT).toBe(Math.ceil(((y1 - y0) / (x1 - x0)) * (MAP_WIDTH - 2 * MAP_MARGIN) + 2 * MAP_MARGIN));
    expect(mapHeight(counties, 2 * MAP_WIDTH)).toBeGreaterThan(2 * MAP_HEIGHT - 2 * MAP_MARGIN - 2);
  });
});

describe('fitProjection(shape, width, height, margin)', () => {
  const projection = fitProjection(counties);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(counties);

  test('fits the city inside the viewBox, margins kept', () => {
    expect(x0).toBeGreaterThanOrEqual(MAP_MARGIN - 0.01);
    expect(y0).toBeGreaterThanOrEqual(MAP_MARGIN - 0.01);
    expect(x1).toBeLessThanOrEqual(MAP_WIDTH - MAP_MARGIN + 0.01);
    expect(y1).toBeLessThanOrEqual(MAP_HEIGHT - MAP_MARGIN + 0.01);
  });

  test('by default fills the width, and the height it needs to within a unit', () => {
    expect(x0).toBeCloseTo(MAP_MARGIN, 1);
    expect(x1).toBeCloseTo(MAP_WIDTH - MAP_MARGIN, 1);
    expect(MAP_HEIGHT - MAP_MARGIN - y1).toBeLessThan(1);
    expect(y0 - MAP_MARGIN).toBeLessThan(1);
  });

  test('fills the limiting dimension and centres the other', () => {
    const wide = fitProjection(counties, 2 * MAP_WIDTH, MAP_HEIGHT);
    const [[a, b], [c, d]] = geoPath(wide).bounds(counties);
    expect(b).toBeCloseTo(MAP_MARGIN, 1);
    expect(d).toBeCloseTo(MAP_HEIGHT - MAP_MARGIN, 1);
    expect(a).toBeCloseTo(2 * MAP_WIDTH - c, 1);
  });

  test('every county lies inside the viewBox', () => {
    for (const feature of counties.features) {
      const [[a, b], [c, d]] = geoPath(projection).bounds(feature);
      expect([a, b].every((v) => v >= 0)).toBe(true);
      expect(c).toBeLessThanOrEqual(MAP_WIDTH);
      expect(d).toBeLessThanOrEqual(MAP_HEIGHT);
    }
  });

  test('refuses a viewBox smaller than its margins', () => {
    expect(() => fitProjection(counties, 20, 20, 10)).toThrow(/leaves no room/);
  });
});

describe('scaleBar(projection, longitude, latitude, maxWidth)', () => {
  const projection = fitProjection(counties);

  test('picks the longest nice distance that fits', () => {
    const bar = scaleBar(projection, 120.3, 30.65, 64);
    expect(bar.km).toBe(20);
    expect(bar.width).toBeLessThanOrEqual(64);
    expect(scaleBar(projection, 120.3, 30.65, 50).km).toBe(10);
  });

  test('its length is that distance on the ground, measured back through the projection', () => {
    const bar = scaleBar(projection, 120.3, 30.65, 64);
    const start = projection([120.3, 30.65])!;
    const end = projection.invert!([start[0] + bar.width, start[1]])!;
    const km = geoDistance([120.3, 30.65], end) * 6371.0088;
    expect(km).toBeCloseTo(20, 1);
  });

  test('fails when even 1 km is too long', () => {
    expect(() => scaleBar(projection, 120.3, 30.65, 1)).toThrow(/even 1 km/);
  });
});
