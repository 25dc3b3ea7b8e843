/**
 * Tables on a phone (issue 24), in Chromium at 320 and 390 px, every <details> opened: on a sample
 * of the pages with a table (tests/helpers/representatives.ts: every page type; in each, every
 * figure kind, the roster, and the longest, most labelled and tallest page) (figures' data tables, the story's cluster roster), no cell is narrower than
 * three characters (3 × its font size) unless the table is stacked, when each cell takes its
 * row's full width; a stacked cell shows its column's header (data-label); a cell that holds a
 * number is right-aligned (a year alone, an English date cell, is a date, not a quantity); the page never scrolls sideways.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserOnSite, gotoOk, hasBrowser, tabPool, type TabPool } from '../helpers/browser';
import { isEmbed, listPages, readPage } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { representativePages } from '../helpers/representatives';

const root = await builtSite();
const tablePages = representativePages(listPages(root).filter((page) => !isEmbed(page) && !page.url.endsWith('.html') && readPage(page).includes('<table')), { shows: ['class="roster"'] });

/** In the page: opens every disclosure, lays everything out, and lists what breaks the rules above. */
function tableProblems(): { tables: number; stacked: number; problems: string[]; scrollWidth: number; innerWidth: number } {
  for (const details of document.querySelectorAll('details')) details.open = true;
  for (const element of document.querySelectorAll<HTMLElement>('*')) {
    if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
  }
  const problems: string[] = [];
  const tables = [...document.querySelectorAll('main table')];
  let stacked = 0;
  /** A number as a table prints it: "150", "1,400", "约65%", "5个", "973.43亿元", "5000亿级", "−3.2". */
  const NUMBER = /^(?:约|近|超|高达|前)?[-−]?\d[\d,.]*\s*(?:%|个|家|亿元|万元|元|亿|位)?(?:以上|级)?$/;
  for (const table of tables) {
    const name = table.closest('[data-figure]')?.getAttribute('data-figure') ?? table.className;
    const isStacked = [...table.querySelectorAll('tbody tr')].some((row) => getComputedStyle(row).display === 'block');
    if (isStacked) stacked += 1;
    for (const cell of table.querySelectorAll<HTMLElement>(isStacked ? 'tbody th, tbody td' : 'th, td')) {
      if (!cell.checkVisibility()) continue;
      const box = cell.getBoundingClientRect();
      const size = parseFloat(getComputedStyle(cell).fontSize);
      const text = (cell.textContent ?? '').trim();
      if (isStacked) {
        const row = cell.closest('tr')!.getBoundingClientRect();
        if (box.width < row.width - 1) problems.push(`${name}: stacked cell "${text.slice(0, 10)}" ${Math.round(box.width)} px wide in a ${Math.round(row.width)} px row`);
        const label = cell.getAttribute('data-label');
        const shown = getComputedStyle(cell, '::before').content;
        if (!label || shown !== `"${label}"`) problems.push(`${name}: stacked cell "${text.slice(0, 10)}" shows no column header (data-label "${label}", ::before ${shown})`);
      } else if (box.width < 3 * size - 0.5) {
        problems.push(`${name}: cell "${text.slice(0, 10)}" is ${box.width.toFixed(1)} px wide, under 3 × its ${size} px font`);
      }
      if (cell.tagName === 'TD' && NUMBER.test(text) && !/^\d{4}$/.test(text) && getComputedStyle(cell).textAlign !== 'right') {
        problems.push(`${name}: the number "${text}" is not right-aligned`);
      }
    }
  }
  return { tables: tables.length, stacked, problems, scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth };
}

describe.skipIf(!hasBrowser)('tables on a phone in Chromium', () => {
  const site = browserOnSite(root);

  it('there are pages with tables, the roster among them', () => {
    expect(tablePages.length).toBeGreaterThan(0);
    expect(tablePages.some((page) => readPage(page).includes('class="roster-table"'))).toBe(true);
  });

  describe.each([320, 390])('%i px', (width) => {
    let context: BrowserContext;
    let tabs: TabPool;
    beforeAll(async () => {
      context = await site.browser.newContext({ viewport: { width, height: 800 }, hasTouch: true, isMobile: true });
      tabs = tabPool(context);
    });
    afterAll(() => context?.close());

    it.each(tablePages.map((page) => [page.url]))('%s: cells at least three characters wide or stacked full width, numbers right, no sideways scroll', async (url) => {
      const tab = await tabs.take();
      await gotoOk(tab, site.url + url);
      const found = await tab.evaluate(tableProblems);
      await tabs.give(tab);
      expect(found.tables).toBeGreaterThan(0);
      expect(found.problems).toEqual([]);
      expect(found.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(found.innerWidth);
    });
  });
});
