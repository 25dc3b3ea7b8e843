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
  /**
   * The column prints each row's `quantity` as the source worded it ("约65%"); the CSV gives the
   * number, unit and qualifier in three columns instead.
   */
  quantity?: boolean;
}

/** A published number taken apart: 约65% → { value: 65, unit: "%", qualifier: "约" }. */
export interface Quantity {
  value: number;
  unit: string;
  /** The word that qualifies it ("约", "超", "以上", "前"…), "" for an exact figure. */
  qualifier: string;
}

const QUALIFIER_WORD: Record<string, string> = { exact: '', about: '约', nearly: '近', over: '超', 'at-least': '以上', 'up-to': '高达', order: '级' };

/** An indicator's or amount's number as a Quantity; a rank "up to" N reads "前N位". */
export function quantityOf(record: { value: number; unit: string; qualifier: string; kind?: string }): Quantity {
  const word = record.kind === 'rank' && record.qualifier === 'up-to' ? '前' : QUALIFIER_WORD[record.qualifier];
  if (word === undefined) throw new Error(`unknown qualifier "${record.qualifier}"`);
  return { value: record.value, unit: record.unit, qualifier: word };
}

export type Cell = string | number | null;

export interface FigureRow {
  /** Cells by column key; null where a mark has no value for that column (printed as "—"). */
  cells: Record<string, Cell>;
  /** Id of the source (content/data/sources.yaml) this row's values come from. */
  source: string;
  /** The number behind the row's `quantity` column, where the table has one and the row a number. */
  quantity?: Quantity;
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
