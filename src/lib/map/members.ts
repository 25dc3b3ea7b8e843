import type { Cluster } from '../data/schemas';
import type { CountyBase } from './base';

/** A Zhejiang prefecture-level city on a cross-city cluster's map. */
export interface MemberCity {
  /** Adcode, as in the topology ("330400"). */
  id: string;
  /** Full name from the topology: "嘉兴市". */
  name: string;
  /** The name as articles write it in lists: "嘉兴". */
  shortName: string;
  /** Whether the source lists it among the cluster's cities. */
  member: boolean;
}

const shorten = (name: string) => name.replace(/市$/, '');

/**
 * Every city of the base map (in topology order), marked by whether the cluster's `partners`
 * name it. A partner that is not a city of the map is an error naming the record and the field.
 */
export function memberCities(cluster: Cluster, base: CountyBase): MemberCity[] {
  const cities = [...base.features.values()].map((feature) => ({ id: feature.id, name: feature.properties.name, shortName: shorten(feature.properties.name) }));
  const known = new Set(cities.map((city) => city.shortName));
  const unknown = cluster.partners.filter((partner) => !known.has(shorten(partner)));
  if (cluster.partners.length === 0 || unknown.length > 0) {
    const found = cluster.partners.length === 0 ? 'none' : unknown.map((name) => `"${name}"`).join(', ');
    throw new Error(`clusters.yaml → ${cluster.id}: partners: expected Zhejiang prefecture-level cities (${[...known].join('、')}); got ${found}`);
  }
  const members = new Set(cluster.partners.map(shorten));
  return cities.map((city) => ({ ...city, member: members.has(city.shortName) }));
}
