/**
 * What a figure's graphic (FigureGraphic.astro) needs besides its markup, for pages that write
 * their styles and scripts themselves (embed pages: src/layouts/EmbedLayout.astro): the style
 * sheets of its kind, as Vite built them (`?inline`: imports resolved, minified), and the scripts
 * it runs. Pages with the site's layout get the same sheets from Figure.astro's imports and load
 * the scripts as files.
 */
import type { Figure } from '../../lib/data/schemas';
import { isMap } from '../../lib/figures';
import mapsCss from '../../styles/maps.css?inline';
import chartsCss from '../../styles/charts.css?inline';
import generalChartsCss from '../../styles/general-charts.css?inline';
import mapTooltip from '../../../public/scripts/map-tooltip.js?raw';

/** A script the graphic runs: its text and the file it comes from (for messages). */
export interface GraphicScript {
  src: string;
  text: string;
}

/** The style sheets a figure's graphic uses: a map's maps.css, or a chart's charts.css and general-charts.css. */
export function graphicStyles(figure: Figure): string[] {
  return isMap(figure) ? [mapsCss] : [chartsCss, generalChartsCss];
}

/** The scripts a figure's graphic runs: a map's tooltips; charts have none. */
export function graphicScripts(figure: Figure): GraphicScript[] {
  return isMap(figure) ? [{ src: 'public/scripts/map-tooltip.js', text: mapTooltip }] : [];
}
