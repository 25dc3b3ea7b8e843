/**
 * /downloads/<id>.print.png: the figure's standalone SVG (see [id].svg.ts) rendered by resvg for
 * print, 300 dpi in its pHYs chunk (src/lib/download/png.ts: RENDITIONS.print). Linked from the
 * figure's own page; the bytes are made once and shared with it (download-files.ts).
 */
import { downloadRoute } from '../../components/figure/download-files';
import { figurePaths } from '../../lib/site-data';

export const getStaticPaths = figurePaths;

export const GET = downloadRoute('print.png');
