/**
 * The scene of a chart figure, whatever its kind: the chart drawn once per chart size (wide first;
 * the page shows the variant that fits, charts.css; downloads use the wide one), and number cards
 * beside it, laid out on the page by ChartGraphic. The chart kinds' counterpart of ../map/scene.ts.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import ChartGraphic from '../../components/charts/ChartGraphic.astro';
import type { GraphicStyle, KindScene, Panel } from '../figures/kind';
import type { FigureTable } from '../figures/table';
import type { Card } from './cards';
import type { ChartSize } from './sizes';

interface ChartParts<L> {
  /** The class of the chart's wrapper on the page ("chart-bars"). */
  chartClass: string;
  /** The SVG component that draws one layout, given `props` and `layout`; layouts one per chart size. */
  drawing?: { component: AstroComponentFactory; layouts: readonly L[]; props: Record<string, unknown> };
  cards?: Card[];
  /** The accessible name of the list of cards. */
  cardsLabel?: string;
  table: FigureTable;
  styles?: readonly GraphicStyle[];
  place?: string | undefined;
}

export function chartScene<L extends { size: ChartSize; width: number; height: number }>(parts: ChartParts<L>): KindScene {
  const { drawing } = parts;
  const panels: Panel[] = drawing === undefined ? [] : [{
    drawings: drawing.layouts.map((layout) => ({
      component: drawing.component,
      props: { ...drawing.props, layout },
      size: { width: layout.width, height: layout.height },
      variant: layout.size.name,
    })),
  }];
  return {
    graphic: ChartGraphic,
    styles: parts.styles ?? ['charts'],
    chartClass: parts.chartClass,
    legend: [],
    panels,
    cards: parts.cards ?? [],
    cardsLabel: parts.cardsLabel ?? '',
    timeline: [],
    table: parts.table,
    ...(parts.place === undefined ? {} : { place: parts.place }),
  };
}
