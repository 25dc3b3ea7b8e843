import { expect, test } from 'vitest';
import { renderChart } from './render';

test.each([
  ['chart-cluster-output', 'chart-output'],
  ['chart-compute-share', 'chart-compute'],
  ['chart-investment-h1-2026', 'chart-investment'],
  ['chart-growth-targets', 'chart-key-figures'],
  ['chart-timeline', 'chart-timeline-chart'],
])('the page graphic draws %s with the component its kind names', async (id, root) => {
  const html = await renderChart(id);
  expect(html).toMatch(new RegExp(`^<div class="chart ${root}"`));
});
