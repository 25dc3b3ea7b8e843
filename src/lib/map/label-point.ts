import { geoContains, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { ringsDistance, ringsOf, type Point } from './geometry';

/**
 * Where a county's name goes: its centroid when that lies inside the county, otherwise the inside
 * point farthest from any edge (searched on a `steps`×`steps` grid, so the result is
 * deterministic). Coordinates are projected SVG units, rounded to 0.1.
 */
export function labelPoint(feature: Feature<Polygon | MultiPolygon>, projection: GeoProjection, steps = 40): Point {
  const inside = (point: Point) => {
    const position = projection.invert?.(point);
    return position ? geoContains(feature, position) : false;
  };
  const round = (point: Point): Point => [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10];
  const path = geoPath(projection);
  const centroid = path.centroid(feature) as Point;
  if (centroid.every(Number.isFinite) && inside(centroid)) return round(centroid);

  const rings = ringsOf(feature, (position) => {
    const point = projection(position);
    if (!point) throw new Error(`labelPoint: the projection cannot place ${position.join(', ')}`);
    return point;
  });
  const [[x0, y0], [x1, y1]] = path.bounds(feature);
  const step = Math.max(x1 - x0, y1 - y0) / steps;
  let best: Point | undefined;
  let bestDistance = -1;
  for (let y = y0 + step / 2; y < y1; y += step) {
    for (let x = x0 + step / 2; x < x1; x += step) {
      const point: Point = [x, y];
      if (!inside(point)) continue;
      const distance = ringsDistance(point, rings);
      if (distance > bestDistance) {
        bestDistance = distance;
        best = point;
      }
    }
  }
  if (!best) throw new Error(`labelPoint: feature ${String(feature.id ?? '(no id)')} has no inside point at this scale`);
  return round(best);
}
