/** /en/downloads/<id>.print.png: the English edition's file (as /downloads/<id>.print.png, made from the English data: download-files.ts). */
import { downloadRoute } from '../../../components/figure/download-files';
import { figurePaths } from '../../../lib/site-data';

export const getStaticPaths = figurePaths;

export const GET = downloadRoute('print.png');
