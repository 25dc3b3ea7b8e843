/** Where an item of a flowed row (a key, a legend) goes: its x and its line (0 = first). */
export interface FlowSlot {
  x: number;
  line: number;
}

/**
 * Lays items of the given widths out left to right, starting a new line when the next item would
 * pass `maxWidth`; an item wider than a whole line gets a line of its own.
 */
export function flow(widths: readonly number[], maxWidth: number, gap: number): FlowSlot[] {
  let x = 0;
  let line = 0;
  return widths.map((width) => {
    if (x > 0 && x + width > maxWidth) {
      x = 0;
      line += 1;
    }
    const slot = { x, line };
    x += width + gap;
    return slot;
  });
}
