/**
 * The scene of a map figure, whatever its kind: one panel per county map (each drawn by
 * CountyMap), the legend above them, laid out on the page by MapGraphic (tooltips and links).
 * A single map may come with its `wide` drawing (drawWideMap()): its panel then lists both, wide
 * first (downloads and thumbnails pick one, the embed height reads both), and the page draws them
 * in one SVG (CountyMap's `wide`), maps.css showing the one that fits.
 */
import CountyMap from '../../components/map/CountyMap.astro';
import MapGraphic from '../../components/map/MapGraphic.astro';
import type { KindScene } from '../figures/kind';
import { BREAKPOINT, REM } from '../layout';
import type { FigureTable } from '../figures/table';
import type { LegendItem } from './legend';
import type { MapModel } from './model';

/**
 * The widest a map's drawing is shown, CSS px (maps.css .map-svg, and .map-svg-dual in a 40rem container:
 * max-width; tests/lib/map/scene.test.ts holds them equal): the 310-unit drawing grows to 332 px.
 */
export const MAP_MAX_WIDTH = { narrow: 20.75 * REM, wide: 38.75 * REM } as const;

export function mapScene(maps: MapModel[], legend: LegendItem[], table: FigureTable, place?: string, wide?: MapModel): KindScene {
  if (wide && maps.length !== 1) throw new Error(`map "${wide.id}": a wide drawing is for a single map, not ${maps.length}`);
  const drawing = (map: MapModel, variant?: string) =>
    ({ component: CountyMap, props: { map }, size: { width: map.width, height: map.height }, maxWidth: MAP_MAX_WIDTH[variant === 'wide' ? 'wide' : 'narrow'], ...(variant ? { variant } : {}) });
  return {
    graphic: MapGraphic,
    styles: ['maps'],
    legend,
    panels: maps.map((map) => ({
      ...(map.heading === undefined ? {} : { heading: map.heading }),
      drawings: wide ? [drawing(wide, 'wide'), drawing(map, 'narrow')] : [drawing(map)],
      // maps.css switches a single map to its wide drawing in a 40rem container.
      ...(wide ? { wideFrom: BREAKPOINT.sideBySide * REM } : {}),
    })),
    cards: [],
    cardsLabel: '',
    timeline: [],
    table,
    ...(place === undefined ? {} : { place }),
  };
}
