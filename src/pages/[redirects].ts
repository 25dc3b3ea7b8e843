/**
 * dist/_redirects, for hosts that read it (Cloudflare Pages, Netlify): a 301 from each old story
 * address (frontmatter `formerSlugs`) to the story. Elsewhere the page at the old address
 * (src/layouts/MovedLayout.astro) does the same in the browser. (A file named _redirects.ts would
 * not be a route: Astro skips files starting with "_", hence the parameter.)
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { formerAddresses, hasPage, redirectsFile } from '../lib/stories';

export function getStaticPaths() {
  return [{ params: { redirects: '_redirects' } }];
}

export const GET: APIRoute = async () => {
  const text = redirectsFile(formerAddresses(await getCollection('stories', hasPage)), import.meta.env.BASE_URL);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
