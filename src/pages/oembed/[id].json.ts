/**
 * The figure's oEmbed responses, the Chinese edition's, one static file per colour scheme and column width
 * (<id>.json, <id>.dark.json, <id>.w640.json…: src/lib/embed/oembed.ts; route: src/components/figure/figure-routes.ts).
 */
import { oembedPaths, oembedRoute } from '../../components/figure/figure-routes';

export const getStaticPaths = oembedPaths;

export const GET = oembedRoute;
