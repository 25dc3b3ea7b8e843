import type { Figure } from '../figures/registry';
import type { DataRecords } from './records';

export { pick } from './records';
export type { DataRecords } from './records';

/** All validated data records, keyed by id, as the pages receive them: the records and the figures drawn from them. */
export interface SiteData extends DataRecords {
  figures: Map<string, Figure>;
}

export type CollectionName = keyof SiteData;
