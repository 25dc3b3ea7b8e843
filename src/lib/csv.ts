/**
 * A figure's data as a tidy CSV (/downloads/<id>.csv) and its sidecar (/downloads/<id>.json):
 * RFC 4180, UTF-8 without a BOM (a BOM becomes part of the first header in d3-dsv and Python's
 * utf-8 reader). The CSV holds data rows only, one per mark, every row with the same fields; a
 * number column holds plain numbers only, its unit in the header ("数值（个）") or, where the rows'
 * units differ, in a 单位 column of its own; the qualifier and the source citation have columns of
 * their own too. The figure's notes and what each column means are in the sidecar. The same table
 * for Excel, which misreads BOM-less UTF-8: src/lib/xlsx.ts.
 */
import type { Source } from './data/schemas';
import type { Figure } from './figures/schemas';
import { citeSource, dateText } from './sources';
import { tableSources, type Cell, type FigureTable } from './figures/table';
import type { Lang } from './i18n/lang';
import { plainText } from './i18n/zh-marks';
import { fill, wordingOf } from './wording';

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`CSV: expected a finite number, got ${value}`);
    return String(value);
  }
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV column: its header, what it holds, and how to read each row's cell for it. */
export interface CsvColumn {
  name: string;
  description: string;
  type: 'number' | 'text';
  /** A number column's unit, where all its rows share one (it is also in the header's brackets). */
  unit?: string;
  cell: (row: FigureTable['rows'][number]) => Cell;
}

/** A bracket at the end of a header, Chinese or English: "数值（个，按报道）", "Value (projects, as reported)". */
const BRACKET = /(?:（([^（）]*)）| \(([^()]*)\))$/;

/** The header's bracket at its end: "数值（个，按报道）" → "个，按报道"; "" without one. */
const bracket = (label: string) => {
  const match = BRACKET.exec(label);
  return match?.[1] ?? match?.[2] ?? '';
};

/** The header without its bracket: "数值（个，按报道）" → "数值". */
const bareName = (label: string) => label.replace(BRACKET, '');

/** The unit a numeric column's header names in brackets: "增加值（亿元）" → "亿元"; "as reported" (按报道) is no unit. */
const headerUnit = (label: string, lang: Lang): string | undefined => {
  const unit = bracket(label).split(/，|, /)[0]!;
  return unit === '' || unit === wordingOf(lang).tables.asReported ? undefined : unit;
};

/**
 * The columns of a figure's CSV: the table's, a quantity column as number, unit and qualifier, then
 * the source as a citation a reader can look up (never the internal id). Headers and descriptions
 * in `lang` (the table's and the sources' language: English data gives an English table); text
 * cells as plain text ({zh:…} marks become their Chinese).
 */
export function csvColumns(table: FigureTable, sources: Map<string, Source>, lang: Lang = 'zh'): CsvColumn[] {
  const t = wordingOf(lang).tables;
  const cite = (id: string) => {
    const source = sources.get(id);
    if (!source) throw new Error(`CSV: unknown source id "${id}"`);
    return plainText(citeSource(source, lang));
  };
  const columns = table.columns.flatMap((column): CsvColumn[] => {
    const cellOf = (row: FigureTable['rows'][number]) => {
      const cell = row.cells[column.key];
      if (cell === undefined) throw new Error(`CSV: row has no value for column "${column.key}"`);
      return typeof cell === 'string' ? plainText(cell) : cell;
    };
    const label = plainText(column.label);
    if (!column.quantity) {
      if (!column.numeric) return [{ name: label, description: label, type: 'text', cell: cellOf }];
      const unit = headerUnit(label, lang);
      return [{ name: label, description: label, type: 'number', ...(unit ? { unit } : {}), cell: cellOf }];
    }
    const units = [...new Set(table.rows.flatMap((row) => (row.quantity ? [row.quantity.unit] : [])))];
    const name = bareName(label);
    const empty = (text: string) => (table.rows.some((row) => !row.quantity) ? fill(t.csvEmpty, { text }) : text);
    const qualifier: CsvColumn = { name: t.csvQualifier, description: t.csvQualifierNote, type: 'text', cell: (row) => row.quantity?.qualifier || null };
    if (units.length === 1 && units[0] !== '') {
      // One unit for every row: in the header, as for any other number column.
      const unit = units[0]!;
      return [
        { name: fill(t.csvHeader, { name, unit }), description: empty(fill(t.csvNumber, { name, unit })), type: 'number', unit, cell: (row) => row.quantity?.value ?? null },
        qualifier,
      ];
    }
    // Rows in different units: the unit in a column of its own, never mixed into the numbers.
    return [
      { name, description: empty(fill(t.csvNumberUnits, { name })), type: 'number', cell: (row) => row.quantity?.value ?? null },
      { name: t.csvUnit, description: fill(t.csvUnitNote, { name }), type: 'text', cell: (row) => row.quantity?.unit ?? null },
      qualifier,
    ];
  });
  return [...columns, { name: t.csvSource, description: t.csvSourceNote, type: 'text', cell: (row) => cite(row.source) }];
}

/**
 * A figure's table as CSV (RFC 4180): UTF-8 without a BOM, one header row, then one CRLF-ended
 * row per mark, each with a field for every column, and nothing else.
 */
export function toCsv(table: FigureTable, sources: Map<string, Source>, lang: Lang = 'zh'): string {
  const columns = csvColumns(table, sources, lang);
  const lines = [columns.map((column) => csvField(column.name)).join(',')];
  for (const row of table.rows) {
    if (!sources.has(row.source)) throw new Error(`CSV: unknown source id "${row.source}"`);
    lines.push(columns.map((column) => csvField(column.cell(row))).join(','));
  }
  return lines.map((line) => `${line}\r\n`).join('');
}

/** What /downloads/<id>.json says about the figure's CSV. */
export interface CsvSidecar {
  id: string;
  title: string;
  caption: string;
  notes: string[];
  columns: { name: string; type: 'number' | 'text'; unit?: string; description: string }[];
  sources: { id: string; citation: string; publication: string; headline: string; date: string }[];
}

/** The sidecar of a figure's CSV: its columns, notes and the sources its rows cite, in `lang` (plain text). */
export function csvSidecar(figure: Figure, table: FigureTable, sources: Map<string, Source>, lang: Lang = 'zh'): CsvSidecar {
  return {
    id: figure.id,
    title: plainText(figure.title),
    caption: plainText(table.caption),
    notes: figure.notes.map(plainText),
    columns: csvColumns(table, sources, lang).map(({ name, type, unit, description }) => ({ name, type, ...(unit ? { unit } : {}), description })),
    sources: tableSources(table).map((id) => {
      const source = sources.get(id);
      if (!source) throw new Error(`CSV: unknown source id "${id}"`);
      return { id, citation: plainText(citeSource(source, lang)), publication: plainText(source.publication), headline: plainText(source.headline), date: plainText(dateText(source)) };
    }),
  };
}
