/**
 * PNG files at the byte level (src/lib/png-file.ts): the pHYs density written and read back, and
 * palette PNGs that a real decoder (resvg's, reading an <image>) draws as the pixels they came from.
 */
import { Resvg } from '@resvg/resvg-js';
import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { palettePng, pngDensity, pngSize, withDensity } from '../../src/lib/png-file';

/** A PNG drawn by resvg: `width` × `height` with a few flat colours and an anti-aliased circle. */
function drawn(width: number, height: number): { png: Uint8Array; pixels: Uint8Array } {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#fff"/>`
    + `<rect width="${width / 2}" height="${height}" fill="#1f4e79"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#e8a33d"/></svg>`;
  const image = new Resvg(svg).render();
  return { png: new Uint8Array(image.asPng()), pixels: new Uint8Array(image.pixels) };
}

/** The pixels resvg decodes from `png`, drawn 1:1 into an SVG of its size. */
function decoded(png: Uint8Array): Uint8Array {
  const { width, height } = pngSize(png);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}">`
    + `<image width="${width}" height="${height}" image-rendering="optimizeSpeed" xlink:href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`;
  return new Uint8Array(new Resvg(svg).render().pixels);
}

/** The chunks in order: type and data. */
function chunkList(png: Uint8Array): { type: string; data: Buffer }[] {
  const list: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = Buffer.from(png.subarray(at, at + 4)).readUInt32BE(0);
    list.push({ type: Buffer.from(png.subarray(at + 4, at + 8)).toString('latin1'), data: Buffer.from(png.subarray(at + 8, at + 8 + length)) });
    at += 12 + length;
  }
  return list;
}
const chunkTypes = (png: Uint8Array) => chunkList(png).map((chunk) => chunk.type);

describe('pixel density (pHYs)', () => {
  test('written right after IHDR and read back; writing again replaces it', () => {
    const { png } = drawn(40, 30);
    expect(pngDensity(png)).toBeUndefined();
    const at144 = withDensity(png, 144);
    expect(pngDensity(at144)).toBe(144);
    expect(chunkTypes(at144).slice(0, 2)).toEqual(['IHDR', 'pHYs']);
    const at300 = withDensity(at144, 300);
    expect(pngDensity(at300)).toBe(300);
    expect(chunkTypes(at300).filter((type) => type === 'pHYs')).toHaveLength(1);
    // 300 dpi is 11,811 pixels per metre, on both axes, unit 1 (metre).
    const data = chunkList(at300)[1]!.data;
    expect([data.readUInt32BE(0), data.readUInt32BE(4), data[8]]).toEqual([11811, 11811, 1]);
  });

  test('the picture is untouched: a decoder draws the same pixels', () => {
    const { png, pixels } = drawn(40, 30);
    expect(Buffer.compare(decoded(withDensity(png, 300)), pixels)).toBe(0);
  });

  test('refuses what is not a PNG, and a density that is not positive', () => {
    expect(() => withDensity(new Uint8Array(50), 144)).toThrow(/signature/);
    expect(() => withDensity(drawn(4, 4).png, 0)).toThrow(/positive/);
    expect(() => pngSize(new Uint8Array(40))).toThrow(/signature/);
  });
});

describe('palette PNGs', () => {
  test('a picture of few colours comes back exactly (to 5 bits per channel), in an 8-bit palette', () => {
    const width = 30;
    const height = 20;
    const rgba = new Uint8Array(width * height * 4);
    const colours = [[248, 248, 248], [24, 72, 120], [232, 160, 56]];
    for (let i = 0; i < width * height; i += 1) rgba.set([...colours[(i % width) % 3]!, 255], i * 4);
    const png = palettePng(rgba, width, height, 8);
    expect(pngSize(png)).toEqual({ width, height });
    expect(png[24], 'bit depth').toBe(8);
    expect(png[25], 'colour type: palette').toBe(3);
    expect(Buffer.compare(decoded(png), Buffer.from(rgba.map((value, at) => (at % 4 === 3 ? 255 : (value & 0xf8) | (value >> 5)))))).toBe(0);
  });

  test('more colours than the palette holds: each pixel takes its nearest, so a drawing keeps its look', () => {
    const { pixels } = drawn(120, 90);
    const png = palettePng(pixels, 120, 90, 16);
    expect(chunkTypes(png)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect(chunkList(png)[1]!.data.length / 3).toBe(16);
    const back = decoded(png);
    let far = 0;
    for (let at = 0; at < pixels.length; at += 4) {
      const distance = Math.max(...[0, 1, 2].map((channel) => Math.abs(back[at + channel]! - pixels[at + channel]!)));
      if (distance > 40) far += 1;
    }
    // Anti-aliased edge pixels may move; the fills may not.
    expect(far).toBeLessThan(pixels.length / 4 / 50);
    // The scanlines: one filter byte (0) and one palette index per pixel.
    expect(inflateSync(chunkList(png)[2]!.data)).toHaveLength((120 + 1) * 90);
  });

  test('refuses pixels that do not fill the size given', () => {
    expect(() => palettePng(new Uint8Array(10), 2, 2)).toThrow(/10 bytes for 2 × 2 pixels/);
  });
});
