import { geoMercator, type GeoPermissibleObjects, type GeoProjection } from 'd3';

/** Width of every county map's viewBox, in SVG user units. */
export const MAP_WIDTH = 640;
/** Height of every county map's viewBox. Jiaxing is about 1.1 times as wide as it is tall. */
export const MAP_HEIGHT = 520;
/** Space kept clear between the city's outline and the edge of the viewBox. */
export const MAP_MARGIN = 10;

/**
 * A Mercator projection fitted to `shape` inside the viewBox (minus the margin). Why Mercator
 * rather than geoIdentity().reflectY(true): plotting degrees as if they were square stretches the
 * city east–west by 1/cos(30.6°) ≈ 1.16, while Mercator is conformal, so the counties keep the
 * shapes readers know from web maps and the zone and facility points ([lon, lat]) land where they
 * should. Over Jiaxing's 0.77° of latitude its scale varies by under 1%.
 */
export function fitProjection(
  shape: GeoPermissibleObjects,
  width = MAP_WIDTH,
  height = MAP_HEIGHT,
  margin = MAP_MARGIN,
): GeoProjection {
  if (!(width > 2 * margin && height > 2 * margin)) {
    throw new Error(`fitProjection: a ${width}×${height} viewBox leaves no room inside a ${margin} margin`);
  }
  return geoMercator().fitExtent([[margin, margin], [width - margin, height - margin]], shape);
}
