/**
 * Rules every data download keeps, whatever the figure (tests/lib/csv.test.ts on the figure tables,
 * tests/pages/downloads.test.ts on the built files): a CSV is RFC 4180 UTF-8 without a BOM, with
 * one header and the same number of fields on every row, and a column whose header names a unit
 * in brackets, or that the sidecar types as number, holds numbers (or nothing) in every row; the
 * .xlsx holds the same table, numbers as number cells.
 */
import { autoType, csvParse, csvParseRows } from 'd3-dsv';
import ExcelJS from 'exceljs';
import type { SiteData } from '../../src/lib/data/types';

/** Every unit the site's data gives a number in ("个", "%", "亿元"…), found in any record. */
export function knownUnits(data: SiteData): Set<string> {
  const units = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value instanceof Map) [...value.values()].forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'unit' && typeof inner === 'string' && inner !== '') units.add(inner);
        else walk(inner);
      }
    }
  };
  walk(data);
  return units;
}

/** The unit a header names in brackets at its end, if it is one of `units`: "数值（个）" → "个". */
export function headerUnit(header: string, units: Set<string>): string | undefined {
  const inside = /（([^（）]*)）$/.exec(header)?.[1];
  if (inside === undefined) return undefined;
  return inside.split(/[，,]/).map((part) => part.trim()).find((part) => units.has(part));
}

export interface SidecarColumn { name: string; type: 'number' | 'text'; unit?: string }

/** What is wrong with a CSV: [] when it is tidy. */
export function csvProblems(csv: string, columns: SidecarColumn[], units: Set<string>): string[] {
  const problems: string[] = [];
  if (csv.charCodeAt(0) === 0xfeff) problems.push('starts with a BOM');
  if (!csv.endsWith('\r\n')) problems.push('the last row does not end with CRLF');
  const rows = csvParse(csv, autoType);
  if (JSON.stringify(rows.columns) !== JSON.stringify(columns.map((column) => column.name))) {
    problems.push(`header ${JSON.stringify(rows.columns)} is not the sidecar's ${JSON.stringify(columns.map((column) => column.name))}`);
  }
  csvParseRows(csv).forEach((fields, index) => {
    if (fields.length !== rows.columns.length) problems.push(`line ${index + 1} has ${fields.length} fields, the header ${rows.columns.length}`);
  });
  for (const column of columns) {
    const unit = headerUnit(column.name, units);
    if (column.unit !== undefined && unit !== column.unit) problems.push(`${column.name}: the sidecar's unit "${column.unit}" is not in the header`);
    if (column.type !== 'number' && unit === undefined) continue;
    rows.forEach((row, index) => {
      const cell = (row as Record<string, unknown>)[column.name];
      if (cell !== null && !(typeof cell === 'number' && Number.isFinite(cell))) problems.push(`row ${index + 1}, ${column.name}: ${JSON.stringify(cell)} is not a number`);
    });
  }
  return problems;
}

/** What is wrong with an .xlsx given its CSV: [] when its 数据 sheet is the CSV's table, numbers as numbers. */
export async function xlsxProblems(xlsx: Uint8Array, csv: string, columns: SidecarColumn[]): Promise<{ problems: string[]; notes: string[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
  const problems: string[] = [];
  const [data, notesSheet] = workbook.worksheets;
  if (data?.name !== '数据') problems.push(`first sheet is "${data?.name}", not 数据`);
  if (notesSheet?.name !== '说明') problems.push(`second sheet is "${notesSheet?.name}", not 说明`);
  if (!data || !notesSheet) return { problems, notes: [] };
  const text = (value: ExcelJS.CellValue) => (value === null || value === undefined ? '' : String(value));
  const sheetRows: ExcelJS.CellValue[][] = [];
  data.eachRow({ includeEmpty: true }, (row) => {
    sheetRows.push(Array.from({ length: columns.length }, (_, index) => row.getCell(index + 1).value));
  });
  const [header, ...body] = sheetRows;
  const csvRows = csvParseRows(csv);
  const [csvHeader, ...csvBody] = csvRows;
  if (JSON.stringify((header ?? []).map(text)) !== JSON.stringify(csvHeader)) problems.push(`header ${JSON.stringify((header ?? []).map(text))} is not the CSV's ${JSON.stringify(csvHeader)}`);
  if (data.actualColumnCount !== columns.length) problems.push(`${data.actualColumnCount} columns, the CSV ${columns.length}`);
  if (body.length !== csvBody.length) problems.push(`${body.length} data rows, the CSV ${csvBody.length}`);
  body.forEach((cells, r) => {
    columns.forEach((column, c) => {
      const value = cells[c];
      const expected = csvBody[r]?.[c] ?? '';
      if (column.type === 'number' && expected !== '') {
        if (typeof value !== 'number' || value !== Number(expected)) problems.push(`row ${r + 1}, ${column.name}: ${JSON.stringify(value)} is not the number ${expected}`);
      } else if (text(value) !== expected) problems.push(`row ${r + 1}, ${column.name}: ${JSON.stringify(value)} is not the CSV's "${expected}"`);
    });
  });
  const notes: string[] = [];
  notesSheet.eachRow((row) => row.eachCell((cell) => notes.push(text(cell.value))));
  return { problems, notes };
}
