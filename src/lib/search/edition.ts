/**
 * An edition's search, as its pages get it from the content layer: its published stories and
 * data set made into search records (./records.ts), its index (./index.ts) served as files by the
 * route of its pagefind/ folder. Both editions' routes and search pages call these with their
 * language, so nothing is written twice.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { langRoot, type Lang } from '../i18n/lang';
import { getSiteData } from '../site-data';
import { isPublished } from '../stories';
import { searchFiles, type EditionRecords } from './index';
import { searchRecords, type SearchRecord, type SearchStory } from './records';

/**
 * The stories an edition publishes: the Chinese published stories; the English stories published
 * whose Chinese story is published too (an English story always has one: src/lib/english-rules.ts).
 */
export async function editionStories(lang: Lang): Promise<SearchStory[]> {
  const chinese = await getCollection('stories', isPublished);
  if (lang === 'zh') return chinese;
  const published = new Set(chinese.map((story) => story.id));
  return (await getCollection('storiesEn', isPublished)).filter((story) => published.has(story.id));
}

/** An edition's search records, with the site's base path. */
export async function editionRecords(lang: Lang): Promise<SearchRecord[]> {
  return searchRecords(await editionStories(lang), await getSiteData(lang), import.meta.env.BASE_URL);
}

/** An edition's index input: its records and its root. */
const editionIndex = async (lang: Lang): Promise<EditionRecords> => ({ root: langRoot(lang, import.meta.env.BASE_URL), records: await editionRecords(lang) });

const TYPES: [RegExp, string][] = [[/\.js$/, 'text/javascript; charset=utf-8'], [/\.json$/, 'application/json'], [/\.wasm$|\.pagefind$/, 'application/wasm']];

/** The route of an edition's index files, <edition>/pagefind/<file>: its paths and its responses. */
export function searchFileRoute(lang: Lang): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const files = () => searchFiles(lang, editionIndex);
  return {
    getStaticPaths: async () => [...(await files()).keys()].map((file) => ({ params: { file } })),
    GET: async ({ params }) => {
      const body = (await files()).get(params.file!)!;
      const type = TYPES.find(([pattern]) => pattern.test(params.file!))?.[1] ?? 'application/octet-stream';
      return new Response(new Uint8Array(body), { headers: { 'Content-Type': type } });
    },
  };
}
