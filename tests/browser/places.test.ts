/**
 * Map links and tooltips in Chromium (src/scripts/reader/map-tooltip.js, src/components/maps):
 * - JavaScript off: a county is a link; clicking it opens its place page.
 * - Keyboard: focusing a county or zone link shows its tooltip, which never covers the focused
 *   mark, and the focus is drawn on the shape itself (no outline box); Enter follows the link.
 * - Touch: a tap shows the tip with "查看<地名> →", a tap on another place shows that place, a
 *   second tap on the same place follows its link.
 * - Mouse: a click follows the link at once (hovering already showed the tip).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteDataFromFiles } from '../helpers/site-data';
import { placeList, placeUrl } from '../../src/lib/places';
import { gotoOk, hasBrowser, browserOnSite, loadMapTips, tabPool, type TabPool } from '../helpers/browser';
import { isEmbed, listPages, readPage } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';

const root = await builtSite();
const places = placeList(siteDataFromFiles());
const [first, second] = places.filter((place) => place.kind === 'county');
/** Pages to check tooltips on: the places index, one place page, and the first story with a linked map. */
const tipPages = [
  placeUrl(undefined),
  placeUrl(places[0]!.slug),
  listPages(root).find((page) => !isEmbed(page) && page.url.startsWith('/stories/') && readPage(page).includes('class="map-link"'))?.url,
].filter((url): url is string => url !== undefined);

/** In the page: for the focused map link, the boxes of its shape and of the shown tooltip. */
function focusedBoxes() {
  const link = document.activeElement as SVGAElement | null;
  const shape = link?.querySelector('path');
  const tip = link?.closest('[data-map]')?.querySelector<HTMLElement>('.map-tip');
  const rect = (element: Element) => {
    const box = element.getBoundingClientRect();
    return { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
  };
  return {
    name: link?.getAttribute('aria-label') ?? '',
    shape: shape ? rect(shape) : null,
    tip: tip && !tip.hidden ? rect(tip) : null,
    tipText: tip?.textContent ?? '',
    outline: link ? getComputedStyle(link).outlineStyle : '',
    // In screen pixels: the wide drawing of a single map is the narrow one's paths under scale(2).
    stroke: shape ? String(parseFloat(getComputedStyle(shape).strokeWidth) * (shape.getScreenCTM()?.a ?? 1)) : '',
  };
}

describe.skipIf(!hasBrowser)('map links and tooltips in Chromium', () => {
  const site = browserOnSite(root);

  it('with JavaScript off, clicking a county opens its place page', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    await gotoOk(tab, site.url + placeUrl(undefined));
    await tab.locator(`a.map-link:has([data-county="${first!.id}"]):visible`).first().click();
    await tab.waitForURL(`**${placeUrl(first!.slug)}`);
    expect(await tab.locator('h1').textContent()).toBe(first!.name);
    await context.close();
  });

  describe.each([1280, 390])('keyboard at %i px', (width) => {
    let context: BrowserContext;
    let tabs: TabPool;
    beforeAll(async () => {
      context = await site.browser.newContext({ viewport: { width, height: 900 } });
      tabs = tabPool(context);
    });
    afterAll(() => context?.close());

    it.each(tipPages)('%s: each focused county or zone shows its tip beside it, not over it, and is outlined itself', async (url) => {
      const tab = await tabs.take();
      await gotoOk(tab, site.url + url);
      await loadMapTips(tab);
      const links = await tab.locator('[data-map] a.map-link:visible').all();
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        await link.focus();
        const boxes = await tab.evaluate(focusedBoxes);
        expect(boxes.tip, `${url} ${boxes.name}: no tooltip`).not.toBeNull();
        expect(boxes.tipText).toMatch(/查看.+ →$/);
        const { shape, tip } = { shape: boxes.shape!, tip: boxes.tip! };
        const overlap = Math.max(0, Math.min(shape.right, tip.right) - Math.max(shape.left, tip.left))
          * Math.max(0, Math.min(shape.bottom, tip.bottom) - Math.max(shape.top, tip.top));
        expect(overlap, `${url} at ${width} px: the tooltip of ${boxes.name} covers it`).toBe(0);
        expect(boxes.outline, `${boxes.name}: focus drawn as a box`).toBe('none');
        expect(parseFloat(boxes.stroke), `${boxes.name}: focused shape not outlined`).toBeGreaterThanOrEqual(4);
      }
      await tab.keyboard.press('Escape');
      expect(await tab.locator('.map-tip:not([hidden])').count()).toBe(0);
      await tabs.give(tab);
    });
  });

  it('Enter on a focused county follows its link', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    await gotoOk(tab, site.url + placeUrl(undefined));
    await loadMapTips(tab);
    await tab.locator(`a.map-link:has([data-county="${second!.id}"]):visible`).focus();
    await tab.keyboard.press('Enter');
    await tab.waitForURL(`**${placeUrl(second!.slug)}`);
    await context.close();
  });

  it('a mouse click on a county follows its link', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    await gotoOk(tab, site.url + placeUrl(undefined));
    await loadMapTips(tab);
    await tab.locator(`path[data-county="${first!.id}"]:visible`).click({ force: true });
    await tab.waitForURL(`**${placeUrl(first!.slug)}`);
    await context.close();
  });

  describe('touch', () => {
    let context: BrowserContext;
    let tab: Page;
    beforeAll(async () => {
      context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      tab = await context.newPage();
    });
    afterAll(() => context?.close());

    /** Taps a point of the county's shape that is not under a label or marker. */
    async function tapCounty(id: string): Promise<void> {
      const point = await tab.locator(`path[data-county="${id}"]:visible`).first().evaluate((element) => {
        const box = element.getBoundingClientRect();
        for (let step = 0; step < 400; step += 1) {
          const x = box.left + (box.width * ((step % 20) + 0.5)) / 20;
          const y = box.top + (box.height * (Math.floor(step / 20) + 0.5)) / 20;
          if (document.elementFromPoint(x, y) === element) return { x, y };
        }
        return null;
      });
      expect(point, `no tappable point in ${id}`).not.toBeNull();
      await tab.touchscreen.tap(point!.x, point!.y);
    }
    const tipText = () => tab.locator('[data-map] .map-tip:not([hidden])').textContent();

    it('a tap shows the tip with its link; a tap on another place shows that one; a second tap follows the link', async () => {
      await gotoOk(tab, site.url + placeUrl(undefined));
      await loadMapTips(tab);
      await tab.locator('[data-map]').first().scrollIntoViewIfNeeded();
      await tapCounty(first!.id);
      expect(await tipText()).toContain(`查看${first!.name} →`);
      expect(tab.url()).toBe(site.url + placeUrl(undefined));
      await tapCounty(second!.id);
      expect(await tipText()).toContain(`查看${second!.name} →`);
      await tapCounty(second!.id);
      await tab.waitForURL(`**${placeUrl(second!.slug)}`);
    });

    it('the link in the tip opens the place page', async () => {
      await gotoOk(tab, site.url + placeUrl(undefined));
      await loadMapTips(tab);
      await tab.locator('[data-map]').first().scrollIntoViewIfNeeded();
      await tapCounty(first!.id);
      await tab.locator('[data-map] .map-tip a').tap();
      await tab.waitForURL(`**${placeUrl(first!.slug)}`);
    });
  });
});
