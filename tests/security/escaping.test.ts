/**
 * Every string from content/data reaches the page escaped. A throw-away copy of the project gets
 * script-injection payloads in a figure title, an indicator's label and measures, a cluster name
 * and a source's publication (tests/helpers/edited-build.ts, a build story-build.test.ts shares);
 * the real build runs once; the output must show the payloads as
 * text (&lt;script&gt;…) and contain no live <script>alert(1), no onerror= attribute, no <img src=x>
 * — in the HTML pages and in the standalone SVG downloads. Then, in Chromium, the pages with the
 * payloads are opened and their maps' tooltips triggered: nothing injected may appear in the DOM.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editedBuild, POISONED } from '../helpers/edited-build';
import { gotoOk, loadMapTips, hasBrowser, launchBrowser } from '../helpers/browser';
import { serveDist, type StaticServer } from '../../scripts/lib/serve-dist';
import { listPages, outerElements, tokenize, walkFiles, type DistPage } from '../../scripts/lib/dist-pages';

/** The payload as Astro escapes text: what a reader should see, literally. */
const ESCAPED_SCRIPT = '&lt;script&gt;alert(1)&lt;/script&gt;';

/** What in a built HTML or SVG file would run or inject the payload. */
function liveInjections(markup: string): string[] {
  const found: string[] = [];
  for (const token of tokenize(markup)) {
    if (token.type === 'raw' && token.body.includes('alert(1)')) found.push(`a live <${token.tag.name}>${token.body}`);
    if (token.type !== 'start' && token.type !== 'raw') continue;
    const { tag } = token;
    if ('onerror' in tag.attrs) found.push(`<${tag.name}> with onerror=`);
    if (tag.name === 'img' && tag.attrs.src === 'x') found.push('<img src=x>');
  }
  return found;
}

let dist = '';
let build = { code: -1, output: '' };

beforeAll(async () => {
  const edited = await editedBuild();
  build = edited.build;
  dist = join(edited.copy.dir, 'dist');
}, 300_000);

describe('strings from content/data are escaped', () => {
  it('the build with the payloads succeeds', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('pages show each poisoned string as text, escaped', () => {
    const pages = listPages(dist).map((page) => ({ url: page.url, html: readFileSync(page.file, 'utf8') }));
    expect(pages.filter((page) => page.html.includes(ESCAPED_SCRIPT)).some((page) => page.url.startsWith('/stories/')), 'a story page shows a payload').toBe(true);
    for (const { file, id, field, text } of POISONED) {
      const shown = `${text}${ESCAPED_SCRIPT}`;
      expect(pages.filter((page) => page.html.includes(shown)).length, `${file} → ${id}: ${field} "${shown}" on no page`).toBeGreaterThan(0);
    }
  });

  it('no built HTML page or SVG file contains a live payload', () => {
    const files = walkFiles(dist).filter((file) => /\.(html|svg)$/.test(file));
    expect(files.length).toBeGreaterThan(0);
    const live = files.flatMap((file) => liveInjections(readFileSync(file, 'utf8')).map((problem) => `${file.slice(dist.length)}: ${problem}`));
    expect(live).toEqual([]);
  });

  it('SVG <title>/<desc> and attributes carry the payload escaped, not as markup', () => {
    const stories = listPages(dist).filter((candidate) => candidate.url.startsWith('/stories/') && readFileSync(candidate.file, 'utf8').includes(ESCAPED_SCRIPT));
    const svgs = stories.flatMap((page) => outerElements(readFileSync(page.file, 'utf8'), 'svg').map((svg) => svg.markup));
    expect(svgs.filter((svg) => svg.includes(ESCAPED_SCRIPT)).length, 'SVGs that carry a payload').toBeGreaterThan(0);
    for (const svg of svgs) expect(liveInjections(svg)).toEqual([]);
  });
});

describe.skipIf(!hasBrowser)('the payload stays inert in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    if (build.code !== 0) return;
    browser = await launchBrowser();
    server = await serveDist(dist);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('pages with the payload, their tooltips opened, have no injected element and no dialog', async () => {
    expect(build.code, 'the build failed: see the first test').toBe(0);
    const pages: DistPage[] = listPages(dist).filter((page) => readFileSync(page.file, 'utf8').includes(ESCAPED_SCRIPT));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    for (const page of pages.slice(0, 6)) {
      const tab = await context.newPage();
      tab.on('dialog', (dialog) => {
        problems.push(`${page.url}: a ${dialog.type()} opened`);
        void dialog.dismiss();
      });
      await gotoOk(tab, server.url + page.url);
      // The tooltips come on a reader's first touch: load them, then show each mark's tip by focus.
      await loadMapTips(tab);
      const marks = tab.locator('[data-tip]:visible');
      for (let index = 0; index < Math.min(await marks.count(), 12); index += 1) {
        await marks.nth(index).focus().catch(() => undefined);
        await marks.nth(index).dispatchEvent('click').catch(() => undefined);
      }
      const injected = await tab.evaluate(() => ({
        images: document.querySelectorAll('img[src="x"]').length,
        scripts: [...document.scripts].filter((script) => script.textContent?.includes('alert(1)')).length,
      }));
      if (injected.images || injected.scripts) problems.push(`${page.url}: ${JSON.stringify(injected)}`);
      await tab.close();
    }
    await context.close();
    expect(pages.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
