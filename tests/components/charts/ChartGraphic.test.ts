import { expect, test } from 'vitest';
import ChartGraphic from '../../../src/components/charts/ChartGraphic.astro';
import { fixtureData } from '../../helpers/fixture-data';
import { pick } from '../../../src/lib/data/types';
import { render, renderChart } from './render';

test.each([
  ['chart-cluster-output', 'chart-output'],
  ['chart-compute-share', 'chart-compute'],
  ['chart-investment-h1-2026', 'chart-investment'],
  ['chart-growth-targets', 'chart-key-figures'],
  ['chart-timeline', 'chart-timeline-chart'],
])('ChartGraphic draws %s with the component for its kind', async (id, root) => {
  const html = await renderChart(id);
  expect(html).toMatch(new RegExp(`^<div class="chart ${root}"`));
});

test('ChartGraphic refuses a map figure', async () => {
  const data = fixtureData();
  await expect(render(ChartGraphic, { figure: pick(data, 'figures', 'map-2022-tiers'), data })).rejects.toThrow(/kind "tier-map", which is not a chart/);
});
