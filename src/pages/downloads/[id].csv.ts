/**
 * /downloads/<id>.csv: exactly what a figure plots (its figure table) as a tidy CSV: UTF-8
 * without a BOM, one header row, data rows only (src/lib/csv.ts). Sources and notes:
 * /downloads/<id>.json; the same table for Excel: /downloads/<id>.xlsx. The bytes are shared
 * with the pages that print its size (src/components/figure/download-files.ts).
 */
import { downloadRoute } from '../../components/figure/download-files';
import { figurePaths } from '../../lib/site-data';

export const getStaticPaths = figurePaths;

export const GET = downloadRoute('csv');
