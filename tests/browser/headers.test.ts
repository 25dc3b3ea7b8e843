/**
 * public/_headers as a host would apply it (tests/security/policy.ts: Cloudflare Pages rules), in
 * Chromium: with the header policy and each page's <meta> policy both enforced, a sample of the
 * reader pages (tests/helpers/representatives.ts: every page type; in each, every figure kind and
 * the longest, most labelled and tallest page) and
 * an embed page still load without a console error or CSP violation; a page on another origin can
 * frame an embed page but not a reader page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoOk, hasBrowser, launchBrowser, watchPage, tabPool, type TabPool } from '../helpers/browser';
import { serveDist, type StaticServer } from '../../scripts/lib/serve-dist';
import { isEmbed, listPages } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { representativePages } from '../helpers/representatives';
import { headersFor, parseHeadersFile } from '../security/policy';

const root = await builtSite();
const pages = listPages(root);
const rules = parseHeadersFile(readFileSync(resolve(import.meta.dirname, '../../public/_headers'), 'utf8'));
const embed = pages.find(isEmbed);
const story = pages.find((page) => page.url.startsWith('/stories/')) ?? pages.find((page) => page.url === '/')!;
const checked = [...representativePages(pages.filter((page) => !isEmbed(page))), ...(embed ? [embed] : [])];

describe.skipIf(!hasBrowser)('public/_headers applied by the host', () => {
  let browser: Browser;
  let site: StaticServer;
  let other: StaticServer;
  let context: BrowserContext;
  let tabs: TabPool;
  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveDist(root, {}, { headers: (path) => headersFor(rules, path) });
    const frame = (url: string) => `<iframe title="${url}" src="${site.url}${url}" width="600" height="400"></iframe>`;
    other = await serveDist(root, {
      '/parent/': `<!doctype html><html lang="en"><title>parent</title>${embed ? frame(embed.url) : ''}${frame(story.url)}</html>`,
    });
    context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    tabs = tabPool(context);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await other?.close();
  });

  it('serves the headers it declares (a check of the test server itself)', async () => {
    const response = await fetch(`${site.url}${story.url}`);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it.each(checked.map((page) => [page.url, page] as const))('%s loads cleanly under both policies', async (_url, page) => {
    const tab = await tabs.take();
    const { problems } = watchPage(tab, site.url);
    await gotoOk(tab, site.url + page.url);
    await tab.waitForTimeout(100);
    await tabs.give(tab);
    expect(problems).toEqual([]);
  });

  it('another origin can frame an embed page but not a reader page', async () => {
    expect(embed, 'no embed page in dist/').toBeDefined();
    const tab = await context.newPage();
    const { problems } = watchPage(tab, other.url);
    await gotoOk(tab, `${other.url}/parent/`);
    await tab.waitForTimeout(300);
    const heading = async (url: string) => {
      const frame = await tab.locator(`iframe[title="${url}"]`).elementHandle().then((handle) => handle?.contentFrame());
      if (!frame || !frame.url().startsWith(site.url)) return { url: frame?.url(), h1: 0 };
      return { url: frame.url(), h1: await frame.locator('h1').count() };
    };
    expect((await heading(embed!.url)).h1, `${embed!.url} should render inside the frame`).toBe(1);
    expect((await heading(story.url)).h1, `${story.url} should be refused in a frame`).toBe(0);
    expect(problems.join('\n'), 'Chromium says why it refused the frame').toMatch(/frame-ancestors|X-Frame-Options/);
    await tab.close();
  });
});
