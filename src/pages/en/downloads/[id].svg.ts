/** /en/downloads/<id>.svg: the English edition's file (as /downloads/<id>.svg, made from the English data: download-files.ts). */
import { downloadRoute } from '../../../components/figure/download-files';
import { figurePaths } from '../../../lib/site-data';

export const getStaticPaths = figurePaths;

export const GET = downloadRoute('svg');
