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
import type { Figure } from './figures/registry';
import { citeSource, dateText } from './sources';
import { tableSources, type Cell, type FigureTable } from './figures/table';

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

/** The header's bracket at its end: "数值（个，按报道）" → "个，按报道"; "" without one. */
const bracket = (label: string) => /（([^（）]*)）$/.exec(label)?.[1] ?? '';

/** The header without its bracket: "数值（个，按报道）" → "数值". */
const bareName = (label: string) => label.replace(/（[^（）]*）$/, '');

/** The unit a numeric column's header names in brackets: "增加值（亿元）" → "亿元". */
const headerUnit = (label: string): string | undefined => {
  const unit = bracket(label).split('，')[0]!;
  return unit === '' || unit === '按报道' ? undefined : unit;
};

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
      if (!column.numeric) return [{ name: column.label, description: column.label, type: 'text', cell: cellOf }];
      const unit = headerUnit(column.label);
      return [{ name: column.label, description: column.label, type: 'number', ...(unit ? { unit } : {}), cell: cellOf }];
    }
    const units = [...new Set(table.rows.flatMap((row) => (row.quantity ? [row.quantity.unit] : [])))];
    const name = bareName(column.label);
    const empty = table.rows.some((row) => !row.quantity) ? '（空：该行没有数字）' : '';
    const qualifier: CsvColumn = { name: '限定词', description: '报道对数字的限定，如“约”“超”“以上”“前”；空表示确数', type: 'text', cell: (row) => row.quantity?.qualifier || null };
    if (units.length === 1 && units[0] !== '') {
      // One unit for every row: in the header, as for any other number column.
      const unit = units[0]!;
      return [
        { name: `${name}（${unit}）`, description: `${name}，单位${unit}${empty}`, type: 'number', unit, cell: (row) => row.quantity?.value ?? null },
        qualifier,
      ];
    }
    // Rows in different units: the unit in a column of its own, never mixed into the numbers.
    return [
      { name, description: `${name}，单位见“单位”列${empty}`, type: 'number', cell: (row) => row.quantity?.value ?? null },
      { name: '单位', description: `“${name}”列的单位`, type: 'text', cell: (row) => row.quantity?.unit ?? null },
      qualifier,
    ];
  });
  return [...columns, { name: '来源', description: '该行数据的出处：发布者、标题和日期（日期后带 * 的为本站推断）', type: 'text', cell: (row) => cite(row.source) }];
}

/**
 * A figure's table as CSV (RFC 4180): UTF-8 without a BOM, one header row, then one CRLF-ended
 * row per mark, each with a field for every column, and nothing else.
 */
export function toCsv(table: FigureTable, sources: Map<string, Source>): string {
  const columns = csvColumns(table, sources);
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

/** The sidecar of a figure's CSV: its columns, notes and the sources its rows cite. */
export function csvSidecar(figure: Figure, table: FigureTable, sources: Map<string, Source>): CsvSidecar {
  return {
    id: figure.id,
    title: figure.title,
    caption: table.caption,
    notes: figure.notes,
    columns: csvColumns(table, sources).map(({ name, type, unit, description }) => ({ name, type, ...(unit ? { unit } : {}), description })),
    sources: tableSources(table).map((id) => {
      const source = sources.get(id);
      if (!source) throw new Error(`CSV: unknown source id "${id}"`);
      return { id, citation: citeSource(source), publication: source.publication, headline: source.headline, date: dateText(source) };
    }),
  };
}
