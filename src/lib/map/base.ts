import { geoBounds, geoMercator, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import { countyBorders, jiaxingTopology, loadCounties, outline, zhejiangTopology, type AreaTopology, type CountyFeature } from '../geo';
import type { Segment } from './labels';
import { relativePath } from './path-data';
import { fitProjection, mapHeight, MAP_MARGIN, MAP_WIDE_SCALE, MAP_WIDTH } from './projection';
import { scaleBar, type ScaleBar } from './scale-bar';

/** What every county map shares: the projected counties, one borders path, one outline path, a scale bar. */
export interface CountyBase {
  width: number;
  height: number;
  projection: GeoProjection;
  path: GeoPath;
  features: Map<string, CountyFeature>;
  /** Path data of every county's `d`, by adcode (relative steps: see path-data.ts). */
  shapes: Map<string, string>;
  /** Internal borders, each drawn once. */
  borders: string;
  /** The city's outer edge. */
  outline: string;
  /** The borders and the outer edge as projected segments, for keeping labels off them. */
  lines: Segment[];
  /** The outer edge alone, as projected segments. */
  edge: Segment[];
  /** Scale bar measured at the map's middle latitude, anchored bottom right. */
  scale: ScaleBar & { x: number; y: number };
  /** How much `shapes`, `borders` and `outline` are scaled when drawn: 1/2 in Jiaxing's base (half-unit path data), 1 in its wide base (wideBase()) and the province's. */
  geometryScale: number;
}

const cache = new WeakMap<AreaTopology, Map<number, CountyBase>>();
const SCALE_MAX_WIDTH = 64;

/** The segments of projected lines. */
function segments(lines: MultiLineString, projection: GeoProjection): Segment[] {
  return lines.coordinates.flatMap((line) => {
    const points = line.map((position) => projection(position as [number, number])!);
    return points.slice(1).map((point, index): Segment => [points[index]!, point]);
  });
}

/** `projection` drawn `k` times larger (the same Mercator, scale and translation times k). */
function scaled(projection: GeoProjection, k: number): GeoProjection {
  const [tx, ty] = projection.translate();
  return geoMercator().scale(projection.scale() * k).translate([tx * k, ty * k]);
}

/**
 * The base map of a topology's areas (Jiaxing's counties by default), computed once per topology
 * and precision. `units`: path units per viewBox unit, the shapes written in whole path units and
 * drawn under scale(1/units) (`geometryScale`). Jiaxing's are written in half units
 * (MAP_WIDE_SCALE: whole pixels of the 620-unit wide drawing, which draws them unscaled): whole
 * numbers take fewer bytes than one decimal, and the steps, a pixel or more, compress better. The
 * province's are in whole units (1), which keeps a detailed map within its byte budget.
 */
export function countyBase(topology: AreaTopology = jiaxingTopology, units: number = MAP_WIDE_SCALE): CountyBase {
  const cached = cache.get(topology)?.get(units);
  if (cached) return cached;
  const counties = loadCounties(topology);
  const features: CountyFeature[] = counties.features;
  const height = mapHeight(counties);
  const projection = fitProjection(counties, MAP_WIDTH, height);
  const path = geoPath(projection).digits(1);
  const shapePath = geoPath(scaled(projection, units)).digits(0);
  const draw = (shape: Parameters<GeoPath>[0], what: string) => {
    const d = shapePath(shape);
    if (!d) throw new Error(`countyBase: ${what} has no path data (empty geometry?)`);
    return relativePath(d, 0);
  };
  const [[west, south], [, north]] = geoBounds(counties);
  const bar = scaleBar(projection, west, (south + north) / 2, SCALE_MAX_WIDTH);
  const borders = countyBorders(topology);
  const edge = outline(topology);
  const base: CountyBase = {
    width: MAP_WIDTH,
    height,
    projection,
    path,
    features: new Map(features.map((feature) => [feature.id, feature])),
    shapes: new Map(features.map((feature) => [feature.id, draw(feature, `county ${feature.id}`)])),
    borders: draw(borders, 'the internal borders mesh'),
    outline: draw(edge, 'the outline'),
    lines: [...segments(borders, projection), ...segments(edge, projection)],
    edge: segments(edge, projection),
    scale: { ...bar, x: MAP_WIDTH - MAP_MARGIN - bar.width, y: height - MAP_MARGIN },
    geometryScale: 1 / units,
  };
  cache.set(topology, (cache.get(topology) ?? new Map()).set(units, base));
  return base;
}

const wideCache = new WeakMap<CountyBase, CountyBase>();

/**
 * `base` MAP_WIDE_SCALE times larger, for a single map's wide drawing: projection, segments and
 * scale bar in the larger units; the path data kept as it is (drawn MAP_WIDE_SCALE times larger,
 * so a page with both drawings repeats the same strings, which gzip stores once).
 */
export function wideBase(base: CountyBase): CountyBase {
  const cached = wideCache.get(base);
  if (cached) return cached;
  const k = MAP_WIDE_SCALE;
  const projection = scaled(base.projection, k);
  const grow = (segments: Segment[]) => segments.map(([[x0, y0], [x1, y1]]): Segment => [[x0 * k, y0 * k], [x1 * k, y1 * k]]);
  const [width, height] = [base.width * k, base.height * k];
  const [[west, south], [, north]] = geoBounds({ type: 'FeatureCollection', features: [...base.features.values()] });
  const bar = scaleBar(projection, west, (south + north) / 2, SCALE_MAX_WIDTH * k);
  const wide: CountyBase = {
    ...base,
    width,
    height,
    projection,
    path: geoPath(projection).digits(1),
    lines: grow(base.lines),
    edge: grow(base.edge),
    scale: { ...bar, x: width - MAP_MARGIN - bar.width, y: height - MAP_MARGIN },
    geometryScale: base.geometryScale * k,
  };
  wideCache.set(base, wide);
  return wide;
}

/** The base map of Zhejiang's prefecture-level cities, for cross-city clusters (whole-unit coordinates). */
export function cityBase(): CountyBase {
  return countyBase(zhejiangTopology, 1);
}
