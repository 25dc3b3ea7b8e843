import { describe, expect, test } from 'vitest';
import { count, renderChart, svgProblems, svgs } from './render';
import { figure, indicator, manyLines, withRecords } from '../../lib/charts/general-fixtures';

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

describe('eight series, negatives and moved labels, as drawn', () => {
  const { data: lines, chart: eightLines } = manyLines('g-eight', 8, { end: () => 50 });
  const groups = [0, 1].map((row) => ({ label: `行${row}`, indicators: Array.from({ length: 8 }, (_, s) => `g-s${row}-${s}`) }));
  const bars = withRecords(
    [0, 1].flatMap((row) => Array.from({ length: 8 }, (_, s) => indicator(`g-s${row}-${s}`, s === 2 ? -4 : 5 + s))),
    [figure('g-eight-bars', { groups, series: Array.from({ length: 8 }, (_, s) => `系列${s + 1}`) })],
  );

  test('eight lines: each its own series class gchart-s0 … gchart-s7 (none repeated, no grey), end labels with leaders', async () => {
    const html = await renderChart(eightLines.id, lines);
    for (const svg of svgs(html)) {
      expect([...new Set([...svg.matchAll(/<g class="chart-row gchart-s(\d+)"/g)].map((match) => Number(match[1])))]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(svg).not.toMatch(/gchart-s(8|9|key)\b/);
      expect(count(svg, /class="gchart-leader"/)).toBeGreaterThanOrEqual(6);
      expect(svgProblems(svg)).toEqual([]);
    }
    expect(html).toContain('线8 50亿元');
  });

  test('eight series of bars: eight classes in the bars and in the key, a negative bar, the zero line over the bars', async () => {
    const html = await renderChart('g-eight-bars', bars);
    for (const svg of svgs(html)) {
      const classes = (pattern: RegExp) => [...new Set([...svg.matchAll(pattern)].map((match) => Number(match[1])))].sort((a, b) => a - b);
      expect(classes(/<rect class="gchart-bar gchart-s(\d+)" data-id/g)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      const key = svg.slice(svg.indexOf('<g class="chart-key">'), svg.indexOf('<g class="chart-axis">'));
      expect([...new Set([...key.matchAll(/class="gchart-bar gchart-s(\d+)"/g)].map((match) => Number(match[1])))]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(count(svg, /<line class="gchart-zero"/)).toBe(1);
      // The zero line is drawn after (over) the bars.
      expect(svg.lastIndexOf('gchart-zero')).toBeGreaterThan(svg.lastIndexOf('gchart-bar '));
      expect(svgProblems(svg)).toEqual([]);
    }
  });
});
