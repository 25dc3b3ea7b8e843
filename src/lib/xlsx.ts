/**
 * A figure's data as an Excel workbook (/downloads/<id>.xlsx), for spreadsheet users: Excel reads
 * a BOM-less UTF-8 CSV as the local code page and garbles the Chinese. The first sheet (数据) is
 * the CSV's table, cell for cell (src/lib/csv.ts): the header row, then one row per mark, number
 * columns typed as numbers. The second sheet (说明) holds what the CSV's sidecar says: the title,
 * the figure's notes, what each column holds and the sources' citations.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Source } from './data/schemas';
import type { Figure } from './figures/schemas';
import { csvColumns, csvSidecar } from './csv';
import type { FigureTable } from './figures/table';
import type { Lang } from './i18n/lang';
import { wordingOf } from './wording';

/** The sheets' names, in each language (wording tables.sheetData, tables.sheetNotes). */
export const sheetNames = (lang: Lang) => ({ data: wordingOf(lang).tables.sheetData, notes: wordingOf(lang).tables.sheetNotes });
/** The Chinese sheets' names. */
export const DATA_SHEET = sheetNames('zh').data;
export const NOTES_SHEET = sheetNames('zh').notes;

/** A fixed creation date, so the file does not change with the day it was built. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/**
 * A figure's table as an .xlsx file in `lang` (that of the table and sources given: English data
 * for an English workbook): sheet 数据 / Data (header and data rows) and sheet 说明 / Notes.
 */
export async function toXlsx(figure: Figure, table: FigureTable, sources: Map<string, Source>, lang: Lang = 'zh'): Promise<Uint8Array> {
  const columns = csvColumns(table, sources, lang);
  const sidecar = csvSidecar(figure, table, sources, lang);
  const wording = wordingOf(lang);
  const t = wording.tables;
  const sheets = sheetNames(lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = wording.site.name;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;

  const data = workbook.addWorksheet(sheets.data, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.addRow(columns.map((column) => column.name)).font = { bold: true };
  for (const row of table.rows) {
    data.addRow(columns.map((column) => {
      const cell = column.cell(row);
      if (cell === null) return null;
      if (column.type === 'number' && typeof cell !== 'number') throw new Error(`XLSX: column "${column.name}" expects a number, got "${cell}"`);
      return cell;
    }));
  }
  columns.forEach((column, index) => {
    data.getColumn(index + 1).width = column.name === t.csvSource ? 60 : Math.min(40, Math.max(10, column.name.length * 2 + 2));
  });

  const notes = workbook.addWorksheet(sheets.notes);
  notes.getColumn(1).width = 16;
  notes.getColumn(2).width = 12;
  notes.getColumn(3).width = 80;
  const heading = (text: string) => {
    notes.addRow([]);
    notes.addRow([text]).font = { bold: true };
  };
  notes.addRow([t.notesTitle, sidecar.title]).font = { bold: true };
  notes.addRow([t.notesTable, sidecar.caption]);
  if (sidecar.notes.length > 0) {
    heading(t.notesNotes);
    for (const note of sidecar.notes) notes.addRow(['', note]);
  }
  heading(t.notesColumns);
  notes.addRow([t.notesColumn, t.notesType, t.notesDescription]).font = { bold: true };
  for (const column of sidecar.columns) notes.addRow([column.name, column.type === 'number' ? t.typeNumber : t.typeText, column.description]);
  heading(t.notesSources);
  for (const source of sidecar.sources) notes.addRow(['', source.citation]);
  return sameEveryBuild(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/**
 * The workbook with every zip entry dated FIXED_DATE: exceljs stamps its entries with the time
 * they were written, so two builds of the same data would differ byte for byte. The entries
 * themselves are unchanged.
 */
async function sameEveryBuild(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).sort();
  const out = new JSZip();
  for (const name of names) {
    const entry = zip.files[name]!;
    if (!entry.dir) out.file(name, await entry.async('uint8array'), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
