/**
 * The data a figure plots, as a table: one row per mark. The same table becomes the figure's
 * HTML data table, its CSV download and its source line, so all three say exactly what is drawn.
 */
export interface FigureColumn {
  /** Key into each row. */
  key: string;
  /** Column header, in Chinese, with the unit in brackets where there is one: "增加值（亿元）". */
  label: string;
  /** Numbers are right-aligned in the HTML table and formatted with the source's precision. */
  numeric?: boolean;
}

export type Cell = string | number | null;

export interface FigureRow {
  /** Cells by column key; null where a mark has no value for that column (printed as "—"). */
  cells: Record<string, Cell>;
  /** Id of the source (content/data/sources.yaml) this row's values come from. */
  source: string;
}

export interface FigureTable {
  /** Caption of the HTML table. */
  caption: string;
  columns: FigureColumn[];
  rows: FigureRow[];
}

/** The distinct source ids of a table, in order of first appearance. */
export function tableSources(table: FigureTable): string[] {
  return [...new Set(table.rows.map((row) => row.source))];
}
