import type {
  Claim, Cluster, Correction, County, Facility, GlossaryEntry, Indicator, Milestone, Plan, Project, Source, Zone,
} from './schemas';

/**
 * The validated data records a figure is drawn from, keyed by id: every collection but the figures
 * themselves (SiteData, ./types.ts, adds them), so that the figure kinds can read them without
 * depending on the list of kinds.
 */
export interface DataRecords {
  sources: Map<string, Source>;
  counties: Map<string, County>;
  zones: Map<string, Zone>;
  plans: Map<string, Plan>;
  clusters: Map<string, Cluster>;
  indicators: Map<string, Indicator>;
  projects: Map<string, Project>;
  facilities: Map<string, Facility>;
  milestones: Map<string, Milestone>;
  glossary: Map<string, GlossaryEntry>;
  claims: Map<string, Claim>;
  corrections: Map<string, Correction>;
}

export type RecordCollection = keyof DataRecords;

/**
 * Looks up a record by id, failing loudly (never an `undefined` on a page). Works on DataRecords
 * and on SiteData (whose `figures` it finds too).
 */
export function pick<D extends DataRecords, K extends keyof D & string>(data: D, collection: K, id: string): D[K] extends Map<string, infer V> ? V : never {
  const records = data[collection] as Map<string, unknown>;
  const record = records.get(id);
  if (record === undefined) {
    throw new Error(`unknown ${collection} id "${id}"; expected one of: ${[...records.keys()].join(', ')}`);
  }
  return record as D[K] extends Map<string, infer V> ? V : never;
}
