import type {
  Claim, Cluster, Correction, County, Facility, Figure, GlossaryEntry, Indicator, Milestone, Plan, Project, Source, Zone,
} from './schemas';

/** All validated data records, keyed by id, as the components receive them. */
export interface SiteData {
  sources: Map<string, Source>;
  counties: Map<string, County>;
  zones: Map<string, Zone>;
  plans: Map<string, Plan>;
  clusters: Map<string, Cluster>;
  indicators: Map<string, Indicator>;
  projects: Map<string, Project>;
  facilities: Map<string, Facility>;
  milestones: Map<string, Milestone>;
  figures: Map<string, Figure>;
  glossary: Map<string, GlossaryEntry>;
  claims: Map<string, Claim>;
  corrections: Map<string, Correction>;
}

export type CollectionName = keyof SiteData;

/** Looks up a record by id, failing loudly (never an `undefined` on a page). */
export function pick<K extends CollectionName>(data: SiteData, collection: K, id: string): SiteData[K] extends Map<string, infer V> ? V : never {
  const record = (data[collection] as Map<string, unknown>).get(id);
  if (record === undefined) {
    const known = [...(data[collection] as Map<string, unknown>).keys()].join(', ');
    throw new Error(`unknown ${collection} id "${id}"; expected one of: ${known}`);
  }
  return record as SiteData[K] extends Map<string, infer V> ? V : never;
}
