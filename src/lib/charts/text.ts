/**
 * Text measurement without a DOM: a deliberately generous estimate of how wide a label will be
 * in the site's sans-serif stack, so layouts leave room rather than overlap.
 */

const NARROW = /[.,:;!|'·\s]/;
const DIGIT = /[0-9]/;
const UPPER = /[A-Z%]/;

function isWide(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x9fff) // CJK radicals, punctuation, kana, ideographs
    || (code >= 0xf900 && code <= 0xfaff) // compatibility ideographs
    || (code >= 0xff00 && code <= 0xffef) // full-width forms （）：，
    || (code >= 0x2010 && code <= 0x2027); // dashes and curly quotes, full width in CJK fonts
}

/** Width of one character in em. */
function charEm(char: string): number {
  if (isWide(char.codePointAt(0) ?? 0)) return 1;
  if (NARROW.test(char)) return 0.35;
  if (DIGIT.test(char)) return 0.6;
  if (UPPER.test(char)) return 0.75;
  return 0.6;
}

/** Estimated width of `text` at `fontSize` (same units as the font size). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize;
}

const OPENING = /^[“‘（《「(]$/;
const CLOSING = /^[”’）》」，。、：；！？),.:;%]$/;

/** Units a line may be broken between: one CJK character, or a run of Latin letters and digits. */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const part of text.match(/[A-Za-z0-9.,%]+|./gu) ?? []) {
    const last = out.length - 1;
    if (last >= 0 && (CLOSING.test(part) || OPENING.test(out[last]!.slice(-1)))) out[last] += part;
    else out.push(part);
  }
  return out;
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, between CJK characters or whole Latin/digit
 * runs; closing punctuation stays with the character before it, opening punctuation with the one
 * after. A single unit wider than the line gets a line of its own.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text)) {
    if (line !== '' && textWidth(line + token, fontSize) > maxWidth) {
      lines.push(line);
      line = token;
    } else {
      line += token;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
