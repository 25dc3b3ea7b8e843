import { describe, expect, test } from 'vitest';
import { count, renderChart, svgProblems, svgs } from './render';
import { figure, indicator, withRecords } from '../../lib/charts/general-fixtures';

const data = withRecords(
  [indicator('g-a', 40), indicator('g-b', 100, { kind: 'target', period: { year: 2027, label: '到2027年' } }), indicator('g-c', 20, { period: { year: 2021, label: '2021年' } })],
  [
    figure('g-bars', { groups: [{ label: '甲', indicators: ['g-a', 'g-b'] }], series: ['实绩', '目标'], layout: 'stacked' }),
    figure('g-line', { kind: 'line-chart', lines: [{ label: '线', indicators: ['g-c', 'g-a', 'g-b'] }] }),
  ],
);

describe.each([['g-bars', 'rect.*?data-id'], ['g-line', 'circle.*?data-id']])('%s', (id, markPattern) => {
  test('drawn wide and narrow, each SVG well-formed, labelled, with no colour in the markup', async () => {
    const html = await renderChart(id, data);
    expect(svgs(html)).toHaveLength(2);
    for (const svg of svgs(html)) expect(svgProblems(svg)).toEqual([]);
    // Every mark twice (wide + narrow); the target one hollow-dashed by class.
    expect(count(html, new RegExp(`<${markPattern}`))).toBe(id === 'g-bars' ? 4 : 6);
    expect(count(html, /gchart-(bar|point)--target/)).toBeGreaterThanOrEqual(2);
  });
});
