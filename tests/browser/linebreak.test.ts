/**
 * The line-breaking rule (src/lib/linebreak.ts) as Chromium lays the pages out, at 320 and 390 px:
 * in headings, cards, figure titles and deks, captions, list items and data tables (opened), no
 * line ends inside what the rule keeps whole (a number with its unit, a short parenthetical or
 * quotation, a name of the data; in what is set as a heading, a card's label among them, any
 * word: keptUnits(), src/lib/keep-whole.ts), and no last line holds one character; a source
 * mark or an inference mark never starts a line (it stays with the word before it). Lines are
 * read per character with Range rectangles. Pages are sampled by type (one of each, and the
 * story with the most figures), not all of them, to keep the file fast.
 * English text has its own rule, at 320, 390 and 1280 px: no word is cut across two lines (a word
 * too long for its box wraps whole, or, where the browser has a dictionary, is hyphenated), on an
 * English page of each type and every English page with key-figure cards, whose columns are the
 * narrowest boxes of text (whichever pages the English edition has: none is required).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoOk, hasBrowser, browserOnSite, tabPool, type TabPool } from '../helpers/browser';
import { isEmbed, isStory, listPages, readPage, type DistPage } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { keepWhole, namesOf } from '../../src/lib/linebreak';
import { HEADING_SELECTOR, keptUnits, MAX_BLOCK } from '../../src/lib/keep-whole';
import { siteDataFromFiles } from '../helpers/site-data';

const root = await builtSite();
const pages = listPages(root).filter((page) => !page.url.endsWith('.html'));
const figuresOn = (page: DistPage) => (readPage(page).match(/<figure class="figure"/g) ?? []).length;
const storyWithMostFigures = pages.filter(isStory).sort((a, b) => figuresOn(b) - figuresOn(a))[0];
/** One page of each type (the first segment of its address), the home page and the story with the most figures. */
const sample = [...new Map(pages.map((page) => [isEmbed(page) ? '/embed/' : (page.url.split('/')[1] ?? ''), page] as const)).values(), storyWithMostFigures]
  .filter((page, index, all): page is DistPage => page !== undefined && all.indexOf(page) === index);
const WIDTHS = [320, 390];
const english = pages.filter((page) => page.url.startsWith('/en/') && !isEmbed(page));
/** One English page of each type (/en/<type>/…), and every English page with key-figure cards. */
const englishSample = [...new Map(english.map((page) => [page.url.split('/')[2] ?? '', page] as const)).values(), ...english.filter((page) => readPage(page).includes('class="chart-card '))]
  .filter((page, index, all) => all.indexOf(page) === index);
const ENGLISH_WIDTHS = [320, 390, 1280];
const SELECTOR = `${HEADING_SELECTOR}, caption, .chart-card-meta, .chart-card-note, .chart-card-when, .figure-dek, li, th, td`;

/**
 * A display element's lines: its visible text, the offsets where its lines end and where each run
 * of its text starts (a run: the text of one block inside it, such as a card's number, label and
 * meta line, which are paragraphs of one card), and whether it is set as a heading.
 */
interface Lines { where: string; text: string; breaks: number[]; runs: number[]; heading: boolean }

/** In the page: each display element's visible text and the offsets in it where its lines end. */
function lineBreaks([selector, maxBlock, headings]: [string, number, string]): Lines[] {
  const out: Lines[] = [];
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    if (!element.checkVisibility() || element.closest('.visually-hidden, svg')) continue;
    let text = '';
    const breaks: number[] = [];
    const runs: number[] = [];
    let block: Element | undefined;
    let top: number | undefined;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.parentElement as HTMLElement).closest('.visually-hidden')) continue;
      const value = node.textContent ?? '';
      let container = node.parentElement!;
      while (container !== element && getComputedStyle(container).display.startsWith('inline')) container = container.parentElement!;
      if (container !== block) runs.push(text.length);
      block = container;
      let offset = 0;
      for (const char of value) {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + char.length);
        offset += char.length;
        const box = range.getBoundingClientRect();
        if (box.width > 0 && !/\s/.test(char)) {
          if (top !== undefined && box.top > top + box.height / 2) breaks.push(text.length);
          if (top === undefined || box.top > top + box.height / 2) top = box.top;
        }
        text += char;
      }
    }
    // Display text only: longer text is prose, which the rule leaves to the browser (src/lib/keep-whole.ts).
    const heading = element.matches(headings);
    if (breaks.length > 0 && (heading || [...text.trim()].length <= maxBlock)) out.push({ where: `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`, text, breaks, runs, heading });
  }
  return out;
}

/** In the page: marks (source, inference) that begin a line instead of following the text before them. */
function strandedMarks(): string[] {
  const out: string[] = [];
  for (const mark of document.querySelectorAll<HTMLElement>('.source-mark, .inf')) {
    if (!mark.checkVisibility()) continue;
    const before = mark.previousSibling;
    if (!before || before.nodeType !== Node.TEXT_NODE || !(before.textContent ?? '').trim()) continue;
    const range = document.createRange();
    const length = before.textContent!.length;
    range.setStart(before, Math.max(0, length - 1));
    range.setEnd(before, length);
    const last = range.getBoundingClientRect();
    const own = mark.getClientRects()[0];
    if (own && own.left < last.right - 1) out.push(`${mark.className} after "${before.textContent!.slice(-8)}"`);
  }
  return out;
}

/** In the page: English words of five letters or more whose letters sit on two lines (cut by overflow-wrap). */
function cutWords(): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('svg, .visually-hidden, textarea') || !parent.checkVisibility()) continue;
    for (const word of (node.textContent ?? '').matchAll(/[A-Za-z][A-Za-z'’]{4,}/g)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const tops = new Set([...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.top)));
      if (tops.size > 1) out.push(`"${word[0]}" in ${parent.tagName.toLowerCase()}.${[...parent.classList].join('.')}`);
    }
  }
  return out;
}

/** Ranges [start, end) of an element's text that the rule keeps whole (keptUnits()), each run of its text taken alone. */
function keptRanges({ text, runs, heading }: Lines): [number, number][] {
  return [...runs, text.length].slice(1).flatMap((end, index) => {
    const start = runs[index]!;
    return keptUnits(text.slice(start, end), heading).map(([from, to]): [number, number] => [start + from, start + to]);
  });
}

/**
 * Breaks that fall inside what the rule keeps whole (a number with its unit, a short parenthetical
 * or quotation, a name of the data; in a heading, any word: keptUnits()), or leave one character last.
 */
function problems(element: Lines): string[] {
  const { where, text, breaks } = element;
  const lines = [0, ...breaks, text.length].slice(1).map((end, index, ends) => text.slice(index === 0 ? 0 : ends[index - 1], end));
  const found = [...new Set(keptRanges(element).filter(([start, end]) => breaks.some((at) => at > start && at < end)).map(([start, end]) => `breaks inside "${text.slice(start, end)}"`))];
  if ([...lines.at(-1)!.trim()].length === 1) found.push('one character on the last line');
  return found.map((problem) => `${where}: ${problem}: "${lines.join(' / ')}"`);
}

describe.skipIf(!hasBrowser)('line breaks in Chromium', () => {
  const site = browserOnSite(root);
  let context: BrowserContext;
  let tabs: TabPool;
  beforeAll(async () => {
    // The names the build keeps whole (src/lib/site-data.ts), for keptUnits() here:
    // module state, so set for this block only (the slow project's files share workers).
    keepWhole(namesOf(siteDataFromFiles()));
    context = await site.browser.newContext();
    tabs = tabPool(context);
  });
  afterAll(async () => {
    keepWhole([]);
    await context?.close();
  });

  it('samples a page of each type, a story among them whenever the site has one', () => {
    expect(sample.length).toBeGreaterThan(3);
    expect(sample.some(isStory)).toBe(pages.some(isStory));
  });

  /** What `check` finds on `url` at each of `widths`, its data tables opened (they sit in closed <details> until a reader opens them). */
  async function problemsAt(url: string, widths: readonly number[], check: (tab: Page) => Promise<string[]>): Promise<string[]> {
    const tab: Page = await tabs.take();
    try {
      const found: string[] = [];
      for (const width of widths) {
        await tab.setViewportSize({ width, height: 800 });
        await gotoOk(tab, `${site.url}${url}`);
        await tab.evaluate(() => document.querySelectorAll('details').forEach((details) => { details.open = true; }));
        found.push(...(await check(tab)).map((problem) => `${width}px ${problem}`));
      }
      return found;
    } finally {
      await tabs.give(tab);
    }
  }

  it.each(sample.map((page) => [page.url] as const))('%s: no line ends inside a number with its unit or a short parenthetical, none holds one character last, no mark starts a line', async (url) => {
    expect(await problemsAt(url, WIDTHS, async (tab) => [
      ...(await tab.evaluate(lineBreaks, [SELECTOR, MAX_BLOCK, HEADING_SELECTOR] as [string, number, string])).flatMap(problems),
      ...await tab.evaluate(strandedMarks),
    ])).toEqual([]);
  });

  it.each(englishSample.map((page) => [page.url] as const))('%s: no English word is cut across two lines', async (url) => {
    expect(await problemsAt(url, ENGLISH_WIDTHS, (tab) => tab.evaluate(cutWords))).toEqual([]);
  });
});
