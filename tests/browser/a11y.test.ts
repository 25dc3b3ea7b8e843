/**
 * axe-core over a sample of the built pages chosen by rule (tests/helpers/representatives.ts:
 * every page type, embed pages included; in each, every figure kind and the longest, most
 * labelled and tallest page): no WCAG 2.1 A/AA violation at 390 px and
 * 1280 px wide, in the light colour scheme and, for the rules colours decide (COLOUR_RULES), the
 * dark one. Each page is loaded once; the scheme and the width are then switched by media
 * emulation and viewport. axe is evaluated into the page through the DevTools protocol, so the
 * page's own CSP stays on (no bypassCSP needed). A failure lists page, scheme, width, rule, help
 * text and the offending elements' selectors.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { gotoOk, hasBrowser, browserOnSite, tabPool, type TabPool } from '../helpers/browser';
import { listPages } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { representativePages } from '../helpers/representatives';

const root = await builtSite();
const pages = representativePages(listPages(root));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/**
 * The rules of those tags whose result can change with the colour scheme alone (the dark theme
 * only changes colours: nothing is shown, hidden or moved by it). Each width runs every rule in
 * the light scheme and these again in the dark one.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const VARIANTS = [
  { colorScheme: 'light', width: 390, only: undefined },
  { colorScheme: 'dark', width: 390, only: COLOUR_RULES },
  { colorScheme: 'light', width: 1280, only: undefined },
  { colorScheme: 'dark', width: 1280, only: COLOUR_RULES },
] as const;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

describe.skipIf(!hasBrowser)('axe-core: WCAG 2.1 A and AA', () => {
  const site = browserOnSite(root);
  let tabs: TabPool;
  beforeAll(async () => {
    tabs = tabPool(await site.browser.newContext({ viewport: { width: VARIANTS[0].width, height: 900 }, colorScheme: VARIANTS[0].colorScheme }));
  });

  it.concurrent.each(pages.map((page) => [page.url, page] as const))('%s has no violation (light, dark; 390, 1280 px)', async (_url, page) => {
    const found: string[] = [];
    const tab = await tabs.take();
    await gotoOk(tab, site.url + page.url);
    await tab.evaluate(axeSource);
    for (const variant of VARIANTS) {
      await tab.emulateMedia({ colorScheme: variant.colorScheme });
      await tab.setViewportSize({ width: variant.width, height: 900 });
      const runOnly = variant.only ? { type: 'rule', values: variant.only } : { type: 'tag', values: TAGS };
      const violations = await tab.evaluate(async (only) => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
        const result = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
        return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })) }));
      }, runOnly);
      for (const violation of violations) {
        const targets = violation.nodes.slice(0, 5).map((node) => node.target.join(' ')).join(' | ');
        const more = violation.nodes.length > 5 ? ` (+${violation.nodes.length - 5} more)` : '';
        const why = violation.nodes[0]?.failureSummary?.split('\n').slice(1, 2).join('').trim() ?? '';
        found.push(`${page.url} [${variant.colorScheme}, ${variant.width} px] ${violation.id} (${violation.impact}): ${violation.help} — ${targets}${more}${why ? ` — ${why}` : ''}`);
      }
    }
    await tabs.give(tab);
    expect(found).toEqual([]);
  });
});
