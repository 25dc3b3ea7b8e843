import type { Cluster } from '../data/schemas';
import type { CountyBase } from './base';
import type { MapWords } from './words';

/** A Zhejiang prefecture-level city on a cross-city cluster's map. */
export interface MemberCity {
  /** Adcode, as in the topology ("330400"). */
  id: string;
  /** Full name in the map's language (wording maps.city<adcode>): "嘉兴市", "Jiaxing". */
  name: string;
  /** The name as lists write it: "嘉兴", "Jiaxing". */
  shortName: string;
  /** Whether the source lists it among the cluster's cities. */
  member: boolean;
}

const shorten = (name: string) => name.replace(/市$/, '');

/** A city's name in `words`' language, from the wording (maps.city<adcode>); a city the wording lacks is an error. */
export function cityName(id: string, words: MapWords): string {
  const name = (words.maps as Record<string, string>)[`city${id}`];
  if (name === undefined) throw new Error(`Zhejiang city ${id}: the wording group maps has no city${id} (content/wording.yaml, content/wording.en.yaml)`);
  return name;
}

/**
 * Every city of the base map (in topology order), marked by whether the cluster's `partners`
 * name it, with names in `words`' language. Membership is read from the cluster as stored
 * (`stored`, whose partners are the Chinese short names the data file gives, matched with the
 * topology's names), so English data finds the same members. A partner that is not a city of the
 * map is an error naming the record and the field.
 */
export function memberCities(cluster: Cluster, base: CountyBase, words: MapWords, stored: Cluster = cluster): MemberCity[] {
  const cities = [...base.features.values()].map((feature) => ({ id: feature.id, key: shorten(feature.properties.name) }));
  const known = new Set(cities.map((city) => city.key));
  const unknown = stored.partners.filter((partner) => !known.has(shorten(partner)));
  if (stored.partners.length === 0 || unknown.length > 0) {
    const found = stored.partners.length === 0 ? 'none' : unknown.map((name) => `"${name}"`).join(', ');
    throw new Error(`clusters.yaml → ${cluster.id}: partners: expected Zhejiang prefecture-level cities (${[...known].join('、')}); got ${found}`);
  }
  const members = new Set(stored.partners.map(shorten));
  return cities.map(({ id, key }) => {
    const name = cityName(id, words);
    return { id, name, shortName: words.lang === 'zh' ? shorten(name) : name, member: members.has(key) };
  });
}
