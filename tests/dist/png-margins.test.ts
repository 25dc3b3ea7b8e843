/**
 * Every PNG download is cropped to its drawing with even margins: the box of its non-background
 * pixels sits as far from the left, right, top and bottom edges, within a few pixels at 2×
 * (the issue found single-map PNGs with almost half the image empty on the right).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { builtSite } from '../helpers/built-site';

const root = await builtSite();
const dir = join(root, 'downloads');
const pngs = readdirSync(dir).filter((file) => file.endsWith('.png')).sort();

/** Whether a pixel differs from the paper (the top-left pixel); anti-aliasing and faint tints count as paper. */
const inkAt = (data: Buffer, width: number) => (x: number, y: number) => {
  const i = (y * width + x) * 4;
  return Math.abs(data[i]! - data[0]!) + Math.abs(data[i + 1]! - data[1]!) + Math.abs(data[i + 2]! - data[2]!) > 24;
};

/**
 * Distances in px from each edge to the nearest ink, and from the right edge to the nearest ink
 * above the rule over the source line (the lowest full-width row): what the figure itself draws.
 */
function inkMargins(file: string): { left: number; right: number; top: number; bottom: number; drawingRight: number; width: number } {
  const { width, height, data } = PNG.sync.read(readFileSync(file));
  const ink = inkAt(data, width);
  const rowInk = Array.from({ length: height }, (_, y) => {
    let [first, last, count] = [-1, -1, 0];
    for (let x = 0; x < width; x += 1) {
      if (!ink(x, y)) continue;
      if (first < 0) first = x;
      last = x;
      count += 1;
    }
    return { first, last, count };
  });
  const inked = rowInk.map((row, y) => ({ ...row, y })).filter((row) => row.count > 0);
  if (inked.length === 0) throw new Error(`${file}: nothing drawn`);
  let rule = inked.findLast((row) => row.count > 0.85 * width)?.y ?? height;
  while (rule > 0 && rowInk[rule - 1]!.count > 0.85 * width) rule -= 1;
  const above = inked.filter((row) => row.y < rule);
  return {
    left: Math.min(...inked.map((row) => row.first)),
    right: width - 1 - Math.max(...inked.map((row) => row.last)),
    top: inked[0]!.y,
    bottom: height - 1 - inked.at(-1)!.y,
    drawingRight: width - 1 - Math.max(...above.map((row) => row.last)),
    width,
  };
}

describe('PNG downloads', () => {
  test('there are PNG downloads to check', () => {
    expect(pngs.length).toBeGreaterThan(0);
  });

  test.each(pngs)('%s: its four margins are equal within 4 px at 2× (in proportion when larger), and its drawing spans the width between them', (file) => {
    const { drawingRight, width, ...margins } = inkMargins(join(dir, file));
    const values = Object.values(margins);
    // 4 px at 2× (1280 px wide); the print PNG is drawn larger, and so is its rounding.
    expect(Math.max(...values) - Math.min(...values), JSON.stringify(margins)).toBeLessThanOrEqual(4 * Math.max(1, width / 1280));
    expect(Math.min(...values), JSON.stringify(margins)).toBeGreaterThanOrEqual(40);
    // What the figure draws (above the source line's rule) leaves at most 4% of the width empty
    // beside the right margin: a map drawn half as wide as the image leaves some 45%.
    expect(drawingRight - margins.right, `${drawingRight} px from the right edge`).toBeLessThanOrEqual(0.04 * width);
  });
});
