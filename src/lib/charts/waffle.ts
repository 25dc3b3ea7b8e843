/** One square of a waffle chart: its column, its row and whether it is filled. */
export interface WaffleCell {
  column: number;
  row: number;
  filled: boolean;
}

/**
 * A waffle of `columns` × `rows` squares with a share in per cent filled, row by row from the top
 * left: 65 (%) of 10 × 10 fills 65 squares. The share is rounded to whole squares; a share outside
 * 0–100 or not a number throws.
 */
export function waffleCells(percent: number, columns = 10, rows = 10): WaffleCell[] {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new Error(`waffle: expected a share between 0 and 100 (%), got ${percent}`);
  }
  const total = columns * rows;
  const filled = Math.round((percent / 100) * total);
  return Array.from({ length: total }, (_, index) => ({
    column: index % columns,
    row: Math.floor(index / columns),
    filled: index < filled,
  }));
}
