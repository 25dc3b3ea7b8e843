/**
 * The figure's drawing in the Chinese gallery, in the colour scheme of the page that shows it
 * (src/lib/gallery/thumbnail.ts; route: thumbnailRoute in src/components/figure/figure-routes.ts).
 */
import { thumbnailRoute } from '../../../components/figure/figure-routes';
import { figurePaths } from '../../../lib/site-data';

export const getStaticPaths = figurePaths;

export const GET = thumbnailRoute;
