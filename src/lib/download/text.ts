/**
 * Text measurement and line breaking without a DOM, for the text set inside standalone SVG/PNG
 * downloads and for the embed height estimate. Widths are a generous estimate for Noto Sans SC
 * and the system CJK fonts: ideographs and full-width punctuation are 1 em, Latin narrower.
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
  if (/[\s.,:;!|'’]/.test(char)) return 0.3;
  if (/[0-9]/.test(char)) return 0.58;
  if (/[A-Z%@#&MW]/.test(char)) return 0.72;
  return 0.58;
}

/** Estimated advance width of `text` at `fontSize`, in the units of the font size. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize;
}

/** Characters that must not begin a line (Chinese line-breaking rules, simplified). */
const NO_LINE_START = /^[，。、；：？！）》」』”’%,.;:?!)\]…·]/;

/** Breaks text into pieces that stay together: a run of Latin letters/digits, or one character. */
function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9.,%+\-/]*|\s+|./gsu) ?? [];
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (estimated): Chinese may break between any
 * two characters, Latin words and numbers ("2,278.3", "135N") stay whole, and closing punctuation
 * never starts a line. A single token wider than the line gets a line of its own.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  if (!(maxWidth > 0) || !(fontSize > 0)) throw new Error(`wrapText: expected a positive width and font size, got ${maxWidth} and ${fontSize}`);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text.replace(/\s+/g, ' ').trim())) {
    const candidate = line + token;
    if (line === '' || textWidth(candidate.trimEnd(), fontSize) <= maxWidth || NO_LINE_START.test(token)) {
      line = candidate;
    } else {
      lines.push(line.trimEnd());
      line = token.trimStart();
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
