/**
 * A phone's first screen (issue 24, "Phones first"), in Chromium at 390 × 844, light and dark:
 * on every story page, place page and the home page of both editions a drawn figure (a map's or chart's
 * <svg>, not number cards) shows on the first screen: at least VISIBLE px of it, or half of it
 * when it is shorter, not just its top edge. A story shows its lead figure right under its title
 * and dek, the 要点 box after it (StoryLayout), its head set tight on a phone (src/lib/layout.ts); a
 * lead figure's dek comes under its drawing (FigureFrame's `lead`); a place page shows its locator
 * map right under the place's name (PlacePage), the home page its lead story's figure right under
 * the headline (HomePage). All of it in the markup's order, not moved by CSS: what comes first must
 * come first while a page streams in, or it shifts down (pages.test.ts measures layout shifts).
 * The head's text is all there: nothing is cut off or hidden to get the figure up.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserOnSite, gotoOk, hasBrowser, tabPool, type TabPool } from '../helpers/browser';
import { listPages } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';

const root = await builtSite();
/** The home page, the stories and the place pages, in either edition ("/", "/en/stories/x/", "/places/x/"). */
const pages = listPages(root).filter((page) => /^(\/en)?\/((stories|places)\/[^/]+\/)?$/.test(page.url));
const PHONE = { width: 390, height: 844 };
/** How much of the drawing the first screen shows at least (or half of a shorter drawing). */
const VISIBLE = 120;

/** In the page: the first drawn figure's <svg> (top-level, shown, at least 120 × 60 px) and what is above it. */
function firstDrawing() {
  const svgs = [...document.querySelectorAll('figure[data-figure] .figure-graphic svg')].filter((svg) => {
    const box = svg.getBoundingClientRect();
    return !svg.parentElement?.closest('svg') && svg.checkVisibility() && box.width >= 120 && box.height >= 60;
  });
  const svg = svgs[0];
  // The words around the first figure: a story's title, dek and 要点, a place's name and intro.
  const clipped = [...document.querySelectorAll('.story-head, .key-points, .place-head, .place-about')].flatMap((box) => [...box.querySelectorAll('h1, p, li')]).filter((element) => {
    const style = getComputedStyle(element);
    return !element.checkVisibility() || element.scrollHeight > element.clientHeight + 1 || style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none';
  }).map((element) => element.textContent);
  // On a story: where the 要点 box sits, between the lead figure and the byline.
  const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
  const keyPoints = box('.key-points');
  const lead = box('.story > figure');
  const byline = box('.story-meta');
  return {
    order: keyPoints && lead && byline ? { keyPointsAfterFigure: keyPoints.top >= lead.bottom, keyPointsBeforeByline: keyPoints.bottom <= byline.top } : null,
    figure: svg?.closest('figure[data-figure]')?.getAttribute('data-figure') ?? null,
    top: svg ? svg.getBoundingClientRect().top + window.scrollY : null,
    height: svg ? svg.getBoundingClientRect().height : 0,
    clipped,
  };
}

describe.skipIf(!hasBrowser)('a phone\'s first screen in Chromium', () => {
  const site = browserOnSite(root);

  // Whatever stories and places each edition has are all tested below; only an empty sample is wrong.
  it('there are story pages to test', () => {
    expect(pages.filter((page) => page.url.includes('/stories/')).length).toBeGreaterThan(0);
  });

  describe.each(['light', 'dark'] as const)('%s', (colorScheme) => {
    let context: BrowserContext;
    let tabs: TabPool;
    beforeAll(async () => {
      context = await site.browser.newContext({ viewport: PHONE, colorScheme, hasTouch: true, isMobile: true });
      tabs = tabPool(context);
    });
    afterAll(() => context?.close());

    it.each(pages.map((page) => [page.url]))(`%s: a drawn figure shows on the first screen at ${PHONE.width} × ${PHONE.height} (${VISIBLE} px of it, or half), no head text cut`, async (url) => {
      const tab = await tabs.take();
      await gotoOk(tab, site.url + url);
      const found = await tab.evaluate(firstDrawing);
      await tabs.give(tab);
      expect(found.figure, 'a drawn figure (map or chart <svg>) on the page').not.toBeNull();
      const shown = Math.min(VISIBLE, found.height / 2);
      expect(PHONE.height - found.top!, `px of figure ${found.figure}'s drawing (${Math.round(found.height)} px tall, top at ${Math.round(found.top!)} px) on the first screen`).toBeGreaterThanOrEqual(shown);
      expect(found.clipped, 'head text cut off or hidden').toEqual([]);
      if (url.includes('/stories/')) expect(found.order, 'the 要点 box right after the lead figure, before the byline').toEqual({ keyPointsAfterFigure: true, keyPointsBeforeByline: true });
    });
  });
});
