/**
 * The scene of a map figure, whatever its kind: one panel per county map (each drawn by
 * CountyMap), the legend above them, laid out on the page by MapGraphic (tooltips and links).
 */
import CountyMap from '../../components/map/CountyMap.astro';
import MapGraphic from '../../components/map/MapGraphic.astro';
import type { KindScene } from '../figures/kind';
import type { FigureTable } from '../figures/table';
import type { LegendItem } from './legend';
import type { MapModel } from './model';

export function mapScene(maps: MapModel[], legend: LegendItem[], table: FigureTable, place?: string): KindScene {
  return {
    graphic: MapGraphic,
    styles: ['maps'],
    legend,
    panels: maps.map((map) => ({
      ...(map.heading === undefined ? {} : { heading: map.heading }),
      drawings: [{ component: CountyMap, props: { map }, size: { width: map.width, height: map.height } }],
    })),
    cards: [],
    cardsLabel: '',
    timeline: [],
    table,
    ...(place === undefined ? {} : { place }),
  };
}
