/**
 * Tables on a phone (issue 24), in Chromium at 320 and 390 px, every <details> opened: on a sample
 * of the pages with a table (tests/helpers/representatives.ts: every page type; in each, every
 * figure kind, the roster, and the longest, most labelled and tallest page) (figures' data tables, the story's cluster roster), no cell is narrower than
 * three characters (3 × its font size) unless the table is stacked, when each cell takes its
 * row's full width; a stacked cell shows its column's header (data-label), broken only where the
 * line-breaking rule marked it (never "2021年增加 / 值"); a cell that holds a
 * number is right-aligned (a year alone, an English date cell, is a date, not a quantity); the page never scrolls sideways.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserOnSite, gotoOk, hasBrowser, tabPool, type TabPool } from '../helpers/browser';
import { isEmbed, listPages, readPage } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { representativePages } from '../helpers/representatives';

const root = await builtSite();
const pagesWithTables = listPages(root).filter((page) => !isEmbed(page) && !page.url.endsWith('.html') && readPage(page).includes('<table'));
const tablePages = representativePages(pagesWithTables, { shows: ['class="roster"'] });
const hasRoster = (page: (typeof pagesWithTables)[number]) => readPage(page).includes('class="roster-table"');

/** In the page: opens every disclosure, lays everything out, and lists what breaks the rules above. */
function tableProblems(): { tables: number; stacked: number; problems: string[]; scrollWidth: number; innerWidth: number } {
  /** The break mark of the line-breaking rule (markBreaks() in src/lib/linebreak.ts: a zero-width space). */
  const MARK = '\u200B';
  /**
   * Where a stacked cell's header (its ::before) starts a line inside a word: the header set again
   * in a hidden box with the ::before's width and type, its lines read from each character's box.
   * The line starts found, as text.
   */
  const labelBreaks = (cell: HTMLElement, label: string): string[] => {
    const before = getComputedStyle(cell, '::before');
    const probe = document.createElement('div');
    Object.assign(probe.style, { position: 'absolute', visibility: 'hidden', left: '0', top: '0', width: before.width, font: before.font, letterSpacing: before.letterSpacing,
      wordBreak: before.wordBreak, overflowWrap: before.overflowWrap, lineBreak: before.lineBreak, whiteSpace: before.whiteSpace });
    probe.lang = (cell.closest('[lang]') as HTMLElement | null)?.lang ?? '';
    document.body.append(probe);
    /** The width of `text` on one line. */
    const oneLine = (text: string) => {
      probe.style.whiteSpace = 'nowrap';
      probe.style.width = 'auto';
      probe.textContent = text;
      const width = probe.getBoundingClientRect().width;
      Object.assign(probe.style, { whiteSpace: before.whiteSpace, width: before.width });
      return width;
    };
    const isBreak = (char: string | undefined) => char === undefined || char === MARK || /\s/.test(char);
    const starts: number[] = [];
    probe.textContent = label;
    const range = document.createRange();
    let top: number | undefined;
    for (let i = 0; i < label.length; i++) {
      range.setStart(probe.firstChild!, i);
      range.setEnd(probe.firstChild!, i + 1);
      const box = range.getClientRects()[0];
      if (!box || box.width === 0) continue;
      if (top !== undefined && box.top > top + 1 && !isBreak(label[i - 1])) starts.push(i);
      top = box.top;
    }
    // Spans no line may start inside: the rule's units (between marks and spaces) and, marks or
    // not, the dictionary's words; a span wider than the box is cut where it must be, as the rule
    // cuts it in SVG.
    const spans: [number, number][] = [];
    for (let i = 0, from = 0; i <= label.length; i++) {
      if (i === label.length || isBreak(label[i])) {
        spans.push([from, i]);
        from = i + 1;
      }
    }
    for (const { segment, index } of new Intl.Segmenter(probe.lang || 'zh', { granularity: 'word' }).segment(label)) spans.push([index, index + segment.length]);
    const wrong = starts.filter((at) => spans.some(([from, to]) => at > from && at < to && oneLine(label.slice(from, to)) <= parseFloat(before.width)));
    probe.remove();
    return wrong.map((at) => label.slice(at).replaceAll(MARK, ''));
  };
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
        else problems.push(...labelBreaks(cell, label).map((line) => `${name}: the header "${label.replaceAll(MARK, '')}" breaks inside a word, before "${line}"`));
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

  // Whatever the stories show: a roster is sampled whenever a page has one, never required.
  it('there are pages with tables, and a roster among them whenever a page shows one', () => {
    expect(tablePages.length).toBeGreaterThan(0);
    expect(tablePages.some(hasRoster)).toBe(pagesWithTables.some(hasRoster));
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
