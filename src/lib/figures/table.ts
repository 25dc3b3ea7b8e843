/**
 * The data a figure plots, as a table: one row per mark. The same table becomes the figure's
 * HTML data table, its CSV download and its source line, so all three say exactly what is drawn.
 */
import { wordingOf, type Wording } from '../wording';

export interface FigureColumn {
  /** Key into each row. */
  key: string;
  /** Column header, in the data's language, with the unit in brackets where there is one: "增加值（亿元）", "Value added (billion yuan)". */
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

/** The wording key of each qualifier's word (tables.qualifier*); an exact figure has none. */
const QUALIFIER_KEY: Record<string, keyof Wording['tables'] | ''> = {
  exact: '', about: 'qualifierAbout', nearly: 'qualifierNearly', over: 'qualifierOver', 'at-least': 'qualifierAtLeast', 'up-to': 'qualifierUpTo', order: 'qualifierOrder',
};

/**
 * An indicator's or amount's number as a Quantity, its qualifier in the words of `tables` (the
 * Chinese by default); a rank "up to" N reads "前N位" ("top"). The value and unit are the record's
 * own: English data converts them first (src/lib/charts/words.ts, `quantity`).
 */
export function quantityOf(record: { value: number; unit: string; qualifier: string; kind?: string }, tables: Wording['tables'] = wordingOf('zh').tables): Quantity {
  const key = record.kind === 'rank' && record.qualifier === 'up-to' ? 'qualifierTop' : QUALIFIER_KEY[record.qualifier];
  const word = key === undefined ? undefined : key === '' ? '' : tables[key];
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
