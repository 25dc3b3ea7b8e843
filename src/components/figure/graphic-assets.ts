/**
 * What a figure's graphic (FigureGraphic.astro) needs besides its markup, for pages that write
 * their styles and scripts themselves (embed pages: src/layouts/EmbedLayout.astro): the style
 * sheets its scene names, as Vite built them (`?inline`: imports resolved, minified), and the
 * scripts it runs. Pages with the site's layout get the same sheets from Figure.astro's imports
 * and load the scripts as files.
 */
import type { GraphicStyle } from '../../lib/figures/kind';
import type { Scene } from '../../lib/figures/scene';
import mapsCss from '../../styles/maps.css?inline';
import chartsCss from '../../styles/charts.css?inline';
import generalChartsCss from '../../styles/general-charts.css?inline';
import { READER_SCRIPTS } from '../../scripts/reader';

const SHEETS: Record<GraphicStyle, string> = { maps: mapsCss, charts: chartsCss, 'general-charts': generalChartsCss };

/** A script the graphic runs: its text and the file it comes from (for messages). */
export interface GraphicScript {
  src: string;
  text: string;
}

/** The style sheets a figure's graphic uses, as its scene names them. */
export function graphicStyles(scene: Pick<Scene, 'styles'>): string[] {
  return scene.styles.map((name) => SHEETS[name]);
}

/**
 * The scripts a figure's graphic runs: a map's tooltip loader (MapGraphic.astro), which fetches the
 * tooltips themselves (/scripts/map-tooltip.js) when a reader first reaches the map; charts have none.
 */
export function graphicScripts(scene: Pick<Scene, 'styles'>): GraphicScript[] {
  return scene.styles.includes('maps') ? [{ src: 'src/scripts/reader/map-tips.js', text: READER_SCRIPTS['map-tips']! }] : [];
}
