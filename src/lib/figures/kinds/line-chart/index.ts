/** line-chart: each line one measure over time on a zero-based scale, every point labelled; targets hollow on dashed segments. */
import { z } from 'astro/zod';
import { ref } from '../../../data/ref';
import { chartScene } from '../../../charts/scene';
import { CHART_SIZES } from '../../../charts/sizes';
import { recordPlaces } from '../../../places';
import { defineKind, needs } from '../../kind';
import { lineDescription, lineLayout, lineModel, lineTable } from './model';
import LineSvg from './LineSvg.astro';

/** One line: the same measure at several dates, oldest first. */
const chartLine = z.object({
  /** Name of the line, shown in the legend. */
  label: z.string().min(1),
  /** Indicators with a period.year each, in time order; targets are drawn dashed. */
  indicators: z.array(ref('indicators')).min(2, 'a line needs at least two indicators (two dates)'),
}).strict();

export default defineKind({
  name: 'line-chart',
  text: { 'lines.*.label': 'the name of each line in English' },
  fields: {
    lines: needs('line-chart', 'lines', z.array(chartLine)),
  },
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
