/**
 * A figure's standalone SVG, drawn by the same components as the page: its panels (county maps,
 * chart SVGs) and legend swatches rendered to strings with Astro's Container API, then put
 * together by src/lib/download/standalone.ts with the texts around them. Used by the download
 * routes (src/pages/downloads/), the story cards' thumbnails and the figure pages, at build time;
 * and its thumbnail for the gallery, drawn the same way (src/lib/gallery/thumbnail.ts).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { langOf, type SiteData } from '../../lib/data/types';
import type { Figure } from '../../lib/figures/schemas';
import type { Drawing } from '../../lib/figures/kind';
import { sceneOf } from '../../lib/figures/scene';
import { standaloneSvg, type StandaloneInput, type StandaloneSvg } from '../../lib/download/standalone';
import { downloadTexts } from '../../lib/download/texts';
import { fittingDrawing, panelBox, thumbnailSvg, type Thumbnail } from '../../lib/gallery/thumbnail';
import mapsCss from '../../styles/maps.css?raw';
import chartsCss from '../../styles/charts.css?raw';
import generalChartsCss from '../../styles/general-charts.css?raw';
import MapSwatch from '../map/MapSwatch.astro';

/** The style sheets of the components drawn into downloads. */
export const GRAPHIC_CSS = `${mapsCss}\n${chartsCss}\n${generalChartsCss}`;

let container: Promise<AstroContainer> | undefined;

async function render(component: Parameters<AstroContainer['renderToString']>[0], props: object): Promise<string> {
  container ??= AstroContainer.create();
  return (await container).renderToString(component, { props: props as Record<string, unknown> });
}

/** One panel's wide drawing, by the component the page draws it with. */
const renderDrawing = (drawing: Drawing): Promise<string> => render(drawing.component, drawing.props);

/** What standaloneSvg() draws for a figure: its scene's texts and parts, panels and swatches drawn by the page's components. */
export async function downloadInput(figure: Figure, data: SiteData, siteRoot: string): Promise<StandaloneInput> {
  const scene = sceneOf(figure, data);
  return {
    id: figure.id,
    texts: downloadTexts(scene, siteRoot, langOf(data)),
    parts: scene,
    panels: await Promise.all(scene.panels.map((panel) => renderDrawing(panel.drawings[0]!))),
    swatches: await Promise.all(scene.legend.map((item) => render(MapSwatch, { swatch: item.swatch }))),
    css: GRAPHIC_CSS,
  };
}

/** Made SVGs by data set (a build has one: getSiteData() is memoised), then figure id and site root. */
const made = new WeakMap<SiteData, Map<string, Promise<StandaloneSvg>>>();

/** The figure's standalone SVG (made once per figure and site root in a build, shared by the SVG and PNG routes and the pages that print its size). */
export function figureDownload(figure: Figure, data: SiteData, siteRoot: string): Promise<StandaloneSvg> {
  let byFigure = made.get(data);
  if (!byFigure) made.set(data, (byFigure = new Map()));
  const key = `${figure.id} ${siteRoot}`;
  if (!byFigure.has(key)) byFigure.set(key, downloadInput(figure, data, siteRoot).then(standaloneSvg));
  return byFigure.get(key)!;
}

/** Made thumbnails by data set, then figure id. */
const thumbnails = new WeakMap<SiteData, Map<string, Promise<Thumbnail>>>();

/**
 * The figure's gallery thumbnail (made once per figure in a build, shared by its route and the
 * gallery, which prints its size in the <img>): each panel in its best-fitting drawing, drawn by the page's components.
 */
export function figureThumbnail(figure: Figure, data: SiteData): Promise<Thumbnail> {
  let byFigure = thumbnails.get(data);
  if (!byFigure) thumbnails.set(data, (byFigure = new Map()));
  if (!byFigure.has(figure.id)) {
    byFigure.set(figure.id, (async () => {
      const scene = sceneOf(figure, data);
      const box = panelBox(scene.panels.length);
      const drawings = scene.panels.map((panel) => fittingDrawing(panel.drawings, box));
      const panels = await Promise.all(drawings.map(async (drawing) => ({ svg: await renderDrawing(drawing), size: drawing.size })));
      return thumbnailSvg({ id: figure.id, title: figure.title, parts: scene, panels, css: GRAPHIC_CSS, lang: langOf(data) });
    })());
  }
  return byFigure.get(figure.id)!;
}
