/**
 * The figure comparison (`npm run compare -- <before-dist> <after-dist> [--out <dir>]`): proves
 * that a change (a refactor) kept what readers see. Build the site before and after the change
 * into two folders, then compare them:
 *
 *   npm run build && cp -r dist /tmp/before      # on the old code
 *   npx astro build --outDir /tmp/after          # on the new code
 *   npm run compare -- /tmp/before /tmp/after
 *
 * - Every figure: each page of either build that has figures (stories, place pages, the places
 *   overview, the home page, the gallery, every /embed/<id>/, the latter with ?theme=auto so the
 *   reader's scheme applies) is opened in Debian's Chromium, and each outermost <figure> (and
 *   each gallery card, .gallery-item) is screenshotted as an element, at 390 and 1280 px wide, in
 *   the light and the dark colour scheme, on both sites; the two images are compared pixel by
 *   pixel with pixelmatch (threshold 0, anti-aliasing included: any changed pixel counts).
 *   Images of different sizes differ (both sizes are reported). A figure or page on one side
 *   only is a difference too.
 * - Every download (dist/downloads/: SVG, PNG, CSV, JSON, XLSX) byte for byte; a PNG that
 *   differs is also compared pixel by pixel; a file on one side only is reported.
 *
 * Prints a table to stdout (progress to stderr) and writes before | after | diff images of each
 * difference, and the table as summary.md, into --out (default /tmp/compare-figures; emptied
 * first if an earlier comparison wrote it, refused if it holds anything else).
 * Exit code: 0 all identical, 1 something differs, 2 usage error or the comparison could not run.
 *
 * One browser; per width and scheme one tab per site, the two sites' tabs working side by side
 * (two page loads at a time, at most).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { chromePath, launchOptions } from './lib/chromium.ts';
import { listPages, readPage, startTags, walkFiles } from './lib/dist-pages.ts';
import { serveDist } from './lib/serve-dist.ts';
import { markdownTable } from './bench/table.mjs';

const USAGE = 'usage: npm run compare -- <before-dist> <after-dist> [--out <dir>]';
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'];
const VIEWPORT_HEIGHT = 900;
/** What a figure is on a page: every outermost <figure> (place maps, charts, key figures…) and each gallery card. */
const FIGURES = 'figure, .gallery-item';
/** Marker file in --out: the folder is this script's, and may be emptied. */
const MARKER = '.compare-figures';
/** Padding where one image is smaller than the other, and between the panels of a diff image. */
const PAD = [255, 0, 255, 255];
const GAP = 8;
/** How many times figures that differ are taken again before the difference is reported (a safety net: see the launch flags). */
const RETRIES = 1;
/** Screenshots stay put: no animation, transition or caret; everything laid out (content-visibility). */
const FREEZE = `*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; scroll-behavior: auto !important; }
* { content-visibility: visible !important; }`;

class UsageError extends Error {}
const log = (message) => process.stderr.write(`[compare] ${message}\n`);

function parseArgs(argv) {
  const positional = [];
  let out = '/tmp/compare-figures';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--out') {
      out = argv[i + 1];
      i += 1;
      if (!out || out.startsWith('--')) throw new UsageError('--out needs a folder');
    } else if (arg.startsWith('--out=')) {
      out = arg.slice('--out='.length);
      if (!out) throw new UsageError('--out needs a folder');
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 2) throw new UsageError(`expected two built sites (before and after), got ${positional.length}`);
  const [before, after] = positional.map((dir) => {
    const path = resolve(dir);
    if (!existsSync(path)) throw new UsageError(`${dir}: no such folder`);
    if (!statSync(path).isDirectory()) throw new UsageError(`${dir}: not a folder`);
    if (!existsSync(join(path, 'index.html'))) throw new UsageError(`${dir}: not a built site (no index.html; build with \`npm run build\` or \`npx astro build --outDir ${dir}\`)`);
    return path;
  });
  return { before, after, out: resolve(out) };
}

/** Empties --out if an earlier comparison wrote it; refuses a folder with anything else in it. */
function prepareOut(out) {
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new UsageError(`--out ${out}: not a folder`);
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new UsageError(`--out ${out}: the folder has other files in it; give an empty or new folder`);
    }
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, MARKER), 'Written by scripts/compare-figures.mjs; emptied by its next run.\n');
}

/** Site-relative URLs of the pages with figures, from the built HTML. */
function pagesWithFigures(root) {
  return listPages(root)
    .filter((page) => startTags(readPage(page)).some((tag) => tag.name === 'figure' || (tag.attrs.class ?? '').split(/\s+/).includes('gallery-item')))
    .map((page) => page.url);
}

/** Embeds are light unless ?theme= says otherwise: ?theme=auto lets the emulated scheme apply. */
const loadUrl = (url) => (url.startsWith('/embed/') ? `${url}?theme=auto` : url);

/**
 * In the page: waits for every image (lazy ones loaded now) and the fonts, then marks each
 * figure with data-compare-key (data-figure, else id, else aria-labelledby, else its place) and
 * returns the keys in document order, each with whether it is shown (has a size) at this width.
 */
async function markFigures(selector) {
  for (const img of document.images) if (img.loading === 'lazy') img.loading = 'eager';
  await Promise.all([...document.images].map((img) => (img.complete
    ? img.decode().catch(() => {})
    : new Promise((done) => {
      img.addEventListener('load', () => img.decode().catch(() => {}).then(done), { once: true });
      img.addEventListener('error', done, { once: true });
    }))));
  await document.fonts.ready;
  const seen = new Map();
  const all = [...document.querySelectorAll(selector)].filter((element) => !element.parentElement?.closest(selector));
  return all.map((element, index) => {
    let key = element.getAttribute('data-figure') || element.id || element.getAttribute('aria-labelledby') || `${element.localName}-${index + 1}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count > 1) key = `${key}#${count}`;
    element.setAttribute('data-compare-key', key);
    const box = element.getBoundingClientRect();
    return { key, shown: box.width > 0 && box.height > 0 };
  });
}

/**
 * One page in one tab: its HTTP status and each figure's screenshot (undefined when the figure
 * is not shown at this width), all of them or only those in `only`.
 */
async function capturePage(tab, origin, url, only) {
  const response = await tab.goto(origin + loadUrl(url), { waitUntil: 'load', timeout: 60_000 });
  const status = response?.status() ?? 0;
  const figures = new Map();
  if (status !== 200) return { status, figures };
  await tab.addStyleTag({ content: FREEZE });
  for (const { key, shown } of await tab.evaluate(markFigures, FIGURES)) {
    if (only && !only.has(key)) continue;
    const element = tab.locator(`[data-compare-key="${key.replace(/["\\]/g, '\\$&')}"]`);
    figures.set(key, shown ? await element.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css', timeout: 60_000 }) : undefined);
  }
  return { status, figures };
}

/** Whether both pages have the figure, byte for byte the same (or both not shown). */
function sameShot(a, b, key) {
  if (!a.figures.has(key) || !b.figures.has(key)) return false;
  const [shotA, shotB] = [a.figures.get(key), b.figures.get(key)];
  return shotA && shotB ? shotA.equals(shotB) : shotA === shotB;
}

/** The figures of two captures of a page that are not the same. */
const unequalKeys = (a, b) => [...new Set([...a.figures.keys(), ...b.figures.keys()])].filter((key) => !sameShot(a, b, key));

const decode = (buffer) => PNG.sync.read(buffer);
const blank = { width: 0, height: 0, data: Buffer.alloc(0) };

/** The image drawn onto a width × height canvas, the rest padded. */
function padTo(image, width, height) {
  const out = new PNG({ width, height });
  for (let i = 0; i < width * height; i += 1) out.data.set(PAD, i * 4);
  for (let y = 0; y < image.height; y += 1) {
    image.data.copy(out.data, y * width * 4, y * image.width * 4, (y + 1) * image.width * 4);
  }
  return out;
}

/**
 * Two PNG images compared pixel by pixel (each padded to the larger size when they differ).
 * Returns the differing pixels, the share of the canvas, both sizes, and the before | after |
 * diff image as a PNG buffer when anything differs.
 */
function diffImages(beforeImage, afterImage) {
  const width = Math.max(beforeImage.width, afterImage.width);
  const height = Math.max(beforeImage.height, afterImage.height);
  const sameSize = beforeImage.width === afterImage.width && beforeImage.height === afterImage.height;
  const a = padTo(beforeImage, width, height);
  const b = padTo(afterImage, width, height);
  const diff = new PNG({ width, height });
  const pixels = width * height === 0 ? 0 : pixelmatch(a.data, b.data, diff.data, width, height, { threshold: 0, includeAA: true });
  const result = {
    pixels, percent: width * height ? (100 * pixels) / (width * height) : 0, sameSize,
    sizes: [`${beforeImage.width}×${beforeImage.height}`, `${afterImage.width}×${afterImage.height}`],
  };
  if (pixels === 0 && sameSize) return result;
  const sheet = new PNG({ width: width * 3 + GAP * 2, height });
  for (let i = 0; i < sheet.width * sheet.height; i += 1) sheet.data.set([128, 128, 128, 255], i * 4);
  [a, b, diff].forEach((panel, column) => PNG.bitblt(panel, sheet, 0, 0, width, height, column * (width + GAP), 0));
  return { ...result, image: PNG.sync.write(sheet) };
}

const describe = (result) => {
  const share = result.percent === 0 ? '0' : result.percent < 0.01 ? '<0.01' : result.percent.toFixed(2);
  const sizes = result.sameSize ? '' : `, size ${result.sizes[0]} → ${result.sizes[1]}`;
  return `${result.pixels} px (${share} %)${sizes}`;
};
/** Where two texts first differ: line, column and a few characters of each around it. */
function firstTextDifference(a, b) {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  const line = a.slice(0, at).split('\n').length;
  const column = at - a.lastIndexOf('\n', at - 1);
  const around = (text) => JSON.stringify(text.slice(Math.max(0, at - 20), at + 30)).replaceAll('|', '\\|');
  return `first differs at line ${line}, column ${column}: ${around(a)} → ${around(b)}`;
}
const slug = (text) => text.replace(/^\/+|\/+$/g, '').replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'home';

async function main() {
  const started = performance.now();
  const { before, after, out } = parseArgs(process.argv.slice(2));
  const pageUrls = [...new Set([...pagesWithFigures(after), ...pagesWithFigures(before)])].sort();
  if (pageUrls.length === 0) throw new UsageError('neither build has a page with figures: are these the site\'s builds?');
  prepareOut(out);
  if (!chromePath()) throw new UsageError('no Chromium at $CHROME_PATH or /usr/bin/chromium (apt-get install chromium)');

  /** Differences found (figure screenshots, pages; downloads), for the closing line and the exit code. */
  let differences = 0;
  const writeDiff = (name, image) => {
    const file = join(out, `${name}.png`);
    writeFileSync(file, image);
    return relative(out, file);
  };

  // 1. Downloads, byte for byte (no browser needed).
  const downloadRows = [];
  const filesIn = (root) => {
    const dir = join(root, 'downloads');
    return existsSync(dir) ? walkFiles(dir).map((file) => relative(dir, file).split(sep).join('/')) : [];
  };
  const beforeFiles = new Set(filesIn(before));
  const afterFiles = new Set(filesIn(after));
  const allFiles = [...new Set([...beforeFiles, ...afterFiles])].sort();
  let identicalDownloads = 0;
  for (const file of allFiles) {
    if (!afterFiles.has(file) || !beforeFiles.has(file)) {
      downloadRows.push([file, afterFiles.has(file) ? 'only in after' : 'only in before', '']);
      continue;
    }
    const a = readFileSync(join(before, 'downloads', file));
    const b = readFileSync(join(after, 'downloads', file));
    if (a.equals(b)) {
      identicalDownloads += 1;
      continue;
    }
    let detail = `${a.length} → ${b.length} bytes`;
    if (file.endsWith('.png')) {
      const result = diffImages(decode(a), decode(b));
      detail += result.image ? `; ${describe(result)}; ${writeDiff(`downloads--${slug(file)}`, result.image)}` : '; same pixels';
    } else if (/\.(svg|csv|json|txt)$/.test(file)) {
      detail += `; ${firstTextDifference(a.toString('utf8'), b.toString('utf8'))}`;
    }
    downloadRows.push([file, 'differs', detail]);
  }
  log(`downloads: ${identicalDownloads} of ${allFiles.length} identical`);

  // 2. Figures in the browser.
  const servers = await Promise.all([serveDist(before), serveDist(after)]);
  // The tests' launch flags, and whole-tile raster: with partial raster, a tile painted during
  // the page's load and then partly repainted now and then anti-aliases a map's edges a little
  // differently (tens of pixels, in about 1 load in 30 of the same page); without it, 160 of 160
  // loads gave the same image.
  const { chromium } = await import('playwright-core'); // a large module: loaded once the arguments are known good
  const options = launchOptions();
  const browser = await chromium.launch({ ...options, args: [...options.args, '--disable-partial-raster'] });
  /** page → figure → variant → cell text; figure order as first seen. */
  const cells = new Map();
  const cell = (url, key, variant, text) => {
    if (!cells.has(url)) cells.set(url, new Map());
    const figures = cells.get(url);
    if (!figures.has(key)) figures.set(key, new Map());
    figures.get(key).set(variant, text);
  };
  let shots = 0;
  /** Figures that differed at first and were the same when taken again. */
  const noise = [];
  try {
    // A context per site: with both sites' tabs in one context, the first screenshot of a page
    // in one of them now and then waited 1 to 4 s for a frame; with one each, never.
    // bypassCSP lets the FREEZE style in; the pages' own CSP is tested elsewhere.
    const contexts = await Promise.all(servers.map(() => browser.newContext({ bypassCSP: true, deviceScaleFactor: 1, reducedMotion: 'reduce' })));
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        const variant = `${width} ${colorScheme}`;
        log(`${variant}: ${pageUrls.length} pages … (${((performance.now() - started) / 1000).toFixed(0)} s so far)`);
        const tabs = await Promise.all(contexts.map(async (context) => {
          const tab = await context.newPage();
          await tab.setViewportSize({ width, height: VIEWPORT_HEIGHT });
          await tab.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
          return tab;
        }));
        for (const url of pageUrls) {
          const capture = (only) => Promise.all(tabs.map((tab, side) => capturePage(tab, servers[side].url, url, only)));
          const [a, b] = await capture();
          // Should Chromium's raster still differ now and then (see the launch above): figures
          // that differ are taken again on a fresh load of both pages, up to RETRIES times, and
          // only a difference that stays is reported (the others are listed as noise).
          const unequal = new Set(a.status === 200 && b.status === 200
            ? unequalKeys(a, b).filter((key) => a.figures.get(key) && b.figures.get(key))
            : []);
          for (let retry = 0; retry < RETRIES && unequal.size > 0; retry += 1) {
            const [a2, b2] = await capture(unequal);
            if (a2.status !== 200 || b2.status !== 200) break;
            for (const key of unequal) {
              if (a2.figures.has(key)) a.figures.set(key, a2.figures.get(key));
              if (b2.figures.has(key)) b.figures.set(key, b2.figures.get(key));
            }
            for (const key of [...unequal]) {
              if (!sameShot(a, b, key)) continue;
              unequal.delete(key);
              noise.push(`${url} ${key} at ${variant}`);
            }
          }
          if (a.status !== 200 || b.status !== 200) {
            // A page with figures missing on one side (a 404) differs; missing on both cannot happen (it was listed from a build).
            differences += 1;
            cell(url, '(the page)', variant, `HTTP ${a.status} before, ${b.status} after`);
            continue;
          }
          const keys = [...new Set([...b.figures.keys(), ...a.figures.keys()])];
          for (const key of keys) {
            shots += 1;
            const name = `${slug(url)}--${slug(key)}--${width}-${colorScheme}`;
            if (sameShot(a, b, key)) {
              cell(url, key, variant, a.figures.get(key) ? 'identical' : 'identical (not shown)');
              continue;
            }
            const onlyIn = !a.figures.has(key) ? 'after' : !b.figures.has(key) ? 'before' : undefined;
            const [shotA, shotB] = [a.figures.get(key), b.figures.get(key)];
            const result = diffImages(shotA ? decode(shotA) : blank, shotB ? decode(shotB) : blank);
            if (!onlyIn && !result.image) {
              // Different PNG bytes, same pixels (an encoder detail): identical to a reader.
              cell(url, key, variant, 'identical');
              continue;
            }
            differences += 1;
            const what = onlyIn ? `only in ${onlyIn}` : !shotA ? 'not shown before' : !shotB ? 'not shown after' : describe(result);
            cell(url, key, variant, result.image ? `${what}: ${writeDiff(name, result.image)}` : what);
          }
        }
        await Promise.all(tabs.map((tab) => tab.close()));
      }
    }
    await Promise.all(contexts.map((context) => context.close()));
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
  }

  // 3. The summary.
  const variants = WIDTHS.flatMap((width) => SCHEMES.map((scheme) => `${width} ${scheme}`));
  const figureRows = [...cells].flatMap(([url, figures]) => [...figures].map(([key, byVariant]) => [url, key, ...variants.map((variant) => byVariant.get(variant) ?? '—')]));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const report = [
    `# Figures: ${before} → ${after}`, '',
    markdownTable(['Page', 'Figure', ...variants], figureRows), '',
    `# Downloads: ${identicalDownloads} of ${allFiles.length} files identical`, '',
    downloadRows.length ? markdownTable(['File', 'Result', 'Detail'], downloadRows) : 'Every download is byte for byte the same.', '',
    ...(noise.length ? [`Differed at first, identical when taken again (rendering noise, not counted): ${noise.join('; ')}.`, ''] : []),
    differences + downloadRows.length === 0
      ? `All identical: ${figureRows.length} figures on ${pageUrls.length} pages (${shots} screenshots per site) and ${allFiles.length} downloads, in ${seconds} s.`
      : `Differences: ${differences} of ${shots} figure screenshots (${figureRows.length} figures on ${pageUrls.length} pages, ${WIDTHS.length * SCHEMES.length} views each) and ${downloadRows.length} of ${allFiles.length} downloads, in ${seconds} s. Images (before | after | diff): ${out}`,
  ].join('\n');
  writeFileSync(join(out, 'summary.md'), `${report}\n`);
  process.stdout.write(`${report}\n`);
  return differences + downloadRows.length === 0 ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`compare-figures: ${error.message}\n${USAGE}\n`);
  } else {
    process.stderr.write(`compare-figures: could not compare: ${error?.stack ?? error}\n`);
  }
  process.exitCode = 2;
}
