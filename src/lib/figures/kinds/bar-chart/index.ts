/**
 * bar-chart: horizontal bars on one scale from zero, one bar per indicator, or rows ("groups") of
 * one bar per series, side by side or stacked. Filled from YAML alone.
 */
import { chartScene } from '../../../charts/scene';
import { CHART_SIZES } from '../../../charts/sizes';
import { recordPlaces } from '../../../places';
import { defineKind } from '../../kind';
import schema from './schema';
import { barDescription, barLayout, barModel, barTable } from './model';
import BarSvg from './BarSvg.astro';

export default defineKind(schema, {
  scene(figure, data) {
    const model = barModel(figure, data);
    const layouts = CHART_SIZES.map((size) => barLayout(model, size));
    return chartScene({
      chartClass: 'chart-bars',
      styles: ['charts', 'general-charts'],
      drawing: { component: BarSvg, layouts, props: { figureId: figure.id, title: figure.title, description: barDescription(model) } },
      table: barTable(model),
    });
  },
  places: (figure, data) => recordPlaces(data, { indicators: [...figure.indicators, ...(figure.groups ?? []).flatMap((group) => group.indicators.filter((id) => id !== null))] }),
});
