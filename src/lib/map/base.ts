import { geoBounds, geoPath, type GeoPath, type GeoProjection } from 'd3';
import { countyBorders, jiaxingTopology, loadCounties, outline, type CountyFeature, type CountyTopology } from '../geo';
import { fitProjection, MAP_HEIGHT, MAP_MARGIN, MAP_WIDTH } from './projection';
import { scaleBar, type ScaleBar } from './scale-bar';

/** What every county map shares: the projected counties, one borders path, one outline path, a scale bar. */
export interface CountyBase {
  width: number;
  height: number;
  projection: GeoProjection;
  path: GeoPath;
  features: Map<string, CountyFeature>;
  /** Path data of every county's `d`, by adcode. */
  shapes: Map<string, string>;
  /** Internal borders, each drawn once. */
  borders: string;
  /** The city's outer edge. */
  outline: string;
  /** Scale bar measured at the map's middle latitude, anchored bottom right. */
  scale: ScaleBar & { x: number; y: number };
}

const cache = new WeakMap<CountyTopology, CountyBase>();
const SCALE_MAX_WIDTH = 130;

/** The county base map of a topology (Jiaxing's by default), computed once per topology. */
export function countyBase(topology: CountyTopology = jiaxingTopology): CountyBase {
  const cached = cache.get(topology);
  if (cached) return cached;
  const counties = loadCounties(topology);
  const features: CountyFeature[] = counties.features;
  const projection = fitProjection(counties);
  const path = geoPath(projection).digits(1);
  const draw = (shape: Parameters<GeoPath>[0], what: string) => {
    const d = path(shape);
    if (!d) throw new Error(`countyBase: ${what} has no path data (empty geometry?)`);
    return d;
  };
  const [[west, south], [, north]] = geoBounds(counties);
  const bar = scaleBar(projection, west, (south + north) / 2, SCALE_MAX_WIDTH);
  const base: CountyBase = {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    projection,
    path,
    features: new Map(features.map((feature) => [feature.id, feature])),
    shapes: new Map(features.map((feature) => [feature.id, draw(feature, `county ${feature.id}`)])),
    borders: draw(countyBorders(topology), 'the internal borders mesh'),
    outline: draw(outline(topology), 'the outline'),
    scale: { ...bar, x: MAP_WIDTH - MAP_MARGIN - bar.width, y: MAP_HEIGHT - MAP_MARGIN },
  };
  cache.set(topology, base);
  return base;
}
