/**
 * The font files the build uses: Noto Sans SC (OFL-1.1, from @expo-google-fonts/noto-sans-sc),
 * regular and bold. The PNG downloads are drawn with them (src/lib/download/png.ts), chart text
 * is measured with them (src/lib/text.ts), so both read the same TrueType files; the SVG download
 * carries subsets of them (fontFaceCss()), so it looks the same on a machine without them.
 *
 * Images also need Noto Sans (OFL-1.1, from @expo-google-fonts/noto-sans) for one thing: the curly
 * quotation marks of a line without Chinese (latinQuoted()), which Noto Sans SC draws a full em
 * wide, as Chinese sets them ("paper,  “A boom”  (2025)"); latinQuotes() in
 * src/lib/download/standalone.ts sets them in it, and src/lib/text.ts measures them so.
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

/** The same two weights of Noto Sans, whose quotation marks English images use. */
export const NOTO_SANS_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
} as const;

/** The family names those files carry, by which an image's font-family asks for them. */
export const IMAGE_FAMILY = 'Noto Sans SC';
export const QUOTE_FAMILY = 'Noto Sans';
/** The quotation marks a line without Chinese sets in QUOTE_FAMILY. */
export const LATIN_QUOTES = '“”‘’';

const LATIN_QUOTE = new RegExp(`[${LATIN_QUOTES}]`, 'u');
const HAN_CHARACTER = /\p{Script=Han}/u;

/**
 * Whether a line an image draws (one <text>) sets its curly quotation marks in QUOTE_FAMILY,
 * proportional as Latin type sets them: it has some, and no Chinese character. A line with
 * Chinese keeps Noto Sans SC's full-width marks, as Chinese sets them (resvg draws such a line in
 * Noto Sans SC whatever its tspans ask). The one rule for drawing them (latinQuotes()) and for
 * measuring them (src/lib/text.ts), in both editions.
 */
export function latinQuoted(line: string): boolean {
  return LATIN_QUOTE.test(line) && !HAN_CHARACTER.test(line);
}

/** The weights, as CSS numbers, of the files. */
const WEIGHTS = { regular: 400, bold: 700 } as const;
type Weight = keyof typeof WEIGHTS;

/** One weight of one family, cut down to the characters an image shows (TrueType). */
export interface FontSubset {
  family: string;
  weight: (typeof WEIGHTS)[Weight];
  ttf: Buffer;
}

/**
 * The fonts an image showing `text` is drawn with, each weight cut down to its characters: Noto
 * Sans SC for all of it, and Noto Sans where the image sets quotation marks in it (`latinQuotes`:
 * the image's SVG has QUOTE_FAMILY tspans, latinQuotes() in src/lib/download/standalone.ts).
 * resvg reads its font files again for every glyph, so the 10 MB originals make each PNG take
 * seconds; the subsets (a few KB to tens of KB) take milliseconds. The subsetter is HarfBuzz's
 * (subset-font: HarfBuzz compiled to WebAssembly), the engine src/lib/text.ts measures chart text
 * with (harfbuzzjs): one engine shapes and subsets. It keeps the layout tables (kerning too), so a
 * subset draws exactly as the whole font does, and its output depends only on the font and the
 * characters (no timestamp), so builds repeat byte for byte. Characters the font lacks are left
 * out (they would be .notdef boxes either way).
 */
export async function imageFonts(text: string, latinQuotes: boolean): Promise<FontSubset[]> {
  const out: FontSubset[] = [];
  // One at a time: subset-font runs one subset at a time anyway, and each holds a 10 MB font.
  for (const weight of ['regular', 'bold'] as const) {
    out.push({ family: IMAGE_FAMILY, weight: WEIGHTS[weight], ttf: await subsetFont(readFileSync(NOTO_SANS_SC_FILES[weight]), text) });
  }
  if (latinQuotes) {
    for (const weight of ['regular', 'bold'] as const) {
      // All of the text's characters, not just the quotes: resvg shapes a whole line with the font
      // of each <tspan> in it and falls back to another font for the tspan if any glyph is missing.
      out.push({ family: QUOTE_FAMILY, weight: WEIGHTS[weight], ttf: await subsetFont(readFileSync(NOTO_SANS_FILES[weight]), text) });
    }
  }
  return out;
}

/** The LATIN_QUOTES that `text` holds, each once. */
const quotesIn = (text: string): string => [...LATIN_QUOTES].filter((mark) => text.includes(mark)).join('');

/** The characters an SVG or HTML document shows: its text without the markup, entities decoded. */
export function shownText(markup: string): string {
  return markup.replace(/<[^>]*>/g, '')
    .replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}

/**
 * @font-face rules for the subsets as WOFF data: URLs (an SVG shown as an image may load nothing
 * else), a rule per family and weight. WOFF (zlib) from the TrueType subsets: 60 % of their size.
 * WOFF2 would be a fifth smaller again, but its Brotli encoder (WebAssembly) takes about 200 ms a
 * weight and figure, most of a build's time, where WOFF takes 10 to 20 ms.
 */
export async function fontFaceCss(subsets: readonly FontSubset[], text: string): Promise<string> {
  const rules: string[] = [];
  for (const { family, weight, ttf } of subsets) {
    // A browser takes each glyph from the first family that has it: Noto Sans need only give the quotes.
    const woff = await subsetFont(ttf, family === QUOTE_FAMILY ? quotesIn(text) : text, { targetFormat: 'woff' });
    rules.push(`@font-face{font-family:"${family}";font-weight:${weight};src:url(data:font/woff;base64,${woff.toString('base64')}) format("woff")}`);
  }
  return rules.join('');
}
