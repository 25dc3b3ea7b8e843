/**
 * The search index's files, /pagefind/<file>: Pagefind's script, WebAssembly, index and
 * fragments (src/lib/search/index.ts), made from content as the build renders.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getSiteData } from '../../lib/site-data';
import { isPublished } from '../../lib/stories';
import { searchFiles } from '../../lib/search';
import { searchRecords } from '../../lib/search/records';

const files = () => searchFiles(async () => searchRecords(await getCollection('stories', isPublished), await getSiteData(), import.meta.env.BASE_URL));

export const getStaticPaths: GetStaticPaths = async () => [...(await files()).keys()].map((file) => ({ params: { file } }));

const TYPES: [RegExp, string][] = [[/\.js$/, 'text/javascript; charset=utf-8'], [/\.json$/, 'application/json'], [/\.wasm$|\.pagefind$/, 'application/wasm']];

export const GET: APIRoute = async ({ params }) => {
  const body = (await files()).get(params.file!)!;
  const type = TYPES.find(([pattern]) => pattern.test(params.file!))?.[1] ?? 'application/octet-stream';
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': type } });
};
