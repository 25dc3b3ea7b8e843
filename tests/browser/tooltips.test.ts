/**
 * Touch-first map tooltips (issue 24; src/scripts/reader/map-tooltip.js, src/components/map), in
 * Chromium on a sample of the reader pages with a map (tests/helpers/representatives.ts: every
 * page type; in each, every map kind and the longest, most labelled and tallest page):
 * - Touch at 320 and 390 px: a tap on a mark of each map shows its tip as a panel under that map,
 *   wholly inside the viewport, not over any other map of the figure; its link is the element a
 *   finger at its centre hits (nothing covers it); it stays until closed: the close button, or a
 *   tap elsewhere.
 * - Mouse at 1280 px: hovering a mark of each map shows its tip beside the pointer, wholly inside
 *   the viewport; on a figure of several maps (a compare map), hovering every mark of every map
 *   never puts the tip over another map.
 * - Keyboard: Space on a focused county (Enter on a marker that is not a link) pins its tip with
 *   a close button; it stays as focus moves on; Escape from inside the tip closes it and puts
 *   focus back on the mark.
 * (pages.test.ts and places.test.ts hold the rest: focus shows, Escape hides, a second tap and
 * Enter follow the link, a mouse click follows it at once, the tip never covers a focused mark.)
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserOnSite, gotoOk, hasBrowser, loadMapTips, tabPool, type TabPool } from '../helpers/browser';
import { isEmbed, listPages, readPage } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { representativePages } from '../helpers/representatives';

const root = await builtSite();
const mapPages = representativePages(listPages(root).filter((page) => !isEmbed(page) && readPage(page).includes('data-county'))).map((page) => page.url);
/** Pages with a figure of several maps side by side (compare maps, the national clusters): their sample. */
const pairPages = representativePages(listPages(root).filter((page) => !isEmbed(page) && readPage(page).includes('<div class="map-panels">'))).map((page) => page.url);
/** A page with a marker that is not a link (a facility), for Enter. */
const markerPage = listPages(root).find((page) => !isEmbed(page) && /<path class="map-mark[^>]*tabindex="0"/.test(readPage(page)))?.url;

type Box = { left: number; top: number; right: number; bottom: number };

/** In the page: the shown tip of a mark's map, other maps of its figure, the viewport and what a finger on the tip's link hits. */
function tipState(mark: Element) {
  const rect = (element: Element): Box => {
    const box = element.getBoundingClientRect();
    return { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
  };
  const map = mark.closest('[data-map]')!;
  const tip = map.querySelector<HTMLElement>('.map-tip')!;
  const own = mark.closest('svg')!;
  const link = tip.querySelector('a');
  const linkBox = link?.getBoundingClientRect();
  const hit = linkBox ? document.elementFromPoint(linkBox.left + linkBox.width / 2, linkBox.top + linkBox.height / 2) : null;
  const close = tip.querySelector<HTMLElement>('.map-tip-close');
  return {
    shown: !tip.hidden && tip.getBoundingClientRect().height > 0,
    tip: rect(tip),
    panel: tip.classList.contains('map-tip-panel'),
    underOwnMap: tip.getBoundingClientRect().top >= own.getBoundingClientRect().bottom - 1,
    others: [...map.querySelectorAll('svg.map-svg')].filter((svg) => svg !== own).map(rect),
    viewport: { left: 0, top: 0, right: document.documentElement.clientWidth, bottom: window.innerHeight },
    hasLink: !!link,
    linkHit: !!link && !!hit && (hit === link || link.contains(hit)),
    closeShown: !!close && close.checkVisibility(),
    closeName: close?.getAttribute('aria-label') ?? '',
  };
}

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
const within = (inner: Box, outer: Box) => inner.left >= outer.left - 0.5 && inner.top >= outer.top - 0.5 && inner.right <= outer.right + 0.5 && inner.bottom <= outer.bottom + 0.5;
const show = (box: Box) => `${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`;

/** A point of the mark that the mark itself receives (its box's centre may fall outside its shape or under a label). */
async function hitPoint(mark: Locator): Promise<{ x: number; y: number } | null> {
  return mark.evaluate((element) => {
    const box = element.getBoundingClientRect();
    for (let step = 0; step < 400; step += 1) {
      const x = box.left + (box.width * ((step % 20) + 0.5)) / 20;
      const y = box.top + (box.height * (Math.floor(step / 20) + 0.5)) / 20;
      const hit = document.elementFromPoint(x, y);
      if (hit && (hit === element || element.contains(hit))) return { x, y };
    }
    return null;
  });
}

/** The first tipped mark of each map on the page (a county's link, or a marker). */
async function firstMarks(tab: Page): Promise<Locator[]> {
  const marks: Locator[] = [];
  for (const svg of await tab.locator('[data-map] svg.map-svg:visible').all()) {
    const tipped = svg.locator('[data-tip]');
    if ((await tipped.count()) > 0) marks.push(tipped.first());
  }
  return marks;
}

describe.skipIf(!hasBrowser)('touch-first map tooltips in Chromium', () => {
  const site = browserOnSite(root);

  it('there are pages with maps, a pair of maps and a marker that is not a link to test', () => {
    expect(mapPages.length).toBeGreaterThan(0);
    expect(pairPages.length).toBeGreaterThan(0);
    expect(markerPage).toBeDefined();
  });

  describe('the tooltips come on first touch (src/scripts/reader/map-tips.js)', () => {
    const url = mapPages[0]!;
    const TOOLTIPS = /\/scripts\/map-tooltip\.js$/;
    /** A fresh tab of a new context, and the times the tooltips were requested in it. */
    async function fresh(options: Parameters<typeof site.browser.newContext>[0]) {
      const context = await site.browser.newContext(options);
      const tab = await context.newPage();
      const requested: string[] = [];
      tab.on('request', (request) => { if (TOOLTIPS.test(new URL(request.url()).pathname)) requested.push(request.url()); });
      await gotoOk(tab, site.url + url);
      return { context, tab, requested };
    }
    const tipShown = (tab: Page) => tab.locator('[data-map] .map-tip:not([hidden])').count();
    /**
     * How long a wait that includes fetching and starting the tooltip script may take: expect.poll's
     * default of 1 s was once too short in a full run on two busy cores (the tip came, later), and
     * 5 s once in a CI run sharing the cores with two builds.
     */
    const LOADED = { timeout: 10_000 };
    /** Taps the first visible map link and waits until the tab is on its page (the tap was not held for a tip). */
    async function tapFollowsLink(tab: Page) {
      const mark = tab.locator('[data-map] a.map-link:visible').first();
      const href = (await mark.getAttribute('href'))!;
      await mark.scrollIntoViewIfNeeded();
      const point = await hitPoint(mark);
      await tab.touchscreen.tap(point!.x, point!.y);
      await tab.waitForURL(`**${href}`);
    }

    it('a page that nobody touches loads the loader alone: no tooltips requested, no map ready', async () => {
      const { context, tab, requested } = await fresh({ viewport: { width: 1280, height: 900 } });
      await tab.waitForTimeout(200);
      expect(requested).toEqual([]);
      expect(await tab.locator('[data-map-ready]').count()).toBe(0);
      await context.close();
    });

    it('a tap on a county before they have loaded does not leave the page: the tip shows as a panel when they come', async () => {
      const { context, tab, requested } = await fresh({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const mark = tab.locator('[data-map] a.map-link:visible').first();
      await mark.scrollIntoViewIfNeeded();
      const point = await hitPoint(mark);
      await tab.touchscreen.tap(point!.x, point!.y);
      // The page's address with the count, so that a failure says whether the tap followed the link or the tip was late.
      await expect.poll(async () => ({ url: tab.url(), tips: await tipShown(tab) }), LOADED).toEqual({ url: site.url + url, tips: 1 });
      expect((await mark.evaluate(tipState)).panel).toBe(true);
      expect(requested).toHaveLength(1);
      await context.close();
    });

    it('a tap whose press came before they started and whose focus and click after is still a tap: nothing moves before the click, the tip shows, the link waits', async () => {
      const { context, tab } = await fresh({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const mark = tab.locator('[data-map] a.map-link:visible').first();
      await mark.scrollIntoViewIfNeeded();
      // The race a phone runs when the script comes fast (from its cache): the press starts the download, the script
      // starts, then the press's focus and its click arrive. A tip shown on that focus scrolled its panel into view,
      // moving the mark from under the finger: the click then landed outside the map and hid the tip.
      await mark.evaluate((link) => link.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true })));
      await expect.poll(() => tab.locator('[data-map-ready]').count(), LOADED).toBeGreaterThan(0);
      const scrolled = await tab.evaluate(() => window.scrollY);
      await mark.focus();
      expect({ tips: await tipShown(tab), scrollY: await tab.evaluate(() => window.scrollY) }, 'the focus a press brings shows nothing and moves nothing').toEqual({ tips: 0, scrollY: scrolled });
      await mark.evaluate((link) => link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1, view: window })));
      await expect.poll(() => tipShown(tab), LOADED).toBe(1);
      expect(tab.url(), 'the tap shows the tip, it does not follow the link').toBe(site.url + url);
      await context.close();
    });

    it('where the tooltips cannot load (offline, blocked), a tap that waited for them follows its link', async () => {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      await context.route(TOOLTIPS, (route) => route.abort());
      const tab = await context.newPage();
      await gotoOk(tab, site.url + url);
      await tapFollowsLink(tab);
      await context.close();
    });

    it('in a browser without adopted style sheets (the tooltips bring their styles as one), nothing is loaded and a tap follows its link', async () => {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      await context.addInitScript(() => { delete (Document.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets; });
      const tab = await context.newPage();
      const requested: string[] = [];
      tab.on('request', (request) => { if (TOOLTIPS.test(new URL(request.url()).pathname)) requested.push(request.url()); });
      await gotoOk(tab, site.url + url);
      await tapFollowsLink(tab);
      expect(requested).toEqual([]);
      await context.close();
    });

    it('the tip\'s styles come with the tooltips: none in the page before, the panel styled after a tap', async () => {
      const { context, tab } = await fresh({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const tipStyle = () => tab.locator('[data-map] .map-tip').first().evaluate((tip) => {
        const style = getComputedStyle(tip);
        return { position: style.position, border: style.borderTopWidth };
      });
      const before = await tab.evaluate(() => [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('.map-tip-panel'))));
      expect(before, 'no rule for the tip in the page\'s own style sheet').toBe(false);
      const mark = tab.locator('[data-map] a.map-link:visible').first();
      await mark.scrollIntoViewIfNeeded();
      const point = await hitPoint(mark);
      await tab.touchscreen.tap(point!.x, point!.y);
      await expect.poll(() => tipShown(tab), LOADED).toBe(1);
      expect(await tipStyle()).toEqual({ position: 'relative', border: '1px' });
      await context.close();
    });

    it('focus on a mark loads them and shows its tip; Escape hides it', async () => {
      const { context, tab } = await fresh({ viewport: { width: 1280, height: 900 } });
      await tab.locator('[data-map] [data-tip]:visible').first().focus();
      await expect.poll(() => tipShown(tab), LOADED).toBe(1);
      await tab.keyboard.press('Escape');
      expect(await tipShown(tab)).toBe(0);
      await context.close();
    });

    it('the pointer over a map loads them; moving over a mark then shows its tip', async () => {
      const { context, tab, requested } = await fresh({ viewport: { width: 1280, height: 900 } });
      const mark = tab.locator('[data-map] [data-tip]:visible').first();
      await mark.scrollIntoViewIfNeeded();
      const point = await hitPoint(mark);
      await tab.mouse.move(point!.x, point!.y);
      await expect.poll(async () => {
        await tab.mouse.move(point!.x + 1, point!.y);
        await tab.mouse.move(point!.x, point!.y);
        return tipShown(tab);
      }, LOADED).toBe(1);
      expect(requested).toHaveLength(1);
      await context.close();
    });
  });

  describe.each([320, 390])('tap at %i px', (width) => {
    let context: BrowserContext;
    let tabs: TabPool;
    beforeAll(async () => {
      context = await site.browser.newContext({ viewport: { width, height: width === 320 ? 568 : 844 }, hasTouch: true, isMobile: true });
      tabs = tabPool(context);
    });
    afterAll(() => context?.close());

    it.each(mapPages)('%s: each map\'s tip is a panel under it, on screen, over no other map, its link tappable; it stays until closed', async (url) => {
      const tab = await tabs.take();
      await gotoOk(tab, site.url + url);
      await loadMapTips(tab);
      const marks = await firstMarks(tab);
      expect(marks.length).toBeGreaterThan(0);
      for (const [index, mark] of marks.entries()) {
        await mark.scrollIntoViewIfNeeded();
        const point = await hitPoint(mark);
        expect(point, `map ${index}: no point of its first mark can be tapped`).not.toBeNull();
        await tab.touchscreen.tap(point!.x, point!.y);
        const state = await mark.evaluate(tipState);
        const where = `${url} at ${width} px, map ${index}`;
        expect(state.shown, `${where}: no tip after a tap`).toBe(true);
        expect(state.panel && state.underOwnMap, `${where}: the tip is not a panel under its map`).toBe(true);
        expect(within(state.tip, state.viewport), `${where}: tip ${show(state.tip)} not inside the viewport ${show(state.viewport)}`).toBe(true);
        for (const other of state.others) expect(overlap(state.tip, other), `${where}: the tip covers another map`).toBe(0);
        if (state.hasLink) expect(state.linkHit, `${where}: something covers the tip's link`).toBe(true);
        expect(state.closeShown, `${where}: no close button`).toBe(true);
        expect(state.closeName).not.toBe('');
        // It stays: the page is scrolled a little (the finger moves on), the tip is still there.
        await tab.mouse.wheel(0, 40);
        expect((await mark.evaluate(tipState)).shown, `${where}: the tip went away on its own`).toBe(true);
        // Closed by its button, then shown again and closed by a tap elsewhere.
        await tab.locator('[data-map] .map-tip:not([hidden]) .map-tip-close').tap();
        expect((await mark.evaluate(tipState)).shown, `${where}: the close button left the tip open`).toBe(false);
        await mark.scrollIntoViewIfNeeded();
        const again = await hitPoint(mark);
        await tab.touchscreen.tap(again!.x, again!.y);
        expect((await mark.evaluate(tipState)).shown).toBe(true);
        await tab.locator('main h1').tap();
        expect((await mark.evaluate(tipState)).shown, `${where}: a tap elsewhere left the tip open`).toBe(false);
      }
      await tabs.give(tab);
    });

    it('the link in a tapped tip opens its place page', async () => {
      const tab = await tabs.take();
      await gotoOk(tab, site.url + mapPages[0]);
      await loadMapTips(tab);
      const mark = tab.locator('[data-map] a.map-link:visible').first();
      const href = await mark.getAttribute('href');
      await mark.scrollIntoViewIfNeeded();
      const point = await hitPoint(mark);
      await tab.touchscreen.tap(point!.x, point!.y);
      await tab.locator('[data-map] .map-tip:not([hidden]) a').tap();
      await tab.waitForURL(`**${href}`);
      await tabs.give(tab);
    });
  });

  describe('mouse at 1280 px', () => {
    let context: BrowserContext;
    let tabs: TabPool;
    beforeAll(async () => {
      context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      tabs = tabPool(context);
    });
    afterAll(() => context?.close());

    it.each(mapPages)('%s: hovering shows each map\'s tip beside the pointer, on screen, over no other map', async (url) => {
      const tab = await tabs.take();
      await gotoOk(tab, site.url + url);
      await loadMapTips(tab);
      for (const [index, mark] of (await firstMarks(tab)).entries()) {
        await mark.scrollIntoViewIfNeeded();
        const point = await hitPoint(mark);
        await tab.mouse.move(point!.x, point!.y);
        const state = await mark.evaluate(tipState);
        const where = `${url}, map ${index}`;
        expect(state.shown, `${where}: no tip on hover`).toBe(true);
        expect(within(state.tip, state.viewport), `${where}: tip ${show(state.tip)} not inside the viewport`).toBe(true);
        expect(state.tip.left - 2 > point!.x || state.tip.right + 2 < point!.x || state.tip.top - 2 > point!.y || state.tip.bottom + 2 < point!.y, `${where}: the tip is under the pointer`).toBe(true);
        for (const other of state.others) expect(overlap(state.tip, other), `${where}: the tip covers another map`).toBe(0);
        expect(state.closeShown, `${where}: a hover's tip has no close button`).toBe(false);
      }
      await tab.mouse.move(1, 1);
      await tabs.give(tab);
    });

    it.each(pairPages)('%s: no mark of a map of the pair, hovered, puts its tip over the other map', async (url) => {
      const tab = await tabs.take();
      await gotoOk(tab, site.url + url);
      await loadMapTips(tab);
      const problems: string[] = [];
      let hovered = 0;
      for (const svg of await tab.locator('[data-map]:has(.map-panels) svg.map-svg:visible').all()) {
        for (const mark of await svg.locator('[data-tip]').all()) {
          await mark.scrollIntoViewIfNeeded();
          const point = await hitPoint(mark);
          if (!point) continue;
          await tab.mouse.move(point.x, point.y);
          const state = await mark.evaluate(tipState);
          hovered += 1;
          if (!state.shown) problems.push(`${await mark.getAttribute('aria-label')}: no tip`);
          else if (!within(state.tip, state.viewport)) problems.push(`${await mark.getAttribute('aria-label')}: tip off screen`);
          else if (state.others.some((other) => overlap(state.tip, other) > 0)) problems.push(`${await mark.getAttribute('aria-label')}: tip ${show(state.tip)} over the other map`);
        }
      }
      await tab.mouse.move(1, 1);
      await tabs.give(tab);
      expect(hovered).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });
  });

  describe('keyboard', () => {
    let context: BrowserContext;
    let tab: Page;
    beforeAll(async () => {
      context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      tab = await context.newPage();
    });
    afterAll(() => context?.close());

    const focused = () => tab.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.className ?? '');
    const tipShown = () => tab.locator('[data-map] .map-tip:not([hidden])').count();

    it.each([390, 1280])('at %i px: Space pins a county\'s tip with a close button; Escape from inside it closes it and returns focus', async (width) => {
      await tab.setViewportSize({ width, height: 900 });
      await gotoOk(tab, site.url + mapPages.find((url) => url.startsWith('/stories/'))!);
      await loadMapTips(tab);
      const mark = tab.locator('[data-map] a.map-link:visible').first();
      const name = await mark.evaluate((element) => element.getAttribute('aria-label'));
      await mark.focus();
      await tab.keyboard.press('Space');
      expect(tab.url(), 'Space does not follow the link').not.toContain('/places/');
      expect(await tab.locator('[data-map] .map-tip.map-tip-pinned:not([hidden]) .map-tip-close').isVisible()).toBe(true);
      // Pinned: focus moving into the tip keeps it.
      await tab.locator('[data-map] .map-tip:not([hidden]) .map-tip-close').focus();
      expect(await tipShown()).toBe(1);
      await tab.keyboard.press('Escape');
      expect(await tipShown(), 'Escape left the tip open').toBe(0);
      expect(await focused(), 'focus back on the county').toBe(name);
      // The close button, pressed from the keyboard, does the same.
      await tab.keyboard.press('Space');
      await tab.locator('[data-map] .map-tip:not([hidden]) .map-tip-close').focus();
      await tab.keyboard.press('Enter');
      expect(await tipShown()).toBe(0);
      expect(await focused()).toBe(name);
    });

    it('Enter on a marker that is not a link pins its tip, Escape closes it', async () => {
      await tab.setViewportSize({ width: 1280, height: 900 });
      await gotoOk(tab, site.url + markerPage!);
      await loadMapTips(tab);
      const marker = tab.locator('[data-map] path.map-mark[tabindex="0"]:visible').first();
      await marker.focus();
      await tab.keyboard.press('Enter');
      expect(await tab.locator('[data-map] .map-tip.map-tip-pinned:not([hidden])').count()).toBe(1);
      await tab.keyboard.press('Tab');
      expect(await tipShown(), 'a pinned tip stays as focus moves on').toBe(1);
      await tab.keyboard.press('Escape');
      expect(await tipShown()).toBe(0);
    });
  });
});
