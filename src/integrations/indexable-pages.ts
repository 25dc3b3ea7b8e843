/**
 * Astro integration, registered in astro.config.mjs next to the sitemap: a page that asks search
 * engines not to index it (<meta name="robots" content="noindex">: a scheduled story's preview, a
 * renamed story's old address, an embed page) stays out of sitemap-0.xml. The sitemap's filter
 * sees only a page's URL; this integration knows where the build wrote the page and reads it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Whether a page's HTML asks not to be indexed. */
export function isNoindex(html: string): boolean {
  return /<meta\b(?=[^>]*\bname=["']?robots["'\s>])(?=[^>]*\bcontent=["'][^"']*\bnoindex\b)[^>]*>/i.test(html);
}

/** The built file of a page URL (…/stories/x/ → <outDir>/stories/x/index.html), under the base path. */
export function builtFile(url: string, outDir: string, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  let path = decodeURIComponent(new URL(url).pathname);
  path = path.startsWith(root) ? path.slice(root.length) : path.replace(/^\//, '');
  return path === '' || path.endsWith('/') ? join(outDir, path, 'index.html') : join(outDir, path);
}

/** The integration, and the filter to give the sitemap: `sitemap({ filter: pages.indexable })`. */
export function indexablePages(): { integration: AstroIntegration; indexable: (url: string) => boolean } {
  let outDir = '';
  let base = '/';
  return {
    integration: {
      name: 'indexable-pages',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
          base = config.base;
        },
      },
    },
    indexable: (url) => {
      const file = outDir ? builtFile(url, outDir, base) : '';
      return !(file && existsSync(file) && isNoindex(readFileSync(file, 'utf8')));
    },
  };
}
