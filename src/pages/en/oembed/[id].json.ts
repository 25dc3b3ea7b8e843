/**
 * The figure's oEmbed responses, the English edition's (its embed code frames /en/embed/<id>/), one static file per colour scheme and column width
 * (<id>.json, <id>.dark.json, <id>.w640.json…: src/lib/embed/oembed.ts; route: src/components/figure/figure-routes.ts).
 */
import { oembedPaths, oembedRoute } from '../../../components/figure/figure-routes';

export const getStaticPaths = oembedPaths;

export const GET = oembedRoute;
