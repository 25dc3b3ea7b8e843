/**
 * The figures' layout numbers (src/lib/layout.ts): the style sheets read each as var(--name), the
 * build and the download's CSS get their literal values, and the container conditions the sheets
 * must write out agree with BREAKPOINT.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, walk, type CssNode } from 'css-tree';
import { describe, expect, test } from 'vitest';
import { BREAKPOINT, cssLength, LAYOUT, layoutProperties, layoutProperty, px, REM, withLayoutValues, type LayoutName } from '../../src/lib/layout';
import { layoutValues } from '../../src/integrations/figure-downloads';
import { listPages } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { themeCss, withThemeValues } from '../../src/lib/theme';

const STYLES = join(import.meta.dirname, '../../src/styles');
const sheet = (name: string) => readFileSync(join(STYLES, name), 'utf8');
const SHEETS = readdirSync(STYLES).filter((name) => name.endsWith('.css') && name !== 'tokens.css');
const NAMES = Object.keys(LAYOUT) as LayoutName[];

describe('layout numbers', () => {
  test('px() sizes rem and px lengths and refuses the others', () => {
    expect(px({ value: 0.75, unit: 'rem' })).toBe(0.75 * REM);
    expect(px({ value: 1, unit: 'px' })).toBe(1);
    expect(() => px({ value: 1.5, unit: 'em' })).toThrow(/1.5em has no size in px/);
    expect(() => px({ value: 1.4, unit: '' })).toThrow(/plain number/);
  });

  test('custom property names are the kebab-case names, none repeated', () => {
    expect(layoutProperty('figureTitleSize')).toBe('figure-title-size');
    expect(layoutProperty('cardPadXWide')).toBe('card-pad-x-wide');
    const names = layoutProperties().map(([name]) => name);
    expect(new Set(names).size).toBe(NAMES.length);
  });

  test('the build writes them as literals: var(--<layout number>) becomes the number, other var() calls stay', () => {
    expect(withLayoutValues('.a { font-size: var(--figure-title-size); gap: var( --graphic-gap ) var(--own); color: var(--ink); }'))
      .toBe(`.a { font-size: ${cssLength(LAYOUT.figureTitleSize)}; gap: ${cssLength(LAYOUT.graphicGap)} var(--own); color: var(--ink); }`);
    // No custom property is set for them: a sheet that kept one would get nothing.
    for (const [name] of layoutProperties()) expect(themeCss(), name).not.toContain(`--${name}:`);
  });

  test('Vite gets the literals in style sheets and Astro <style> blocks, never in ?raw text', () => {
    const plugin = layoutValues();
    const transform = (code: string, id: string) => (plugin.transform as (code: string, id: string) => { code: string } | undefined)(code, id)?.code;
    const css = '.a{font-size:var(--figure-title-size)}';
    const literal = `.a{font-size:${cssLength(LAYOUT.figureTitleSize)}}`;
    expect(transform(css, '/p/src/styles/charts.css')).toBe(literal);
    expect(transform(css, '/p/src/styles/charts.css?inline')).toBe(literal);
    expect(transform(css, '/p/src/components/X.astro?astro&type=style&index=0&lang.css')).toBe(literal);
    expect(transform(css, '/p/src/styles/charts.css?raw')).toBeUndefined();
    expect(transform(css, '/p/src/lib/x.ts')).toBeUndefined();
  });

  test('no built page or embed carries a layout custom property: every one was written as its number', async () => {
    const root = await builtSite();
    const pages = listPages(root);
    expect(pages.length).toBeGreaterThan(0);
    const names = layoutProperties().map(([name]) => name);
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      for (const name of names) expect(html.includes(`--${name}`), `${page.url}: --${name}`).toBe(false);
    }
  });

  test('src/styles/tokens.css is the generated file (the build writes it: run `npm run build` after editing layout.ts)', () => {
    expect(sheet('tokens.css')).toBe(themeCss());
  });

  test.each(NAMES)('%s is read by a style sheet', (name) => {
    const call = new RegExp(`var\\(\\s*--${layoutProperty(name)}\\s*\\)`);
    expect(SHEETS.filter((file) => call.test(sheet(file))), `var(--${layoutProperty(name)}) in src/styles`).not.toEqual([]);
  });

  test('the standalone download gets the literal values, since SVG renderers know no custom properties', () => {
    expect(withThemeValues('.a { font-size: var(--figure-title-size); gap: var( --graphic-gap ) var(--own); }'))
      .toBe(`.a { font-size: ${cssLength(LAYOUT.figureTitleSize)}; gap: ${cssLength(LAYOUT.graphicGap)} var(--own); }`);
  });
});

/** Each min-width condition (in rem) of a sheet's @container and @media rules, with the selectors it holds. */
function conditions(css: string): { at: string; rem: number; selectors: string[] }[] {
  const found: { at: string; rem: number; selectors: string[] }[] = [];
  walk(parse(css), (node: CssNode) => {
    if (node.type !== 'Atrule' || !['container', 'media'].includes(node.name) || !node.prelude || !node.block) return;
    let text = '';
    walk(node.prelude, (part: CssNode) => {
      if (part.type === 'Dimension') text = `${part.value}${part.unit}`;
    });
    const match = /^([\d.]+)rem$/.exec(text);
    if (!match) return;
    const selectors: string[] = [];
    walk(node.block, (part: CssNode) => {
      if (part.type === 'Rule' && part.prelude.type === 'SelectorList') {
        part.prelude.children.forEach((selector) => selectors.push(cssText(selector)));
      }
    });
    found.push({ at: node.name, rem: Number(match[1]), selectors });
  });
  return found;
}
const cssText = (node: CssNode) => {
  let text = '';
  walk(node, (part: CssNode) => {
    if (part.type === 'ClassSelector') text += `.${part.name}`;
  });
  return text;
};

describe('container conditions (a condition cannot read a custom property)', () => {
  /** Which breakpoint the conditional rules for each class belong to. */
  const EXPECTED: [string, string, keyof typeof BREAKPOINT][] = [
    ['charts.css', '.chart-variant--wide', 'wideChart'],
    ['charts.css', '.chart-card', 'wideChart'],
    ['charts.css', '.chart-card-number', 'wideChart'],
    ['charts.css', '.chart-timeline-item', 'wideChart'],
    ['charts.css', '.chart-compute-grid', 'sideBySide'],
    ['maps.css', '.map-panels', 'sideBySide'],
  ];

  test.each(EXPECTED)('%s: the rules for %s switch at BREAKPOINT.%s', (file, selector, breakpoint) => {
    const holding = conditions(sheet(file)).filter((condition) => condition.selectors.includes(selector));
    expect(holding.length, `${file}: a min-width condition holding ${selector}`).toBeGreaterThan(0);
    for (const condition of holding) expect(condition.rem, `@${condition.at} holding ${selector}`).toBe(BREAKPOINT[breakpoint]);
  });

  test('cards go to rows of four at BREAKPOINT.fourCards and rows of three at BREAKPOINT.wideChart', () => {
    const cards = conditions(sheet('charts.css')).filter((condition) => condition.selectors.includes('.chart-cards'));
    expect(cards.map((condition) => condition.rem).sort((a, b) => a - b)).toEqual([BREAKPOINT.wideChart, BREAKPOINT.fourCards]);
  });

  test('every min-width condition of the figure sheets is one of the breakpoints', () => {
    const widths = new Set<number>(Object.values(BREAKPOINT));
    for (const file of ['charts.css', 'maps.css', 'general-charts.css', 'embed.css']) {
      for (const condition of conditions(sheet(file))) expect(widths.has(condition.rem), `${file}: @${condition.at} (min-width: ${condition.rem}rem)`).toBe(true);
    }
  });
});
