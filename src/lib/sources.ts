import type { Source } from './data/schemas';

/**
 * A source as cited under a figure or at the end of a story: 嘉兴日报《标题》（2024年末）; a
 * government document whose title already names its issuer is cited by its title alone.
 */
export function citeSource(source: Source): string {
  if (source.kind === 'government-document') {
    const issuer = source.headline.startsWith(source.publication) ? '' : `${source.publication}：`;
    return `${issuer}${source.headline}（${source.date.label}）`;
  }
  return `${source.publication}《${source.headline}》（${source.date.label}）`;
}

/** Sorts sources newest first by year, then month and day where known. */
export function bySourceDate(a: Source, b: Source): number {
  const key = (s: Source) => s.date.year * 10000 + (s.date.month ?? 0) * 100 + (s.date.day ?? 0);
  return key(b) - key(a);
}
