/** Every reader page leaves the renderer with only the CSS and CSP hashes it uses (src/lib/reader/page-css.ts). */
import { defineMiddleware } from 'astro:middleware';
import { slimPage } from './lib/reader/page-css';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').includes('text/html') || context.url.pathname.includes('/embed/')) return response;
  return new Response(await slimPage(await response.text()), { status: response.status, statusText: response.statusText, headers: response.headers });
});
