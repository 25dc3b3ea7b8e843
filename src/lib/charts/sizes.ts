/**
 * The two layouts every wide chart is drawn in. Both SVGs are in the page; charts.css shows the
 * one that fits the container, so text stays at least about 11 px from a 320 px phone upwards:
 * narrow (360 units, 14-unit text, shown below 34rem, ≥ 288 px wide) and wide (640 units,
 * 13-unit text, shown from 34rem = 544 px).
 */
export interface ChartSize {
  name: 'wide' | 'narrow';
  /** viewBox width. */
  width: number;
  /** Base font size in SVG units. */
  fontSize: number;
  /** Row labels above their marks (narrow) rather than in a column to their left (wide). */
  stacked: boolean;
}

export const WIDE: ChartSize = { name: 'wide', width: 640, fontSize: 13, stacked: false };
export const NARROW: ChartSize = { name: 'narrow', width: 360, fontSize: 14, stacked: true };

/** Both layouts, wide first (the one print and standalone downloads use). */
export const CHART_SIZES: readonly ChartSize[] = [WIDE, NARROW];

/**
 * Ids of an SVG's <title> and <desc>, derived from the figure id so they are unique on a page:
 * "chart-x-svg-title" for the wide (or only) SVG, "chart-x-narrow-svg-title" for the narrow one.
 */
export function svgIds(figureId: string, size?: ChartSize): { title: string; desc: string } {
  const stem = size?.name === 'narrow' ? `${figureId}-narrow-svg` : `${figureId}-svg`;
  return { title: `${stem}-title`, desc: `${stem}-desc` };
}
