/**
 * /downloads/<id>.svg: the figure's standalone SVG (headline, graphic, notes, source and credit in
 * the light theme's literal colours), drawn by the page's own components
 * (src/components/figure/figure-download.ts; bytes shared with the pages: download-files.ts).
 */
import { downloadRoute } from '../../components/figure/download-files';
import { figurePaths } from '../../lib/site-data';

export const getStaticPaths = figurePaths;

export const GET = downloadRoute('svg');
