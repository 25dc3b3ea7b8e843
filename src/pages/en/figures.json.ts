/**
 * /en/figures.json: every figure of the English edition (English titles, /en/ URLs, English
 * citations) in the shape of /figures.json (src/components/figure/figure-routes.ts).
 */
import { figureIndexRoute } from '../../components/figure/figure-routes';

export const GET = figureIndexRoute;
