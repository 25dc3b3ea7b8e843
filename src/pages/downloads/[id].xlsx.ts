/**
 * /downloads/<id>.xlsx: the figure's CSV table as an Excel workbook (numbers typed as numbers), with
 * a second sheet 说明 for the title, notes, columns and sources (src/lib/xlsx.ts). For spreadsheet
 * users: Excel misreads the BOM-less UTF-8 CSV. The bytes are shared with the pages that print
 * its size (src/components/figure/download-files.ts).
 */
import { downloadRoute } from '../../components/figure/download-files';
import { figurePaths } from '../../lib/site-data';

export const getStaticPaths = figurePaths;

export const GET = downloadRoute('xlsx');
