/**
 * Colours in Chromium from the built dist/: every colour survives an engine without light-dark()
 * (WeChat's in-app browser, Chrome < 123, Safari < 17.5: simulated by renaming the function in
 * every style sheet and page, so any use of it would stop working), the reader's dark scheme and
 * data-theme apply, the gallery's thumbnails follow the reader's scheme, and print is light whatever
 * the screen. Expected values come from the tokens.
 */
import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoOk, hasBrowser, browserOnSite } from '../helpers/browser';
import {} from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { cssRgb, THEME, type ThemeName } from '../../src/lib/theme';

/** An embed page: light unless ?theme= says otherwise; ?theme=auto follows the reader's scheme. */
const MAP = '/embed/map-2022-tiers/';
const colour = (name: string, theme: ThemeName) => cssRgb(THEME[name]![theme]);

/** The colour of a 1 × 1 PNG screenshot, "#rrggbb" (whatever its row filter: with one pixel there is nothing to predict from). */
function pixelHex(png: Buffer): string {
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const [, r, g, b] = inflateSync(Buffer.concat(chunks));
  return `#${[r!, g!, b!].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

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

const root = await builtSite();

describe.skipIf(!hasBrowser)('theme colours in Chromium', () => {
  const site = browserOnSite(root);

  it.each(['light', 'dark'] as const)('without light-dark() support, the %s scheme still gets every colour', async (theme) => {
    const context = await site.browser.newContext({ colorScheme: theme, viewport: { width: 390, height: 800 } });
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      const type = response.headers()['content-type'] ?? '';
      if (!/text\/(css|html)/.test(type)) return route.fulfill({ response });
      return route.fulfill({ response, body: (await response.text()).replace(/light-dark\(/g, 'no-such-function(') });
    });
    const page = await context.newPage();
    await gotoOk(page, `${site.url}${MAP}?theme=auto`);
    expect(await colours(page)).toEqual({
      ink: colour('ink', theme), paper: colour('paper', theme), global: colour('tier-global', theme), regional: colour('tier-regional', theme),
    });
    // A request still in flight (the favicon, say) must not reach the route after the context closes.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  });

  it.each(['?theme=auto', '?theme=dark'])('prints light from a dark screen (%s): dark text on white, light-theme map colours', async (query) => {
    const context = await site.browser.newContext({ colorScheme: 'dark', viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await gotoOk(page, `${site.url}${MAP}${query}`);
    expect((await colours(page)).paper).toBe(colour('paper', 'dark'));
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await colours(page)).toEqual({
      ink: colour('ink', 'light'), paper: colour('paper', 'light'), global: colour('tier-global', 'light'), regional: colour('tier-regional', 'light'),
    });
    await context.close();
  });

  it.each(['light', 'dark'] as const)('the gallery\'s thumbnails follow a %s reader: their paper is the page\'s', async (theme) => {
    const context = await site.browser.newContext({ colorScheme: theme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await gotoOk(page, `${site.url}/figures/`);
    const thumb = page.locator('img.gallery-thumb').first();
    await thumb.scrollIntoViewIfNeeded();
    await expect.poll(() => thumb.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)).toBe(true);
    const box = (await thumb.boundingBox())!;
    // One pixel just inside the thumbnail's border, where it paints its paper.
    const shot = await page.screenshot({ clip: { x: box.x + 4, y: box.y + 4, width: 1, height: 1 } });
    expect(pixelHex(shot)).toBe(THEME.paper![theme].toLowerCase());
    await context.close();
  });
});
