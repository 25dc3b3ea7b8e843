import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topo from '../../content/geo/jiaxing-counties.topo.json';

/** Properties kept on each county: its Chinese name (e.g. "南湖区"). */
export interface CountyProperties {
  name: string;
}

/** A topology with one object, `counties`, whose geometries carry adcode ids ("330402"). */
export type CountyTopology = Topology<{ counties: GeometryCollection<CountyProperties> }>;

/** One county-level division as GeoJSON; `id` is its six-digit adcode as a string. */
export type CountyFeature = Feature<Polygon | MultiPolygon, CountyProperties> & { id: string };

/** The counties as a GeoJSON FeatureCollection. */
export type CountyCollection = FeatureCollection<Polygon | MultiPolygon, CountyProperties> & {
  features: CountyFeature[];
};

/** Jiaxing's seven county-level divisions, simplified for display (see content/geo/README.md). */
export const jiaxingTopology = topo as unknown as CountyTopology;

/** The counties of a topology as GeoJSON features, ids as adcode strings. */
export function loadCounties(topology: CountyTopology = jiaxingTopology): CountyCollection {
  const collection = feature(topology, topology.objects.counties);
  const features = collection.features.map((f) => ({ ...f, id: String(f.id) }) as CountyFeature);
  return { type: 'FeatureCollection', features };
}

/** Borders between two different counties, each drawn once (no outer edge). */
export function countyBorders(topology: CountyTopology = jiaxingTopology): MultiLineString {
  return mesh(topology, topology.objects.counties, (a, b) => a !== b);
}

/** The outer edge of the whole city: arcs that belong to a single county. */
export function outline(topology: CountyTopology = jiaxingTopology): MultiLineString {
  return mesh(topology, topology.objects.counties, (a, b) => a === b);
}
