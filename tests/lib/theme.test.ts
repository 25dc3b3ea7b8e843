/**
 * The theme tokens: the generated tokens.css is current and works without light-dark(); the tier
 * ramp carries the tier order in lightness (in both themes, in greyscale and with deuteranopia);
 * maps keep their land and borders visible in the dark theme. Everything is computed from the
 * tokens, so a palette edit is checked, not pinned.
 */
import { describe, expect, test } from 'vitest';
import generalChartsCss from '../../src/styles/general-charts.css?raw';
import { SERIES_LIMIT } from '../../src/lib/charts/general';
import { colourDifference, VISIONS } from '../../src/lib/colour';
import {
  contrast, contrastOf, linearRgb, luminance, luminanceOf, SERIES_COLOUR, THEME, themeCss, tierColours, tierInk, withThemeValues, type ThemeName,
} from '../../src/lib/theme';
import { TIER_ORDER } from '../../src/lib/tiers';

const THEMES: ThemeName[] = ['light', 'dark'];
const colour = (name: string, theme: ThemeName) => THEME[name]![theme];

/** Machado, Oliveira & Fernandes (2009), deuteranopia at full severity, on linear RGB. */
const DEUTERANOPIA = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
];
function deuteranopiaLuminance(hex: string): number {
  const rgb = linearRgb(hex);
  return luminanceOf(DEUTERANOPIA.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2]))));
}

describe('themeCss (src/styles/tokens.css)', () => {
  test('sets every token as a plain value, with no light-dark() for engines that lack it', () => {
    const css = themeCss();
    expect(css).not.toMatch(/light-dark\(/);
    const root = css.slice(css.indexOf(':root {'), css.indexOf('}'));
    for (const [name, value] of Object.entries(THEME)) expect(root).toContain(`--${name}: ${value.light};`);
  });

  test('dark values only on screens, under prefers-color-scheme (unless data-theme="light") and data-theme="dark"; so print keeps the light values', () => {
    const css = themeCss();
    const block = (opening: string) => {
      const start = css.indexOf(opening);
      expect(start, opening).toBeGreaterThan(-1);
      return css.slice(start, css.indexOf('}', start));
    };
    for (const opening of ['@media screen and (prefers-color-scheme: dark)', '@media screen {']) {
      const text = block(opening);
      for (const [name, value] of Object.entries(THEME)) expect(text, `${opening} --${name}`).toContain(`--${name}: ${value.dark};`);
    }
    expect(block('@media screen and (prefers-color-scheme: dark)')).toContain(':root:not([data-theme="light"]) {');
    expect(block('@media screen {')).toContain(':root[data-theme="dark"] {');
    // Every block that sets a dark value is screen-only: nothing dark is left for print.
    const dark = Object.values(THEME).find((value) => value.dark !== value.light)!.dark;
    const outsideScreen = css.replace(/@media screen[^{]*\{[^{}]*\{[^{}]*\}\s*\}/g, '');
    expect(outsideScreen).not.toContain(`: ${dark};`);
    expect(css).toContain('@media print { :root { color-scheme: light; } }');
  });
});

describe.each(THEMES)('the %s theme', (theme) => {
  const paper = colour('paper', theme);
  const tiers = tierColours(theme).filter(({ tier }) => tier !== 'none');

  test('tier order is lightness order: each tier stands out from the paper more than the next, global most', () => {
    const against = tiers.map(({ colour: fill }) => contrast(fill, paper));
    for (let i = 1; i < against.length; i += 1) expect(against[i - 1]!, `${tiers[i - 1]!.tier} vs ${tiers[i]!.tier}`).toBeGreaterThan(against[i]!);
  });

  test('neighbouring tiers differ in lightness by at least 1.5:1, also in greyscale and with deuteranopia', () => {
    for (const measure of [luminance, deuteranopiaLuminance]) {
      for (let i = 1; i < tiers.length; i += 1) {
        expect(contrastOf(measure(tiers[i - 1]!.colour), measure(tiers[i]!.colour)), `${measure.name}: ${tiers[i - 1]!.tier} / ${tiers[i]!.tier}`).toBeGreaterThanOrEqual(1.5);
      }
    }
    // And the order survives the simulation.
    const simulated = tiers.map(({ colour: fill }) => contrastOf(deuteranopiaLuminance(fill), luminance(paper)));
    expect([...simulated].sort((a, b) => b - a)).toEqual(simulated);
  });

  test('county labels are readable on every tier fill (4.5:1)', () => {
    for (const tier of TIER_ORDER) expect(contrast(colour(`tier-ink-${tier}`, theme), colour(`tier-${tier}`, theme)), tier).toBeGreaterThanOrEqual(4.5);
  });

  test('borders between counties show on every fill, hatched ones included (1.4:1)', () => {
    for (const tier of TIER_ORDER) expect(contrast(colour('border-county', theme), colour(`tier-${tier}`, theme)), tier).toBeGreaterThanOrEqual(1.4);
  });

  test('a base map\'s land stands off the paper, its borders off the land, and its outline clearly', () => {
    expect(contrast(colour('land', theme), paper)).toBeGreaterThanOrEqual(theme === 'dark' ? 2 : 1.15);
    expect(contrast(colour('ink-2', theme), colour('land', theme))).toBeGreaterThanOrEqual(3);
    expect(contrast(colour('border-land', theme), colour('land', theme))).toBeGreaterThanOrEqual(1.4);
  });

  test('text colours reach WCAG AA on the paper', () => {
    for (const name of ['ink', 'ink-2', 'muted', 'link']) expect(contrast(colour(name, theme), paper), name).toBeGreaterThanOrEqual(4.5);
  });
});

/**
 * The general charts' series palette. CIEDE2000 ΔE: about 2 is a just-noticeable difference; 12
 * keeps two lines or bars clearly apart at a glance, also for a reader with deuteranopia or
 * protanopia (simulated: Machado et al. 2009, full severity).
 */
const MIN_SERIES_DELTA_E = 12;
/** The greys of a chart's frame: text, axis and legend-key grey (ink-2), muted labels, rules, gridlines, the paper. */
const CHROME = ['ink', 'ink-2', 'muted', 'rule', 'grid', 'paper'];

describe('the series palette (bar-chart series, line-chart lines)', () => {
  test('eight colours, as many as a chart may have series', () => {
    expect(SERIES_COLOUR).toHaveLength(8);
    expect(SERIES_LIMIT).toBe(SERIES_COLOUR.length);
  });

  describe.each(THEMES)('%s theme', (theme) => {
    const palette = SERIES_COLOUR.map((colour) => colour[theme]);
    const pairs = palette.flatMap((a, i) => palette.slice(i + 1).map((b, j) => [i, i + 1 + j, a, b] as const));

    test.each(VISIONS)('every two series differ by ΔE2000 ≥ 12 (%s)', (vision) => {
      const close = pairs.map(([i, j, a, b]) => ({ pair: `${i + 1}/${j + 1} ${a} ${b}`, difference: colourDifference(a, b, vision) })).filter(({ difference }) => difference < MIN_SERIES_DELTA_E);
      expect(close).toEqual([]);
    });

    test.each(VISIONS)('no series comes near a chrome grey: ΔE2000 ≥ 12 from ink, ink-2, muted, rule, grid and paper (%s)', (vision) => {
      const close = palette.flatMap((fill, i) => CHROME.map((name) => ({ pair: `series ${i + 1} ${fill} / ${name}`, difference: colourDifference(fill, colour(name, theme), vision) })))
        .filter(({ difference }) => difference < MIN_SERIES_DELTA_E);
      expect(close).toEqual([]);
    });

    test('no series colour is a chrome grey or another series\' colour', () => {
      expect(new Set(palette).size).toBe(palette.length);
      for (const name of CHROME) expect(palette).not.toContain(colour(name, theme));
    });

    test('every series stands 3:1 off the paper (WCAG non-text contrast), and its label colour reads on it (4.5:1)', () => {
      palette.forEach((fill, i) => {
        expect(contrast(fill, colour('paper', theme)), fill).toBeGreaterThanOrEqual(3);
        expect(contrast(colour(`series-ink-${i + 1}`, theme), fill), fill).toBeGreaterThanOrEqual(4.5);
      });
    });
  });

  test('general-charts.css gives series n the token --series-(n+1), for all eight, and the key grey to no series', () => {
    const rules = [...generalChartsCss.matchAll(/\.gchart-s(\d+|key) \{([^}]*)\}/g)].map((match) => [match[1]!, match[2]!] as const);
    const series = rules.filter(([name]) => name !== 'key');
    expect(series.map(([name]) => Number(name))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (const [name, body] of series) expect(body.trim()).toBe(`fill: var(--series-${Number(name) + 1}); stroke: var(--series-${Number(name) + 1});`);
    const key = rules.find(([name]) => name === 'key')![1];
    for (const [, body] of series) expect(body).not.toContain(key.match(/var\(--[\w-]+\)/)![0]);
  });
});

describe('tierInk', () => {
  test('white on dark fills, near-black on light ones', () => {
    expect(tierInk('#000080')).toBe('#ffffff');
    expect(tierInk('#f0f0a0')).toBe('#111111');
  });
});

describe('withThemeValues', () => {
  test('replaces the theme\'s variables by their literal values and leaves a sheet\'s own', () => {
    const css = '.a { fill: var(--paper); stroke: var( --tier-global ); left: calc(var(--marker) - 1px); font-family: var(--font-sans); }';
    const light = withThemeValues(css);
    expect(light).toContain(`fill: ${THEME.paper!.light};`);
    expect(light).toContain(`stroke: ${THEME['tier-global']!.light};`);
    expect(light).toContain('calc(var(--marker) - 1px)');
    expect(light).not.toContain('var(--font-sans)');
    expect(withThemeValues(css, 'dark')).toContain(`fill: ${THEME.paper!.dark};`);
  });

  test('rejects a colour that is not #rrggbb where contrast is computed', () => {
    expect(() => luminance('red')).toThrow(/#rrggbb.*"red"/);
  });
});
