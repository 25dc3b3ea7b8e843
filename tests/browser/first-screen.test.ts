/**
 * A phone's first screen (issue 24, "Phones first"), in Chromium at 390 × 844, light and dark:
 * on every story page and the home page a drawn figure (a map's or chart's <svg>, not number
 * cards) starts above the fold. A story's layout shows its lead figure right under the 要点 box
 * (src/layouts/StoryLayout.astro), its head set tight on a phone (story.css, src/lib/layout.ts).
 * The head's text is all there: nothing is cut off or hidden to get the figure up.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserOnSite, gotoOk, hasBrowser, tabPool, type TabPool } from '../helpers/browser';
import { isStory, listPages } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';

const root = await builtSite();
const pages = listPages(root).filter((page) => page.url === '/' || isStory(page));
const PHONE = { width: 390, height: 844 };

/** In the page: the first drawn figure's <svg> (top-level, shown, at least 120 × 60 px) and what is above it. */
function firstDrawing() {
  const svgs = [...document.querySelectorAll('figure[data-figure] .figure-graphic svg')].filter((svg) => {
    const box = svg.getBoundingClientRect();
    return !svg.parentElement?.closest('svg') && svg.checkVisibility() && box.width >= 120 && box.height >= 60;
  });
  const svg = svgs[0];
  const head = document.querySelector('.story-head');
  const clipped = head ? [...head.querySelectorAll('h1, p, li')].filter((element) => {
    const style = getComputedStyle(element);
    return !element.checkVisibility() || element.scrollHeight > element.clientHeight + 1 || style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none';
  }).map((element) => element.textContent) : [];
  return {
    figure: svg?.closest('figure[data-figure]')?.getAttribute('data-figure') ?? null,
    top: svg ? svg.getBoundingClientRect().top + window.scrollY : null,
    clipped,
  };
}

describe.skipIf(!hasBrowser)('a phone\'s first screen in Chromium', () => {
  const site = browserOnSite(root);

  it('there are story pages to test', () => {
    expect(pages.filter(isStory).length).toBeGreaterThan(0);
  });

  describe.each(['light', 'dark'] as const)('%s', (colorScheme) => {
    let context: BrowserContext;
    let tabs: TabPool;
    beforeAll(async () => {
      context = await site.browser.newContext({ viewport: PHONE, colorScheme, hasTouch: true, isMobile: true });
      tabs = tabPool(context);
    });
    afterAll(() => context?.close());

    it.each(pages.map((page) => [page.url]))(`%s: a drawn figure starts above the fold at ${PHONE.width} × ${PHONE.height}, no head text cut`, async (url) => {
      const tab = await tabs.take();
      await gotoOk(tab, site.url + url);
      const found = await tab.evaluate(firstDrawing);
      await tabs.give(tab);
      expect(found.figure, 'a drawn figure (map or chart <svg>) on the page').not.toBeNull();
      expect(found.top!, `the top of figure ${found.figure}'s drawing, px from the page's top`).toBeLessThan(PHONE.height);
      expect(found.clipped, 'head text cut off or hidden').toEqual([]);
    });
  });
});
