import { chromium, type Browser, type BrowserContext, type BrowserServer, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { serveDist, type StaticServer } from '../../scripts/lib/serve-dist';
import { chromePath, launchOptions } from '../../scripts/lib/chromium';

export { chromePath };

/**
 * Whether browser tests can run here. In CI a missing browser is a failure, never a skip:
 * `launchBrowser` throws there; elsewhere tests are skipped with a visible reason.
 */
export const hasBrowser = Boolean(chromePath()) || process.env.CI === 'true';

/** Starts headless Chromium as a server other processes connect to (tests/helpers/browser-setup.ts). */
export function launchServer(): Promise<BrowserServer> {
  return chromium.launchServer({ ...launchOptions(), host: '127.0.0.1' });
}

/**
 * Headless Chromium with the flags this workplace requires (no network beyond loopback): the
 * run's shared browser when browser-setup.ts started one (closing it then only disconnects this
 * file), else a browser of its own.
 */
export async function launchBrowser(): Promise<Browser> {
  const endpoint = inject('browserEndpoint');
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch(launchOptions());
}

/**
 * A headless Chromium of the caller's own that draws scrollbars as a reader's browser does.
 * Playwright starts headless Chromium with --hide-scrollbars, where a scrollbar takes no room:
 * a test of frames that must never show a scrollbar or its 15 px gutter needs them drawn.
 */
export function launchBrowserWithScrollbars(): Promise<Browser> {
  return chromium.launch({ ...launchOptions(), ignoreDefaultArgs: ['--hide-scrollbars'] });
}

/** Opens a URL and waits for its load event; throws unless the server answered 200 (a page missing from dist/). */
export async function gotoOk(page: Page, url: string): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response?.status() !== 200) {
    throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'}: a page missing from the build`);
  }
}

/**
 * Loads a page's map tooltips as a reader's first touch of a map does (src/scripts/reader/map-tips.js
 * loads them on the first pointer, press or focus in a map) and waits until every map has them,
 * showing no tip: for tests of what the tooltips do once there (tooltips.test.ts tests how they come).
 */
export async function loadMapTips(page: Page): Promise<void> {
  const maps = await page.evaluate(() => {
    const all = document.querySelectorAll('[data-tip-src]');
    all[0]?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    return all.length;
  });
  if (maps > 0) await page.waitForFunction(() => [...document.querySelectorAll('[data-tip-src]')].every((map) => map.hasAttribute('data-map-ready')));
}

/**
 * What goes wrong on a page while it loads and runs: console errors (Chromium logs CSP violations
 * and failed loads there), uncaught exceptions, and requests to any origin but `origin`.
 */
export function watchPage(page: Page, origin: string): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) problems.push(`request to another origin: ${url}`);
  });
  return { problems };
}

/** Tabs of one browser context, taken by a test and given back for the next one. */
export interface TabPool {
  /** A free tab of the context, or a new one while fewer than `max` are out (else waits for one). */
  take(): Promise<Page>;
  /** Gives a tab back: the listeners added to it go, its viewport and emulated media type are reset. */
  give(tab: Page): Promise<void>;
}

/**
 * Reusable tabs. Opening a tab starts a renderer process; navigating an open one does not: here
 * 24 loads of six pages took 8.7 s in a new tab each and 2.6 s in one reused tab. A test that
 * fails before giving its tab back only costs the pool that tab (the context closes it). `max`
 * caps how many tabs concurrent tests hold at once: there, give tabs back in a finally, or a
 * failed test keeps its place and the others wait for it.
 */
export function tabPool(context: BrowserContext, { max = Infinity }: { max?: number } = {}): TabPool {
  const free: Page[] = [];
  const waiting: ((tab: Page) => void)[] = [];
  const sizes = new WeakMap<Page, { width: number; height: number } | null>();
  let out = 0;
  return {
    async take() {
      let tab = free.pop();
      if (!tab && out >= max) tab = await new Promise<Page>((resolve) => waiting.push(resolve));
      if (!tab || tab.isClosed()) tab = await context.newPage();
      out += 1;
      if (!sizes.has(tab)) sizes.set(tab, tab.viewportSize());
      return tab;
    },
    async give(tab) {
      out -= 1;
      if (!tab.isClosed()) {
        tab.removeAllListeners();
        const size = sizes.get(tab);
        if (size) await tab.setViewportSize(size);
        await tab.emulateMedia({ media: null });
      }
      const next = waiting.shift();
      if (next) next(tab);
      else if (!tab.isClosed()) free.push(tab);
    },
  };
}

/**
 * For one describe block: a browser and the built site in `root` served on loopback, started
 * before its tests and closed after them. Read `browser` and `url` inside the tests.
 */
export function browserOnSite(root: string): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveDist(root);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { get browser() { return browser!; }, get url() { return server!.url; } };
}
