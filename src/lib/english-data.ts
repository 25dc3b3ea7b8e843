/**
 * The English data (the edition at /en/) from the Chinese: every record's text fields in English
 * (its `en:` block laid over: ./i18n/localize.ts), the figures of figures.yaml localized, the place
 * figures generated again from the English records by their kinds, and the records as stored in
 * `stored`, which the English number formatter reads (./i18n/numbers.ts). Numbers, ids and dates are
 * the same objects' values: nothing is copied per language by hand.
 */
import type { DataRecords } from './data/records';
import type { SiteData } from './data/types';
import { generatedFigures, withGeneratedFigures } from './figures/registry';
import { localize, localizeAll, type Translatable } from './i18n/localize';

/** The record collections (all but the figures). */
export const RECORD_COLLECTIONS = ['sources', 'counties', 'zones', 'plans', 'clusters', 'indicators', 'projects', 'facilities', 'milestones', 'glossary', 'claims', 'corrections'] as const;

/** `chinese` (with its generated figures) in English. */
export function englishData(chinese: SiteData): SiteData {
  const generated = new Set(generatedFigures(chinese).map((figure) => figure.id));
  const stored = Object.fromEntries(RECORD_COLLECTIONS.map((name) => [name, chinese[name]])) as unknown as DataRecords;
  const records = Object.fromEntries(RECORD_COLLECTIONS.map((name) => [name, localizeAll(chinese[name] as Map<string, Translatable>, 'en')])) as unknown as DataRecords;
  const own = new Map([...chinese.figures].filter(([id]) => !generated.has(id)).map(([id, figure]) => [id, localize(figure, 'en')]));
  return withGeneratedFigures({ ...records, figures: own, lang: 'en', stored } as SiteData);
}
