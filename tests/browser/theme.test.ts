/**
 * Colours in Chromium from the built dist/: every colour survives an engine without light-dark()
 * (WeChat's in-app browser, Chrome < 123, Safari < 17.5: simulated by renaming the function in
 * every style sheet and page, so any use of it would stop working), the reader's dark scheme and
 * data-theme apply, and print is light whatever the screen. Expected values come from the tokens.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoOk, hasBrowser, launchBrowser } from '../helpers/browser';
import { serveDist, type StaticServer } from '../../scripts/lib/serve-dist';
import {} from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { cssRgb, THEME, type ThemeName } from '../../src/lib/theme';

/** An embed page: light unless ?theme= says otherwise; ?theme=auto follows the reader's scheme. */
const MAP = '/embed/map-2022-tiers/';
const colour = (name: string, theme: ThemeName) => cssRgb(THEME[name]![theme]);

/** Body text and background, and the fill of the first county of each tier class on the page. */
function colours(page: Page) {
  return page.evaluate(() => {
    const fill = (selector: string) => {
      const element = document.querySelector(selector);
      return element ? getComputedStyle(element).fill : 'missing';
    };
    return {
      ink: getComputedStyle(document.body).color,
      paper: getComputedStyle(document.body).backgroundColor,
      global: fill('.map-county.map-fill-global'),
      regional: fill('.map-county.map-fill-regional'),
    };
  });
}

describe.skipIf(!hasBrowser)('theme colours in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveDist(await builtSite());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['light', 'dark'] as const)('without light-dark() support, the %s scheme still gets every colour', async (theme) => {
    const context = await browser.newContext({ colorScheme: theme, viewport: { width: 390, height: 800 } });
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      const type = response.headers()['content-type'] ?? '';
      if (!/text\/(css|html)/.test(type)) return route.fulfill({ response });
      return route.fulfill({ response, body: (await response.text()).replace(/light-dark\(/g, 'no-such-function(') });
    });
    const page = await context.newPage();
    await gotoOk(page, `${server.url}${MAP}?theme=auto`);
    expect(await colours(page)).toEqual({
      ink: colour('ink', theme), paper: colour('paper', theme), global: colour('tier-global', theme), regional: colour('tier-regional', theme),
    });
    // A request still in flight (the favicon, say) must not reach the route after the context closes.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  });

  it.each(['?theme=auto', '?theme=dark'])('prints light from a dark screen (%s): dark text on white, light-theme map colours', async (query) => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await gotoOk(page, `${server.url}${MAP}${query}`);
    expect((await colours(page)).paper).toBe(colour('paper', 'dark'));
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await colours(page)).toEqual({
      ink: colour('ink', 'light'), paper: colour('paper', 'light'), global: colour('tier-global', 'light'), regional: colour('tier-regional', 'light'),
    });
    await context.close();
  });
});
