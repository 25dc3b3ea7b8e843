import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topo from '../../content/geo/jiaxing-counties.topo.json';
import zhejiang from '../../content/geo/zhejiang-cities.topo.json';

/** Properties kept on each county: its Chinese name (e.g. "南湖区"). */
export interface CountyProperties {
  name: string;
}

/**
 * A topology with one object of areas whose geometries carry adcode ids: `counties` ("330402")
 * in Jiaxing's file, `cities` ("330400") in Zhejiang's. Every function here reads its only object.
 */
export type AreaTopology = Topology<Record<string, GeometryCollection<CountyProperties>>>;
export type CountyTopology = Topology<{ counties: GeometryCollection<CountyProperties> }>;
export type CityTopology = Topology<{ cities: GeometryCollection<CountyProperties> }>;

/** One county-level division as GeoJSON; `id` is its six-digit adcode as a string. */
export type CountyFeature = Feature<Polygon | MultiPolygon, CountyProperties> & { id: string };

/** The counties as a GeoJSON FeatureCollection. */
export type CountyCollection = FeatureCollection<Polygon | MultiPolygon, CountyProperties> & {
  features: CountyFeature[];
};

/** Jiaxing's seven county-level divisions, simplified for display (see content/geo/README.md). */
export const jiaxingTopology = topo as unknown as CountyTopology;

/** Zhejiang's eleven prefecture-level cities, simplified for display (see content/geo/README.md). */
export const zhejiangTopology = zhejiang as unknown as CityTopology;

/** The one object of a topology (a file with several is an error, not a guess). */
function areasOf(topology: AreaTopology): GeometryCollection<CountyProperties> {
  const objects = Object.values(topology.objects) as GeometryCollection<CountyProperties>[];
  if (objects.length !== 1) throw new Error(`expected a topology with one object, got ${Object.keys(topology.objects).join(', ')}`);
  return objects[0]!;
}

/** The areas of a topology as GeoJSON features, ids as adcode strings. */
export function loadCounties(topology: AreaTopology = jiaxingTopology): CountyCollection {
  const collection = feature(topology, areasOf(topology));
  const features = collection.features.map((f) => ({ ...f, id: String(f.id) }) as CountyFeature);
  return { type: 'FeatureCollection', features };
}

/** Borders between two different counties, each drawn once (no outer edge). */
export function countyBorders(topology: AreaTopology = jiaxingTopology): MultiLineString {
  return mesh(topology, areasOf(topology), (a, b) => a !== b);
}

/** The outer edge of the whole city: arcs that belong to a single county. */
export function outline(topology: AreaTopology = jiaxingTopology): MultiLineString {
  return mesh(topology, areasOf(topology), (a, b) => a === b);
}
