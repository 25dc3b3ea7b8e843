/**
 * /embed/<id>/placeholder.png: a small PNG of the figure (half size, 64 colours: under 20 KB;
 * src/lib/download/png.ts: RENDITIONS.placeholder), which the AMP code shows while the embed
 * loads (src/lib/embed/snippet.ts: ampSnippet()).
 */
import { downloadRoute } from '../../../components/figure/download-files';
import { figurePaths } from '../../../lib/site-data';

export const getStaticPaths = figurePaths;

export const GET = downloadRoute('placeholder.png');
