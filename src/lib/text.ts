/**
 * Text measurement and line breaking without a DOM: chart label layout, the text set inside
 * standalone SVG/PNG downloads, and the embed height estimate. Widths are a deliberately generous
 * estimate for Noto Sans SC and the system CJK fonts (ideographs and full-width punctuation 1 em,
 * Latin narrower), so layouts leave room rather than overlap.
 */

function isWide(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x9fff) // CJK radicals, punctuation, kana, ideographs
    || (code >= 0xac00 && code <= 0xd7af) // Hangul
    || (code >= 0xf900 && code <= 0xfaff) // compatibility ideographs
    || (code >= 0xfe30 && code <= 0xfe4f) // CJK compatibility forms
    || (code >= 0xff00 && code <= 0xffef) // full-width forms （）：，
    || (code >= 0x2014 && code <= 0x201d) // em dash and curly quotes: full width in CJK fonts
    || code === 0x2026 || code === 0x00b7; // ellipsis, middle dot
}

/** Width of one character in em. */
export function charEm(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (isWide(code)) return 1;
  if (/[\s.,:;!|'’]/.test(char)) return 0.35;
  if (/[0-9]/.test(char)) return 0.6;
  if (/[A-Z%@#&MW]/.test(char)) return 0.75;
  return 0.6;
}

/** Estimated advance width of `text` at `fontSize`, in the units of the font size. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize;
}

/**
 * Characters that must not begin a line, and those that must not end one (Chinese rules, simplified).
 * No line may start with: closing punctuation, or the inference mark `*` (src/lib/inferred.ts), which
 * stays with the date it marks.
 */
export const NO_LINE_START = /^[，。、；：？！）》」』”’%,.;:?!)\]…·*]/;
export const NO_LINE_END = /[“‘（《「『(\[]$/;

/**
 * Breaks text into units that stay together: a run of Latin letters/digits ("2,278.3", "135N"),
 * a space, or one character; closing punctuation joins the unit before it, opening punctuation
 * the unit after it.
 */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const part of text.match(/[A-Za-z0-9][A-Za-z0-9.,%+\-/]*|\s+|./gsu) ?? []) {
    const last = out.length - 1;
    if (last >= 0 && (NO_LINE_START.test(part) || NO_LINE_END.test(out[last]!))) out[last] += part;
    else out.push(part);
  }
  return out;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (estimated): Chinese may break between any
 * two characters, Latin words and numbers stay whole, closing punctuation never starts a line and
 * opening punctuation never ends one. A single unit wider than the line gets a line of its own.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  if (!(maxWidth > 0) || !(fontSize > 0)) throw new Error(`wrapText: expected a positive width and font size, got ${maxWidth} and ${fontSize}`);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text.replace(/\s+/g, ' ').trim())) {
    const candidate = line + token;
    if (line === '' || textWidth(candidate.trimEnd(), fontSize) <= maxWidth) {
      line = candidate;
    } else {
      lines.push(line.trimEnd());
      line = token.trimStart();
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
