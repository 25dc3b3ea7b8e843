/**
 * The SVG download looks the same on any machine (issue 22): Chromium draws every piece of its
 * text with the Noto Sans SC it carries (@font-face, src/lib/fonts.ts: fontFaceCss()), never a
 * font of the machine's, and bold text with the bold face. Asked of Chromium's own layout through
 * the DevTools protocol (CSS.getPlatformFontsForNode: the fonts a node's text was drawn with, and
 * whether each is a web font), so a machine with Noto installed cannot pass for one without.
 * Served with the host's headers (public/_headers), whose policy must let the file use its font.
 * One published figure of each kind, the first in figures.yaml: a handful of files, not all, in
 * each edition. A file may also carry Noto Sans, for the curly quotation marks of its lines
 * without Chinese only (Noto Sans SC draws them a full em wide: latinQuotes()): each glyph drawn
 * in it is one of those marks.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { gotoOk, hasBrowser, launchBrowser } from '../helpers/browser';
import { builtSite } from '../helpers/built-site';
import { serveDist, type StaticServer } from '../../scripts/lib/serve-dist';
import { headersFor, parseHeadersFile } from '../security/policy';
import { siteDataFromFiles } from '../helpers/site-data';
import { publishedFigures } from '../../src/lib/figures';
import { usesLatinQuotes } from '../../src/lib/download/standalone';

const root = await builtSite();
const rules = parseHeadersFile(readFileSync(resolve(import.meta.dirname, '../../public/_headers'), 'utf8'));
const byKind = new Map<string, string>();
for (const figure of publishedFigures(siteDataFromFiles().figures.values())) if (!byKind.has(figure.kind)) byKind.set(figure.kind, figure.id);

interface PlatformFont { familyName: string; postScriptName?: string; isCustomFont: boolean; glyphCount: number }

describe.skipIf(!hasBrowser)('the SVG download draws its text with the font it carries', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveDist(root, {}, { headers: (path) => headersFor(rules, path) });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // Concurrent (vitest's maxConcurrency: 5 files at once): most of a test is waiting on DevTools round trips, not work.
  const cases = ['', '/en'].flatMap((edition) => [...byKind].map(([kind, id]) => [`${edition}/downloads/${id}.svg`, kind] as const));
  test.concurrent.for(cases)('%s (%s)', async ([path], { expect }) => {
    const page = await browser.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => {
      // A 404 (the browser's own favicon request) is not a policy refusing the font.
      if (message.type() === 'error' && !/status of 404/.test(message.text())) blocked.push(message.text());
    });
    try {
      await gotoOk(page, `${server.url}${path}`);
      const faces = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].map((face) => `${face.family} ${face.weight} ${face.status}`);
      });
      expect(blocked, 'console errors (a policy refusing the font)').toEqual([]);
      // Quotation marks set in Noto Sans: those of lines without Chinese (latinQuotes()).
      const quoted = usesLatinQuotes(readFileSync(resolve(root, `.${path}`), 'utf8').replace(/<style>[\s\S]*?<\/style>/, ''));
      // Noto Sans's bold stays unloaded where no bold text has a quotation mark.
      expect(faces.map((face) => face.replace(/^(Noto Sans \d+) unloaded$/, '$1 loaded')).sort())
        .toEqual([...(quoted ? ['Noto Sans 400 loaded', 'Noto Sans 700 loaded'] : []), 'Noto Sans SC 400 loaded', 'Noto Sans SC 700 loaded']);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root: documentNode } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: documentNode.nodeId, selector: 'text' });
      expect(nodeIds.length).toBeGreaterThan(3);
      const problems: string[] = [];
      let bold = 0;
      let quoteGlyphs = 0;
      // Every node's three questions sent at once (the protocol answers each in turn): one round trip's wait, not hundreds.
      const answers = await Promise.all(nodeIds.map((nodeId) => Promise.all([
        cdp.send('CSS.getPlatformFontsForNode', { nodeId }) as Promise<{ fonts: PlatformFont[] }>,
        cdp.send('CSS.getComputedStyleForNode', { nodeId }),
        cdp.send('DOM.getOuterHTML', { nodeId }),
      ])));
      for (const [{ fonts }, { computedStyle }, { outerHTML }] of answers) {
        const weight = Number(computedStyle.find((property) => property.name === 'font-weight')?.value);
        const whole = outerHTML.replace(/<[^>]*>/g, '');
        const text = whole.slice(0, 20);
        const marks = (whole.match(/[“”‘’]/g) ?? []).length;
        for (const font of fonts) {
          const quoteFont = quoted && font.isCustomFont && font.familyName === 'Noto Sans' && font.glyphCount <= marks;
          if (quoteFont) quoteGlyphs += font.glyphCount;
          if (!font.isCustomFont || (font.familyName !== 'Noto Sans SC' && !quoteFont)) problems.push(`"${text}": ${font.glyphCount} glyph(s) in ${font.familyName} (${font.isCustomFont ? 'web font' : 'the machine\'s'})`);
          else if ((weight >= 600) !== /bold/i.test(font.postScriptName ?? '')) problems.push(`"${text}": weight ${weight} drawn with ${font.postScriptName}`);
        }
        if (weight >= 600) bold += 1;
      }
      expect(problems).toEqual([]);
      if (quoted) expect(quoteGlyphs, 'curly quotation marks drawn in Noto Sans').toBeGreaterThan(0);
      expect(bold, 'the headline at least is bold').toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
