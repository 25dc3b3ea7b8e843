import type { Figure } from '../figures/schemas';
import type { Lang } from '../i18n/lang';
import type { DataRecords } from './records';

export { pick } from './records';
export type { DataRecords } from './records';

/**
 * All validated data records, keyed by id, as the pages receive them: the records and the
 * figures drawn from them, in one language. The English data (getSiteData('en')) has every text
 * field in English (src/lib/i18n/localize.ts) and keeps the records as stored in `stored`, which
 * the English number formatter needs (a stored unit carries the magnitude, 亿元: ../i18n/numbers.ts).
 */
export interface SiteData extends DataRecords {
  figures: Map<string, Figure>;
  /** The language of its text; Chinese where not given. */
  lang?: Lang;
  /** English data only: the records as stored, with their `en:` blocks. */
  stored?: DataRecords;
}

/** The language of a data set's text (figure kinds receive the SiteData typed as DataRecords). */
export const langOf = (data: DataRecords | { lang?: Lang }): Lang => (data as { lang?: Lang }).lang ?? 'zh';

/** The records as stored (Chinese units with their magnitude, the ids data files name): the data itself when Chinese. */
export const storedOf = (data: DataRecords): DataRecords => (data as SiteData).stored ?? data;

export type CollectionName = Exclude<keyof SiteData, 'lang' | 'stored'>;
