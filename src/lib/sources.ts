import type { Source } from './data/schemas';
import { MARK } from './inferred';
import type { Lang } from './i18n/lang';

/**
 * Every place that prints a source's date goes through this file, so a date inferred from a
 * text (not printed on it) never reads as a printed one: it always carries the inference mark.
 */

/** The date as printed: "2026年下半年*" (inferred: the mark of src/lib/inferred.ts) or "2022年7月23日". */
export function dateText(source: Source): string {
  const { label } = source.date;
  return source.dateBasis.kind === 'inferred' ? `${label}${MARK}` : label;
}

/** Publication and date, as a table's source column prints it: 嘉兴当地晚报（2026年下半年*）. */
export function sourceWithDate(source: Source): string {
  return `${source.publication}（${dateText(source)}）`;
}

/** The publication without its bracketed description: 平湖本地报纸. */
export const shortPublication = (source: Source): string => source.publication.replace(/（.*?）/g, '');

/**
 * A source as cited under a figure or at the end of a story: 嘉兴本地报纸头版《标题》（2024年末*）;
 * a government document whose title already names its issuer is cited by its title alone.
 */
export function citeSource(source: Source, lang: Lang = 'zh'): string {
  if (lang === 'en') return citeSourceEn(source);
  if (source.kind === 'government-document') {
    const issuer = source.headline.startsWith(source.publication) ? '' : `${source.publication}：`;
    return `${issuer}${source.headline}（${dateText(source)}）`;
  }
  return `${source.publication}《${source.headline}》（${dateText(source)}）`;
}

/** Sorts sources newest first by year, then month and day where known. */
export function bySourceDate(a: Source, b: Source): number {
  const key = (s: Source) => s.date.year * 10000 + (s.date.month ?? 0) * 100 + (s.date.day ?? 0);
  return key(b) - key(a);
}

/**
 * A source cited in English, from its localized record: Jiaxing Daily, "Headline" (autumn 2025*);
 * a government document by its issuer and title: Jiaxing Municipal Government, Title (July 2022).
 */
function citeSourceEn(source: Source): string {
  if (source.kind === 'government-document') {
    const issuer = source.headline.startsWith(source.publication) ? '' : `${source.publication}, `;
    return `${issuer}${source.headline} (${dateText(source)})`;
  }
  return `${source.publication}, “${source.headline}” (${dateText(source)})`;
}
