/**
 * PNG rendering with resvg: Chinese must come out as real glyphs (not tofu, not blank) on any
 * machine, from the bundled Noto Sans SC or a subset of it.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, test } from 'vitest';
import { NOTO_SANS_SC, renderPng, RENDITIONS } from '../../../src/lib/download/png';
import { imageFonts } from '../../../src/lib/fonts';
import { latinQuotes, usesLatinQuotes } from '../../../src/lib/download/standalone';
import { pngDensity, pngSize } from '../../../src/lib/png-file';

const dir = mkdtempSync(join(tmpdir(), 'jx-png-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** imageFonts() written into `folder` as resvg reads them: Noto Sans SC regular and bold, then any Noto Sans ones. */
async function notoSubsetFiles(text: string, folder: string, latinQuotes = false): Promise<string[]> {
  return (await imageFonts(text, latinQuotes)).map(({ family, weight, ttf }) => {
    const file = join(folder, `${family.replace(/\W/g, '')}-${weight}.ttf`);
    writeFileSync(file, ttf);
    return file;
  });
}

const line = (text: string, weight = 400) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="50" viewBox="0 0 400 50"><rect width="400" height="50" fill="#fff"/>`
  + `<text x="10" y="36" font-size="28" font-weight="${weight}" style="font-family: system-ui, 'PingFang SC', sans-serif">${text}</text></svg>`;

/** Pixels clearly darker than the white background. */
function inkPixels(svg: string, fontFiles: readonly string[]): number {
  const image = new Resvg(svg, { font: { fontFiles: [...fontFiles], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC', sansSerifFamily: 'Noto Sans SC' } }).render();
  const pixels = image.pixels;
  let ink = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) ink += 1;
  return ink;
}

describe('Chinese text in PNGs', () => {
  test('renders with Noto Sans SC and is blank without it (so a missing font cannot pass unnoticed)', () => {
    const text = line('嘉兴先进制造业集群');
    const withFont = inkPixels(text, NOTO_SANS_SC);
    const without = inkPixels(text, []);
    expect(withFont).toBeGreaterThan(1500);
    expect(without).toBeLessThan(20);
  });

  test('the bold weight is there and darker', () => {
    expect(inkPixels(line('嘉兴先进制造业集群', 700), NOTO_SANS_SC)).toBeGreaterThan(inkPixels(line('嘉兴先进制造业集群'), NOTO_SANS_SC) * 1.2);
  });

  test('a subset draws its characters exactly like the full font, and others only as .notdef boxes', async () => {
    const files = await notoSubsetFiles('嘉兴先进制造业集群 2022年', dir);
    for (const file of files) expect(statSync(file).size).toBeLessThan(40_000);
    const full = new Resvg(line('嘉兴先进制造业集群 2022年'), { font: { fontFiles: [...NOTO_SANS_SC], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } }).render().pixels;
    const cut = new Resvg(line('嘉兴先进制造业集群 2022年'), { font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } }).render().pixels;
    expect(Buffer.compare(full, cut)).toBe(0);
    const pixels = (text: string) => new Resvg(line(text), { font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } }).render().pixels;
    // Two characters the subset lacks look the same either way round: the same placeholder twice.
    expect(Buffer.compare(pixels('浙江'), pixels('江浙'))).toBe(0);
    expect(Buffer.compare(pixels('嘉兴'), pixels('兴嘉'))).not.toBe(0);
  });

  test('subsetting keeps the parts of composite glyphs (accented Latin)', async () => {
    const accents = join(dir, 'accents');
    mkdirSync(accents);
    const [regular] = await notoSubsetFiles('éü', accents);
    expect(inkPixels(line('éü'), [regular!])).toBeGreaterThan(100);
  });

  test('subsetting is deterministic: the same characters give the same bytes', async () => {
    const [first, second] = [join(dir, 'first'), join(dir, 'second')];
    mkdirSync(first);
    mkdirSync(second);
    const a = await notoSubsetFiles('嘉兴 2022年（亿元）', first);
    const b = await notoSubsetFiles('嘉兴 2022年（亿元）', second);
    expect(a.map((file, index) => readFileSync(file).equals(readFileSync(b[index]!)))).toEqual([true, true]);
  });
});

describe('renderPng', () => {
  test('renders at 2× with the PNG signature, the size in its IHDR and 144 dpi in its pHYs', () => {
    const { png, width, height } = renderPng(line('嘉兴'), 'test');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect({ width, height }).toEqual({ width: 800, height: 100 });
    expect(pngSize(png)).toEqual({ width: 800, height: 100 });
    expect(pngDensity(png)).toBe(144);
  });

  test('the print rendition is 3.125× at 300 dpi; the placeholder half size, in a palette, without a density', () => {
    const print = renderPng(line('嘉兴'), 'test', NOTO_SANS_SC, RENDITIONS.print);
    expect(pngSize(print.png)).toEqual({ width: 1250, height: 156 });
    expect(pngDensity(print.png)).toBe(300);
    const placeholder = renderPng(line('嘉兴'), 'test', NOTO_SANS_SC, RENDITIONS.placeholder);
    expect(pngSize(placeholder.png)).toEqual({ width: 200, height: 25 });
    expect(placeholder.png[25], 'IHDR colour type: palette').toBe(3);
    expect(pngDensity(placeholder.png)).toBeUndefined();
  });

  test('fails on SVG that is not well-formed XML, naming it', () => {
    expect(() => renderPng('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>', 'map-x.svg')).toThrow(/^map-x\.svg: resvg cannot read it/);
  });

  test('pngSize rejects bytes that are not a PNG', () => {
    expect(() => pngSize(new Uint8Array(40))).toThrow(/signature/);
  });
});

describe('English quotation marks in PNGs', () => {
  /** The columns a line of black text covers, from its first inked column to its last. */
  function inkWidth(svg: string, fontFiles: readonly string[]): number {
    const image = new Resvg(svg, { font: { fontFiles: [...fontFiles], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } }).render();
    const { width, height, pixels } = image;
    let first = width;
    let last = -1;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (pixels[(y * width + x) * 4]! < 128) {
          first = Math.min(first, x);
          last = Math.max(last, x);
        }
      }
    }
    return last - first + 1;
  }
  const quoted = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="50"><rect width="600" height="50" fill="#fff"/><text x="10" y="36" font-size="28" font-family="Noto Sans SC">${text}</text></svg>`;

  test('an image that sets quotation marks in Noto Sans (latinQuotes()) also gets Noto Sans; one that does not, only Noto Sans SC', async () => {
    const english = await imageFonts('paper, “A boom” (it’s)', usesLatinQuotes(latinQuotes(quoted('paper, “A boom” (it’s)'))));
    expect(english.map(({ family, weight }) => `${family} ${weight}`)).toEqual(['Noto Sans SC 400', 'Noto Sans SC 700', 'Noto Sans 400', 'Noto Sans 700']);
    expect((await imageFonts('“一县一集群”', usesLatinQuotes(latinQuotes(quoted('“一县一集群”'))))).map(({ family }) => family)).toEqual(['Noto Sans SC', 'Noto Sans SC']);
    expect((await imageFonts('no quotes here', usesLatinQuotes(latinQuotes(quoted('no quotes here'))))).map(({ family }) => family)).toEqual(['Noto Sans SC', 'Noto Sans SC']);
  });

  test('latinQuotes() sets them proportional: the quoted line is as wide as with straight quotes, not a full em per mark', async () => {
    const folder = join(dir, 'quotes');
    mkdirSync(folder);
    const files = await notoSubsetFiles('paper, “A boom” "A boom" (2025)', folder, true);
    const curly = inkWidth(latinQuotes(quoted('paper, “A boom” (2025)')), files);
    const wide = inkWidth(quoted('paper, “A boom” (2025)'), files);
    const straight = inkWidth(quoted('paper, "A boom" (2025)'), files);
    // Full-width marks open gaps (31 px more than straight marks at 28 px type); proportional ones
    // take about what straight ones take (7 px less), and only if Noto Sans has the whole line's
    // characters (resvg falls back to Noto Sans SC for the tspan otherwise).
    expect(wide - straight).toBeGreaterThan(20);
    expect(wide - curly).toBeGreaterThan(25);
    expect(Math.abs(curly - straight)).toBeLessThan(10);
  });

  test('latinQuotes() touches only the text of <text> elements without Chinese, never titles or attributes', () => {
    const svg = '<svg><title>“A”</title><text x="1" aria-label="“x”">say “A” and ‘B’</text><desc>“C”</desc><text>“一县一集群” plan</text></svg>';
    expect(latinQuotes(svg)).toBe('<svg><title>“A”</title><text x="1" aria-label="“x”">say <tspan font-family="\'Noto Sans\'">“</tspan>A<tspan font-family="\'Noto Sans\'">”</tspan> and <tspan font-family="\'Noto Sans\'">‘</tspan>B<tspan font-family="\'Noto Sans\'">’</tspan></text><desc>“C”</desc><text>“一县一集群” plan</text></svg>');
  });
});
