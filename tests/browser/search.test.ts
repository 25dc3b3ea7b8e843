/**
 * Site search (issue 25, item 5) in Chromium, in both editions: the header's box on any page sends
 * its words to its edition's search page (/search/, /en/search/), which finds them in the
 * edition's Pagefind index and lists the pages with their type and a snippet; a result leads to
 * its page. Two-character Chinese words are found (Pagefind's extended build segments Chinese),
 * English words too; each edition finds only its own pages, and Chinese names in English results
 * carry lang="zh-CN". No page but the search pages loads any search code. Without JavaScript the
 * search page says so and its site index links every story, place, figure and glossary entry.
 * The queries come from the built site itself (its site indexes), never from today's stories.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserOnSite, gotoOk, hasBrowser, watchPage } from '../helpers/browser';
import { fileForPath, isStory, listPages } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';

const root = await builtSite();

interface IndexLink { type: string; title: string; href: string }

/** The site index on /search/: each heading's links, by the heading's text. */
async function siteIndex(page: Page): Promise<IndexLink[]> {
  return page.$$eval('.search-index h3', (headings) => headings.flatMap((heading) => {
    const list = heading.nextElementSibling;
    return [...(list?.querySelectorAll('a') ?? [])].map((link) => ({ type: heading.textContent ?? '', title: link.textContent ?? '', href: link.getAttribute('href') ?? '' }));
  }));
}

/** Every URL Pagefind finds for `query`, searched in the search page's own index as its script does. */
async function found(page: Page, query: string): Promise<string[]> {
  const index = await page.getAttribute('[data-search-results]', 'data-index');
  // A string, so that the test runner leaves the page's import() alone.
  return page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(index)});
    const result = await pagefind.search(${JSON.stringify(query)});
    return (await Promise.all(result.results.map((hit) => hit.data()))).map((data) => data.url);
  })()`);
}

/** The results a search page lists: each one's type, link, title and the words marked in its snippet. */
function resultsOf(page: Page): Promise<{ type: string; href: string; title: string; marks: string[] }[]> {
  return page.$$eval('[data-search-results] li', (items) => items.map((item) => ({
    type: item.querySelector('.search-type')?.textContent ?? '',
    href: item.querySelector('a')?.getAttribute('href') ?? '',
    title: item.querySelector('a')?.textContent ?? '',
    marks: [...item.querySelectorAll('p mark')].map((mark) => mark.textContent ?? ''),
  })));
}

/**
 * How many page types an edition's site index lists: the kinds of page built in it (stories, places,
 * figures), and glossary entries where there are any: derived from the build, not today's content.
 */
function builtTypes(prefix: '/' | '/en/'): number {
  const urls = listPages(root).map((built) => built.url).filter((url) => (prefix === '/' ? !url.startsWith('/en/') : url.startsWith('/en/')));
  const kinds = ['stories', 'places', 'figures'].filter((kind) => urls.some((url) => url.startsWith(`${prefix}${kind}/`) && url !== `${prefix}${kind}/`));
  const glossary = readFileSync(fileForPath(root, `${prefix}glossary/`)!, 'utf8').includes('class="glossary-entry"');
  return kinds.length + (glossary ? 1 : 0);
}

const HAN = /^\p{Script=Han}{2}/u;

describe.skipIf(!hasBrowser)('site search in Chromium', () => {
  const site = browserOnSite(root);

  it('the header box sends its words to /search/, which lists pages with type and snippet; the first result opens', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const watch = watchPage(page, site.url);
    await gotoOk(page, `${site.url}/search/`);
    const links = await siteIndex(page);
    const place = links.find((link) => HAN.test(link.title) && link.href.includes('/places/'));
    expect(place, 'a place page in the site index').toBeDefined();
    const query = place!.title.slice(0, 2);

    await gotoOk(page, `${site.url}/`);
    await page.fill('header input[name="q"]', query);
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('header input[name="q"]', 'Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    await page.waitForSelector('[data-search-results] li');
    expect(await page.inputValue('#search-page-q')).toBe(query);
    const results = await resultsOf(page);
    expect(results.map((result) => result.href)).toContain(place!.href);
    const types = new Set(links.map((link) => link.type));
    for (const result of results) {
      expect(types, `${result.href}: its type`).toContain(result.type);
      expect(result.title.trim(), `${result.href}: its title`).not.toBe('');
      expect(result.marks.join(''), `${result.href}: the words marked in its snippet`).toContain(query.slice(0, 1));
    }
    expect(await page.textContent('[data-search-status]')).toContain(query);

    await Promise.all([page.waitForURL((url) => url.pathname === results[0]!.href), page.click('[data-search-results] li a')]);
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  it('a search can be linked (?q=), and typing searches again and rewrites the address', async () => {
    const page = await site.browser.newPage();
    await gotoOk(page, `${site.url}/search/`);
    const term = (await siteIndex(page)).find((link) => link.href.includes('/glossary/#') && HAN.test(link.title))!;
    await gotoOk(page, `${site.url}/search/?q=${encodeURIComponent(term.title)}`);
    await page.waitForSelector('[data-search-results] li');
    await page.fill('#search-page-q', '');
    await page.type('#search-page-q', term.title.slice(0, 2));
    await page.waitForURL((url) => url.searchParams.get('q') === term.title.slice(0, 2));
    await page.fill('#search-page-q', 'zzzzqqqq');
    await page.waitForFunction(() => document.querySelector('[data-search-results]')?.hasAttribute('hidden') && /zzzzqqqq/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    await page.close();
  });

  it('every page type is in the index, and every page is found by its title and by its title\'s first two Chinese characters, never an English page', async () => {
    const page = await site.browser.newPage();
    await gotoOk(page, `${site.url}/search/`);
    const links = await siteIndex(page);
    expect(new Set(links.map((link) => link.type)).size, 'a type for each kind of page built').toBe(builtTypes('/'));
    const missed: string[] = [];
    for (const link of links.filter((entry) => HAN.test(entry.title))) {
      // Pagefind cuts the query with the browser's segmenter: 海宁 is 海 + 宁, and must still find 海宁市 (src/lib/search/segment.ts).
      for (const query of [link.title.slice(0, 2), link.title]) {
        const urls = await found(page, query);
        expect(urls.filter((url) => url.startsWith('/en/')), `${query}: English pages`).toEqual([]);
        if (!urls.includes(link.href)) missed.push(`${query} → ${link.href}`);
      }
    }
    expect(missed).toEqual([]);
    await page.close();
  });

  it('no other page loads search code; without JavaScript /search/ says so and its index links every listed story, place and figure page', async () => {
    const page = await site.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const others = listPages(root).filter((built) => !/^\/(en\/)?(search|embed)\//.test(built.url));
    const english = others.filter((built) => built.url.startsWith('/en/'));
    for (const built of [others[0]!, ...others.filter(isStory).slice(0, 1), ...english.slice(0, 1)]) await gotoOk(page, `${site.url}${built.url}`);
    expect(requests.filter((path) => /^\/(en\/)?pagefind\//.test(path) || path.endsWith('/search.js'))).toEqual([]);
    await page.close();

    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const still = await context.newPage();
    await gotoOk(still, `${site.url}/search/`);
    expect(await still.isVisible('p.search-status:not([data-search-status])')).toBe(true);
    const hrefs = new Set((await siteIndex(still)).map((link) => link.href));
    // The pages a reader can land on from the site: not a scheduled preview, not an old address's redirect.
    const listed = listPages(root).filter((built) => (isStory(built) || /^\/(places|figures)\/[^/]+\/$/.test(built.url))
      && !/<meta name="robots" content="noindex"|http-equiv="refresh"/.test(readFileSync(built.file, 'utf8')));
    expect(listed.length).toBeGreaterThan(0);
    for (const built of listed) expect(hrefs, built.url).toContain(built.url);
    await context.close();
  });
});

/** A title's first words (at most three), as a reader would type them. */
const firstWords = (title: string) => title.split(/[\s:;,.!?"“”()]+/).filter((word) => /\p{L}/u.test(word)).slice(0, 3).join(' ');
/** The Chinese text of an element that no lang="zh-CN" element inside it marks (the page's own <html lang> does not count). */
const UNMARKED_CHINESE = `(element) => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const found = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const marker = node.parentElement.closest('[lang]');
    const marked = marker && element.contains(marker) && marker.getAttribute('lang') === 'zh-CN';
    if (/\\p{Script=Han}/u.test(node.data) && !marked) found.push(node.data);
  }
  return found;
}`;
const unmarkedChinese = new Function(`return (${UNMARKED_CHINESE})(arguments[0])`) as (element: Element) => string[];

describe.skipIf(!hasBrowser)('English search in Chromium', () => {
  const site = browserOnSite(root);

  it("the English header box sends its words to /en/search/, which lists English pages with English types and snippets, Chinese names marked", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const watch = watchPage(page, site.url);
    await gotoOk(page, `${site.url}/en/search/`);
    const links = await siteIndex(page);
    const place = links.find((link) => link.href.startsWith('/en/places/') && /^\p{Script=Latin}/u.test(link.title));
    expect(place, 'an English place page in the site index').toBeDefined();
    const query = firstWords(place!.title).split(' ')[0]!;

    await gotoOk(page, `${site.url}/en/`);
    await page.fill('header input[name="q"]', query);
    await Promise.all([page.waitForURL(/\/en\/search\/\?q=/), page.press('header input[name="q"]', 'Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    await page.waitForSelector('[data-search-results] li');
    expect(await page.inputValue('#search-page-q')).toBe(query);
    const results = await resultsOf(page);
    expect(results.map((result) => result.href)).toContain(place!.href);
    const types = new Set(links.map((link) => link.type));
    for (const result of results) {
      expect(result.href, 'an English page').toMatch(/^\/en\//);
      expect(types, `${result.href}: its type`).toContain(result.type);
      expect(result.title.trim(), `${result.href}: its title`).not.toBe('');
      expect(result.marks.join(' ').toLowerCase(), `${result.href}: the words marked in its snippet`).toContain(query.toLowerCase().slice(0, 4));
    }
    expect(await page.textContent('[data-search-status]')).toContain(query);
    expect(await page.$eval('[data-search-results]', unmarkedChinese)).toEqual([]);
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  it('a Chinese name typed on /en/search/ finds English pages only, its characters marked as Chinese', async () => {
    const page = await site.browser.newPage();
    await gotoOk(page, `${site.url}/search/`);
    const chinese = (await siteIndex(page)).filter((link) => link.href.startsWith('/places/') && HAN.test(link.title)).map((link) => link.title.slice(0, 2));
    await gotoOk(page, `${site.url}/en/search/`);
    let marked = 0;
    for (const query of chinese) {
      await page.fill('#search-page-q', query);
      await page.waitForFunction((words) => new RegExp(words).test(document.querySelector('[data-search-status]')?.textContent ?? ''), query);
      const hrefs = await page.$$eval('[data-search-results]:not([hidden]) li a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      expect(hrefs.filter((href) => !href.startsWith('/en/')), `${query}: Chinese pages`).toEqual([]);
      expect(await page.$eval('[data-search-results]', unmarkedChinese), query).toEqual([]);
      expect(await page.$eval('[data-search-status]', unmarkedChinese), query).toEqual([]);
      marked += await page.$$eval('[data-search-results]:not([hidden]) [lang="zh-CN"]', (spans) => spans.length);
    }
    // English stories give a place's name in characters once (<Zh>): some are found.
    expect(marked, 'Chinese names found in English pages').toBeGreaterThan(0);
    await page.close();
  });

  it('the first English result opens its page', async () => {
    const page = await site.browser.newPage();
    const watch = watchPage(page, site.url);
    await gotoOk(page, `${site.url}/en/search/`);
    // The first page the site index lists (a story, else a place), searched by its title's first words.
    const listed = (await siteIndex(page)).find((link) => /^\/en\/(stories|places)\//.test(link.href));
    expect(listed, 'an English story or place in the site index').toBeDefined();
    await gotoOk(page, `${site.url}/en/search/?q=${encodeURIComponent(firstWords(listed!.title))}`);
    await page.waitForSelector('[data-search-results] li');
    const first = (await page.getAttribute('[data-search-results] li a', 'href'))!;
    expect(fileForPath(root, first.replace(/#.*/, '')), `${first}: a built page`).toBeDefined();
    await Promise.all([page.waitForURL((url) => url.pathname + url.hash === first), page.click('[data-search-results] li a')]);
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  it('every page type is in the English index, found by the words of its titles, and each edition finds only its own pages', async () => {
    const page = await site.browser.newPage();
    await gotoOk(page, `${site.url}/en/search/`);
    const links = await siteIndex(page);
    const byType = new Map<string, IndexLink[]>();
    for (const link of links) byType.set(link.type, [...(byType.get(link.type) ?? []), link]);
    expect(byType.size, 'a type for each kind of English page built').toBe(builtTypes('/en/'));
    const queries: string[] = [];
    for (const [type, group] of byType) {
      const samples = group.slice(0, 5);
      const hits: string[] = [];
      for (const sample of samples) {
        expect(sample.href, `${type}: ${sample.title}`).toMatch(/^\/en\//);
        const query = firstWords(sample.title);
        queries.push(query);
        const urls = await found(page, query);
        expect(urls.filter((url) => !url.startsWith('/en/')), `${query}: Chinese pages`).toEqual([]);
        if (urls.includes(sample.href)) hits.push(sample.href);
      }
      expect(hits.length, `${type}: ${samples.map((sample) => firstWords(sample.title)).join(', ')} find their pages`).toBeGreaterThan(0);
    }
    // Every glossary term is found by its English name.
    for (const term of links.filter((link) => link.href.includes('/glossary/#'))) expect(await found(page, term.title), term.title).toContain(term.href);
    // The Chinese search page, searched for the same English words, finds no English page.
    await gotoOk(page, `${site.url}/search/`);
    for (const query of queries) expect((await found(page, query)).filter((url) => url.startsWith('/en/')), query).toEqual([]);
    await page.close();
  });

  it('without JavaScript /en/search/ says so, and its index links every built English story, place and figure page', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await gotoOk(page, `${site.url}/en/search/`);
    expect(await page.isVisible('p.search-status:not([data-search-status])')).toBe(true);
    const index = await siteIndex(page);
    expect(index.length).toBeGreaterThan(0);
    for (const link of index) expect(link.href, link.title).toMatch(/^\/en\/(stories|places|figures)\/[^/]+\/$|^\/en\/glossary\/#[\w-]+$/);
    expect(await page.$eval('.search-index', unmarkedChinese)).toEqual([]);
    const hrefs = new Set(index.map((link) => link.href));
    const listed = listPages(root).filter((built) => /^\/en\/(stories|places|figures)\/[^/]+\/$/.test(built.url)
      && !/<meta name="robots" content="noindex"|http-equiv="refresh"/.test(readFileSync(built.file, 'utf8')));
    expect(listed.length).toBeGreaterThan(0);
    for (const built of listed) expect(hrefs, built.url).toContain(built.url);
    await context.close();
  });
});
