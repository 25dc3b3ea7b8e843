import type { Source } from './data/schemas';

/** A source as cited under a figure or at the end of a story: 嘉兴日报《标题》（2024年末）. */
export function citeSource(source: Source): string {
  const headline = source.kind === 'government-document' ? source.headline : `《${source.headline}》`;
  return `${source.publication}${headline.startsWith('《') ? '' : '：'}${headline}（${source.date.label}）`;
}

/** Sorts sources newest first by year, then month and day where known. */
export function bySourceDate(a: Source, b: Source): number {
  const key = (s: Source) => s.date.year * 10000 + (s.date.month ?? 0) * 100 + (s.date.day ?? 0);
  return key(b) - key(a);
}
