// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import figureDownloads from './src/integrations/figure-downloads.ts';

/**
 * The site's public URL, set in one place. Deployments under another domain or
 * base path override it with SITE_URL (and BASE_PATH), e.g.
 *   SITE_URL=https://news.example.com BASE_PATH=/jiaxing/ npm run build
 */
const site = process.env.SITE_URL ?? 'https://jiaxing-clusters.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/embed/') }), figureDownloads()],
  // CSS inlined into every page (about 4 KB gzip): no render-blocking stylesheet request before
  // the first paint, which matters most on a first visit from a chat app. Astro hashes the inline
  // <style> for the CSP below.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Stories have no code blocks; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page: Astro hashes the scripts and styles it emits,
  // so no inline script or style runs unless it is hashed. public/_headers repeats it for hosts.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
