/**
 * Text measurement and line breaking without a DOM: chart label layout, the text set inside
 * standalone SVG/PNG downloads, and the embed height estimate. Widths are real advance widths
 * of Noto Sans SC, the font the downloads are drawn with (src/lib/fonts.ts), shaped by HarfBuzz
 * (harfbuzzjs: the engine subset-font cuts the PNG fonts with, and the one Chromium and Firefox
 * shape text with), kerning included, plus a safety margin for Latin and digits (SAFETY).
 *
 * Synchronous for its callers (layouts are computed synchronously): harfbuzzjs loads its
 * WebAssembly with a top-level await when this module is first imported, and each weight's
 * font file is read once, the first time text of that weight is measured.
 */
import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import { LATIN_QUOTES, latinQuoted, NOTO_SANS_FILES, NOTO_SANS_SC_FILES } from './fonts';
import { lineUnits, NO_LINE_END, NO_LINE_START } from './linebreak';

/**
 * The safety margin: proportional glyphs (Latin letters, digits, most punctuation: narrower than
 * an em) are measured this much wider than in Noto Sans SC. The downloads are drawn with Noto Sans
 * SC itself, but pages render with the reader's system fonts (--font-sans: system-ui, PingFang SC,
 * Microsoft YaHei, …), where Latin letters and digits come from the system's Latin face (SF Pro,
 * Segoe UI, Roboto) and run up to about a tenth wider than Noto's; layouts should leave room
 * rather than overlap or clip. Full-width glyphs (ideographs, kana, full-width punctuation) get
 * none: they are one em in every CJK font, by design, so a margin there only wastes room (on the
 * tight county maps it pushed names onto borders).
 */
const SAFETY = 1.1;

/** A CSS font weight; 600 and above are measured with the bold face, lighter ones with the regular. */
export type FontWeight = number;

interface MeasuringFace {
  font: hb.Font;
  upem: number;
  /** Advance widths in em, with the safety margin (unrounded), by text. */
  widths: Map<string, number>;
}

const faces = new Map<string, MeasuringFace>();
const buffer = new hb.Buffer();

/** The face of `weight` in Noto Sans SC, or in Noto Sans (`files`: the quotation marks of a line without Chinese). */
function faceFor(weight: FontWeight, files: typeof NOTO_SANS_SC_FILES | typeof NOTO_SANS_FILES = NOTO_SANS_SC_FILES): MeasuringFace {
  const file = files[weight >= 600 ? 'bold' : 'regular'];
  let face = faces.get(file);
  if (!face) {
    const hbFace = new hb.Face(new hb.Blob(readFileSync(file)));
    face = { font: new hb.Font(hbFace), upem: hbFace.upem, widths: new Map() };
    faces.set(file, face);
  }
  return face;
}

/**
 * Advance width of `text` in em, with the margin (cached): in Noto Sans SC of `weight`, as
 * HarfBuzz shapes it, except the curly quotation marks of a text without Chinese, which images
 * draw in Noto Sans (latinQuoted(), src/lib/fonts.ts) and pages in the system's Latin face, both
 * proportional: measured in Noto Sans.
 */
function advanceEm(text: string, weight: FontWeight): number {
  if (latinQuoted(text)) {
    const chars = [...text];
    const marks = chars.filter((char) => LATIN_QUOTES.includes(char));
    return shapedEm(chars.filter((char) => !LATIN_QUOTES.includes(char)).join(''), faceFor(weight))
      + marks.reduce((sum, mark) => sum + shapedEm(mark, faceFor(weight, NOTO_SANS_FILES)), 0);
  }
  return shapedEm(text, faceFor(weight));
}

/** Advance width of `text` in em in `face`, as HarfBuzz shapes it, with the margin (cached). */
function shapedEm(text: string, face: MeasuringFace): number {
  if (text === '') return 0;
  let em = face.widths.get(text);
  if (em === undefined) {
    buffer.clearContents();
    buffer.addText(text);
    // Set rather than guessed from the process's locale, so that widths never depend on the machine.
    buffer.setDirection(hb.Direction.LTR);
    buffer.setLanguage('zh-Hans');
    buffer.guessSegmentProperties();
    hb.shape(face.font, buffer);
    let units = 0;
    for (const { xAdvance } of buffer.getGlyphPositions()) units += xAdvance >= face.upem ? xAdvance : xAdvance * SAFETY;
    em = units / face.upem;
    face.widths.set(text, em);
  }
  return em;
}

/**
 * Width of `text` at `fontSize` (in the units of the font size), with the safety margin, rounded
 * to 0.1 so that coordinates computed from it stay stable in SVG output. `weight` is the CSS font
 * weight the text is drawn with (bold labels are measured with the bold face).
 */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 400): number {
  if (text === '') return 0;
  return Math.round(advanceEm(text, weight) * fontSize * 10) / 10;
}

/**
 * `unit` cut into pieces for a line too narrow to hold it whole: a run of Latin letters or digits
 * ("2,278.3", "135N"), a space, or one character; closing punctuation joins the piece before it,
 * opening punctuation the piece after it.
 */
function pieces(unit: string): string[] {
  const out: string[] = [];
  for (const part of unit.match(/[A-Za-z0-9][A-Za-z0-9.,%+\-/]*|\s+|./gsu) ?? []) {
    const last = out.length - 1;
    if (last >= 0 && (NO_LINE_START.test(part) || NO_LINE_END.test(out[last]!))) out[last] += part;
    else out.push(part);
  }
  return out;
}

/** Greedy lines of `units` no wider than `maxWidth`; a unit wider than a line is cut into pieces (`cut`). */
function greedy(units: readonly string[], maxWidth: number, fontSize: number, weight: FontWeight): { lines: string[]; cut: boolean } {
  const fits = (text: string) => textWidth(text.trimEnd(), fontSize, weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  let cut = false;
  const add = (token: string) => {
    const candidate = line + token;
    if (line === '' || fits(candidate)) {
      line = candidate;
    } else {
      lines.push(line.trimEnd());
      line = token.trimStart();
    }
  };
  for (const unit of units) {
    const parts = fits(unit) ? [unit] : pieces(unit);
    cut ||= parts.length > 1;
    for (const part of parts) add(part);
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return { lines, cut };
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (textWidth() at `fontSize` and `weight`),
 * only between the units of src/lib/linebreak.ts (words, a number with its unit, short
 * parentheticals and the data's names whole, punctuation on the right side, a last line of
 * several characters). Balanced by default (titles, headings, labels): as many lines as the widest
 * fit needs, each about as long as the others; running text (notes, sources, descriptions) passes
 * `balance: false` and fills each line. Only a unit wider than the line is cut, between characters.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: FontWeight = 400, { balance = true } = {}): string[] {
  if (!(maxWidth > 0) || !(fontSize > 0)) throw new Error(`wrapText: expected a positive width and font size, got ${maxWidth} and ${fontSize}`);
  const units = lineUnits(text.replace(/\s+/g, ' ').trim());
  const { lines, cut } = greedy(units, maxWidth, fontSize, weight);
  if (!balance || lines.length < 2 || cut) return lines;
  // Balance: the narrowest width (to 0.5 units) that still needs no more lines.
  let low = 0;
  let high = maxWidth;
  let best = lines;
  while (high - low > 0.5) {
    const mid = (low + high) / 2;
    const tried = greedy(units, mid, fontSize, weight);
    if (tried.lines.length <= lines.length && !tried.cut) {
      best = tried.lines;
      high = mid;
    } else {
      low = mid;
    }
  }
  return best;
}
