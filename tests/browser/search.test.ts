/**
 * Site search (issue 25, item 5) in Chromium: the header's box on any page sends its words to
 * /search/, which finds them in Pagefind's index and lists the pages with their type and a
 * snippet; a result leads to its page. Two-character Chinese words are found (Pagefind's extended
 * build segments Chinese). No page but /search/ loads any search code. Without JavaScript the
 * search page says so and its site index links every story, place, figure and glossary entry.
 * The queries come from the built site itself (its index), never from today's stories.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserOnSite, gotoOk, hasBrowser, watchPage } from '../helpers/browser';
import { isStory, listPages } from '../../scripts/lib/dist-pages';
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

/** Every URL Pagefind finds for `query`, searched in the page as the search script does. */
async function found(page: Page, query: string): Promise<string[]> {
  // A string, so that the test runner leaves the page's import() alone.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const result = await pagefind.search(${JSON.stringify(query)});
    return (await Promise.all(result.results.map((hit) => hit.data()))).map((data) => data.url);
  })()`);
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
    const results = await page.$$eval('[data-search-results] li', (items) => items.map((item) => ({
      type: item.querySelector('.search-type')?.textContent ?? '',
      href: item.querySelector('a')?.getAttribute('href') ?? '',
      title: item.querySelector('a')?.textContent ?? '',
      marks: [...item.querySelectorAll('p mark')].map((mark) => mark.textContent),
    })));
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

  it('every page type is in the index, and its pages are found by the first two Chinese characters of their titles', async () => {
    const page = await site.browser.newPage();
    await gotoOk(page, `${site.url}/search/`);
    const links = await siteIndex(page);
    const byType = new Map<string, IndexLink[]>();
    for (const link of links) byType.set(link.type, [...(byType.get(link.type) ?? []), link]);
    expect(byType.size, 'stories, places, figures and glossary entries').toBe(4);
    for (const [type, group] of byType) {
      // Of the type's first entries with a Chinese title, at least one is found by its title's first two characters.
      const samples = group.filter((link) => HAN.test(link.title)).slice(0, 5);
      expect(samples.length, `${type}: entries with a Chinese title`).toBeGreaterThan(0);
      const hits: string[] = [];
      for (const sample of samples) if ((await found(page, sample.title.slice(0, 2))).includes(sample.href)) hits.push(sample.href);
      expect(hits.length, `${type}: ${samples.map((sample) => sample.title.slice(0, 2)).join(', ')} find their pages`).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('no other page loads search code; without JavaScript /search/ says so and its index links every listed story, place and figure page', async () => {
    const page = await site.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const others = listPages(root).filter((built) => !built.url.startsWith('/search/') && !built.url.startsWith('/embed/'));
    for (const built of [others[0]!, ...others.filter(isStory).slice(0, 1)]) await gotoOk(page, `${site.url}${built.url}`);
    expect(requests.filter((path) => path.startsWith('/pagefind/') || path.endsWith('/search.js'))).toEqual([]);
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
