/**
 * Every page as it is rendered (at build time: the site is static): its display text kept whole
 * by the line-breaking rule (src/lib/keep-whole.ts). Other responses pass through.
 */
import { defineMiddleware } from 'astro:middleware';
import { keepUnitsWhole } from './lib/keep-whole';
import { getSiteData } from './lib/site-data';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  // The data's names join the rule when the data is first read (src/lib/site-data.ts).
  await getSiteData();
  return new Response(keepUnitsWhole(await response.text()), { status: response.status, statusText: response.statusText, headers: response.headers });
});
