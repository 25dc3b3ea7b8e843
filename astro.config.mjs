// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import figureDownloads from './src/integrations/figure-downloads.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryTerms } from './src/lib/glossary-terms.ts';
import { SITEMAP_I18N, sitemapFilter } from './src/lib/sitemap.ts';
import { CSP_DIRECTIVES } from './src/lib/csp.ts';

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
  // Embeds, previews of scheduled stories and old addresses of renamed ones stay out of the sitemap;
  // each page is listed with its counterpart in the other edition (src/lib/sitemap.ts).
  integrations: [mdx(), sitemap({ filter: sitemapFilter(site, base), i18n: SITEMAP_I18N }), figureDownloads()],
  // Styles inlined into every page (Astro hashes them into the CSP): no page waits for a
  // render-blocking style sheet. (Embed pages inline their own: src/layouts/EmbedLayout.astro.)
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Stories have no code blocks; Shiki's inline styles would also break the CSP.
  // The glossary plugin links the first <Term> of each entry in a story (src/lib/glossary-terms.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [glossaryTerms] }) },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks each MDX story with a "use astro:head-inject" directive that the bundler
        // reports once per story (harmless: Astro handles it). Silenced so real warnings show.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // A Content-Security-Policy <meta> on every page: Astro hashes the scripts and styles it emits,
  // so no inline script or style runs unless it is hashed (the directives: src/lib/csp.ts). Embed
  // pages write theirs themselves (src/layouts/EmbedLayout.astro). public/_headers repeats it for hosts.
  security: {
    csp: { directives: [...CSP_DIRECTIVES] },
  },
});
