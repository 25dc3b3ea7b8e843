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
import type { Figure } from './figures/registry';
import { csvColumns, csvSidecar } from './csv';
import type { FigureTable } from './figures/table';

/** The sheets' names. */
export const DATA_SHEET = '数据';
export const NOTES_SHEET = '说明';

/** A fixed creation date, so the file does not change with the day it was built. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** A figure's table as an .xlsx file: sheet 数据 (header and data rows) and sheet 说明. */
export async function toXlsx(figure: Figure, table: FigureTable, sources: Map<string, Source>): Promise<Uint8Array> {
  const columns = csvColumns(table, sources);
  const sidecar = csvSidecar(figure, table, sources);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '嘉兴集群观察';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;

  const data = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
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
    data.getColumn(index + 1).width = column.name === '来源' ? 60 : Math.min(40, Math.max(10, column.name.length * 2 + 2));
  });

  const notes = workbook.addWorksheet(NOTES_SHEET);
  notes.getColumn(1).width = 16;
  notes.getColumn(2).width = 12;
  notes.getColumn(3).width = 80;
  const heading = (text: string) => {
    notes.addRow([]);
    notes.addRow([text]).font = { bold: true };
  };
  notes.addRow(['标题', sidecar.title]).font = { bold: true };
  notes.addRow(['表格', sidecar.caption]);
  if (sidecar.notes.length > 0) {
    heading('注释');
    for (const note of sidecar.notes) notes.addRow(['', note]);
  }
  heading('各列说明（“数据”表）');
  notes.addRow(['列名', '类型', '说明']).font = { bold: true };
  for (const column of sidecar.columns) notes.addRow([column.name, column.type === 'number' ? '数字' : '文本', column.description]);
  heading('来源');
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
