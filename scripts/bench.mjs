/**
 * The performance benchmark (`npm run bench`): builds the site in a throw-away copy and measures it.
 * Prints a Markdown report to stdout (progress goes to stderr) and exits 1 if a budget fails or
 * two builds differ.
 *
 *   npm run bench                 everything: build + page weights and budgets, a second build
 *                                 for determinism, builds with 50 and 200 generated stories,
 *                                 Lighthouse on home, the heaviest story, an embed and a place page
 *                                 if there is one (skipped with a reason if it can't run)
 *   npm run bench -- --quick      only the real site's build, page weights and budgets
 *   options: --stories=50,200  --no-lighthouse  --keep (leave the copies in /tmp)
 *
 * Budgets (scripts/bench/sizes.mjs): a story page's HTML + CSS + JS ≤ 50 KB gzip; JavaScript
 * ≤ 6 KB gzip on every page; no webfonts; each map <svg> ≤ 20 KB; an embed page with one map ≤ 8 KB
 * gzip, with two ≤ 10 KB, everything it loads included (one request).
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { listPages } from './lib/dist-pages.ts';
import { compareTrees, hashTree } from './bench/determinism.mjs';
import { lighthouse } from './bench/lighthouse.mjs';
import { buildSite, copySite, removeSite } from './bench/project.mjs';
import { BUDGET, clientSideMap, kb, mapEmbedBudget, measureSite } from './bench/sizes.mjs';
import { writeBenchStories } from './bench/stories.mjs';
import { markdownTable } from './bench/table.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const keep = args.includes('--keep');
const withLighthouse = !quick && !args.includes('--no-lighthouse');
const storyCounts = quick ? [] : (args.find((arg) => arg.startsWith('--stories='))?.slice('--stories='.length).split(',').map(Number) ?? [50, 200]);
if (storyCounts.some((count) => !Number.isInteger(count) || count < 1)) throw new Error(`--stories= takes positive whole numbers, e.g. --stories=50,200`);

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const copies = [];
const out = [];
const failures = [];
const pair = (size) => `${kb(size.raw)} / ${kb(size.gzip)}`;
const seconds = (value) => value.toFixed(1);

try {
  // 1. The site as it is: one build, timed, then every page weighed.
  log('building the site in a temporary copy …');
  const siteDir = copySite('site');
  copies.push(siteDir);
  const siteBuild = await buildSite(siteDir);
  const siteDist = join(siteDir, 'dist');
  const sitePages = listPages(siteDist).length;
  log(`built ${sitePages} pages in ${seconds(siteBuild.seconds)} s (${seconds(siteBuild.cpu)} CPU s)`);
  const { pages, failures: budgetFailures } = measureSite(siteDist);
  failures.push(...budgetFailures);

  out.push('# Benchmark', '', `Node ${process.version}, ${availableParallelism()} CPU(s). Sizes in KB (1 KB = 1024 bytes), gzip level 9 per file.`, '');
  out.push('## Page weight (first visit)', '',
    'HTML includes inline SVG, styles and scripts. "Core" = HTML + CSS + JS, the story budget. JS = script files plus inline scripts.',
    '"Other" = images and other files the page loads at once; images with loading="lazy" are listed apart (a first visit loads only those near the viewport).', '',
    markdownTable(
      ['Page', 'HTML raw / gzip:', 'CSS raw / gzip:', 'JS raw / gzip:', 'Other raw / gzip:', 'Core gzip:', 'First visit raw / gzip:', 'Lazy images raw:', 'Budget'],
      pages.map((page) => [
        page.url, pair(page.html), pair(page.css), pair(page.jsAll), pair(page.other), kb(page.core.gzip), pair(page.total), page.lazy.raw ? kb(page.lazy.raw) : '—',
        [
          page.story ? (page.core.gzip <= BUDGET.storyGzip ? 'core ✓' : 'core ✗') : '',
          page.jsAll.gzip <= BUDGET.jsGzip ? 'JS ✓' : 'JS ✗',
          page.fonts.length ? 'fonts ✗' : '',
        ].filter(Boolean).join(' '),
      ]),
    ), '');

  const worst = (list, pick) => list.reduce((max, page) => (pick(page) > pick(max) ? page : max), list[0]);
  const embeds = pages.filter((page) => page.embed);
  out.push('## Embeds', '',
    `Each /embed/<id>/ page as an iframe loads it: requests and bytes fetched at once (HTML with inline styles and scripts, plus any file). Budget for embeds with maps (gzip): ${kb(mapEmbedBudget(1))} with one map, ${kb(mapEmbedBudget(2))} with two, ${kb(BUDGET.mapEmbedGzipMore)} more per further map.`, '',
    embeds.length === 0 ? '_No embed pages found._' : markdownTable(['Embed', 'Requests:', 'HTML raw / gzip:', 'First visit raw / gzip:', 'Maps:', 'Budget'],
      embeds.map((page) => [page.url, page.requests, pair(page.html), pair(page.total), page.mapCount,
        page.mapCount === 0 ? '—' : page.total.gzip <= mapEmbedBudget(page.mapCount) ? '✓' : '✗'])), '');
  const clientSide = clientSideMap(join(import.meta.dirname, '..'));
  const heaviestMapEmbed = worst(embeds.filter((page) => page.mapCount > 0), (page) => page.total.gzip / page.mapCount);
  if (heaviestMapEmbed) {
    const perMap = heaviestMapEmbed.total.gzip / heaviestMapEmbed.mapCount;
    out.push(`The same map drawn in the browser needs at least ${kb(clientSide.gzip)} gzip (${clientSide.files.map((file) => file.split('/').pop()).join(' + ')}, before any page of its own): the heaviest map embed here, ${kb(perMap)} per map (${heaviestMapEmbed.url}), is ${(clientSide.gzip / perMap).toFixed(1)}× lighter.`, '');
  }

  const maps = new Map();
  for (const page of pages) {
    for (const map of page.maps) {
      const seen = maps.get(map.label) ?? { bytes: 0, pages: [] };
      seen.bytes = Math.max(seen.bytes, map.bytes);
      seen.pages.push(page.url);
      maps.set(map.label, seen);
    }
  }
  out.push('## Map SVGs', '', `Each map's \`<svg>\` markup (largest instance), budget ${kb(BUDGET.mapSvg)}.`, '',
    maps.size === 0 ? '_No map SVG found in any page._' : markdownTable(['Map', 'Bytes:', 'Size:', 'Pages:', 'Budget'],
      [...maps].sort(([a], [b]) => a.localeCompare(b)).map(([label, map]) => [label, map.bytes, kb(map.bytes), map.pages.length, map.bytes <= BUDGET.mapSvg ? '✓' : '✗'])), '');

  const stories = pages.filter((page) => page.story);
  const heaviestStory = stories.length ? worst(stories, (page) => page.core.gzip) : undefined;
  const heaviestJs = worst(pages, (page) => page.jsAll.gzip);
  const largestMap = [...maps].reduce((max, entry) => (!max || entry[1].bytes > max[1].bytes ? entry : max), undefined);
  const fontPages = pages.filter((page) => page.fonts.length);
  out.push('## Budgets', '', markdownTable(['Budget', 'Limit', 'Worst', 'Result'], [
    ['Story page HTML + CSS + JS (gzip)', kb(BUDGET.storyGzip), heaviestStory ? `${kb(heaviestStory.core.gzip)} (${heaviestStory.url})` : 'no story pages', !heaviestStory ? '⚠ nothing measured' : heaviestStory.core.gzip <= BUDGET.storyGzip ? '✓' : '✗'],
    ['JavaScript per page (gzip)', kb(BUDGET.jsGzip), `${kb(heaviestJs.jsAll.gzip)} (${heaviestJs.url})`, heaviestJs.jsAll.gzip <= BUDGET.jsGzip ? '✓' : '✗'],
    ['Webfonts', 'none', fontPages.length ? `${fontPages.length} page(s)` : 'none', fontPages.length ? '✗' : '✓'],
    (() => {
      const mapEmbeds = pages.filter((page) => page.embed && page.mapCount > 0);
      // The worst against its own budget (one map, two maps…).
      const worstEmbed = mapEmbeds.length ? worst(mapEmbeds, (page) => page.total.gzip / mapEmbedBudget(page.mapCount)) : undefined;
      return ['Map embed (gzip; 1 map / 2 maps)', `${kb(mapEmbedBudget(1))} / ${kb(mapEmbedBudget(2))}`, worstEmbed ? `${kb(worstEmbed.total.gzip)} with ${worstEmbed.mapCount} map(s) (${worstEmbed.url}, ${worstEmbed.requests} request(s))` : 'no map embeds',
        !worstEmbed ? '⚠ nothing measured' : worstEmbed.total.gzip <= mapEmbedBudget(worstEmbed.mapCount) ? '✓' : '✗'];
    })(),
    ['Map SVG', kb(BUDGET.mapSvg), largestMap ? `${kb(largestMap[1].bytes)} (${largestMap[0]})` : 'no maps', !largestMap ? '⚠ nothing measured' : largestMap[1].bytes <= BUDGET.mapSvg ? '✓' : '✗'],
  ]), '');

  /** [label, generated stories, pages, { seconds, cpu } or undefined if it did not finish] */
  const builds = [['site as it is', 0, sitePages, siteBuild]];

  // 2. Determinism: a second build in another copy (another path) must give the same bytes.
  if (!quick) {
    log('second build for the determinism check …');
    const againDir = copySite('again');
    copies.push(againDir);
    const againBuild = await buildSite(againDir);
    builds.push(['site again (determinism)', 0, listPages(join(againDir, 'dist')).length, againBuild]);
    const diff = compareTrees(hashTree(siteDist), hashTree(join(againDir, 'dist')));
    out.push('## Deterministic output', '', diff.identical
      ? `Two builds in two different folders: all ${diff.files} files in dist/ are byte-identical (sha256).`
      : [
        `Two builds differ (${diff.files} files in the first):`,
        ...diff.changed.map((path) => `- changed: ${path}`),
        ...diff.onlyA.map((path) => `- only in the first: ${path}`),
        ...diff.onlyB.map((path) => `- only in the second: ${path}`),
      ].join('\n'), '');
    if (!diff.identical) failures.push(`builds differ in ${diff.changed.length + diff.onlyA.length + diff.onlyB.length} file(s)`);
  }

  // 3. How build time grows with the number of stories.
  for (const count of storyCounts) {
    log(`building with ${count} generated stories …`);
    const dir = copySite(`stories-${count}`);
    copies.push(dir);
    writeBenchStories(dir, count);
    try {
      const result = await buildSite(dir);
      builds.push([`+ ${count} generated stories`, count, listPages(join(dir, 'dist')).length, result]);
      log(`${count} stories: ${seconds(result.seconds)} s (${seconds(result.cpu)} CPU s)`);
    } catch (error) {
      builds.push([`+ ${count} generated stories`, count, '—', undefined]);
      out.push(`> The build with ${count} generated stories did not finish: ${error.message.split('\n')[0]}`, '');
    }
    removeSite(dir);
    copies.pop();
  }
  // Marginal cost: CPU seconds per story added since the previous, smaller build; constant when build cost is linear.
  let previous = builds[0];
  const marginal = new Map();
  for (const build of builds.filter(([, count, , result]) => count > 0 && result)) {
    marginal.set(build, ((build[3].cpu - previous[3].cpu) / (build[1] - previous[1])).toFixed(3));
    previous = build;
  }
  out.push('## Build time', '',
    'Each build runs `astro build` in a fresh temporary copy (own Astro cache); generated stories each carry one map and two charts.',
    'Wall-clock time depends on what else the machine is doing; CPU time (all threads of the build) much less, so the per-page and per-story figures use it.',
    '"Added CPU s / story": the extra CPU time per story since the previous, smaller build, about constant when build cost grows linearly.', '',
    markdownTable(['Build', 'Pages:', 'Wall s:', 'CPU s:', 'CPU s / page:', 'Added CPU s / story:'], builds.map((build) => {
      const [label, , pageCount, result] = build;
      return result
        ? [label, pageCount, seconds(result.seconds), seconds(result.cpu), (result.cpu / pageCount).toFixed(3), marginal.get(build) ?? '—']
        : [label, pageCount, 'did not finish', '—', '—', '—'];
    })), '');

  // 4. Lighthouse on one page of each kind (optional): home, the heaviest story, an embed, a place page.
  if (withLighthouse) {
    const targets = [
      ['home', pages.find((page) => page.url === '/')],
      ['story (heaviest)', heaviestStory],
      ['embed', pages.find((page) => page.url.startsWith('/embed/'))],
      ['place', pages.find((page) => /^\/places\/[^/]+\/$/.test(page.url))],
    ].filter(([, page]) => page);
    const rows = [];
    for (const [kind, page] of targets) {
      log(`Lighthouse on ${page.url} …`);
      const result = await lighthouse(siteDist, page.url);
      const ms = (value) => (value === undefined ? '—' : Math.round(value));
      rows.push(result.scores
        ? [kind, page.url, result.scores.performance, result.scores.accessibility, result.scores['best-practices'], result.scores.seo,
          ms(result.metrics.fcp), ms(result.metrics.lcp), ms(result.metrics.tbt), result.metrics.cls?.toFixed(3) ?? '—']
        : [kind, page.url, `skipped: ${result.skipped}`, '', '', '', '', '', '', '']);
    }
    out.push('## Lighthouse', '',
      'Mobile preset, Lighthouse 13.5.0 with Debian\'s Chromium, one run per page. Scores move a few points with machine load (TBT most).', '',
      markdownTable(['Kind', 'Page', 'Performance:', 'Accessibility:', 'Best practices:', 'SEO:', 'FCP ms:', 'LCP ms:', 'TBT ms:', 'CLS:'], rows), '');
  }

  out.push('## Result', '', failures.length ? ['Failed:', ...failures.map((failure) => `- ${failure}`)].join('\n') : 'Every budget holds.', '');
  process.stdout.write(`${out.join('\n')}\n`);
} catch (error) {
  process.stdout.write(`${out.join('\n')}\n`);
  process.stderr.write(`[bench] ${error.stack ?? error}\n`);
  process.exitCode = 2;
} finally {
  if (keep) log(`kept: ${copies.join(', ')}`);
  else for (const dir of copies) removeSite(dir);
}
if (failures.length && !process.exitCode) process.exitCode = 1;
