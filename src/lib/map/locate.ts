import { geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { ringsDistance, ringsOf, type Point } from './geometry';

const KM_PER_DEGREE = 111.195;

/**
 * How far a [lon, lat] point lies outside a county, in km (0 inside). Measured on a local flat
 * approximation, which is accurate to well under 1% over a county-sized area.
 */
export function kmOutside(point: Point, feature: Feature<Polygon | MultiPolygon>): number {
  if (geoContains(feature, point)) return 0;
  const cos = Math.cos((point[1] * Math.PI) / 180);
  const local = ([lon, lat]: Point): Point => [(lon - point[0]) * cos * KM_PER_DEGREE, (lat - point[1]) * KM_PER_DEGREE];
  return ringsDistance([0, 0], ringsOf(feature, local));
}

/**
 * Checks that a marker's point lies in (one of) the counties its record names, allowing
 * `toleranceKm` for approximate town-centre points and simplified borders. A point farther out
 * (swapped coordinates, a wrong county) is an error naming the record.
 */
export function assertInCounties(
  what: string,
  point: Point,
  counties: readonly { id: string; feature: Feature<Polygon | MultiPolygon> }[],
  toleranceKm = 2,
): void {
  const distances = counties.map(({ feature }) => kmOutside(point, feature));
  if (Math.min(...distances) <= toleranceKm) return;
  const detail = counties.map(({ id }, index) => `${(distances[index] as number).toFixed(1)} km outside ${id}`).join(', ');
  throw new Error(`${what}: point [${point.join(', ')}] is ${detail} (allowed: ${toleranceKm} km)`);
}
