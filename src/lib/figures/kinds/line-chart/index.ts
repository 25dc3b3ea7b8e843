/** line-chart: each line one measure over time on a zero-based scale, every point labelled; targets hollow on dashed segments. */
import { chartScene } from '../../../charts/scene';
import { CHART_SIZES } from '../../../charts/sizes';
import { recordPlaces } from '../../../places';
import { defineKind } from '../../kind';
import schema from './schema';
import { lineDescription, lineLayout, lineModel, lineTable } from './model';
import LineSvg from './LineSvg.astro';

export default defineKind(schema, {
  scene(figure, data) {
    const model = lineModel(figure, data);
    const layouts = CHART_SIZES.map((size) => lineLayout(model, size));
    return chartScene({
      chartClass: 'chart-lines',
      styles: ['charts', 'general-charts'],
      drawing: { component: LineSvg, layouts, props: { figureId: figure.id, title: figure.title, description: lineDescription(model) } },
      table: lineTable(model),
    });
  },
  places: (figure, data) => recordPlaces(data, { indicators: figure.lines.flatMap((line) => line.indicators) }),
});
