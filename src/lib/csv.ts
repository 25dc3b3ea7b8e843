/**
 * A figure's data as a tidy CSV (/downloads/<id>.csv) and its sidecar (/downloads/<id>.json):
 * the CSV holds data rows only, each number a number with its unit, qualifier and source citation
 * in columns of their own; the figure's notes and what each column means are in the sidecar, so a parser (d3-dsv, pandas, Excel) reads no stray rows.
 */
import type { Figure, Source } from './data/schemas';
import { citeSource, dateText } from './sources';
import { tableSources, type Cell, type FigureColumn, type FigureTable } from './figures/table';

const BOM = '\uFEFF';

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
  cell: (row: FigureTable['rows'][number]) => Cell;
}

/** The header of a quantity column's number: "数值（按报道）" → "数值". */
const numberName = (column: FigureColumn) => column.label.replace(/（按报道）$/, '');

/**
 * The columns of a figure's CSV: the table's, a quantity column as number, unit and qualifier, then
 * the source as a citation a reader can look up (never the internal id).
 */
export function csvColumns(table: FigureTable, sources: Map<string, Source>): CsvColumn[] {
  const cite = (id: string) => {
    const source = sources.get(id);
    if (!source) throw new Error(`CSV: unknown source id "${id}"`);
    return citeSource(source);
  };
  const columns = table.columns.flatMap((column): CsvColumn[] => {
    const cellOf = (row: FigureTable['rows'][number]) => {
      const cell = row.cells[column.key];
      if (cell === undefined) throw new Error(`CSV: row has no value for column "${column.key}"`);
      return cell;
    };
    if (!column.quantity) {
      return [{ name: column.label, description: column.label, type: column.numeric ? 'number' : 'text', cell: cellOf }];
    }
    return [
      { name: numberName(column), description: `${column.label}中的数字（空：该行没有数字）`, type: 'number', cell: (row) => row.quantity?.value ?? null },
      { name: '单位', description: '数字的单位', type: 'text', cell: (row) => row.quantity?.unit ?? null },
      { name: '限定词', description: '报道对数字的限定，如“约”“超”“以上”“前”；空表示确数', type: 'text', cell: (row) => row.quantity?.qualifier || null },
    ];
  });
  return [...columns, { name: '来源', description: '该行数据的出处：发布者、标题和日期（日期后带 * 的为本站推断）', type: 'text', cell: (row) => cite(row.source) }];
}

/**
 * A figure's table as CSV: UTF-8 with a BOM (so Excel reads the Chinese correctly), one header
 * row, then one CRLF-ended row per mark and nothing else.
 */
export function toCsv(table: FigureTable, sources: Map<string, Source>): string {
  const columns = csvColumns(table, sources);
  const lines = [columns.map((column) => csvField(column.name)).join(',')];
  for (const row of table.rows) {
    if (!sources.has(row.source)) throw new Error(`CSV: unknown source id "${row.source}"`);
    lines.push(columns.map((column) => csvField(column.cell(row))).join(','));
  }
  return BOM + lines.map((line) => `${line}\r\n`).join('');
}

/** What /downloads/<id>.json says about the figure's CSV. */
export interface CsvSidecar {
  id: string;
  title: string;
  caption: string;
  notes: string[];
  columns: { name: string; type: 'number' | 'text'; description: string }[];
  sources: { id: string; citation: string; publication: string; headline: string; date: string }[];
}

/** The sidecar of a figure's CSV: its columns, notes and the sources its rows cite. */
export function csvSidecar(figure: Figure, table: FigureTable, sources: Map<string, Source>): CsvSidecar {
  return {
    id: figure.id,
    title: figure.title,
    caption: table.caption,
    notes: figure.notes,
    columns: csvColumns(table, sources).map(({ name, type, description }) => ({ name, type, description })),
    sources: tableSources(table).map((id) => {
      const source = sources.get(id);
      if (!source) throw new Error(`CSV: unknown source id "${id}"`);
      return { id, citation: citeSource(source), publication: source.publication, headline: source.headline, date: dateText(source) };
    }),
  };
}
