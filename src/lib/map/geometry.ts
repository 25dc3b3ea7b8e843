import type { Feature, MultiPolygon, Polygon } from 'geojson';

export type Point = [number, number];

/** Distance from p to the segment a–b, in the units of the coordinates. */
export function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Distance from p to the nearest edge of any ring. */
export function ringsDistance(p: Point, rings: readonly Point[][]): number {
  let distance = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i += 1) distance = Math.min(distance, segmentDistance(p, ring[i - 1] as Point, ring[i] as Point));
  }
  return distance;
}

/** Every ring (outer and holes) of a polygon feature, each point mapped through `map`. */
export function ringsOf(feature: Feature<Polygon | MultiPolygon>, map: (position: Point) => Point): Point[][] {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  return polygons.flat().map((ring) => ring.map((position) => map([position[0] as number, position[1] as number])));
}
