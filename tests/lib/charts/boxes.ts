/** Boxes of chart text, for tests that check nothing overlaps and everything stays in the drawing. */
import type { PlacedText, Rect } from '../../../src/lib/charts/geometry';
import { textWidth } from '../../../src/lib/text';

/** The box a piece of SVG text takes: its estimated width around the anchor, from ascender to descender. */
export function textBox(text: PlacedText, fontSize: number): Rect {
  const size = text.size ?? fontSize;
  const width = textWidth(text.text, size);
  const shift = { start: 0, middle: 0.5, end: 1 }[text.anchor];
  return { x: text.x - width * shift, y: text.y - 0.88 * size, width, height: size };
}

/** Whether two boxes share any area (touching edges do not count). */
export function intersects(a: Rect, b: Rect): boolean {
  const e = 1e-6;
  return a.x < b.x + b.width - e && b.x < a.x + a.width - e && a.y < b.y + b.height - e && b.y < a.y + a.height - e;
}

/** Pairs of boxes (by name) that intersect. */
export function overlaps(boxes: readonly { name: string; box: Rect }[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
    if (intersects(a.box, b.box)) found.push(`${a.name} × ${b.name}`);
  }));
  return found;
}

/** Boxes that reach outside [0, width] × [0, height]. */
export function outside(boxes: readonly { name: string; box: Rect }[], width: number, height: number): string[] {
  const e = 1e-6;
  return boxes.filter(({ box }) => box.x < -e || box.y < -e || box.x + box.width > width + e || box.y + box.height > height + e).map(({ name, box }) => `${name} ${JSON.stringify(box)}`);
}
