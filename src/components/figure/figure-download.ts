/**
 * A figure's standalone SVG, drawn by the same components as the page: its panels (county maps,
 * chart SVGs) and legend swatches rendered to strings with Astro's Container API, then put
 * together by src/lib/download/standalone.ts with the texts around them. Used by the download
 * routes (src/pages/downloads/) and the gallery, at build time.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Figure } from '../../lib/data/schemas';
import { pick, type SiteData } from '../../lib/data/types';
import { siteRoot } from '../../lib/embed/snippet';
import { requireSite } from '../../lib/site';
import { getSiteData } from '../../lib/site-data';
import { figureTable } from '../../lib/figures';
import { graphicParts, type PanelDrawing } from '../../lib/download/parts';
import { standaloneSvg, type StandaloneInput, type StandaloneSvg } from '../../lib/download/standalone';
import { downloadTexts } from '../../lib/download/texts';
import mapsCss from '../../styles/maps.css?raw';
import chartsCss from '../../styles/charts.css?raw';
import generalChartsCss from '../../styles/general-charts.css?raw';
import CountyMap from '../maps/CountyMap.astro';
import MapSwatch from '../maps/MapSwatch.astro';
import OutputSvg from '../charts/OutputSvg.astro';
import InvestmentSvg from '../charts/InvestmentSvg.astro';
import WaffleSvg from '../charts/WaffleSvg.astro';
import BarSvg from '../charts/BarSvg.astro';
import LineSvg from '../charts/LineSvg.astro';

/** The style sheets of the components drawn into downloads. */
export const GRAPHIC_CSS = `${mapsCss}\n${chartsCss}\n${generalChartsCss}`;

const COMPONENTS = { 'county-map': CountyMap, output: OutputSvg, investment: InvestmentSvg, waffle: WaffleSvg, bar: BarSvg, line: LineSvg } as const;

let container: Promise<AstroContainer> | undefined;

async function render(component: Parameters<AstroContainer['renderToString']>[0], props: object): Promise<string> {
  container ??= AstroContainer.create();
  return (await container).renderToString(component, { props: props as Record<string, unknown> });
}

/** One panel as its page component draws it. */
function renderDrawing(drawing: PanelDrawing): Promise<string> {
  return render(COMPONENTS[drawing.component], drawing.props);
}

/** What standaloneSvg() draws for a figure: its texts, parts, and panels and swatches as the page's components draw them. */
export async function downloadInput(figure: Figure, data: SiteData, siteRoot: string): Promise<StandaloneInput> {
  const parts = graphicParts(figure, data);
  return {
    id: figure.id,
    texts: downloadTexts(figure, figureTable(figure, data), data.sources, siteRoot),
    parts,
    panels: await Promise.all(parts.panels.map((panel) => renderDrawing(panel.drawing))),
    swatches: await Promise.all(parts.legend.map((item) => render(MapSwatch, { swatch: item.swatch }))),
    css: GRAPHIC_CSS,
  };
}

/** Made SVGs by data set (a build has one: getSiteData() is memoised), then figure id and site root. */
const made = new WeakMap<SiteData, Map<string, Promise<StandaloneSvg>>>();

/** The figure's standalone SVG (made once per figure and site root in a build, shared by the SVG and PNG routes and the gallery). */
export function figureDownload(figure: Figure, data: SiteData, siteRoot: string): Promise<StandaloneSvg> {
  let byFigure = made.get(data);
  if (!byFigure) made.set(data, (byFigure = new Map()));
  const key = `${figure.id} ${siteRoot}`;
  if (!byFigure.has(key)) byFigure.set(key, downloadInput(figure, data, siteRoot).then(standaloneSvg));
  return byFigure.get(key)!;
}

/** A download route's figure and its standalone SVG, for the route's `id` and the site setting. */
export async function routeDownload(id: string | undefined, site: URL | undefined): Promise<{ figure: Figure } & StandaloneSvg> {
  const data = await getSiteData();
  const figure = pick(data, 'figures', id ?? '');
  return { figure, ...(await figureDownload(figure, data, siteRoot(requireSite(site), import.meta.env.BASE_URL))) };
}
