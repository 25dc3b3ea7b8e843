/**
 * Type, grid and print on a sample of the built reader pages (tests/helpers/representatives.ts:
 * every page type; in each, every figure kind and the longest, most labelled and tallest page;
 * every page with a roster) in Chromium (issue 12), measured rather than looked at:
 * - Line breaks: no heading, card label or roster title ends with a line of one or two characters,
 *   at 320, 390, 768 and 1280 px.
 * - One grid: masthead, the page's headline, its first full-column figure and the footer start at one left
 *   edge; inside a figure, legends, notes and card grids start where its title starts.
 * - Key-figure cards: the numbers of a row share a baseline; a card alone in a row spans it; on
 *   every figure page with cards (both editions), no text runs past its card.
 * - Roster: on a phone it does not scroll sideways; on a wide screen no lead firm breaks.
 * - Print: every figure's data table is shown, its toggle and the embed controls are not; the
 *   beforeprint script opens closed tables and afterprint closes them again.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoOk, hasBrowser, browserOnSite, tabPool, type TabPool } from '../helpers/browser';
import { isEmbed, isStory, listPages, readPage } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { representativePages } from '../helpers/representatives';

const root = await builtSite();
const allReaderPages = listPages(root).filter((page) => !isEmbed(page) && !page.url.endsWith('.html'));
const rosterPages = allReaderPages.filter((page) => readPage(page).includes('class="roster"'));
// A roster page (when the site has one) is in the sample whatever the other rules pick: its checks run only there.
const readerPages = representativePages(allReaderPages, { shows: ['class="roster"'] });
const stories = readerPages.filter(isStory);
/** Every figure page whose figure has key-figure cards, in both editions. */
const cardFigurePages = allReaderPages.filter((page) => /\/figures\/[^/]+\/$/.test(page.url) && readPage(page).includes('class="chart-card '));
const WIDTHS = [320, 390, 768, 1280];

/** Lays out content that content-visibility: auto would skip off screen, so everything can be measured. */
async function showAll(tab: Page): Promise<void> {
  await tab.addStyleTag({ content: '* { content-visibility: visible !important; }' });
}

/** In the page: display text whose last line holds one or two letters or digits. */
function shortLastLines(selector: string): string[] {
  const letter = /[\p{L}\p{N}]/u;
  const problems: string[] = [];
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    if (!element.checkVisibility() || element.closest('.visually-hidden, [aria-hidden="true"] svg')) continue;
    const lines: { top: number; text: string }[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.parentElement as HTMLElement).closest('.visually-hidden')) continue;
      const text = node.textContent ?? '';
      let offset = 0;
      for (const char of text) {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + char.length);
        offset += char.length;
        const box = range.getBoundingClientRect();
        if (box.width === 0 || /\s/.test(char)) continue;
        const line = lines.at(-1);
        if (!line || box.top > line.top + box.height / 2) lines.push({ top: box.top, text: char });
        else line.text += char;
      }
    }
    const last = lines.at(-1);
    if (lines.length > 1 && [...last!.text].filter((char) => letter.test(char)).length <= 2) {
      problems.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')}: "${lines.map((line) => line.text).join(' / ')}"`);
    }
  }
  return problems;
}

describe.skipIf(!hasBrowser)('layout in Chromium', () => {
  const site = browserOnSite(root);
  let context: BrowserContext;
  let tabs: TabPool;
  beforeAll(async () => {
    // bypassCSP only so that showAll() may add its style; the pages' own CSP is tested elsewhere.
    context = await site.browser.newContext({ bypassCSP: true });
    tabs = tabPool(context);
  });
  afterAll(async () => {
    await context?.close();
  });

  // Rules over whatever the site holds: a story is sampled whenever the site has one (none is required), and a
  // roster page whenever a page shows one.
  it('the sample holds a story whenever the site has one, and a roster page whenever a page shows one', () => {
    expect(readerPages.length).toBeGreaterThan(0);
    expect(stories.length > 0).toBe(allReaderPages.some(isStory));
    expect(readerPages.some((page) => rosterPages.includes(page))).toBe(rosterPages.length > 0);
  });

  // One load per page: its checks share the tab, each setting the widths it measures.
  describe.each(readerPages.map((page) => [page.url, page] as const))('%s', (url, page) => {
    let tab: Page;
    beforeAll(async () => {
      tab = await tabs.take();
      await gotoOk(tab, site.url + url);
      await showAll(tab);
    });
    afterAll(() => tabs.give(tab));

    it('no heading or label ends with a line of one or two characters', async () => {
      const problems: string[] = [];
      for (const width of WIDTHS) {
        await tab.setViewportSize({ width, height: 900 });
        const found = await tab.evaluate(shortLastLines, 'main h1, main h2, main h3, .chart-card-label, .roster-title');
        problems.push(...found.map((problem) => `${width} px: ${problem}`));
      }
      expect(problems).toEqual([]);
    });

    it('masthead, headline, first figure and footer share one left edge; figure parts align with the title', async () => {
      for (const width of [390, 1280]) {
        await tab.setViewportSize({ width, height: 900 });
        const edges = await tab.evaluate(() => {
          const left = (selector: string) => {
            const element = document.querySelector(selector);
            return element ? Math.round(element.getBoundingClientRect().left) : null;
          };
          const figures = [...document.querySelectorAll('figure[data-figure]')].map((figure) => {
            const title = Math.round(figure.querySelector('.figure-title')!.getBoundingClientRect().left);
            // The frame's own parts, and a legend or card grid that opens the graphic (not one set beside a chart).
            const parts = [...figure.querySelectorAll('.figure-dek, .figure-notes, .figure-source, .map-legend, .chart > .chart-cards')]
              .filter((part) => part.checkVisibility())
              .map((part) => ({ part: `${figure.getAttribute('data-figure')} .${part.classList[0]}`, offset: Math.round(part.getBoundingClientRect().left) - title }));
            return parts.filter((part) => part.offset !== 0);
          });
          return {
            // A figure in the page's own column (not one set beside a lead story's text on the home page).
            page: [left('.site-name'), left('main h1'), left('main > figure .figure-title, .story > figure .figure-title, .story-body > figure .figure-title'), left('.site-footer p')].filter((edge) => edge !== null),
            indented: figures.flat(),
          };
        });
        expect(new Set(edges.page).size, `${width} px: left edges ${edges.page.join(', ')}`).toBe(1);
        expect(edges.indented, `${width} px: figure parts not flush with their title`).toEqual([]);
      }
    });

    if (readPage(page).includes('chart-cards')) {
      it('key-figure numbers share a baseline per row; no lone card beside empty space', async () => {
        for (const width of WIDTHS) {
          await tab.setViewportSize({ width, height: 900 });
          const grids = await tab.evaluate(() => [...document.querySelectorAll('.chart-cards')].filter((grid) => grid.checkVisibility()).map((grid) => {
            const gridBox = grid.getBoundingClientRect();
            const rows = new Map<number, { baselines: number[]; widths: number[] }>();
            for (const card of grid.querySelectorAll(':scope > .chart-card')) {
              const box = card.getBoundingClientRect();
              const row = rows.get(Math.round(box.top)) ?? { baselines: [], widths: [] };
              const number = card.querySelector('.chart-card-number');
              if (number) row.baselines.push(Math.round(number.getBoundingClientRect().bottom));
              row.widths.push(box.width);
              rows.set(Math.round(box.top), row);
            }
            return { id: grid.closest('figure')?.getAttribute('data-figure'), width: gridBox.width, rows: [...rows.values()] };
          }));
          for (const grid of grids) {
            for (const row of grid.rows) {
              expect(new Set(row.baselines).size, `${width} px, ${grid.id}: number baselines in a row ${row.baselines.join(', ')}`).toBeLessThanOrEqual(1);
              if (row.widths.length === 1 && grid.rows.length > 1) {
                expect(row.widths[0], `${width} px, ${grid.id}: a lone card in a row is as wide as the grid`).toBeGreaterThan(grid.width - 2);
              }
            }
          }
        }
      });

    }

    if (rosterPages.includes(page)) {
      it('the roster reads without sideways scrolling on a phone, and no lead firm breaks on a wide screen', async () => {
        for (const width of [320, 390]) {
          await tab.setViewportSize({ width, height: 900 });
          const overflow = await tab.evaluate(() => [...document.querySelectorAll('.roster-scroll')].map((box) => box.scrollWidth - box.clientWidth));
          expect(overflow.every((extra) => extra <= 1), `${width} px: roster wider than its box by ${overflow.join(', ')} px`).toBe(true);
        }
        await tab.setViewportSize({ width: 1280, height: 900 });
        const broken = await tab.evaluate(() => [...document.querySelectorAll<HTMLElement>('.roster-leadFirms li')]
          .filter((item) => item.getClientRects().length > 1 || item.getBoundingClientRect().height > parseFloat(getComputedStyle(item).lineHeight) * 1.5)
          .map((item) => item.textContent));
        expect(broken, 'lead firms set on more than one line').toEqual([]);
      });
    }
  });

  // Every figure with cards, in both editions (the sample holds each kind in one): its page lays the cards out as a
  // story does, and what fits depends on the edition's words (a Chinese term kept whole, an English word).
  it.each(cardFigurePages.map((page) => [page.url]))('%s: no text runs past its card (a word or a term kept whole wider than the card)', async (url) => {
    const tab = await tabs.take();
    try {
      await gotoOk(tab, site.url + url);
      await showAll(tab);
      for (const width of WIDTHS) {
        await tab.setViewportSize({ width, height: 900 });
        const overflowing = await tab.evaluate(() => [...document.querySelectorAll('.chart-card')].filter((card) => card.checkVisibility()).flatMap((card) => {
          const { right } = card.getBoundingClientRect();
          const past = [...card.querySelectorAll('p, span')].find((element) => element.getBoundingClientRect().right > right + 0.5);
          return past ? [`${card.getAttribute('data-id')}: “${past.textContent}” ${Math.ceil(past.getBoundingClientRect().right - right)} px past`] : [];
        }));
        expect(overflowing, `${width} px`).toEqual([]);
      }
    } finally {
      await tabs.give(tab);
    }
  });

  describe('print', () => {
    it.each(stories.map((page) => [page.url]))('%s: data tables shown, toggles and embed controls not', async (url) => {
      const tab = await tabs.take();
      await gotoOk(tab, site.url + url);
      await tab.emulateMedia({ media: 'print' });
      const found = await tab.evaluate(() => [...document.querySelectorAll('figure[data-figure]')].map((figure) => {
        const table = figure.querySelector('.figure-data table');
        const summary = figure.querySelector('.figure-data > summary');
        const tools = figure.querySelector('.figure-links');
        return {
          id: figure.getAttribute('data-figure'),
          table: !!table && table.getBoundingClientRect().height > 0,
          summary: !!summary && summary.checkVisibility(),
          tools: !!tools && tools.checkVisibility(),
        };
      }));
      await tabs.give(tab);
      expect(found.length).toBeGreaterThan(0);
      for (const figure of found) expect(figure, `figure ${figure.id} in print`).toEqual({ id: figure.id, table: true, summary: false, tools: false });
    });

    // Any sampled page with a figure's data table (a story's, when the site has one).
    const printed = [...stories, ...readerPages].find((page) => readPage(page).includes('class="figure-data"'));
    it.skipIf(!printed)('beforeprint opens the closed data tables and afterprint closes them again', async () => {
      const tab = await tabs.take();
      await gotoOk(tab, site.url + printed!.url);
      const openCount = () => tab.evaluate(() => document.querySelectorAll('details.figure-data[open]').length);
      const total = await tab.evaluate(() => document.querySelectorAll('details.figure-data').length);
      expect(total).toBeGreaterThan(0);
      expect(await openCount()).toBe(0);
      await tab.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      expect(await openCount()).toBe(total);
      await tab.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      expect(await openCount()).toBe(0);
      await tabs.give(tab);
    });
  });
});
