/** compute-chart: a share of a whole as a 10 × 10 waffle, with the figure's other compute facts as cards beside it. */
import { recordPlaces } from '../../../places';
import { defineKind } from '../../kind';
import schema from './schema';
import { computeDescription, computeModel, computeTable, waffleLayout } from './model';
import ComputeChart from './ComputeChart.astro';
import WaffleSvg from './WaffleSvg.astro';

/** The widest the waffle is drawn on a page, in px (charts.css: .chart-waffle max-width 16rem). */
const WAFFLE_MAX = 16 * 16;

export default defineKind(schema, {
  scene(figure, data) {
    const model = computeModel(figure, data);
    const layout = waffleLayout(model);
    return {
      graphic: ComputeChart,
      styles: ['charts'],
      legend: [],
      panels: [{
        drawings: [{ component: WaffleSvg, props: { layout, figureId: figure.id, title: figure.title, description: computeDescription(model) }, size: { width: layout.width, height: layout.height } }],
        maxWidth: WAFFLE_MAX,
      }],
      cards: model.cards,
      cardsLabel: model.words.charts.computeCards,
      timeline: [],
      table: computeTable(model),
    };
  },
  places: (figure, data) => recordPlaces(data, figure),
});
