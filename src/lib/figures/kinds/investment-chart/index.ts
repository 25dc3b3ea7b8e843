/**
 * investment-chart: the part-to-whole bar of project counts and the named CNY projects as bars,
 * USD projects listed but not drawn, the figure's other indicators as cards.
 */
import { chartScene } from '../../../charts/scene';
import { CHART_SIZES } from '../../../charts/sizes';
import { recordPlaces } from '../../../places';
import { defineKind } from '../../kind';
import schema from './schema';
import { investmentDescription, investmentLayout, investmentModel, investmentTable } from './model';
import InvestmentSvg from './InvestmentSvg.astro';

export default defineKind(schema, {
  scene(figure, data) {
    const model = investmentModel(figure, data);
    const layouts = CHART_SIZES.map((size) => investmentLayout(model, size));
    return chartScene({
      chartClass: 'chart-investment',
      drawing: { component: InvestmentSvg, layouts, props: { figureId: figure.id, title: figure.title, description: investmentDescription(model) } },
      cards: model.cards,
      cardsLabel: model.words.charts.investmentCards,
      table: investmentTable(model),
    });
  },
  places: (figure, data) => recordPlaces(data, figure),
});
