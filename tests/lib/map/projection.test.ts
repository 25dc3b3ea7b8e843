import { geoDistance, geoPath } from 'd3';
import { describe, expect, test } from 'vitest';
import { loadCounties } from '../../../src/lib/geo';
import { fitProjection, MAP_HEIGHT, MAP_MARGIN, MAP_WIDTH } from '../../../src/lib/map/projection';
import { scaleBar } from '../../../src/lib/map/scale-bar';

const counties = loadCounties();

describe('fitProjection(shape, width, height, margin)', () => {
  const projection = fitProjection(counties);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(counties);

  test('fits the city inside the viewBox, margins kept', () => {
    expect(x0).toBeGreaterThanOrEqual(MAP_MARGIN - 0.01);
    expect(y0).toBeGreaterThanOrEqual(MAP_MARGIN - 0.01);
    expect(x1).toBeLessThanOrEqual(MAP_WIDTH - MAP_MARGIN + 0.01);
    expect(y1).toBeLessThanOrEqual(MAP_HEIGHT - MAP_MARGIN + 0.01);
  });

  test('fills the limiting dimension (here the height) and centres the other', () => {
    expect(y0).toBeCloseTo(MAP_MARGIN, 1);
    expect(y1).toBeCloseTo(MAP_HEIGHT - MAP_MARGIN, 1);
    expect(x0).toBeCloseTo(MAP_WIDTH - x1, 1);
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
    const bar = scaleBar(projection, 120.3, 30.65, 130);
    expect(bar.km).toBe(20);
    expect(bar.width).toBeLessThanOrEqual(130);
    expect(scaleBar(projection, 120.3, 30.65, 100).km).toBe(10);
  });

  test('its length is that distance on the ground, measured back through the projection', () => {
    const bar = scaleBar(projection, 120.3, 30.65, 130);
    const start = projection([120.3, 30.65])!;
    const end = projection.invert!([start[0] + bar.width, start[1]])!;
    const km = geoDistance([120.3, 30.65], end) * 6371.0088;
    expect(km).toBeCloseTo(20, 1);
  });

  test('fails when even 1 km is too long', () => {
    expect(() => scaleBar(projection, 120.3, 30.65, 1)).toThrow(/even 1 km/);
  });
});
