/**
 * A sample of the built pages (tests/helpers/representatives.ts: every page type; in each, every
 * figure kind and the longest, most labelled and tallest page) in Chromium, served from dist/ on
 * loopback (embed pages only where the embeds'
 * own test, which also checks them at 280 and 320 px, does not already look: JavaScript off).
 * - JavaScript off: main has text, every figure's graphic and map/chart SVG has a size, every
 *   figure's data table is in the DOM.
 * - JavaScript on, 320 px wide: no console error, page error or CSP violation, no request to any
 *   origin but the site's, no horizontal scrolling, no layout shift (CLS 0).
 * - Map tooltips: a map mark (county, or marker in a county) focused from the keyboard shows its
 *   tooltip and Escape hides it; a tap on it shows it.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoOk, hasBrowser, browserOnSite, loadMapTips, watchPage, tabPool, type TabPool } from '../helpers/browser';
import { isEmbed, listPages, readPage, startTags, type DistPage } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { representativePages } from '../helpers/representatives';
import { tipLines } from '../../src/lib/map/wording';

const root = await builtSite();
const pages = representativePages(listPages(root));
const readerPages = pages.filter((page) => !isEmbed(page));
/** The sample of the reader pages with a map (every map kind among them). */
const mapPages = representativePages(listPages(root).filter((page) => !isEmbed(page) && readPage(page).includes('data-county')));
/** The maps' tooltip box (src/components/maps: a hidden .map-tip filled by src/scripts/reader/map-tooltip.js). */
/** Text without its white space: a tip's lines are joined with none (Chinese) or a space (English). */
const squeeze = (text: string) => text.replace(/\s+/g, '');
const TOOLTIP = '[role="tooltip"], .map-tip';

const table = (list: DistPage[]) => list.map((page) => [page.url, page] as const);

/** Records securitypolicyviolation events (Chromium also logs them as console errors). */
function recordCspViolations(): void {
  const store = window as unknown as { __csp: string[] };
  store.__csp = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    store.__csp.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
  });
}

/** In the page: the length of main's text and, per figure, whether its graphic and displayed SVGs have a size and its table rows. */
function inspectFigures() {
  const size = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const name = (element: Element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
  const figures = [...document.querySelectorAll('figure[data-figure]')].map((figure) => {
    const graphic = figure.querySelector('.figure-graphic');
    // Top-level SVGs that are displayed (a chart may swap a wide and a narrow variant by CSS).
    const svgs = [...(graphic?.querySelectorAll('svg') ?? [])].filter((svg) => !svg.parentElement?.closest('svg') && svg.checkVisibility());
    return {
      id: figure.getAttribute('data-figure'),
      graphic: !!graphic && size(graphic),
      emptySvgs: svgs.filter((svg) => !size(svg)).map(name),
      tableRows: figure.querySelectorAll('table tbody tr').length,
    };
  });
  return { text: (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ').trim().length, figures };
}

describe.skipIf(!hasBrowser)('pages in Chromium', () => {
  const site = browserOnSite(root);

  describe('with JavaScript off', () => {
    let context: BrowserContext;
    let tabs: TabPool;
    beforeAll(async () => {
      context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
      tabs = tabPool(context);
    });
    afterAll(() => context?.close());

    it.each(table(pages))('%s has its text, drawn figures and data tables', async (_url, page) => {
      const figuresInHtml = startTags(readPage(page), 'figure').filter((tag) => tag.attrs['data-figure']).length;
      const tab = await tabs.take();
      const { problems } = watchPage(tab, site.url);
      await gotoOk(tab, site.url + page.url);
      for (const width of [390, 1280]) {
        await tab.setViewportSize({ width, height: 844 });
        const found = await tab.evaluate(inspectFigures);
        expect(found.text, 'characters of text in <main>').toBeGreaterThanOrEqual(20);
        expect(found.figures, 'figures in the DOM').toHaveLength(figuresInHtml);
        for (const figure of found.figures) {
          expect(figure.graphic, `${width} px: figure ${figure.id}: its .figure-graphic has no size`).toBe(true);
          expect(figure.emptySvgs, `${width} px: figure ${figure.id}: SVGs with no rendered size`).toEqual([]);
          expect(figure.tableRows, `figure ${figure.id}: rows in its data table`).toBeGreaterThan(0);
        }
      }
      await tabs.give(tab);
      expect(problems).toEqual([]);
    });
  });

  describe('with JavaScript on, 320 px wide', () => {
    let context: BrowserContext;
    let tabs: TabPool;
    beforeAll(async () => {
      context = await site.browser.newContext({ viewport: { width: 320, height: 720 } });
      await context.addInitScript(recordCspViolations);
      // Two at a time: with five pages loading side by side on a busy machine, one shifted by a hair.
      tabs = tabPool(context, { max: 2 });
    });
    afterAll(() => context?.close());

    // Concurrent: most of each test is the 600 ms wait for late layout shifts.
    // Retried once: in one clean-clone CI run (two test files at a time on two busy cores), /stories/135n-system/
    // reported a shift of 0.029 on <main> that no local run reproduced, alone or under load. A shift the page
    // really makes fails both tries; the message gives each shifted element's box before and after.
    it.concurrent.each(table(readerPages))('%s: no errors, no other origin, no horizontal scroll, no layout shift', { retry: 1 }, async (_url, page) => {
      const tab = await tabs.take();
      const { problems } = watchPage(tab, site.url);
      // Given back even when loading fails: this pool lends two tabs at most.
      const measured = await gotoOk(tab, site.url + page.url).then(() => tab.evaluate(() => new Promise<{ csp: string[]; scrollWidth: number; innerWidth: number; wide: string[]; cls: number; shifted: string[] }>((resolve) => {
        let cls = 0;
        const shifted: string[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] })[]) {
            if (entry.hadRecentInput) continue;
            cls += entry.value;
            for (const source of entry.sources ?? []) {
              const node = source.node as Element | null | undefined;
              const box = (rect: DOMRectReadOnly) => `${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
              const name = node?.nodeName ? `${node.nodeName.toLowerCase()}${node.classList?.length ? `.${[...node.classList].join('.')}` : ''}` : '(node gone)';
              shifted.push(`${name} at ${Math.round(entry.startTime)} ms (${box(source.previousRect)} → ${box(source.currentRect)})`);
            }
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => {
          const width = window.innerWidth;
          // What sticks out, unless a scrolling or clipping box (a table wrapper) contains it.
          const clipped = (element: Element) => {
            for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
              if (getComputedStyle(parent).overflowX !== 'visible') return true;
            }
            return false;
          };
          const wide = [...document.body.querySelectorAll('*')]
            .filter((element) => element.getBoundingClientRect().right > width + 0.5 && !clipped(element))
            .slice(0, 5)
            .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')} (right ${Math.round(element.getBoundingClientRect().right)} px)`);
          resolve({
            csp: (window as unknown as { __csp: string[] }).__csp,
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: width,
            wide,
            cls,
            shifted,
          });
        }, 600);
      }))).finally(() => tabs.give(tab));
      expect([...problems, ...measured.csp.map((violation) => `CSP violation: ${violation}`)]).toEqual([]);
      expect(measured.scrollWidth, `horizontal scrolling at 320 px; too wide: ${measured.wide.join(', ')}`).toBeLessThanOrEqual(measured.innerWidth);
      expect(measured.cls, `layout shift after load; shifted: ${measured.shifted.join(', ')}`).toBe(0);
    });
  });

  describe('map tooltips', () => {
    let desktop: BrowserContext;
    let phone: BrowserContext;
    let desktopTabs: TabPool;
    let phoneTabs: TabPool;
    beforeAll(async () => {
      desktop = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      phone = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      desktopTabs = tabPool(desktop);
      phoneTabs = tabPool(phone);
    });
    afterAll(async () => {
      await desktop?.close();
      await phone?.close();
    });

    it('there are pages with maps to test', () => {
      expect(mapPages.length).toBeGreaterThan(0);
    });

    /**
     * The first mark of each map SVG (a compare map has two) that has a tooltip (an element with
     * data-tip: a county's link, or a facility marker in its county), else its first [data-county].
     */
    async function marksOf(tab: Page): Promise<{ where: string; mark: Locator; label: string }[]> {
      const marks: { where: string; mark: Locator; label: string }[] = [];
      for (const svg of await tab.locator('figure[data-figure] svg:has([data-county]):visible').all()) {
        // A county (or zone) link wraps its shape; a facility marker is itself the mark.
        const tipped = svg.locator('[data-tip]:has([data-county]), [data-county][data-tip]');
        const mark = (await tipped.count()) > 0 ? tipped.first() : svg.locator('[data-county]').first();
        const { id, code, name, tip } = await mark.evaluate((element) => ({
          id: element.closest('figure[data-figure]')?.getAttribute('data-figure'),
          code: element.getAttribute('data-county') ?? element.querySelector('[data-county]')?.getAttribute('data-county'),
          // The tooltip script has made the title the mark's aria-label.
          name: element.getAttribute('aria-label') ?? '',
          tip: element.getAttribute('data-tip') ?? '',
        }));
        marks.push({ where: `figure ${id}, mark in county ${code}`, mark, label: tip ? tipLines(name, tip).join('') : '' });
      }
      return marks;
    }

    /** The tooltip of the map holding a mark: whether it exists, is shown (not hidden, has a size), and its text. */
    const tooltipOf = (mark: Locator) => mark.evaluate((element, selector) => {
      const tip = (element.closest('[data-map]') ?? element.closest('figure[data-figure]'))?.querySelector<HTMLElement>(selector);
      if (!tip) return { exists: false, shown: false, text: '' };
      const box = tip.getBoundingClientRect();
      const style = getComputedStyle(tip);
      return { exists: true, shown: !tip.hidden && style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0, text: tip.textContent ?? '' };
    }, TOOLTIP);

    it.each(table(mapPages))('%s: keyboard focus on a map mark shows its tooltip, Escape hides it', async (_url, page) => {
      const tab = await desktopTabs.take();
      await gotoOk(tab, site.url + page.url);
      await loadMapTips(tab);
      for (const { where, mark, label } of await marksOf(tab)) {
        expect(label, `${where}: no data-tip text`).not.toBe('');
        expect(await mark.evaluate((element) => (element as HTMLElement).tabIndex), `${where}: not in the tab order`).toBeGreaterThanOrEqual(0);
        await mark.focus();
        const shown = await tooltipOf(mark);
        expect(shown.exists, `${where}: no tooltip element (${TOOLTIP}) in its map`).toBe(true);
        expect(shown.shown, `${where}: tooltip not visible after focus`).toBe(true);
        expect(squeeze(shown.text), `${where}: tooltip text`).toContain(squeeze(label));
        await tab.keyboard.press('Escape');
        expect((await tooltipOf(mark)).shown, `${where}: tooltip still visible after Escape`).toBe(false);
      }
      await desktopTabs.give(tab);
    });

    it.each(table(mapPages))('%s: tapping a map mark shows its tooltip', async (_url, page) => {
      const tab = await phoneTabs.take();
      await gotoOk(tab, site.url + page.url);
      await loadMapTips(tab);
      for (const { where, mark, label } of await marksOf(tab)) {
        await mark.scrollIntoViewIfNeeded();
        // A point where the mark itself is hit: its box's centre may fall outside the shape or under a label.
        const point = await mark.evaluate((element) => {
          const box = element.getBoundingClientRect();
          for (let step = 0; step < 400; step += 1) {
            const x = box.left + (box.width * ((step % 20) + 0.5)) / 20;
            const y = box.top + (box.height * (Math.floor(step / 20) + 0.5)) / 20;
            const hit = document.elementFromPoint(x, y);
            if (hit && (hit === element || element.contains(hit))) return { x, y };
          }
          return null;
        });
        expect(point, `${where}: no point of the mark can be tapped (covered by other elements?)`).not.toBeNull();
        await tab.touchscreen.tap(point!.x, point!.y);
        const shown = await tooltipOf(mark);
        expect(shown.exists, `${where}: no tooltip element (${TOOLTIP}) in its map`).toBe(true);
        expect(shown.shown, `${where}: tooltip not visible after a tap`).toBe(true);
        expect(squeeze(shown.text), `${where}: tooltip text`).toContain(squeeze(label));
      }
      await phoneTabs.give(tab);
    });
  });
});
