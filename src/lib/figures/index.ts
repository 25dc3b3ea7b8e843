import type { Figure } from '../data/schemas';
import type { SiteData } from '../data/types';
import type { FigureTable } from './table';
import { mapTable } from './maps';
import { chartTable } from './charts';

const MAP_KINDS = new Set<Figure['kind']>(['tier-map', 'compare-map', 'cluster-map', 'facility-map', 'locator-map', 'national-cluster-map']);

/** Whether a figure is a map (drawn by src/components/maps) or a chart (src/components/charts). */
export function isMap(figure: Figure): boolean {
  return MAP_KINDS.has(figure.kind);
}

/**
 * The figures that are published: every figure but drafts (`draft: true` in figures.yaml), which
 * have no embed page, downloads, oEmbed or gallery entry, and show only in stories not yet published.
 */
export function publishedFigures(figures: Iterable<Figure>): Figure[] {
  return [...figures].filter((figure) => figure.draft !== true);
}

/** The table of exactly what a figure plots: one row per mark, each with its source. */
export function figureTable(figure: Figure, data: SiteData): FigureTable {
  return isMap(figure) ? mapTable(figure, data) : chartTable(figure, data);
}
