/**
 * A minimal TrueType subsetter, so that resvg renders PNG text quickly: resvg re-reads the font
 * file for every glyph it draws, and Noto Sans SC is 10 MB. The subset keeps only the glyphs of
 * the characters given (plus .notdef and the parts of composite glyphs), renumbered, with the
 * tables needed to draw them (cmap, glyf, loca, hmtx, head, hhea, maxp, OS/2, name, post).
 * Layout tables (GSUB, GPOS …) and hinting go: resvg draws Chinese correctly without them.
 */

interface Table {
  tag: string;
  data: Uint8Array;
}

function readTables(font: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) throw new Error('font subset: not a TrueType font (glyf outlines)');
  const tables = new Map<string, Uint8Array>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i += 1) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    tables.set(tag, font.subarray(view.getUint32(record + 8), view.getUint32(record + 8) + view.getUint32(record + 12)));
  }
  for (const tag of ['cmap', 'glyf', 'loca', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'post']) {
    if (!tables.has(tag)) throw new Error(`font subset: the font has no ${tag} table`);
  }
  return tables;
}

const dataView = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Maps code points to glyph ids through the font's Unicode cmap (format 12, else format 4). */
function cmapLookup(cmap: Uint8Array): (codePoint: number) => number {
  const view = dataView(cmap);
  const subtables: { platform: number; encoding: number; offset: number; format: number }[] = [];
  for (let i = 0; i < view.getUint16(2); i += 1) {
    const offset = view.getUint32(4 + i * 8 + 4);
    subtables.push({ platform: view.getUint16(4 + i * 8), encoding: view.getUint16(4 + i * 8 + 2), offset, format: view.getUint16(offset) });
  }
  const full = subtables.find((t) => t.format === 12 && (t.platform === 3 || t.platform === 0));
  if (full) {
    const groups = view.getUint32(full.offset + 12);
    return (codePoint) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = full.offset + 16 + mid * 12;
        const start = view.getUint32(at);
        const end = view.getUint32(at + 4);
        if (codePoint < start) hi = mid - 1;
        else if (codePoint > end) lo = mid + 1;
        else return view.getUint32(at + 8) + codePoint - start;
      }
      return 0;
    };
  }
  const bmp = subtables.find((t) => t.format === 4 && (t.platform === 3 || t.platform === 0));
  if (!bmp) throw new Error('font subset: the font has no Unicode cmap (format 4 or 12)');
  const o = bmp.offset;
  const segments = view.getUint16(o + 6) / 2;
  const ends = o + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let s = 0; s < segments; s += 1) {
      if (codePoint > view.getUint16(ends + s * 2)) continue;
      const start = view.getUint16(starts + s * 2);
      if (codePoint < start) return 0;
      const delta = view.getInt16(deltas + s * 2);
      const rangeOffset = view.getUint16(rangeOffsets + s * 2);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + s * 2 + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** The glyph ids a composite glyph is built from, with the byte offsets of each id. */
function components(glyph: Uint8Array): { glyph: number; at: number }[] {
  const view = dataView(glyph);
  if (glyph.length === 0 || view.getInt16(0) >= 0) return [];
  const found: { glyph: number; at: number }[] = [];
  let at = 10;
  for (;;) {
    const flags = view.getUint16(at);
    found.push({ glyph: view.getUint16(at + 2), at: at + 2 });
    at += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) at += 2;
    else if (flags & 0x0040) at += 4;
    else if (flags & 0x0080) at += 8;
    if (!(flags & 0x0020)) return found;
  }
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = dataView(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

function writeFont(tables: Table[]): Uint8Array {
  tables.sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const headerSize = 12 + tables.length * 16;
  let size = headerSize;
  for (const table of tables) size += (table.data.length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = dataView(out);
  const power = 2 ** Math.floor(Math.log2(tables.length));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tables.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tables.length * 16 - power * 16);
  let offset = headerSize;
  let headOffset = -1;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    for (let c = 0; c < 4; c += 1) out[record + c] = table.tag.charCodeAt(c);
    view.setUint32(record + 4, checksum(table.data));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.data.length);
    out.set(table.data, offset);
    if (table.tag === 'head') headOffset = offset;
    offset += (table.data.length + 3) & ~3;
  });
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/**
 * A TrueType font with only the glyphs for `text`'s characters (and .notdef). Characters the
 * font lacks are left out (they would render as tofu in the full font too).
 */
export function subsetFont(font: Uint8Array, text: string): Uint8Array {
  const tables = readTables(font);
  const head = tables.get('head')!;
  const longLoca = dataView(head).getInt16(50) === 1;
  const numGlyphs = dataView(tables.get('maxp')!).getUint16(4);
  const loca = dataView(tables.get('loca')!);
  const glyf = tables.get('glyf')!;
  const glyphData = (id: number) => {
    const start = longLoca ? loca.getUint32(id * 4) : loca.getUint16(id * 2) * 2;
    const end = longLoca ? loca.getUint32(id * 4 + 4) : loca.getUint16(id * 2 + 2) * 2;
    return glyf.subarray(start, end);
  };
  const lookup = cmapLookup(tables.get('cmap')!);
  const chars = [...new Set([...text].map((char) => char.codePointAt(0)!))].sort((a, b) => a - b);
  const mapped = chars.map((codePoint) => ({ codePoint, glyph: lookup(codePoint) })).filter((entry) => entry.glyph !== 0 && entry.glyph < numGlyphs);

  // New glyph order: .notdef, the mapped glyphs, then the parts of composites.
  const order: number[] = [0];
  const newId = new Map<number, number>([[0, 0]]);
  const add = (glyph: number) => {
    if (newId.has(glyph)) return;
    newId.set(glyph, order.length);
    order.push(glyph);
  };
  for (const entry of mapped) add(entry.glyph);
  for (let i = 0; i < order.length; i += 1) for (const part of components(glyphData(order[i]!))) add(part.glyph);

  // glyf and loca (long offsets), composites pointing at the new ids.
  const pieces = order.map((old) => {
    const copy = glyphData(old).slice();
    for (const part of components(copy)) dataView(copy).setUint16(part.at, newId.get(part.glyph)!);
    return copy;
  });
  const glyfSize = pieces.reduce((sum, piece) => sum + ((piece.length + 3) & ~3), 0);
  const newGlyf = new Uint8Array(glyfSize);
  const newLoca = new Uint8Array((order.length + 1) * 4);
  let at = 0;
  pieces.forEach((piece, i) => {
    dataView(newLoca).setUint32(i * 4, at);
    newGlyf.set(piece, at);
    at += (piece.length + 3) & ~3;
  });
  dataView(newLoca).setUint32(order.length * 4, at);

  // hmtx with a full metric for every glyph.
  const hhea = tables.get('hhea')!.slice();
  const metrics = dataView(hhea).getUint16(34);
  const hmtx = dataView(tables.get('hmtx')!);
  const newHmtx = new Uint8Array(order.length * 4);
  order.forEach((old, i) => {
    const advance = hmtx.getUint16(Math.min(old, metrics - 1) * 4);
    const lsb = old < metrics ? hmtx.getInt16(old * 4 + 2) : hmtx.getInt16(metrics * 4 + (old - metrics) * 2);
    dataView(newHmtx).setUint16(i * 4, advance);
    dataView(newHmtx).setInt16(i * 4 + 2, lsb);
  });
  dataView(hhea).setUint16(34, order.length);

  // cmap: one format 12 subtable, for both Unicode platform records.
  const groups = mapped.map((entry) => [entry.codePoint, entry.codePoint, newId.get(entry.glyph)!]);
  const cmap = new Uint8Array(4 + 2 * 8 + 16 + groups.length * 12);
  const cv = dataView(cmap);
  cv.setUint16(2, 2);
  cv.setUint16(4, 0); cv.setUint16(6, 4); cv.setUint32(8, 20);
  cv.setUint16(12, 3); cv.setUint16(14, 10); cv.setUint32(16, 20);
  cv.setUint16(20, 12); cv.setUint32(24, 16 + groups.length * 12); cv.setUint32(32, groups.length);
  groups.forEach(([start, end, glyph], i) => {
    cv.setUint32(36 + i * 12, start!); cv.setUint32(40 + i * 12, end!); cv.setUint32(44 + i * 12, glyph!);
  });

  const newHead = head.slice();
  dataView(newHead).setUint32(8, 0);
  dataView(newHead).setInt16(50, 1);
  const maxp = tables.get('maxp')!.slice();
  dataView(maxp).setUint16(4, order.length);
  const post = tables.get('post')!.slice(0, 32);
  dataView(post).setUint32(0, 0x00030000);

  const kept: Table[] = [
    { tag: 'cmap', data: cmap }, { tag: 'glyf', data: newGlyf }, { tag: 'loca', data: newLoca },
    { tag: 'head', data: newHead }, { tag: 'hhea', data: hhea }, { tag: 'hmtx', data: newHmtx },
    { tag: 'maxp', data: maxp }, { tag: 'name', data: tables.get('name')!.slice() }, { tag: 'post', data: post },
  ];
  if (tables.has('OS/2')) kept.push({ tag: 'OS/2', data: tables.get('OS/2')!.slice() });
  return writeFont(kept);
}
