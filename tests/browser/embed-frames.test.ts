/**
 * A sample of the embed pages (tests/helpers/representatives.ts: every figure kind, and the
 * longest, most labelled and tallest figure) in a frame on another loopback origin, in a Chromium that draws its scrollbars
 * (tests/helpers/browser.ts: Playwright hides them by default, and a hidden scrollbar takes no
 * room, which hid a 15 px gutter in 52 of these states), at 320, 390, 768, 1024 and 1280 px:
 *
 * - WordPress: the frame WordPress makes of our oEmbed html for an author without unfiltered_html,
 *   and a listener that does what WordPress's wp-embed.js does, both written here from reading
 *   WordPress's wp-includes/embed.php (wp_filter_oembed_result) and src/js/_enqueues/wp/embed.js:
 *   the frame's height is the embed document's (WordPress clamps it to 200–1000 px: no figure may
 *   need the clamp, so the compact layout and, where needed, a zoom must fit it), nothing cut,
 *   no scrollbar, and a click on a link makes WordPress open it in the host's own tab.
 * - Our snippet (embed.js): no scrollbar, no gutter, nothing wider than the frame and the frame
 *   as tall as the content, with the data table closed and open, the widths taken in both
 *   directions.
 * - No script on the host: the code's iframe alone (a CMS that strips scripts) and the code inserted
 *   with innerHTML (whose <script> never runs): the frame keeps the code's height, and the figure is
 *   whole in it (zoomed out where it must be: src/lib/bare-frame.ts), at most a quarter of the
 *   frame blank at 1024 px. Every figure (not just the sample) in the code's iframe alone, the embed
 *   page's JavaScript on and off (a sandbox without allow-scripts), one tab resized through the widths.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowserWithScrollbars, tabPool, type TabPool } from '../helpers/browser';
import { serveDist, type StaticServer } from '../../scripts/lib/serve-dist';
import { builtSite } from '../helpers/built-site';
import { representativeFigures } from '../helpers/representatives';
import { listPages, readPage } from '../../scripts/lib/dist-pages';

const root = await builtSite();
/**
 * Every figure's oEmbed html (the gallery's embed code, byte for byte: embed.test.ts), by figure id:
 * the default file <id>.json, not its variants per colour scheme and width (<id>.dark.json, …).
 */
const codes = new Map(readdirSync(join(root, 'oembed')).filter((file) => /^[a-z0-9-]+\.json$/.test(file)).sort()
  .map((file) => [file.slice(0, -'.json'.length), (JSON.parse(readFileSync(join(root, 'oembed', file), 'utf8')) as { html: string }).html]));
/** The figures framed: the sample, every kind among them. */
const ids = representativeFigures(listPages(root)).filter((id) => codes.has(id));
/** A map with links to place pages (the first embed page with one), for the test of a map's links through WordPress. */
const linkedMap = listPages(root).find((page) => /^\/embed\/[^/]+\/$/.test(page.url) && readPage(page).includes('class="map-link'))?.url.split('/')[2];
/** The site root the codes were built with. */
const SITE = [...codes.values()][0]!.match(/src="([^"]*?)embed\/[a-z0-9-]+\/"/)![1]!;
const WIDTHS = [320, 390, 768, 1024, 1280];
/** WordPress's largest frame: taller content is cut (wp-embed.js). */
const WP_MAX = 1000;
/** The smallest zoom the compact layout may need: text stays at least three quarters of its size. */
const MIN_ZOOM = 0.75;

/** The iframe attributes wp_filter_oembed_result keeps (wp_kses), in the order they come. */
const WP_KEPT = ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'];

/**
 * What WordPress makes of an oEmbed provider's html it does not trust: the iframe alone (the
 * <script> goes), with only the attributes above; a ten-character secret appended to the src as
 * "#?secret=…" and repeated in data-secret; then class "wp-embedded-content", sandbox
 * "allow-scripts" (no same-origin, pop-ups or top navigation) and security="restricted".
 */
function wordpressFrame(html: string, secret: string): string {
  const tag = html.match(/<iframe\b[^>]*>/)![0];
  const attributes = [...tag.matchAll(/\s([a-z-]+)="([^"]*)"/g)]
    .filter(([, name]) => WP_KEPT.includes(name!))
    .map(([, name, value]) => (name === 'src' ? `src="${value}#?secret=${secret}" data-secret="${secret}"` : `${name}="${value}"`));
  return `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" ${attributes.join(' ')}></iframe>`;
}

/**
 * The host side of WordPress's embeds as wp-embed.js does it (our own code, from reading it): a
 * message names a secret of letters and digits; only the iframe with that data-secret whose window
 * sent it is touched; "height" sets its height attribute to the whole number clamped to 200–1000;
 * "link" sends the host's own tab to the URL if it is http(s), on the host of the iframe's src, and
 * the iframe has the focus (the reader clicked in it). When the page is ready it asks each frame
 * for its height ("ready"), in case a frame loaded first.
 */
const WP_LISTENER = `<script>
window.addEventListener('message', function (event) {
  var data = event.data;
  if (!data || /[^a-zA-Z0-9]/.test(data.secret)) return;
  var frames = document.querySelectorAll('iframe[data-secret="' + data.secret + '"]');
  for (var i = 0; i < frames.length; i++) {
    var frame = frames[i];
    if (frame.contentWindow !== event.source) continue;
    frame.removeAttribute('style');
    if (data.message === 'height') {
      var height = parseInt(data.value, 10);
      frame.height = height > ${WP_MAX} ? ${WP_MAX} : (height | 0) < 200 ? 200 : height;
    } else if (data.message === 'link') {
      var from = new URL(frame.getAttribute('src'));
      var to = new URL(data.value);
      if (/^https?:$/i.test(to.protocol) && to.host === from.host && document.activeElement === frame) window.top.location.href = data.value;
    }
  }
});
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('iframe.wp-embedded-content').forEach(function (frame) {
    frame.contentWindow.postMessage({ message: 'ready', secret: frame.getAttribute('data-secret') }, '*');
  });
});
</script>`;

/**
 * A post or story page with the frame in its column (the body's default 8 px margin), longer than
 * the screen, as a story is (so its own scrollbar does not come and go with the frame's height), and
 * WordPress's reset of a figure's margins (its block library: :where(figure) { margin: 0 0 1em }).
 */
const hostPage = (title: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <meta name="viewport" content="width=device-width"><title>${title}</title><link rel="icon" href="data:,">
  <style>:where(figure) { margin: 0 0 1em; } .rest { min-height: 100vh; }</style></head>
  <body><p>Story text before.</p>${body}<p class="rest">The rest of the story.</p></body></html>`;

/** A ten-character secret of letters and digits, as wp_generate_password(10, false) makes. */
const secretOf = (index: number) => `Wp${String(index).padStart(4, '0')}sEcr`;

interface FrameState {
  /** The iframe's height in the host, px. */
  frame: number;
  /** The embed document's height (its <html> box), px. */
  content: number;
  scrollHeight: number;
  clientHeight: number;
  scrollWidth: number;
  clientWidth: number;
  /** The frame's width with its scrollbar: more than clientWidth while one shows. */
  innerWidth: number;
  /** The zoom the embed set on its <main> (1 when none). */
  zoom: number;
}

async function frameState(page: Page, frame: Frame): Promise<FrameState> {
  const inside = await frame.evaluate(() => {
    const html = document.documentElement;
    return {
      content: html.getBoundingClientRect().height, scrollHeight: html.scrollHeight, clientHeight: html.clientHeight,
      scrollWidth: html.scrollWidth, clientWidth: html.clientWidth, innerWidth: window.innerWidth,
      zoom: Number(document.querySelector('main')!.style.zoom || 1),
    };
  });
  const outside = await page.locator('iframe').evaluate((element) => element.getBoundingClientRect().height);
  return { frame: outside, ...inside };
}

const describeState = (state: FrameState) => `frame ${state.frame} px, content ${state.content.toFixed(2)} px, scroll ${state.scrollWidth}×${state.scrollHeight} in ${state.clientWidth}×${state.clientHeight} (window ${state.innerWidth} wide), zoom ${state.zoom}`;

/** Whether nothing shows a scrollbar or its gutter, nothing is cut and the frame takes the content's height. */
function clean(state: FrameState): string[] {
  const wrong: string[] = [];
  if (state.innerWidth > state.clientWidth) wrong.push(`a ${state.innerWidth - state.clientWidth} px scrollbar gutter`);
  if (state.scrollHeight > state.clientHeight) wrong.push('content taller than the frame');
  if (state.scrollWidth > state.clientWidth) wrong.push('content wider than the frame');
  if (state.frame < state.content) wrong.push('the frame shorter than the content');
  if (state.frame > Math.ceil(state.content) + 1) wrong.push('the frame taller than the content');
  return wrong;
}

/** Polls until `clean` finds nothing (with the viewport inside the frame caught up), or returns what is still wrong. */
async function settled(page: Page, frame: Frame, timeout = 8_000): Promise<{ state: FrameState; wrong: string[] }> {
  const end = Date.now() + timeout;
  for (;;) {
    const state = await frameState(page, frame);
    const wrong = clean(state);
    if (state.clientHeight !== Math.round(state.frame)) wrong.push('the frame\'s viewport not yet its height');
    if (wrong.length === 0 || Date.now() > end) return { state, wrong };
    await page.waitForTimeout(100);
  }
}

describe.skipIf(!hasBrowser)('embed frames with scrollbars drawn: WordPress and our snippet', () => {
  let browser: Browser;
  let site: StaticServer;
  let host: StaticServer;
  let contexts: BrowserContext[];
  /**
   * Two tabs at a time, each in a window of its own (a context), since WordPress follows a link only
   * from the frame that has the focus, and tabs of one window share it. Each figure's test takes one.
   */
  let tabs: TabPool;
  /** A figure's code pointing at the local site. */
  const local = (id: string) => codes.get(id)!.replaceAll(SITE, `${site.url}/`);
  const zooms: string[] = [];
  const bare: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowserWithScrollbars();
    site = await serveDist(root);
    const pages: Record<string, string> = {};
    [...new Set([...ids, ...(linkedMap ? [linkedMap] : [])])].forEach((id, index) => {
      pages[`/wp/${id}.html`] = hostPage(`WordPress post: ${id}`, `<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">${wordpressFrame(local(id), secretOf(index))}</div></figure>${WP_LISTENER}`);
      pages[`/ours/${id}.html`] = hostPage(`Our snippet: ${id}`, `<div>${local(id)}</div>`);
      // A CMS that strips scripts: the iframe alone; and one that inserts the code with innerHTML, which never runs its <script>.
      pages[`/stripped/${id}.html`] = hostPage(`Scripts stripped: ${id}`, `<div>${local(id).split(/(?=<script)/)[0]}</div>`);
      pages[`/inner/${id}.html`] = hostPage(`Inserted with innerHTML: ${id}`, `<div id="code"></div><script>document.getElementById('code').innerHTML = ${JSON.stringify(local(id)).replaceAll('<', '\\u003c')};</script>`);
    });
    // Every figure's code alone, for the test with JavaScript off.
    for (const id of codes.keys()) pages[`/bare/${id}.html`] = hostPage(`Scripts off: ${id}`, `<div>${local(id).split(/(?=<script)/)[0]}</div>`);
    host = await serveDist(root, pages);
    contexts = await Promise.all([0, 1].map(() => browser.newContext({ viewport: { width: WIDTHS[0]!, height: 800 } })));
    const pools = contexts.map((context) => tabPool(context, { max: 1 }));
    const free = [...pools];
    const waiting: ((pool: TabPool) => void)[] = [];
    const owner = new Map<Page, TabPool>();
    tabs = {
      async take() {
        const pool = free.pop() ?? await new Promise<TabPool>((resolve) => waiting.push(resolve));
        const tab = await pool.take();
        owner.set(tab, pool);
        return tab;
      },
      async give(tab) {
        const pool = owner.get(tab)!;
        await pool.give(tab);
        const next = waiting.shift();
        if (next) next(pool);
        else free.push(pool);
      },
    };
  });
  afterAll(async () => {
    await Promise.all((contexts ?? []).map((context) => context.close()));
    await browser?.close();
    await site?.close();
    await host?.close();
  });

  it('the host pages are on another origin than the embeds, and WordPress\'s frame is made as WordPress makes it', () => {
    expect(new URL(host.url).origin).not.toBe(new URL(site.url).origin);
    expect(wordpressFrame('<iframe title="T &amp; U" src="https://x.example/embed/a/" width="100%" height="700" frameborder="0" loading="lazy"></iframe><script src="https://x.example/embed.js" async></script>', 'abcDEF1234'))
      .toBe('<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" title="T &amp; U" src="https://x.example/embed/a/#?secret=abcDEF1234" data-secret="abcDEF1234" width="100%" height="700" frameborder="0"></iframe>');
  });

  it.concurrent.each(ids)('WordPress: %s fits its frame at every width (under 1000 px), nothing cut, no scrollbar, and its links open through WordPress', async (id) => {
    const page = await tabs.take();
    const navigations: string[] = [];
    // WordPress sends the host's tab to the link: the test answers that navigation with 204, so the tab stays and the next width can follow.
    await page.route('**/*', async (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.frame() === page.mainFrame() && !request.url().startsWith(host.url)) {
        navigations.push(request.url());
        await route.fulfill({ status: 204 });
      } else await route.continue();
    });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
    try {
      await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
      await page.goto(`${host.url}/wp/${id}.html`);
      const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
      await frame.waitForLoadState('load');
      expect(await frame.evaluate(() => document.documentElement.classList.contains('embed-wp')), 'html.embed-wp').toBe(true);
      expect(await frame.locator('.figure-data').isVisible(), 'the data table disclosure is left to the CSV and the figure\'s page').toBe(false);
      // The figure itself stays whole: headline, dek, graphic, notes, sources and links.
      for (const part of ['.figure-title', '.figure-dek', '.figure-graphic', '.figure-notes', '.figure-source', '.figure-links']) {
        for (const element of await frame.locator(part).all()) expect(await element.isVisible(), `${id}: ${part}`).toBe(true);
      }
      const row: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        const { state, wrong } = await settled(page, frame);
        expect(wrong, `${id} at ${width} px: ${describeState(state)}`).toEqual([]);
        expect(state.content, `${id} at ${width} px: taller than WordPress shows`).toBeLessThanOrEqual(WP_MAX);
        expect(state.zoom, `${id} at ${width} px: zoomed out too far to read`).toBeGreaterThanOrEqual(MIN_ZOOM);
        row.push(state.zoom < 1 ? `${width}: ×${state.zoom.toFixed(3)}` : `${width}: —`);

        // A click on a link: WordPress gets {message: "link"} with the absolute URL and opens it in the host's tab.
        const link = frame.locator('.embed-back');
        const expected = new URL((await link.getAttribute('href'))!, frame.url()).href;
        navigations.length = 0;
        await link.click();
        await expect.poll(() => navigations, { message: `${id} at ${width} px: WordPress opened the link` }).toEqual([expected]);
      }
      if (row.some((cell) => cell.includes('×'))) zooms.push(`${id}: ${row.join(' · ')}`);
      expect(page.url()).toBe(`${host.url}/wp/${id}.html`);
      expect(problems).toEqual([]);
    } finally {
      await page.unroute('**/*');
      await tabs.give(page);
    }
  });

  it.concurrent('WordPress: a map\'s place link and the CSV link go through WordPress too, and "ready" brings the height again', async () => {
    expect(linkedMap, 'an embed page of a map with links to place pages').toBeDefined();
    const page = await tabs.take();
    const navigations: string[] = [];
    await page.route('**/*', async (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.frame() === page.mainFrame() && !request.url().startsWith(host.url)) {
        navigations.push(request.url());
        await route.fulfill({ status: 204 });
      } else await route.continue();
    });
    try {
      await page.setViewportSize({ width: 1024, height: 800 });
      await page.goto(`${host.url}/wp/${linkedMap}.html`);
      const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
      await frame.waitForLoadState('load');
      const county = frame.locator('a.map-link:visible').first();
      const place = new URL((await county.getAttribute('href'))!, frame.url()).href;
      await county.click();
      await expect.poll(() => navigations).toEqual([place]);
      navigations.length = 0;
      const csv = frame.locator('.figure-links a').first();
      await csv.click();
      await expect.poll(() => navigations).toEqual([new URL((await csv.getAttribute('href'))!, frame.url()).href]);

      // The host asks again ({message: "ready"}), as wp-embed.js does when it runs after the frame loaded.
      const { state } = await settled(page, frame);
      await page.locator('iframe').evaluate((element: HTMLIFrameElement) => {
        element.height = '300';
        element.contentWindow!.postMessage({ message: 'ready', secret: element.getAttribute('data-secret') }, '*');
      });
      await expect.poll(async () => (await frameState(page, frame)).frame).toBe(Math.ceil(state.content));
    } finally {
      await page.unroute('**/*');
      await tabs.give(page);
    }
  });

  it.concurrent('WordPress: a map\'s tooltips come on first touch in its sandboxed frame (a frame of no origin loads the site\'s own script), with no policy error', async () => {
    expect(linkedMap, 'an embed page of a map').toBeDefined();
    const page = await tabs.take();
    const errors: string[] = [];
    const onConsole = (message: { type(): string; text(): string }) => { if (message.type() === 'error') errors.push(message.text()); };
    page.on('console', onConsole);
    try {
      await page.setViewportSize({ width: 1024, height: 800 });
      await page.goto(`${host.url}/wp/${linkedMap}.html`);
      const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
      await frame.waitForLoadState('load');
      expect(await frame.locator('[data-map-ready]').count(), 'no tooltips before a touch').toBe(0);
      await frame.locator('[data-tip]:visible').first().focus();
      await expect.poll(() => frame.locator('.map-tip:not([hidden])').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      page.off('console', onConsole);
      await tabs.give(page);
    }
  });

  it.concurrent.each(ids)('our snippet: %s at every width, with its data table closed and open: no scrollbar or gutter, nothing wider, the frame as tall as the content', async (id) => {
    const page = await tabs.take();
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${host.url}/ours/${id}.html`);
      const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
      await frame.waitForLoadState('load');
      expect(await frame.evaluate(() => document.documentElement.classList.contains('embed-wp')), 'no WordPress layout without its secret').toBe(false);
      for (const open of [false, true]) {
        if (open) await frame.locator('.figure-data > summary').click();
        // Narrower and wider in turn: a frame that narrows is briefly shorter than its content.
        for (const width of [1280, 320, 1024, 390, 768]) {
          await page.setViewportSize({ width, height: 800 });
          const { state, wrong } = await settled(page, frame);
          expect(wrong, `${id} at ${width} px, data table ${open ? 'open' : 'closed'}: ${describeState(state)}`).toEqual([]);
        }
      }
    } finally {
      await tabs.give(page);
    }
  });

  it.concurrent.for(ids)('no script on the host (stripped, or inserted with innerHTML): %s whole in the code\'s height at every width, at most a quarter blank at 1024 px', async (id, { expect }) => {
    const page = await tabs.take();
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(request.url()));
    try {
      const code = Number(codes.get(id)!.match(/ height="(\d+)"/)![1]);
      for (const [host_, widths] of [['stripped', WIDTHS], ['inner', [390, 1024]]] as const) {
        await page.setViewportSize({ width: widths[0]!, height: 800 });
        await page.goto(`${host.url}/${host_}/${id}.html`);
        const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
        await frame.waitForLoadState('load');
        const row: string[] = [];
        for (const width of widths) {
          await page.setViewportSize({ width, height: 800 });
          // Whole: nothing past the frame's bottom or side, no scrollbar; the frame keeps the code's height.
          let state = await frameState(page, frame);
          const wrong = (at: FrameState) => [at.scrollHeight > at.clientHeight && 'content taller than the frame', at.scrollWidth > at.clientWidth && 'content wider than the frame',
            at.innerWidth > at.clientWidth && 'a scrollbar gutter', at.content > at.frame + 0.5 && 'the content taller than the frame', Math.round(at.frame) !== code && 'the frame not the code\'s height',
            // Once the page has settled at this width: just after a resize it may still show the zoom of the width before.
            width === 1024 && 1 - at.content / at.frame > 0.25 && 'more than a quarter of the frame blank at 1024 px'].filter(Boolean);
          await expect.poll(async () => wrong(state = await frameState(page, frame)), { timeout: 8_000, message: `${id} (${host_}) at ${width} px: ${describeState(state)}` }).toEqual([]);
          row.push(`${width}: ${Math.round(state.content)}${state.zoom < 1 ? ` ×${state.zoom.toFixed(2)}` : ''}`);
        }
        if (host_ === 'stripped') bare.push(`${id} (${code} px): ${row.join(' · ')}`);
      }
      expect(loaded.filter((url) => url.endsWith('/embed.js')), 'embed.js never ran').toEqual([]);
    } finally {
      await tabs.give(page);
    }
  });

  it.for(['on', 'off'] as const)('every figure\'s bare iframe (the code alone, no script on the host), the embed page\'s JavaScript %s (off: a sandbox without allow-scripts): whole in the code\'s height at every width, at most a quarter blank at 1024 px', { timeout: 300_000 }, async (javaScript, { expect }) => {
    const script = javaScript === 'on';
    // One window and one tab for every figure, its widths taken by resizing.
    const context = await browser.newContext({ javaScriptEnabled: script, viewport: { width: WIDTHS[0]!, height: 800 } });
    const page = await context.newPage();
    const wrongs: string[] = [];
    try {
      for (const id of codes.keys()) {
        const code = Number(codes.get(id)!.match(/ height="(\d+)"/)![1]);
        await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
        await page.goto(`${host.url}/bare/${id}.html`);
        const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
        await frame.waitForLoadState('load');
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          const wrong = (at: FrameState) => [at.scrollHeight > at.clientHeight && 'content taller than the frame', at.scrollWidth > at.clientWidth && 'content wider than the frame',
            at.innerWidth > at.clientWidth && 'a scrollbar gutter', at.content > at.frame + 0.5 && 'the content taller than the frame', Math.round(at.frame) !== code && 'the frame not the code\'s height',
            width === 1024 && 1 - at.content / at.frame > 0.25 && 'more than a quarter of the frame blank at 1024 px'].filter(Boolean);
          // Settled: the frame's window has the iframe's width and, with the script, its zoom is for this width (nothing wrong, or still wrong after a while).
          let at = await frameState(page, frame);
          for (const end = Date.now() + (script ? 4_000 : 2_000); Date.now() < end; at = await frameState(page, frame)) {
            const wide = await page.locator('iframe').evaluate((element) => Math.round(element.getBoundingClientRect().width));
            if (at.innerWidth === wide && wrong(at).length === 0) break;
            await page.waitForTimeout(100);
          }
          if (wrong(at).length > 0) wrongs.push(`${id} at ${width} px: ${wrong(at).join(', ')} (${describeState(at)})`);
        }
      }
    } finally {
      await context.close();
    }
    expect(wrongs).toEqual([]);
  });

  it('reports which figures WordPress shows zoomed out, and by how much', () => {
    console.info(`Without a script on the host, each figure's content height (px) and zoom in the code's height:\n${bare.sort().join('\n')}`);
    console.info(`Embeds zoomed out to fit WordPress's 1000 px (width: zoom):\n${zooms.sort().join('\n') || 'none'}`);
  });
});
