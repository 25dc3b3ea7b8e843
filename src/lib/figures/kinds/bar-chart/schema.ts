/** What a bar-chart figure takes in content/data/figures.yaml; ./index.ts draws it. */
import { z } from 'astro/zod';
import { ref } from '../../../data/ref';
import { defineSchema } from '../../kind-schema';

/**
 * A row of a grouped or stacked bar chart: one indicator per series, in the series' order; `~`
 * (null) where a source gives no value for that series in that row: no bar is drawn there, and
 * the chart and its table say the value is missing.
 */
const barGroup = z.object({
  /** Row label, e.g. "2025年". */
  label: z.string().min(1),
  indicators: z.array(ref('indicators').nullable()).min(1),
}).strict();

export default defineSchema({
  name: 'bar-chart',
  text: { 'series.*': 'the name of each series in English, in order', 'groups.*.label': 'each row label in English' },
  fields: {
    /** One bar each (instead of groups). */
    indicators: z.array(ref('indicators')).default([]),
    /** With groups: "grouped" (bars side by side, the default) or "stacked" (end to end). */
    layout: z.enum(['grouped', 'stacked']).optional(),
    /** With groups: the name of each bar in a group, in order (the legend). */
    series: z.array(z.string().min(1)).min(1).optional(),
    /** Rows of bars, one indicator per series (instead of "indicators"). */
    groups: z.array(barGroup).min(1).optional(),
  },
  refine(figure, ctx) {
    if (!figure.groups && !figure.series) {
      if (figure.indicators.length === 0) ctx.addIssue({ code: 'custom', path: ['indicators'], message: 'a bar-chart figure needs "indicators" (one bar each), or "groups" and "series"' });
      return;
    }
    const missing = (['groups', 'series'] as const).filter((field) => !figure[field]);
    if (missing.length > 0) {
      ctx.addIssue({ code: 'custom', path: [missing[0]!], message: `a bar-chart with groups needs "groups" (rows) and "series" (the bars in each row); missing: ${missing.map((field) => `"${field}"`).join(', ')}` });
      return;
    }
    if (figure.indicators.length > 0) ctx.addIssue({ code: 'custom', path: ['indicators'], message: 'a bar-chart with groups takes its indicators from "groups"; remove "indicators"' });
    figure.groups!.forEach((group, index) => {
      if (group.indicators.length !== figure.series!.length) {
        ctx.addIssue({ code: 'custom', path: ['groups', index, 'indicators'], message: `expected ${figure.series!.length} indicators, one per series (${figure.series!.join(', ')}), with ~ where a series has no value; got ${group.indicators.length}` });
      } else if (group.indicators.every((id) => id === null)) {
        ctx.addIssue({ code: 'custom', path: ['groups', index, 'indicators'], message: `every series of "${group.label}" is ~ (no value): give at least one indicator, or remove the row` });
      }
    });
  },
});
