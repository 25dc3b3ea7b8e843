/**
 * The site's theme tokens: every colour (light and dark) and the font stack, in one place. The
 * pages' CSS custom properties (src/styles/tokens.css) are generated from them, with the figures'
 * layout numbers from src/lib/layout.ts (themeCss(), written by the figure-downloads integration
 * before each build), and the standalone SVG/PNG downloads use their light values as literals
 * (withThemeValues()), so one palette edit reaches every output.
 */
import { withLayoutValues } from './layout';
import { TIER_COLOUR, TIER_ORDER, type MapTier } from './tiers';

export type ThemeName = 'light' | 'dark';

/** A colour in the light and the dark theme. */
export interface ThemeColour {
  light: string;
  dark: string;
}

/** The colours that are not tier colours; the tier ink colours are derived (tierInk()). */
const BASE: Record<string, ThemeColour> = {
  paper: { light: '#ffffff', dark: '#161616' },
  'paper-2': { light: '#f4f3ef', dark: '#222222' },
  ink: { light: '#1a1a1a', dark: '#ececec' },
  'ink-2': { light: '#4a4a4a', dark: '#c8c8c8' },
  muted: { light: '#5f5f5f', dark: '#a8a8a8' },
  rule: { light: '#c9c6bd', dark: '#4a4a4a' },
  link: { light: '#0b57a4', dark: '#8ab8f0' },
  accent: { light: '#b3261e', dark: '#ff8a80' },
  focus: { light: '#0b57a4', dark: '#8ab8f0' },
  /** The land of a map that colours no county by tier (facility maps, cluster maps' other counties). */
  land: { light: '#ebe9e3', dark: '#4a4a4a' },
  'border-county': { light: '#ffffff', dark: '#161616' },
  /** Borders between counties on that land. */
  'border-land': { light: '#b5b0a4', dark: '#161616' },
  mark: { light: '#0072b2', dark: '#56b4e9' },
  'mark-2': { light: '#b34f00', dark: '#f08c3a' },
  grid: { light: '#e2e0da', dark: '#333333' },
};

/**
 * The categorical palette of the general charts (bar-chart series, line-chart lines), in the
 * order series take it: an Okabe–Ito-like set of hues (blue, orange, green, mauve, cyan, rust,
 * brown, plum) tuned per theme so that every pair differs by CIEDE2000 ΔE ≥ 12 with normal
 * vision and with simulated deuteranopia and protanopia, none comes near a chrome grey (ink,
 * ink-2, muted, rule, grid, paper), and each stands 3:1 off the paper (tests/lib/theme.test.ts
 * measures all of it). Eight colours: a chart with more series fails the build.
 */
export const SERIES_COLOUR: readonly ThemeColour[] = [
  { light: '#066de9', dark: '#0090ff' },
  { light: '#da7d11', dark: '#f9b12d' },
  { light: '#06a981', dark: '#63efa8' },
  { light: '#ad6690', dark: '#b46581' },
  { light: '#01a2c7', dark: '#08d1f8' },
  { light: '#8e3708', dark: '#d47002' },
  { light: '#a66645', dark: '#b36958' },
  { light: '#783981', dark: '#dc45b6' },
];

/** The page font stack (system fonts only; downloads put Noto Sans SC first). */
export const FONT_SANS = 'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", '
  + '"Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Red, green and blue (0–255) of a "#rrggbb" colour; anything else throws. */
export function rgbBytes(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`theme: expected a colour as #rrggbb, got "${hex}"`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** Linear-light red, green and blue (0–1) of a "#rrggbb" colour. */
export function linearRgb(hex: string): [number, number, number] {
  const [r, g, b] = rgbBytes(hex);
  return [channel(r), channel(g), channel(b)];
}

/** "#rrggbb" as browsers report computed colours: "rgb(r, g, b)". */
export function cssRgb(hex: string): string {
  return `rgb(${rgbBytes(hex).join(', ')})`;
}

/** WCAG relative luminance of linear RGB. */
export function luminanceOf([r, g, b]: readonly number[]): number {
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG relative luminance of "#rrggbb". */
export function luminance(hex: string): number {
  return luminanceOf(linearRgb(hex));
}

/** WCAG contrast ratio of two luminances (1 to 21). */
export function contrastOf(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** WCAG contrast ratio of two "#rrggbb" colours. */
export function contrast(a: string, b: string): number {
  return contrastOf(luminance(a), luminance(b));
}

const LABEL_INKS = ['#ffffff', '#111111'] as const;

/** The label colour on a tier fill: white or near-black, whichever contrasts more. */
export function tierInk(fill: string): string {
  return contrast(fill, LABEL_INKS[0]) >= contrast(fill, LABEL_INKS[1]) ? LABEL_INKS[0] : LABEL_INKS[1];
}

function tierTokens(): Record<string, ThemeColour> {
  const tokens: Record<string, ThemeColour> = {};
  for (const tier of TIER_ORDER) tokens[`tier-${tier}`] = TIER_COLOUR[tier];
  for (const tier of TIER_ORDER) {
    const { light, dark } = TIER_COLOUR[tier];
    tokens[`tier-ink-${tier}`] = { light: tierInk(light), dark: tierInk(dark) };
  }
  return tokens;
}

/** --series-<n> (1–8) and the label colour on each, --series-ink-<n>. */
function seriesTokens(): Record<string, ThemeColour> {
  const tokens: Record<string, ThemeColour> = {};
  SERIES_COLOUR.forEach((colour, index) => {
    tokens[`series-${index + 1}`] = colour;
  });
  SERIES_COLOUR.forEach(({ light, dark }, index) => {
    tokens[`series-ink-${index + 1}`] = { light: tierInk(light), dark: tierInk(dark) };
  });
  return tokens;
}

/** Every colour token, by name (without the leading "--"). */
export const THEME: Readonly<Record<string, ThemeColour>> = { ...BASE, ...tierTokens(), ...seriesTokens() };

/** The tier colours of a theme, in tier order. */
export function tierColours(theme: ThemeName): { tier: MapTier; colour: string }[] {
  return TIER_ORDER.map((tier) => ({ tier, colour: TIER_COLOUR[tier][theme] }));
}

function declarations(theme: ThemeName, indent: string): string {
  return Object.entries(THEME).map(([name, colour]) => `${indent}--${name}: ${colour[theme]};`).join('\n');
}

/**
 * The tokens as CSS, the content of src/styles/tokens.css: plain custom properties (no
 * light-dark function, which older engines such as WeChat's in-app browser lack), the dark values under
 * prefers-color-scheme, [data-theme] to force one (embeds' ?theme=), and light in print, always.
 * The layout numbers (src/lib/layout.ts) are not custom properties here: the build writes them
 * into the style sheets as literals (withLayoutValues).
 */
export function themeCss(): string {
  return [
    '/*',
    ' * Design tokens, GENERATED from src/lib/theme.ts (the tier colours from src/lib/tiers.ts) by the',
    ' * figure-downloads integration at the start of every build: edit those files, not this one. The',
    ' * style sheets\' var(--<layout number>) calls are not set here: the build replaces them with the',
    ' * numbers of src/lib/layout.ts.',
    ' * Plain custom properties, so engines without the light-dark function get every colour; dark values',
    ' * follow the reader\'s scheme, data-theme="light"|"dark" on <html> forces one. Dark values exist',
    ' * on screens only, so print is always the light theme without a block of its own.',
    ' */',
    ':root {',
    '  color-scheme: light dark;',
    declarations('light', '  '),
    `  --font-sans: ${FONT_SANS};`,
    '}',
    ':root[data-theme="light"] { color-scheme: light; }',
    '@media screen and (prefers-color-scheme: dark) {',
    '  :root:not([data-theme="light"]) {',
    declarations('dark', '    '),
    '  }',
    '}',
    '@media screen {',
    '  :root[data-theme="dark"] {',
    '    color-scheme: dark;',
    declarations('dark', '    '),
    '  }',
    '}',
    '@media print { :root { color-scheme: light; } }',
    '',
  ].join('\n');
}

/**
 * The tokens for a document that only follows its reader's colour scheme (no [data-theme]), such as
 * an SVG image a page shows with <img> (the gallery's thumbnails): the light values on `selector`, the dark values on screens whose reader prefers dark. An image follows
 * the scheme of the page it is shown on.
 */
export function schemeCss(selector: string): string {
  return [
    `${selector} {`,
    declarations('light', '  '),
    `  --font-sans: ${FONT_SANS};`,
    '}',
    '@media screen and (prefers-color-scheme: dark) {',
    `  ${selector} {`,
    declarations('dark', '    '),
    '  }',
    '}',
  ].join('\n');
}

/**
 * CSS with every var(--<token>) of the theme and of the layout numbers replaced by its literal
 * value in `theme` (for SVG renderers such as resvg that know no custom properties), and
 * var(--font-sans) by `font` (the page's stack unless told). Other custom properties, which a
 * style sheet defines for itself, are left as they are.
 */
export function withThemeValues(css: string, theme: ThemeName = 'light', font = FONT_SANS): string {
  return withLayoutValues(css).replace(/var\(\s*--([\w-]+)\s*\)/g, (call, name: string) => {
    if (name === 'font-sans') return font;
    return THEME[name]?.[theme] ?? call;
  });
}
