import { geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/**
 * Width of every map's viewBox, in SVG user units. maps.css shows a map between 288 px (a 320 px
 * phone) and 332 px wide (its max-width), so one unit is about one pixel and 13-unit text stays
 * 12–14 px at every screen width.
 */
export const MAP_WIDTH = 310;
/**
 * How much larger a single map's wide drawing is (620 units): shown up to 620 px wide in a
 * desktop column (maps.css, from 40rem), so its 13-unit text stays 13 px there. Its county
 * shapes are the narrow drawing's own path data (half units, drawn there under scale(0.5)), which gzip stores once.
 */
export const MAP_WIDE_SCALE = 2;
/** Space kept clear between the mapped area's outline and the edge of the viewBox. */
export const MAP_MARGIN = 6;

/** The viewBox height that fits `shape` at `width` units wide (Jiaxing's county map: 252). */
export function mapHeight(shape: GeoPermissibleObjects, width = MAP_WIDTH, margin = MAP_MARGIN): number {
  const [[x0, y0], [x1, y1]] = geoPath(geoMercator().fitWidth(width - 2 * margin, shape)).bounds(shape);
  return Math.ceil(((y1 - y0) / (x1 - x0)) * (width - 2 * margin) + 2 * margin);
}

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
  height = mapHeight(shape, width),
  margin = MAP_MARGIN,
): GeoProjection {
  if (!(width > 2 * margin && height > 2 * margin)) {
    throw new Error(`fitProjection: a ${width}×${height} viewBox leaves no room inside a ${margin} margin`);
  }
  return geoMercator().fitExtent([[margin, margin], [width - margin, height - margin]], shape);
}
