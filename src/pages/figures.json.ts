/**
 * /figures.json: every figure of the Chinese edition with its site-relative URLs and the sources it
 * cites (src/components/figure/figure-routes.ts; English: /en/figures.json, the same shape).
 */
import { figureIndexRoute } from '../components/figure/figure-routes';

export const GET = figureIndexRoute;
