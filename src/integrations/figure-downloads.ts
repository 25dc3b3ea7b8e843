/**
 * Astro integration: after the build, makes each embed page (/embed/<id>/) one request (scripts
 * inlined, unused CSS and CSP hashes dropped), writes every figure's standalone SVG and PNG into
 * dist/downloads/ (the CSV comes from src/pages/downloads/[id].csv.ts), made from the figure's
 * built embed page so the download is exactly what the page draws, and its oEmbed response into
 * dist/oembed/, then fills in the download sizes on the pages. Registered in astro.config.mjs.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteDataFromFiles } from '../lib/data/from-files';
import { figureTable } from '../lib/figures';
import { figureSvg } from '../lib/download/figure-svg';
import { innerElement, openTagsAt } from '../lib/download/graphic';
import { notoSubsetFiles, renderPng } from '../lib/download/png';
import { fillDownloadSizes, sizePlaceholders } from '../lib/download/sizes';
import { fallbackHeight, siteRoot } from '../lib/embed/snippet';
import { oembedResponse } from '../lib/embed/oembed';
import { leanPage } from '../lib/embed/lean-page';
import { citedSources, sourceLine } from '../lib/download/texts';
import { SITE_NAME } from '../lib/site';
import { figureUrls } from '../lib/urls';

/** Every style sheet a built page uses: linked files (read from dist/) and inline <style> blocks. */
export function pageCss(html: string, dist: string, base: string, page: string): string {
  const head = html.slice(0, html.indexOf('</head>') + 1 || html.length);
  const linked = [...head.matchAll(/<link\b[^>]*>/g)]
    .map((tag) => tag[0])
    .filter((tag) => /\brel="?stylesheet"?/.test(tag))
    .map((tag) => {
      const href = tag.match(/\bhref="([^"]+)"/)?.[1];
      if (!href || !href.startsWith(base)) throw new Error(`${page}: cannot read the style sheet ${href ?? '(no href)'} from dist/`);
      return readFileSync(join(dist, href.slice(base.length)), 'utf8');
    });
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
  return [...linked, ...inline].join('\n');
}

/** All HTML files under a folder (dot-folders such as Astro's .prerender/ skipped). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(path) : entry.name.endsWith('.html') ? [path] : [];
  });
}

export interface DownloadReport {
  id: string;
  svgBytes: number;
  png: { width: number; height: number; bytes: number };
}

/**
 * Writes dist/downloads/<id>.svg and .png for every figure, and its oEmbed response
 * dist/oembed/<id>.json (which needs the PNG's size); returns what it wrote.
 */
export function writeFigureDownloads(dist: string, site: string, base: string, root = process.cwd()): DownloadReport[] {
  const data = siteDataFromFiles(root);
  const rootUrl = siteRoot(site, base);
  const out = join(dist, 'downloads');
  mkdirSync(out, { recursive: true });
  const svgs = [...data.figures.values()].map((figure) => {
    const page = `dist/embed/${figure.id}/index.html`;
    const file = join(dist, 'embed', figure.id, 'index.html');
    if (!existsSync(file)) throw new Error(`figure downloads: ${page} is missing, so "${figure.id}" has nothing to download`);
    const html = readFileSync(file, 'utf8');
    const box = html.search(/<div\b[^>]*\bdata-figure-graphic\b/);
    if (box === -1) throw new Error(`figure downloads: ${page} has no [data-figure-graphic] box`);
    const content = html.indexOf('>', box) + 1;
    const table = figureTable(figure, data);
    const graphicHtml = innerElement(html, /<div\b[^>]*\bdata-figure-graphic\b/)!;
    const { svg } = figureSvg({
      figure, table, sources: data.sources, siteRoot: rootUrl,
      graphicHtml, ancestors: openTagsAt(html, content),
      css: pageCss(html, dist, base, page),
    });
    if (/var\(|light-dark\(/.test(svg)) throw new Error(`figure downloads: ${figure.id}.svg still contains a CSS variable or light-dark()`);
    writeFileSync(join(out, `${figure.id}.svg`), svg);
    const source = sourceLine(citedSources(figure, table, data.sources));
    return { figure, svg, height: fallbackHeight(figure, source, graphicHtml) };
  });
  const oembed = join(dist, 'oembed');
  mkdirSync(oembed, { recursive: true });
  const fonts = mkdtempSync(join(tmpdir(), 'jx-fonts-'));
  try {
    const fontFiles = notoSubsetFiles(svgs.map((item) => item.svg).join(''), fonts);
    return svgs.map(({ figure, svg, height }) => {
      const id = figure.id;
      const png = renderPng(svg, `${id}.svg`, fontFiles);
      writeFileSync(join(out, `${id}.png`), png.png);
      const response = oembedResponse({ id, title: figure.title, root: rootUrl, siteName: SITE_NAME, height, png });
      writeFileSync(join(oembed, `${id}.json`), `${JSON.stringify(response, null, 2)}\n`);
      return { id, svgBytes: Buffer.byteLength(svg), png: { width: png.width, height: png.height, bytes: png.png.length } };
    });
  } finally {
    rmSync(fonts, { recursive: true, force: true });
  }
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

/** The integration: SVG and PNG downloads for every figure after `astro build`. */
export default function figureDownloads(): AstroIntegration {
  let site = '';
  let base = '/';
  let root = process.cwd();
  return {
    name: 'figure-downloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('figure downloads: astro.config.mjs needs `site` (the absolute URL printed on images and in embed codes)');
        site = config.site;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        leanEmbedPages(dist, base);
        const report = writeFigureDownloads(dist, site, base, root);
        const pages = fillSizesInPages(dist, base);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const pngBytes = report.reduce((sum, item) => sum + item.png.bytes, 0);
        logger.info(`${report.length} figures: SVG and PNG in ${figureUrls('<id>', base).png.replace(/<id>\.png$/, '')} (${Math.round(pngBytes / 1024)} KB of PNG), sizes on ${pages} pages, ${seconds} s`);
      },
    },
  };
}
