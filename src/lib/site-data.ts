import { getCollection, type CollectionKey } from 'astro:content';
import type { SiteData } from './data/types';
import { checkReferences } from './data/references';
import { withGeneratedFigures } from './figures/registry';
import { englishData } from './english-data';
import type { Lang } from './i18n/lang';
import { publishedFigures } from './figures';
import { keepWhole, namesOf } from './linebreak';
import { DataFileError } from './data/files';
import { sceneOf } from './figures/scene';
import { leadDrawingProblems } from './story-refs';
import { ENGLISH_STORIES } from './english-rules';

/**
 * The English stories' lead figures must draw a map or chart, as the Chinese story page checks
 * for its own (src/layouts/StoryLayout.astro): checked once per build, on the English data.
 */
function checkEnglishLeads(data: SiteData, stories: Parameters<typeof leadDrawingProblems>[0]): void {
  const panels = (id: string) => {
    const figure = data.figures.get(id);
    return figure === undefined ? undefined : sceneOf(figure, data).panels.length;
  };
  const problems = leadDrawingProblems(stories, panels, ENGLISH_STORIES);
  if (problems.length > 0) throw new DataFileError(problems.join('\n'));
}

async function byId<K extends CollectionKey>(collection: K) {
  const entries = await getCollection(collection);
  return new Map(entries.map((entry) => [entry.id, entry.data]));
}

let cached: Promise<SiteData> | undefined;
let cachedEnglish: Promise<SiteData> | undefined;

/**
 * Every validated data collection, from Astro's content layer, keyed by id (figures: with the
 * generated place figures), in one language. The first call also checks that every id a record
 * or a story's frontmatter names exists, and that no target precedes its plan
 * (src/lib/data/references.ts): the content layer validates each record alone, so this is where
 * the files meet. A problem stops the build at its first page, with every problem in one
 * message; the dev server shows it on each page until the file is fixed.
 *
 * getSiteData('en') is the same records in English (src/lib/i18n/localize.ts: each record's
 * `en:` block over its text), the place figures generated from the English records, and the
 * records as stored in `stored` for the English number formatter (src/lib/i18n/numbers.ts).
 */
export function getSiteData(lang: Lang = 'zh'): Promise<SiteData> {
  cached ??= (async () => {
    const data = {
      sources: await byId('sources'), counties: await byId('counties'), zones: await byId('zones'),
      plans: await byId('plans'), clusters: await byId('clusters'), indicators: await byId('indicators'),
      projects: await byId('projects'), facilities: await byId('facilities'),
      milestones: await byId('milestones'), figures: await byId('figures'),
      glossary: await byId('glossary'), claims: await byId('claims'), corrections: await byId('corrections'),
    } as SiteData;
    const english = await getCollection('storiesEn');
    checkReferences(data, [...(await getCollection('stories')), ...english]);
    const withGenerated = withGeneratedFigures(data);
    keepWhole(namesOf(data));
    return withGenerated;
  })();
  if (lang === 'zh') return cached;
  cachedEnglish ??= (async () => {
    const data = englishData(await cached!);
    checkEnglishLeads(data, await getCollection('storiesEn'));
    return data;
  })();
  return cachedEnglish;
}

/** getStaticPaths of the per-figure routes (downloads, oEmbed): one page per published figure id (no drafts). */
export async function figurePaths(): Promise<{ params: { id: string } }[]> {
  return publishedFigures((await getSiteData()).figures.values()).map(({ id }) => ({ params: { id } }));
}
