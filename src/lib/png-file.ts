/**
 * PNG files at the byte level, for the downloads (src/lib/download/png.ts renders them): reading a
 * PNG's size, writing its pixel density (the pHYs chunk print and layout programs size it by),
 * and encoding pixels as a small palette PNG (the AMP placeholder). Chunks per the PNG
 * specification (W3C, third edition): length, type, data, CRC-32 of type and data.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Inches per metre: pHYs counts pixels per metre. */
const METRE_INCHES = 1 / 0.0254;

function checkPng(bytes: Uint8Array): DataView {
  if (bytes.length < 33 || SIGNATURE.some((byte, index) => bytes[index] !== byte)) throw new Error('not a PNG: the 8-byte signature is missing');
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw new Error('not a PNG: the first chunk is not IHDR');
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** One chunk's bytes: length, type, data and CRC. */
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Each chunk of a PNG: its type and where its data is. */
function chunks(bytes: Uint8Array): { type: string; start: number; end: number }[] {
  const view = checkPng(bytes);
  const found = [];
  for (let at = 8; at + 12 <= bytes.length;) {
    const length = view.getUint32(at);
    found.push({ type: String.fromCharCode(...bytes.subarray(at + 4, at + 8)), start: at, end: at + 12 + length });
    at += 12 + length;
  }
  return found;
}

/** Width and height of a PNG, read from its IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = checkPng(bytes);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The PNG with a pHYs chunk saying `dpi` pixels per inch (after IHDR, replacing any it had). */
export function withDensity(png: Uint8Array, dpi: number): Uint8Array {
  if (!(dpi > 0)) throw new Error(`withDensity: expected a positive number of dots per inch, got ${dpi}`);
  const perMetre = Math.round(dpi * METRE_INCHES);
  const data = Buffer.alloc(9);
  data.writeUInt32BE(perMetre, 0);
  data.writeUInt32BE(perMetre, 4);
  data[8] = 1; // the unit is the metre
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (const { type, start, end } of chunks(png)) {
    if (type === 'pHYs') continue;
    parts.push(png.subarray(start, end));
    if (type === 'IHDR') parts.push(chunk('pHYs', data));
  }
  return new Uint8Array(Buffer.concat(parts));
}

/** The density a PNG's pHYs chunk gives, in dots per inch (rounded), or undefined without one or in no unit. */
export function pngDensity(bytes: Uint8Array): number | undefined {
  const phys = chunks(bytes).find((found) => found.type === 'pHYs');
  if (!phys) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset + phys.start + 8, 9);
  return view.getUint8(8) === 1 ? Math.round(view.getUint32(0) / METRE_INCHES) : undefined;
}

/**
 * RGBA pixels (`width` × `height`, 4 bytes each, as resvg gives them, on an opaque background) as
 * an 8-bit palette PNG of at most `colours` colours: the most frequent colours (at 5 bits per
 * channel) make the palette, every pixel takes the nearest of them. A flat figure (fills, rules,
 * anti-aliased text) keeps its look at a fraction of a true-colour PNG's bytes.
 */
export function palettePng(rgba: Uint8Array, width: number, height: number, colours = 64): Uint8Array {
  if (rgba.length !== width * height * 4) throw new Error(`palettePng: ${rgba.length} bytes for ${width} × ${height} pixels`);
  const key = (at: number) => ((rgba[at]! >> 3) << 10) | ((rgba[at + 1]! >> 3) << 5) | (rgba[at + 2]! >> 3);
  const counts = new Map<number, number>();
  for (let at = 0; at < rgba.length; at += 4) counts.set(key(at), (counts.get(key(at)) ?? 0) + 1);
  const palette = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, colours).map(([k]) => [(k >> 10) & 31, (k >> 5) & 31, k & 31] as const);
  const nearest = new Map<number, number>();
  const indexOf = (k: number) => {
    let best = nearest.get(k);
    if (best !== undefined) return best;
    const [r, g, b] = [(k >> 10) & 31, (k >> 5) & 31, k & 31];
    let distance = Infinity;
    palette.forEach(([pr, pg, pb], index) => {
      const d = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
      if (d < distance) [distance, best] = [d, index];
    });
    nearest.set(k, best!);
    return best!;
  };
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) rows[y * (width + 1) + 1 + x] = indexOf(key((y * width + x) * 4));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits, palette colour, deflate, adaptive filtering, no interlace
  const plte = Buffer.from(palette.flatMap((channels) => channels.map((value) => (value << 3) | (value >> 2))));
  return new Uint8Array(Buffer.concat([
    Buffer.from(SIGNATURE), chunk('IHDR', header), chunk('PLTE', plte), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]));
}
