/**
 * Astro integration, registered in astro.config.mjs. Before the build (and the dev server) it
 * writes src/styles/tokens.css from the theme tokens in src/lib/theme.ts, so a palette edit there
 * reaches the pages as well as the downloads. After the build it fills in the download sizes on
 * the pages: the SVG, PNG and CSV files themselves are routes (src/pages/downloads/), made from the
 * figures' models by the page's own components, so pages are rendered before their sizes exist.
 * It also makes each embed page (/embed/<id>/) one request: scripts inlined, unused CSS and CSP
 * hashes dropped (src/lib/embed/lean-page.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fillDownloadSizes, sizePlaceholders } from '../lib/download/sizes';
import { themeCss } from '../lib/theme';
import { leanPage } from '../lib/embed/lean-page';
import { readPath } from '../lib/reading-path';

/** Where the generated tokens live, from the project root. */
export const TOKENS_CSS = 'src/styles/tokens.css';

/** Writes tokens.css from the theme when it differs; returns whether it wrote. */
export function writeTokensCss(root: string): boolean {
  const file = join(root, TOKENS_CSS);
  const css = themeCss();
  if (existsSync(file) && readFileSync(file, 'utf8') === css) return false;
  writeFileSync(file, css);
  return true;
}

/** All HTML files under a folder (dot-folders such as Astro's .prerender/ skipped). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(path) : entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Makes every embed page (dist/embed/) one request: the script files it loads from this site
 * inlined, only the CSS rules it can use, only its own hashes in its CSP (src/lib/embed/lean-page.ts).
 */
export function leanEmbedPages(dist: string, base: string): number {
  const dir = join(dist, 'embed');
  if (!existsSync(dir)) return 0;
  const files = htmlFiles(dir);
  const readScript = (src: string) => {
    const path = src.startsWith(base) ? join(dist, src.slice(base.length)) : '';
    return path && existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
  for (const file of files) writeFileSync(file, leanPage(readFileSync(file, 'utf8'), readScript));
  return files.length;
}

/** Fills the download-size placeholders on every built page from the files in dist/. */
export function fillSizesInPages(dist: string, base: string): number {
  let filled = 0;
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    if (sizePlaceholders(html).length === 0) continue;
    const page = relative(dist, file).split(sep).join('/');
    writeFileSync(file, fillDownloadSizes(html, (url) => {
      if (!url.startsWith(base)) return undefined;
      const target = join(dist, url.slice(base.length));
      return existsSync(target) ? statSync(target).size : undefined;
    }, page));
    filled += 1;
  }
  return filled;
}

/** The integration: theme tokens before, lean embed pages and download sizes after `astro build`. */
export default function figureDownloads(): AstroIntegration {
  let base = '/';
  return {
    name: 'figure-downloads',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        // Pages read content/reading-path.yaml as they render, where Astro prints an error three
        // times: a mistake in the file itself (YAML, no "start:" list) stops the build here, once.
        readPath(fileURLToPath(config.root));
        if (writeTokensCss(fileURLToPath(config.root))) logger.info(`${TOKENS_CSS} written from src/lib/theme.ts`);
      },
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('figure downloads: astro.config.mjs needs `site` (the absolute URL printed on images and in embed codes)');
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const lean = leanEmbedPages(dist, base);
        logger.info(`${lean} embed pages made one request each`);
        const pages = fillSizesInPages(dist, base);
        logger.info(`download sizes filled in on ${pages} pages`);
      },
    },
  };
}
