import type { MarkerShape } from './markers';
import type { CountyFill } from './model';

/** One entry of a map legend: a swatch (an area fill or a marker glyph) and what it means. */
export interface LegendItem {
  label: string;
  swatch: { kind: 'area'; fill: CountyFill } | { kind: 'marker'; shape: MarkerShape; className: string };
}
