/** /en/embed/<id>/placeholder.png: the English embed's AMP placeholder (as /embed/<id>/placeholder.png, from the English data). */
import { downloadRoute } from '../../../../components/figure/download-files';
import { figurePaths } from '../../../../lib/site-data';

export const getStaticPaths = figurePaths;

export const GET = downloadRoute('placeholder.png');
