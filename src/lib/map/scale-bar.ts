import type { GeoProjection } from 'd3-geo';

/** Mean Earth radius in km (IUGG), as d3-geo's spherical measures assume a sphere. */
const EARTH_RADIUS_KM = 6371.0088;
const NICE_KM = [1, 2, 5, 10, 20, 50, 100, 200, 500] as const;

/** A scale bar: how many km it stands for and how long it is in SVG units. */
export interface ScaleBar {
  km: number;
  width: number;
}

/**
 * The longest "nice" distance (1, 2, 5, 10, 20, 50 … km) whose bar fits in `maxWidth` SVG units,
 * measured east–west along the parallel `latitude` with the map's own projection. On a Mercator
 * map the scale grows with latitude, so pass the latitude of the middle of the map.
 */
export function scaleBar(projection: GeoProjection, longitude: number, latitude: number, maxWidth: number): ScaleBar {
  const unitsPerKm = (km: number) => {
    const degrees = (km / (EARTH_RADIUS_KM * Math.cos((latitude * Math.PI) / 180))) * (180 / Math.PI);
    const a = projection([longitude, latitude]);
    const b = projection([longitude + degrees, latitude]);
    if (!a || !b) throw new Error(`scaleBar: the projection cannot place ${longitude}, ${latitude}`);
    return Math.hypot(b[0] - a[0], b[1] - a[1]);
  };
  const fits = NICE_KM.filter((km) => unitsPerKm(km) <= maxWidth);
  const km = fits.at(-1);
  if (km === undefined) throw new Error(`scaleBar: even ${NICE_KM[0]} km is wider than ${maxWidth} units on this projection`);
  return { km, width: Math.round(unitsPerKm(km) * 10) / 10 };
}
