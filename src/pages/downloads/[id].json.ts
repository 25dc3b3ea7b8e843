/**
 * /downloads/<id>.json: the sidecar of a figure's CSV: what each column holds, the figure's notes
 * and the full citation of every source id the rows name (src/lib/csv.ts; bytes made in
 * src/components/figure/download-files.ts).
 */
import { downloadRoute } from '../../components/figure/download-files';
import { figurePaths } from '../../lib/site-data';

export const getStaticPaths = figurePaths;

export const GET = downloadRoute('json');
