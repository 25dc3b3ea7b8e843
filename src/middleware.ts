/**
 * Every page as it is rendered (at build time: the site is static) learns its edition from its
 * path (locals.lang: /en/… is English, src/lib/i18n/lang.ts), then passes two steps, in order:
 * 1. its display text kept whole by the line-breaking rule (src/lib/keep-whole.ts);
 * 2. a reader page (not an embed) leaves with only the CSS and CSP hashes it uses
 *    (src/lib/reader/page-css.ts), so the purge sees the spans step 1 added.
 * Other responses pass through.
 */
import { defineMiddleware, sequence } from 'astro:middleware';
import { keepUnitsWhole } from './lib/keep-whole';
import { slimPage } from './lib/reader/page-css';
import { getSiteData } from './lib/site-data';
import { langOfPath } from './lib/i18n/lang';

const isHtml = (response: Response) => (response.headers.get('content-type') ?? '').startsWith('text/html');
const rewrite = (response: Response, html: string) => new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });

const slim = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!isHtml(response) || context.url.pathname.includes('/embed/')) return response;
  return rewrite(response, await slimPage(await response.text()));
});

const keepWhole = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!isHtml(response)) return response;
  // The data's names join the rule when the data is first read (src/lib/site-data.ts).
  await getSiteData();
  return rewrite(response, keepUnitsWhole(await response.text()));
});

const edition = defineMiddleware((context, next) => {
  context.locals.lang = langOfPath(context.url.pathname, import.meta.env.BASE_URL);
  return next();
});

// sequence(a, b): b's response comes back through a, so keepWhole runs first, then slim.
export const onRequest = sequence(edition, slim, keepWhole);
