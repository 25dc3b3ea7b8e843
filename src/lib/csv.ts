import type { Source } from './data/schemas';
import { citeSource, sourceWithDate } from './sources';
import type { Cell, FigureTable } from './figures/table';

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

/**
 * A figure's table as CSV: UTF-8 with BOM (Excel then reads Chinese correctly), a header row with
 * units, one row per mark with its source, CRLF line ends, and the full citations at the end.
 */
export function toCsv(table: FigureTable, sources: Map<string, Source>): string {
  const header = [...table.columns.map((column) => column.label), '来源'];
  const lines = [header.map(csvField).join(',')];
  for (const row of table.rows) {
    const source = sources.get(row.source);
    if (!source) throw new Error(`CSV: unknown source id "${row.source}"`);
    const cells = table.columns.map((column) => {
      const cell = row.cells[column.key];
      if (cell === undefined) throw new Error(`CSV: row has no value for column "${column.key}"`);
      return csvField(cell);
    });
    lines.push([...cells, csvField(sourceWithDate(source))].join(','));
  }
  const cited = [...new Set(table.rows.map((row) => row.source))].map((id) => sources.get(id)!);
  lines.push('', ...cited.map((source) => csvField(`来源：${citeSource(source)}`)));
  return BOM + lines.join('\r\n') + '\r\n';
}
