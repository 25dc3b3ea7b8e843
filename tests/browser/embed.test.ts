/**
 * Embeds in Chromium, the way newsrooms use them: parent pages served from another loopback
 * origin (a second server, so a different port) paste the embed code taken from the built
 * figure pages (/figures/<id>/). A sample of the figures (tests/helpers/representatives.ts: every
 * kind, and the longest, most labelled and tallest) is pasted: each iframe must end within 2 px of its embed document's height under
 * Datawrapper's published listener, a Pym.js parent (the real pym.js from npm, no embed.js), and
 * our snippet (embed.js; the oEmbed html is that same code, byte for byte) in a parent whose CSP
 * has no 'unsafe-inline' and in a sandboxed frame (whose links must work or fail without a console
 * error). Also: resizing either way, a late embed.js, the colour scheme (light by default, ?theme=,
 * the theme message), the copy buttons, and each embed page alone: no sideways scrolling at 280
 * and 320 px, and the embed code's height against the real height at 320, 390, 640 and 1280 px.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from '../helpers/browser';
import { serveDist, type StaticServer } from '../../scripts/lib/serve-dist';
import { decodeEntities, fileForPath, outerElements, readPage, listPages } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { representativeFigures } from '../helpers/representatives';
import { cssRgb, THEME } from '../../src/lib/theme';
import { SANDBOX } from '../../src/lib/embed/snippet';

const root = await builtSite();
const PYM = readFileSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js'), 'utf8');
/** The paper colour of each theme as Chromium reports it, from the theme tokens. */
const PAPER = { light: cssRgb(THEME.paper!.light), dark: cssRgb(THEME.paper!.dark) };

/** The embed code of every figure, as its page (/figures/<id>/, or the English /en/figures/<id>/) prints it, by figure id. */
function pageCodes(edition: '' | 'en/' = ''): Map<string, string> {
  const figurePages = listPages(root).filter((page) => new RegExp(`^/${edition}figures/[^/]+/$`).test(page.url));
  if (figurePages.length === 0) throw new Error(`dist/${edition}figures/<id>/index.html: no figure page in the build`);
  const codes = new Map<string, string>();
  for (const page of figurePages) {
    for (const area of outerElements(readPage(page), 'textarea')) {
      const id = area.markup.match(/id="embed-code-([a-z0-9-]+)"/)?.[1];
      if (id) codes.set(id, decodeEntities(area.markup.replace(/^<textarea[^>]*>|<\/textarea>$/g, '')));
    }
  }
  return codes;
}

/** The site root the embed codes were built with (astro.config.mjs `site` + base). */
const siteRootOf = (code: string) => code.match(/src="([^"]*?)(en\/)?embed\/[a-z0-9-]+\/"/)![1]!;

/**
 * Waits until `check` returns true (polling), or fails with the last state it described. A frame
 * still replacing its first empty document with the embed page destroys the context a check
 * evaluates in: that check counts as not settled, and the next one reads the loaded page.
 */
async function settle(what: string, check: () => Promise<{ ok: boolean; state: string }>, timeout = 10_000): Promise<string> {
  const end = Date.now() + timeout;
  let last = '';
  const loading = (error: unknown) => {
    if (!/Execution context was destroyed/.test(String(error))) throw error;
    return { ok: false, state: 'the frame was still loading its page' };
  };
  for (;;) {
    const { ok, state } = await check().catch(loading);
    last = state;
    if (ok) return state;
    if (Date.now() > end) throw new Error(`${what}: not settled after ${timeout} ms (${last})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The iframe's height in the parent and the embed document's own height, in px. */
async function heights(page: Page, frameSelector: string): Promise<{ iframe: number; content: number; frame: Frame }> {
  const handle = await page.waitForSelector(frameSelector);
  const frame = (await handle.contentFrame())!;
  const iframe = await handle.evaluate((element) => element.getBoundingClientRect().height);
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { iframe, content, frame };
}

/** Waits until the iframe fits its content; with `stable`, checks again 300 ms later (no oscillation). */
async function fits(page: Page, selector: string, what: string, stable = true): Promise<number> {
  let result = 0;
  await page.locator(selector).scrollIntoViewIfNeeded();
  await settle(what, async () => {
    const { iframe, content } = await heights(page, selector);
    result = content;
    return { ok: Math.abs(iframe - content) <= 2, state: `iframe ${iframe} px, content ${content} px` };
  });
  if (!stable) return result;
  await new Promise((resolve) => setTimeout(resolve, 300));
  const again = await heights(page, selector);
  expect(Math.abs(again.iframe - again.content), `${what}: iframe ${again.iframe} px vs content ${again.content} px`).toBeLessThanOrEqual(2);
  return result;
}

/** After a moment, every iframe still fits (no oscillation). */
async function fitsAgain(page: Page, selectors: string[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const selector of selectors) {
    const { iframe, content } = await heights(page, selector);
    expect(Math.abs(iframe - content), `${selector}: iframe ${iframe} px vs content ${content} px`).toBeLessThanOrEqual(2);
  }
}

/** A parent page: a column of text with the embeds in it. */
const parentHtml = (title: string, body: string, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <meta name="viewport" content="width=device-width"><title>${title}</title><link rel="icon" href="data:,">${head}</head>
  <body><p>Story text before.</p>${body}<p>After.</p></body></html>`;

/** Datawrapper's published parent listener, as its embed codes carry it: any "datawrapper-height" message sizes the frame that sent it. */
const DATAWRAPPER_LISTENER = `<script>window.addEventListener('message', function (event) {
  var sizes = event.data && event.data['datawrapper-height'];
  if (!sizes) return;
  var frames = document.querySelectorAll('iframe');
  for (var key in sizes) for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === event.source) frames[i].style.height = sizes[key] + 'px';
});</script>`;

describe.skipIf(!hasBrowser)('embeds in Chromium', () => {
  let browser: Browser;
  let site: StaticServer;
  let parent: StaticServer;
  const codes = pageCodes();
  /** The English edition's codes (/en/figures/<id>/): they frame /en/embed/<id>/. */
  const englishCodes = pageCodes('en/');
  /** The figures pasted into the parent pages and loaded alone: the sample, every kind among them. */
  const ids = representativeFigures(listPages(root)).filter((id) => codes.has(id));
  // The figures the single-figure checks use, chosen by what their embed page draws (never by today's ids).
  const embedHtml = (id: string) => readFileSync(fileForPath(root, `/embed/${id}/`)!, 'utf8');
  const mapSvgs = (id: string) => (embedHtml(id).match(/<svg[^>]*\sclass="map-svg[\s"]/g) ?? []).length;
  const isMap = (id: string) => mapSvgs(id) > 0;
  /** A one-map figure, and another one (a second parent page frames it through Pym's data-pym-src). */
  const maps = ids.filter((id) => mapSvgs(id) === 1);
  const map = maps[0]!;
  const otherMap = maps.at(-1)!;
  /** A figure with two maps side by side (or, failing one, the map above). */
  const pair = ids.find((id) => mapSvgs(id) > 1) ?? map;
  /** A chart drawn once per width, so shorter in a wider frame; and a second chart. */
  const charts = ids.filter((id) => !isMap(id));
  const chart = charts.find((id) => embedHtml(id).includes('chart-variant--narrow')) ?? charts[0]!;
  const otherChart = charts.find((id) => id !== chart) ?? chart;
  const SITE = siteRootOf([...codes.values()][0]!);
  const problems: string[] = [];
  /** A figure's code pointing at the local site. */
  let local: (id: string) => string;

  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveDist(root);
    local = (id: string) => {
      const code = codes.get(id);
      if (!code) throw new Error(`no figure page has an embed code for "${id}"`);
      return code.replaceAll(SITE, `${site.url}/`);
    };
    const frameOnly = (id: string) => local(id).split(/(?=<script)/)[0]!;
    const localEnglish = (id: string) => englishCodes.get(id)!.replaceAll(SITE, `${site.url}/`);
    const english = [map, chart];
    const each = (code: (id: string) => string) => ids.map((id) => `<div id="${id}">${code(id)}</div><p>Between.</p>`).join('');
    const strict = `default-src 'none'; script-src ${site.url}; frame-src ${site.url}; style-src 'self'; img-src 'self' data:`;
    parent = await serveDist(root, {
      // The reporter's page: two embeds pasted as they come, in a column the test resizes.
      '/parent.html': parentHtml('Another newsroom', `<div id="one">${local(map)}</div><p>Between.</p><div id="two">${local(chart)}</div>`),
      '/datawrapper.html': parentHtml('Datawrapper listener', each(frameOnly), DATAWRAPPER_LISTENER),
      '/pym.html': parentHtml('Pym parent', `${ids.map((id) => `<div id="pym-${id}"></div>`).join('<p>Between.</p>')}<script>${PYM}</script>
        <script>${JSON.stringify(ids)}.forEach(function (id) { new pym.Parent('pym-' + id, '${site.url}/embed/' + id + '/', { title: id }); });</script>`),
      '/pym-auto.html': parentHtml('Pym auto-init', `<div id="auto" data-pym-src="${site.url}/embed/${otherMap}/"></div><script>${PYM}</script>`),
      '/csp.html': parentHtml('Strict CSP', each(local)),
      // The English edition's codes, as a reporter pastes them: our snippet, and the bare frames under Datawrapper's listener.
      '/english.html': parentHtml('English codes', english.map((id) => `<div id="en-${id}">${localEnglish(id)}</div><p>Between.</p>`).join('')),
      '/english-datawrapper.html': parentHtml('English, Datawrapper listener', english.map((id) => `<div id="en-${id}">${localEnglish(id).split(/(?=<script)/)[0]}</div><p>Between.</p>`).join(''), DATAWRAPPER_LISTENER),
      '/sandbox.html': parentHtml('Sandboxed', each((id) => local(id).replace('<iframe ', `<iframe sandbox="${SANDBOX}" `))),
    }, { headers: (path): Record<string, string> => (path === '/csp.html' ? { 'content-security-policy': strict } : {}) });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await parent?.close();
  });

  /** Opens a parent page at `width`, watching the console of the page and of every frame in it. */
  async function open(path: string, width = 390) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const seen: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') seen.push(`${path} console: ${message.text()}`); });
    page.on('pageerror', (error) => seen.push(`${path} error: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(`${parent.url}${path}`);
    return { page, seen };
  }

  it('English codes frame the English embed page (lang="en"), which sizes its frame as the Chinese one does: under our snippet and under Datawrapper\'s listener, on a phone and a desktop', async () => {
    for (const path of ['/english.html', '/english-datawrapper.html']) {
      for (const width of [390, 1280]) {
        const { page, seen } = await open(path, width);
        for (const id of [map, chart]) {
          const selector = `#en-${id} iframe`;
          expect(await page.locator(selector).getAttribute('src'), selector).toMatch(new RegExp(`/en/embed/${id}/$`));
          await fits(page, selector, `${path} ${width} px: ${id}`);
          const { frame } = await heights(page, selector);
          expect(await frame.evaluate(() => document.documentElement.lang), `${path}: ${id}`).toBe('en');
        }
        expect(seen, `${path} at ${width} px`).toEqual([]);
        await page.close();
      }
    }
  });

  it('the oEmbed html of every figure is exactly the code its page gives, so it sizes the same as under our snippet', () => {
    const oembed = (id: string) => (JSON.parse(readFileSync(fileForPath(root, `/oembed/${id}.json`)!, 'utf8')) as { html: string }).html;
    expect(codes.size).toBeGreaterThan(0);
    for (const id of codes.keys()) expect(oembed(id), id).toBe(codes.get(id));
  });

  it('the parent pages are on another origin than the embeds', () => {
    expect(new URL(parent.url).origin).not.toBe(new URL(site.url).origin);
  });

  // Concurrent: each waits on its own parent page's 35 iframes, mostly for frames to load and settle.
  // Our snippet (embed.js) sizes every figure in the two parents further down, a strict-CSP one
  // at 640 px and a sandboxed frame at 390 px (sandbox keeps allow-same-origin, so it is the plain
  // parent with less allowed): a third, plain parent would load the same 35 frames again.
  it.concurrent.each([
    ['Datawrapper\'s listener, without embed.js', '/datawrapper.html', (id: string) => `#${id} iframe`],
    ['a Pym.js parent, without embed.js', '/pym.html', (id: string) => `#pym-${id} iframe`],
  ])('every figure fits its iframe under %s', async (_what, path, selector) => {
    const { page, seen } = await open(path);
    for (const id of ids) await fits(page, selector(id), `${path} ${id}`, false);
    await fitsAgain(page, ids.map(selector));
    expect(seen).toEqual([]);
    await page.close();
  });

  it('a Pym.js parent made from data-pym-src sizes the figure too', async () => {
    const { page, seen } = await open('/pym-auto.html');
    await fits(page, '#auto iframe', 'data-pym-src');
    expect(seen).toEqual([]);
    await page.close();
  });

  it.concurrent('under a parent CSP without \'unsafe-inline\': full column width, no border, fitted height, no violation', async () => {
    const { page, seen } = await open('/csp.html', 640);
    const column = await page.evaluate(() => document.body.clientWidth);
    for (const id of ids) {
      await fits(page, `#${id} iframe`, `csp ${id}`, false);
      const box = await page.locator(`#${id} iframe`).evaluate((element) => {
        const style = getComputedStyle(element);
        return { width: element.getBoundingClientRect().width, border: [style.borderTopWidth, style.borderLeftWidth] };
      });
      expect(box, id).toEqual({ width: column, border: ['0px', '0px'] });
    }
    expect(seen).toEqual([]);
    await page.close();
  });

  it.concurrent(`in a frame sandboxed "${SANDBOX}": sized, and its links open a new tab or fail without a console error`, async () => {
    const { page, seen } = await open('/sandbox.html');
    const popups: string[] = [];
    page.context().on('page', (popup) => { popups.push(popup.url()); void popup.close(); });
    for (const id of ids) await fits(page, `#${id} iframe`, `sandboxed ${id}`, false);
    await fitsAgain(page, ids.map((id) => `#${id} iframe`));
    // A map's links and a chart's: the first sampled figure of each.
    const clicked = [ids.find(isMap), ids.find((id) => !isMap(id))].filter((id) => id !== undefined);
    for (const id of clicked) {
      const frame = (await page.locator(`#${id} iframe`).elementHandle().then((handle) => handle!.contentFrame()))!;
      for (const link of await frame.locator('.figure-links a').all()) await link.click();
    }
    await page.waitForTimeout(500);
    expect(seen).toEqual([]);
    // The story links open a new tab; the CSV links start a download there, which the sandbox
    // (inherited by the new tab) may refuse, quietly: either way the host page is untouched.
    expect(popups.filter((url) => /\/stories\/|\/$/.test(url)), 'each story link opened a new tab').toHaveLength(clicked.length);
    expect(page.url(), 'the host page stayed where it was').toBe(`${parent.url}/sandbox.html`);
    await page.close();
  });

  it('iframes take the embed document height at 390 and 1024 px, shrink and grow with the parent, and follow a <details> opened inside', async () => {
    const { page, seen } = await open('/parent.html');
    const narrow = { one: await fits(page, '#one iframe', 'map at 390 px'), two: await fits(page, '#two iframe', 'chart at 390 px') };
    await page.setViewportSize({ width: 1024, height: 800 });
    const wide = { one: await fits(page, '#one iframe', 'map at 1024 px'), two: await fits(page, '#two iframe', 'chart at 1024 px') };
    // The chart is shorter in a wider column: the iframe shrank, and grows again below.
    expect(wide.two, 'the chart is shorter at 1024 px than at 390 px').toBeLessThan(narrow.two);
    expect(wide.one, 'the map changes height with the width').not.toBe(narrow.one);

    await page.setViewportSize({ width: 390, height: 800 });
    expect(Math.abs(await fits(page, '#two iframe', 'chart back at 390 px') - narrow.two)).toBeLessThanOrEqual(2);
    expect(Math.abs(await fits(page, '#one iframe', 'map back at 390 px') - narrow.one)).toBeLessThanOrEqual(2);

    // Content that grows and shrinks without any resize of the parent: the data table.
    const { frame } = await heights(page, '#two iframe');
    await frame.locator('.figure-data > summary').click();
    const opened = await fits(page, '#two iframe', 'chart with its data table open');
    expect(opened).toBeGreaterThan(narrow.two + 100);
    await frame.locator('.figure-data > summary').click();
    expect(Math.abs(await fits(page, '#two iframe', 'chart with its data table closed again') - narrow.two)).toBeLessThanOrEqual(2);
    problems.push(...seen);
    await page.close();
  });

  it('the resizer also works when embed.js arrives after the embed has sent its height', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    const [iframe, script] = local(otherChart).split(/(?=<script)/);
    const late = await serveDist(root, { '/late.html': parentHtml('late', iframe!) });
    try {
      await page.goto(`${late.url}/late.html`);
      const handle = await page.waitForSelector('iframe');
      const frame = (await handle.contentFrame())!;
      await frame.waitForLoadState('load');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await page.addScriptTag({ url: script!.match(/src="([^"]+)"/)![1]! });
      await fits(page, 'iframe', 'embed loaded before embed.js');
    } finally {
      await page.close();
      await late.close();
    }
  });

  it('an embed page has no console error, page error or CSP violation, one h1, and ?theme=dark switches the colours', async () => {
    for (const id of [pair, otherChart]) {
      const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
      const seen: string[] = [];
      page.on('console', (message) => { if (message.type() === 'error') seen.push(message.text()); });
      page.on('pageerror', (error) => seen.push(error.message));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(`${site.url}/embed/${id}/?theme=dark`);
      await page.waitForLoadState('load');
      const state = await page.evaluate(() => ({
        theme: document.documentElement.dataset.theme,
        background: getComputedStyle(document.body).backgroundColor,
        h1: document.querySelectorAll('h1').length,
        top: document.querySelectorAll('a[target="_top"], a[download]').length,
      }));
      expect(state).toEqual({ theme: 'dark', background: PAPER.dark, h1: 1, top: 0 });
      expect(seen, `console on /embed/${id}/`).toEqual([]);
      await page.close();
    }
  });

  it('light by default, even for a dark-mode reader; ?theme=dark or auto; and a host page switches it with a message', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 390, height: 700 } });
    const page = await context.newPage();
    const background = async (query: string) => {
      await page.goto(`${site.url}/embed/${map}/${query}`);
      return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    };
    expect(await background('')).toBe(PAPER.light);
    expect(await background('?theme=auto')).toBe(PAPER.dark);
    expect(await background('?theme=dark')).toBe(PAPER.dark);
    expect(await background('?theme=neon')).toBe(PAPER.light);

    await page.goto(`${parent.url}/parent.html`);
    const frame = (await page.locator('#one iframe').elementHandle().then((handle) => handle!.contentFrame()))!;
    await frame.waitForLoadState('load');
    const inFrame = () => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await inFrame()).toBe(PAPER.light);
    for (const [message, colour] of [['dark', PAPER.dark], ['light', PAPER.light], ['auto', PAPER.dark]] as const) {
      await page.evaluate((theme) => document.querySelector<HTMLIFrameElement>('#one iframe')!.contentWindow!.postMessage(`jx-embed:theme=${theme}`, '*'), message);
      await expect.poll(inFrame, { message: `after jx-embed:theme=${message}` }).toBe(colour);
    }
    await context.close();
  });

  it('a figure page: its box open; the copy button copies the code, or selects it where the clipboard is refused; the theme choice rewrites both codes; without JavaScript the buttons stay hidden', async () => {
    const [first, second] = [ids[0]!, ids[1] ?? ids[0]!];
    const allowed = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    await allowed.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await allowed.newPage();
    await page.goto(`${site.url}/figures/${first}/`);
    expect(await page.locator('details.embed-tools[open]').count()).toBe(1);
    const box = page.locator('details.embed-tools');
    await box.locator('.embed-copy-button').first().click();
    await expect.poll(() => box.locator('[role="status"]').first().textContent()).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes.get(first));
    await box.getByLabel('深色').check();
    const values = () => box.locator('textarea').evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
    for (const value of await values()) expect(value).toContain(`/embed/${first}/?theme=dark"`);
    await box.getByLabel('跟随读者系统').check();
    for (const value of await values()) expect(value).toContain(`/embed/${first}/?theme=auto"`);
    await box.getByLabel('浅色').check();
    expect((await values())[0]).toBe(codes.get(first));
    await allowed.close();

    const refused = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const other = await refused.newPage();
    await other.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await other.goto(`${site.url}/figures/${second}/`);
    const otherBox = other.locator('details.embed-tools');
    await otherBox.locator('.embed-copy-button').first().click();
    await expect.poll(() => otherBox.locator('[role="status"]').first().textContent()).toMatch(/^已选中代码/);
    const selected = await other.evaluate((id) => {
      const area = document.getElementById(`embed-code-${id}`) as HTMLTextAreaElement;
      return area.value.slice(area.selectionStart, area.selectionEnd);
    }, second);
    expect(selected).toBe(codes.get(second));
    await refused.close();

    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const plain = await noScript.newPage();
    await plain.goto(`${site.url}/figures/${first}/`);
    const details = plain.locator('details.embed-tools').first();
    expect(await details.locator('.embed-copy-button').first().isVisible()).toBe(false);
    expect(await details.locator('fieldset').isVisible()).toBe(false);
    expect(await details.locator('textarea').first().isVisible()).toBe(true);
    // PNG, print PNG, SVG, CSV, Excel and the CSV's JSON sidecar, each a plain download link that works without JavaScript.
    expect(await details.locator('a[download]').count()).toBe(6);
    await noScript.close();
  });

  it('every sampled embed page: no console error, page error or CSP violation, no sideways scrolling at 280 or 320 px; the embed code\'s height against the real height at 320, 390, 640 and 1280 px is reported (embed-frames.test.ts holds the figure whole in it)', async () => {
    const widths = [320, 390, 640, 1280];
    const report: string[] = [`embed code's height vs real embed height (px, difference %) at ${widths.join(' / ')} px`];
    const wide: string[] = [];
    const page = await browser.newPage({ viewport: { width: 280, height: 800 } });
    const seen: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') seen.push(`${page.url()}: ${message.text()}`); });
    page.on('pageerror', (error) => seen.push(`${page.url()}: ${error.message}`));
    for (const id of ids) {
      const code = codes.get(id)!;
      await page.setViewportSize({ width: 280, height: 800 });
      const fallback = Number(code.match(/ height="(\d+)"/)![1]);
      const cells: string[] = [];
      await page.goto(`${site.url}/embed/${id}/`);
      await page.waitForLoadState('load');
      for (const width of [280, ...widths]) {
        await page.setViewportSize({ width, height: 800 });
        await page.evaluate(() => new Promise(requestAnimationFrame));
        const { scroll, client, real } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
          real: document.documentElement.getBoundingClientRect().height,
        }));
        if (width <= 320 && scroll > client) wide.push(`${id} at ${width} px: ${scroll} px content in ${client} px`);
        if (width === 280) continue;
        const error = fallback / real - 1;
        cells.push(`${Math.round(real)} (${error >= 0 ? '+' : ''}${Math.round(error * 100)}%)`);
      }
      report.push(`${id}: ${fallback} → ${cells.join(' / ')}`);
    }
    console.info(report.join('\n'));
    expect(seen).toEqual([]);
    expect(wide).toEqual([]);
    await page.close();
  });

  it('no problems on the parent page', () => {
    expect(problems).toEqual([]);
    expect(fileForPath(root, '/embed.js'), 'dist/embed.js').toBeDefined();
  });
});
