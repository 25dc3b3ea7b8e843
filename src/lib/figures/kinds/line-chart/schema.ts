/** What a line-chart figure takes in content/data/figures.yaml; ./index.ts draws it. */
import { z } from 'astro/zod';
import { ref } from '../../../data/ref';
import { defineSchema, needs } from '../../kind-schema';

/** One line: the same measure at several dates, oldest first. */
const chartLine = z.object({
  /** Name of the line, shown in the legend. */
  label: z.string().min(1),
  /** Indicators with a period.year each, in time order; targets are drawn dashed. */
  indicators: z.array(ref('indicators')).min(2, 'a line needs at least two indicators (two dates)'),
}).strict();

export default defineSchema({
  name: 'line-chart',
  text: { 'lines.*.label': 'the name of each line in English' },
  fields: {
    lines: needs('line-chart', 'lines', z.array(chartLine)),
  },
});
