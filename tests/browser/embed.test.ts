/**
 * Embeds in Chromium, the way a reporter's page uses them: a parent page served from another
 * loopback origin (a second server, so a different port) pastes the embed code taken from the
 * built gallery; the iframe must end within 2 px of the embed document's height at 390 and
 * 1024 px, and follow it when the parent is resized either way or the content changes. Also: no
 * console error or CSP violation on an embed page, ?theme=dark, and the fallback height of
 * every embed code against the real height at 390 px.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/static-server';
import { decodeEntities, distDir, fileForPath, outerElements, readPage, listPages } from '../helpers/dist-pages';
import { cssRgb, THEME } from '../../src/lib/theme';

const root = distDir();
/** The paper colour of each theme as Chromium reports it, from the theme tokens. */
const PAPER = { light: cssRgb(THEME.paper!.light), dark: cssRgb(THEME.paper!.dark) };

/** The embed code of every figure, as the gallery prints it, by figure id. */
function galleryCodes(): Map<string, string> {
  const gallery = listPages(root).find((page) => page.url === '/figures/');
  if (!gallery) throw new Error('dist/figures/index.html is missing: run `npm run build` first');
  const codes = new Map<string, string>();
  for (const area of outerElements(readPage(gallery), 'textarea')) {
    const id = area.markup.match(/id="embed-code-([a-z0-9-]+)"/)?.[1];
    if (id) codes.set(id, decodeEntities(area.markup.replace(/^<textarea[^>]*>|<\/textarea>$/g, '')));
  }
  return codes;
}

/** The site root the embed codes were built with (astro.config.mjs `site` + base). */
const siteRootOf = (code: string) => code.match(/src="([^"]*?)embed\/[a-z0-9-]+\/"/)![1]!;

/** Waits until `check` returns true (polling), or fails with the last state it described. */
async function settle(what: string, check: () => Promise<{ ok: boolean; state: string }>, timeout = 10_000): Promise<string> {
  const end = Date.now() + timeout;
  let last = '';
  for (;;) {
    const { ok, state } = await check();
    last = state;
    if (ok) return state;
    if (Date.now() > end) throw new Error(`${what}: not settled after ${timeout} ms (${last})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The iframe's height in the parent and the embed document's own height, in px. */
async function heights(page: Page, frameSelector: string): Promise<{ iframe: number; content: number; frame: Frame }> {
  const handle = await page.waitForSelector(frameSelector);
  const frame = (await handle.contentFrame())!;
  const iframe = await handle.evaluate((element) => element.getBoundingClientRect().height);
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { iframe, content, frame };
}

async function fits(page: Page, selector: string, what: string): Promise<number> {
  let result = 0;
  await settle(what, async () => {
    const { iframe, content } = await heights(page, selector);
    result = content;
    return { ok: Math.abs(iframe - content) <= 2, state: `iframe ${iframe} px, content ${content} px` };
  });
  // Stable: still fitting a moment later (no oscillation).
  await new Promise((resolve) => setTimeout(resolve, 300));
  const again = await heights(page, selector);
  expect(Math.abs(again.iframe - again.content), `${what}: iframe ${again.iframe} px vs content ${again.content} px`).toBeLessThanOrEqual(2);
  return result;
}

describe.skipIf(!hasBrowser)('embeds in Chromium', () => {
  let browser: Browser;
  let site: StaticServer;
  let parent: StaticServer;
  const codes = galleryCodes();
  const SITE = siteRootOf([...codes.values()][0]!);
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveStatic(root);
    const local = (id: string) => {
      const code = codes.get(id);
      if (!code) throw new Error(`the gallery has no embed code for "${id}"`);
      return code.replaceAll(SITE, `${site.url}/`);
    };
    // The reporter's page: two embeds pasted as they come, in a column the test resizes.
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
      <title>Another newsroom</title><link rel="icon" href="data:,"></head><body style="margin:0"><p>Story text before.</p>
      <div id="one">${local('map-2022-tiers')}</div><p>Between.</p><div id="two">${local('chart-cluster-output')}</div><p>After.</p></body></html>`;
    parent = await serveStatic(root, { '/parent.html': html });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await parent?.close();
  });

  it('the parent page is on another origin than the embeds', () => {
    expect(new URL(parent.url).origin).not.toBe(new URL(site.url).origin);
  });

  it('iframes take the embed document height at 390 and 1024 px, shrink and grow with the parent, and follow a <details> opened inside', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    page.on('console', (message) => { if (message.type() === 'error') problems.push(`parent page console: ${message.text()}`); });
    page.on('pageerror', (error) => problems.push(`parent page error: ${error.message}`));
    await page.goto(`${parent.url}/parent.html`);
    for (const selector of ['#one iframe', '#two iframe']) await page.locator(selector).scrollIntoViewIfNeeded();

    const narrow = { one: await fits(page, '#one iframe', 'map at 390 px'), two: await fits(page, '#two iframe', 'chart at 390 px') };
    await page.setViewportSize({ width: 1024, height: 800 });
    const wide = { one: await fits(page, '#one iframe', 'map at 1024 px'), two: await fits(page, '#two iframe', 'chart at 1024 px') };
    // The chart is shorter in a wider column: the iframe shrank, and grows again below.
    expect(wide.two, 'the chart is shorter at 1024 px than at 390 px').toBeLessThan(narrow.two);
    expect(wide.one, 'the map changes height with the width').not.toBe(narrow.one);

    await page.setViewportSize({ width: 390, height: 800 });
    expect(Math.abs(await fits(page, '#two iframe', 'chart back at 390 px') - narrow.two)).toBeLessThanOrEqual(2);
    expect(Math.abs(await fits(page, '#one iframe', 'map back at 390 px') - narrow.one)).toBeLessThanOrEqual(2);

    // Content that grows and shrinks without any resize of the parent: the data table.
    const { frame } = await heights(page, '#two iframe');
    await frame.locator('.figure-data > summary').click();
    const opened = await fits(page, '#two iframe', 'chart with its data table open');
    expect(opened).toBeGreaterThan(narrow.two + 100);
    await frame.locator('.figure-data > summary').click();
    expect(Math.abs(await fits(page, '#two iframe', 'chart with its data table closed again') - narrow.two)).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('the resizer also works when embed.js arrives after the embed has sent its height', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    const code = codes.get('chart-growth-targets')!.replaceAll(SITE, `${site.url}/`);
    const [iframe, script] = code.split(/(?=<script)/);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>late</title><link rel="icon" href="data:,"></head><body style="margin:0">${iframe}</body></html>`;
    const late = await serveStatic(root, { '/late.html': html });
    try {
      await page.goto(`${late.url}/late.html`);
      const handle = await page.waitForSelector('iframe');
      const frame = (await handle.contentFrame())!;
      await frame.waitForLoadState('load');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const src = script!.match(/src="([^"]+)"/)![1]!;
      await page.addScriptTag({ url: src });
      await fits(page, 'iframe', 'embed loaded before embed.js');
    } finally {
      await page.close();
      await late.close();
    }
  });

  it('an embed page has no console error, page error or CSP violation, and ?theme=dark switches the colours', async () => {
    for (const id of ['map-2022-vs-2026', 'chart-compute-share']) {
      const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
      const seen: string[] = [];
      page.on('console', (message) => { if (message.type() === 'error') seen.push(message.text()); });
      page.on('pageerror', (error) => seen.push(error.message));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(`${site.url}/embed/${id}/?theme=dark`);
      await page.waitForLoadState('load');
      const state = await page.evaluate(() => ({
        theme: document.documentElement.dataset.theme,
        background: getComputedStyle(document.body).backgroundColor,
        h1: document.querySelectorAll('h1').length,
        // The back link; the map's links to place pages (a.map-link) also target the top window.
        links: [...document.querySelectorAll('a[target="_top"]:not(.map-link)')].map((a) => a.getAttribute('href')),
      }));
      expect(state.theme).toBe('dark');
      expect(state.background).toBe(PAPER.dark);
      expect(state.h1).toBe(1);
      expect(state.links).toHaveLength(1);
      expect(seen, `console on /embed/${id}/`).toEqual([]);
      await page.close();
    }
  });

  it('every embed page: no console error, page error or CSP violation, and no sideways scrolling at 280 px', async () => {
    const page = await browser.newPage({ viewport: { width: 280, height: 700 } });
    const seen: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') seen.push(`${page.url()}: ${message.text()}`); });
    page.on('pageerror', (error) => seen.push(`${page.url()}: ${error.message}`));
    const wide: string[] = [];
    for (const id of codes.keys()) {
      await page.goto(`${site.url}/embed/${id}/`);
      await page.waitForLoadState('load');
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (scroll > client) wide.push(`${id}: ${scroll} px content in ${client} px`);
    }
    expect(seen).toEqual([]);
    expect(wide).toEqual([]);
    await page.close();
  });

  it('follows the reader\'s colour scheme unless ?theme= pins one', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 390, height: 700 } });
    const page = await context.newPage();
    const background = async (query: string) => {
      await page.goto(`${site.url}/embed/map-2022-tiers/${query}`);
      return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    };
    expect(await background('')).toBe(PAPER.dark);
    expect(await background('?theme=light')).toBe(PAPER.light);
    expect(await background('?theme=neon')).toBe(PAPER.dark);
    await context.close();
  });

  it('the copy button copies the embed code, or selects it where the clipboard is refused; without JavaScript it stays hidden', async () => {
    const allowed = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    await allowed.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await allowed.newPage();
    await page.goto(`${site.url}/figures/`);
    const box = page.locator('#figure-chart-timeline');
    await box.locator('.embed-copy-button').click();
    await expect.poll(() => box.locator('[role="status"]').textContent()).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes.get('chart-timeline'));
    await allowed.close();

    const refused = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const other = await refused.newPage();
    await other.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await other.goto(`${site.url}/figures/`);
    const second = other.locator('#figure-map-2022-tiers');
    await second.locator('.embed-copy-button').click();
    await expect.poll(() => second.locator('[role="status"]').textContent()).toMatch(/^已选中代码/);
    const selected = await other.evaluate(() => {
      const area = document.getElementById('embed-code-map-2022-tiers') as HTMLTextAreaElement;
      return area.value.slice(area.selectionStart, area.selectionEnd);
    });
    expect(selected).toBe(codes.get('map-2022-tiers'));
    await refused.close();

    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const plain = await noScript.newPage();
    await plain.goto(`${site.url}/stories/one-county-one-cluster/`);
    const details = plain.locator('details.embed-tools').first();
    expect(await details.locator('.embed-copy-button').isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('textarea').isVisible()).toBe(true);
    expect(await details.locator('a[download]').count()).toBe(3);
    await noScript.close();
  });

  it('every embed code starts within 20% of the real height at 390 px', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    const report: string[] = [];
    const off: string[] = [];
    for (const [id, code] of codes) {
      const fallback = Number(code.match(/height="(\d+)"/)![1]);
      await page.goto(`${site.url}/embed/${id}/`);
      await page.waitForLoadState('load');
      const real = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      const ratio = fallback / real;
      report.push(`${id}: estimate ${fallback} px, real ${Math.round(real)} px (${Math.round((ratio - 1) * 100)}%)`);
      if (ratio < 0.8 || ratio > 1.2) off.push(report.at(-1)!);
    }
    console.info(report.join('\n'));
    expect(off, 'fallback heights more than 20% off').toEqual([]);
    await page.close();
  });

  it('no problems on the parent page', () => {
    expect(problems).toEqual([]);
    expect(fileForPath(root, '/embed.js'), 'dist/embed.js').toBeDefined();
  });
});
