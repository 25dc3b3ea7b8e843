/**
 * The font files the build uses: Noto Sans SC (OFL-1.1, from @expo-google-fonts/noto-sans-sc),
 * regular and bold. The PNG downloads are drawn with them (src/lib/download/png.ts), chart text
 * is measured with them (src/lib/text.ts), so both read the same TrueType files; the SVG download
 * carries subsets of them (fontFaceCss()), so it looks the same on a machine without them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

/** Paths of the two Noto Sans SC weights: 400 (text) and 700 (headlines, values, bold labels). */
export const NOTO_SANS_SC_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;

/** The weights, as CSS numbers, of NOTO_SANS_SC_FILES. */
const WEIGHTS = { regular: 400, bold: 700 } as const;
export type NotoSubsets = Record<keyof typeof NOTO_SANS_SC_FILES, Buffer>;

/**
 * Noto Sans SC's two weights cut down to the characters of `text` (TrueType). resvg reads its font
 * files again for every glyph, so the 10 MB originals make each PNG take seconds; the subsets (a
 * few KB to tens of KB) take milliseconds. The subsetter is HarfBuzz's (subset-font: HarfBuzz
 * compiled to WebAssembly), the engine src/lib/text.ts measures chart text with (harfbuzzjs): one
 * engine shapes and subsets. It keeps the layout tables (kerning too), so a subset draws exactly
 * as the whole font does, and its output depends only on the font and the characters (no
 * timestamp), so builds repeat byte for byte. Characters the font lacks are left out (they would
 * be .notdef boxes either way).
 */
export async function notoSubsets(text: string): Promise<NotoSubsets> {
  // One at a time: subset-font runs one subset at a time anyway, and each holds a 10 MB font.
  const regular = await subsetFont(readFileSync(NOTO_SANS_SC_FILES.regular), text);
  const bold = await subsetFont(readFileSync(NOTO_SANS_SC_FILES.bold), text);
  return { regular, bold };
}

/** The characters an SVG or HTML document shows: its text without the markup, entities decoded. */
export function shownText(markup: string): string {
  return markup.replace(/<[^>]*>/g, '')
    .replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}

/**
 * @font-face rules for `family` with the subsets as WOFF data: URLs (an SVG shown as an image may
 * load nothing else), a rule per weight. WOFF (zlib) from the TrueType subsets: 60 % of their
 * size. WOFF2 would be a fifth smaller again, but its Brotli encoder (WebAssembly) takes about
 * 200 ms a weight and figure, most of a build's time, where WOFF takes 10 to 20 ms.
 */
export async function fontFaceCss(subsets: NotoSubsets, text: string, family = 'Noto Sans SC'): Promise<string> {
  const rules: string[] = [];
  for (const name of ['regular', 'bold'] as const) {
    const woff = await subsetFont(subsets[name], text, { targetFormat: 'woff' });
    rules.push(`@font-face{font-family:"${family}";font-weight:${WEIGHTS[name]};src:url(data:font/woff;base64,${woff.toString('base64')}) format("woff")}`);
  }
  return rules.join('');
}
