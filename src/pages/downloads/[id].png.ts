/**
 * /downloads/<id>.png: the figure's standalone SVG (see [id].svg.ts) rendered by resvg at twice
 * its size, the text set in Noto Sans SC (src/lib/download/png.ts). No browser involved. The
 * bytes are made once and shared with the pages that print its size (download-files.ts).
 */
import { downloadRoute } from '../../components/figure/download-files';
import { figurePaths } from '../../lib/site-data';

export const getStaticPaths = figurePaths;

export const GET = downloadRoute('png');
