import type { PlacedText } from './geometry';
import { r1 } from './round';
import type { ChartSize } from './sizes';

/** Where a labelled row of a chart goes: its label lines, the top of its mark, and where the next row starts. */
export interface RowSlot {
  label: PlacedText[];
  markTop: number;
  bottom: number;
}

/**
 * Places one row (a dumbbell, a bar) starting at `top`: in a stacked (narrow) layout the label
 * lines sit above the mark; otherwise they sit in the left column, centred on the mark.
 */
export function rowSlot(lines: readonly string[], top: number, size: ChartSize, markHeight: number): RowSlot {
  const fs = size.fontSize;
  const line = Math.round(fs * 1.35);
  const at = (first: number) => lines.map((text, index): PlacedText => ({ x: 0, y: r1(first + index * line), text, anchor: 'start' }));
  if (size.stacked) {
    const first = top + fs + 4;
    const markTop = first + (lines.length - 1) * line + 8;
    return { label: at(first), markTop, bottom: markTop + markHeight + 6 };
  }
  const height = Math.max(markHeight + 16, lines.length * line + 8);
  const middle = top + height / 2;
  return { label: at(middle + fs * 0.35 - ((lines.length - 1) * line) / 2), markTop: middle - markHeight / 2, bottom: top + height };
}
