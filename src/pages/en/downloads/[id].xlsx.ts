/** /en/downloads/<id>.xlsx: the English edition's file (as /downloads/<id>.xlsx, made from the English data: download-files.ts). */
import { downloadRoute } from '../../../components/figure/download-files';
import { figurePaths } from '../../../lib/site-data';

export const getStaticPaths = figurePaths;

export const GET = downloadRoute('xlsx');
