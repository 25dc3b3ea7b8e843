import { describe, expect, test } from 'vitest';
import { fixtureData } from '../../helpers/fixture-data';
import { count, pretty, renderChart, svgProblems, svgs, svgTexts } from './render';

describe('chart-cluster-output (output-chart)', async () => {
  const html = await renderChart('chart-cluster-output');
  const [wide, narrow] = svgs(html) as [string, string];

  test('draws a wide and a narrow SVG, each a complete accessible image', () => {
    expect(svgs(html)).toHaveLength(2);
    expect(wide).toMatch(/class="chart-svg chart-svg--wide"/);
    expect(narrow).toMatch(/class="chart-svg chart-svg--narrow"/);
    expect(wide).toMatch(/viewBox="0 0 640 /);
    expect(narrow).toMatch(/viewBox="0 0 360 /);
    expect(wide).toMatch(/aria-labelledby="chart-cluster-output-svg-title chart-cluster-output-svg-desc"/);
    expect(narrow).toMatch(/aria-labelledby="chart-cluster-output-narrow-svg-title chart-cluster-output-narrow-svg-desc"/);
    for (const svg of [wide, narrow]) expect(svgProblems(svg)).toEqual([]);
  });

  test.each([0, 1])('SVG %i: 9 dumbbells, each a filled 2021 dot, a 2023 tick and a hollow 2025 ring; 3 tier groups', (index) => {
    const svg = svgs(html)[index]!;
    expect(count(svg, /class="chart-row"/)).toBe(9);
    expect(count(svg, /class="chart-dumbbell"/)).toBe(9);
    const rows = svg.match(/<g class="chart-row"[\s\S]*?<\/g>/g)!;
    expect(rows.map((row) => count(row, /<circle class="chart-dot chart-dot--actual"[^>]*data-year="2021"/))).toEqual(Array(9).fill(1));
    expect(rows.map((row) => count(row, /<line class="chart-dot chart-dot--target"[^>]*data-year="2023"/))).toEqual(Array(9).fill(1));
    expect(rows.map((row) => count(row, /<circle class="chart-dot chart-dot--target-last"[^>]*data-year="2025"/))).toEqual(Array(9).fill(1));
    expect(count(svg, /<g class="chart-group chart-tier-(global|national|regional)"/)).toBe(3);
  });

  test('prints the 2021 and 2025 values, the tier headings, the key and the axis in 亿元', () => {
    const texts = svgTexts(wide);
    // Tick labels are printed twice: above the rows and below them.
    expect(texts.filter((text) => text === '500')).toHaveLength(2);
    for (const expected of ['桐乡市 · 新材料', '嘉兴经开区 · 健康食品', '150', '430', '35', '190', '10', '30', '全球性集群', '全国性集群', '长三角区域性集群', '2021年实绩', '2023年目标', '2025年目标', '增加值（亿元）', '500']) {
      expect(texts).toContain(expected);
    }
    const tongxiang = wide.match(/<g class="chart-row" data-id="p22-tongxiang-materials">[\s\S]*?<\/g>/)![0];
    expect(svgTexts(tongxiang)).toEqual(['桐乡市 · 新材料', '150', '430']);
  });

  test('the description says what the chart shows', () => {
    expect(wide).toContain('<desc id="chart-cluster-output-svg-desc">2022年“一县一集群”方案的9个集群中，桐乡市新材料集群2025年增加值目标最高，为430亿元（2021年实绩150亿元）；');
  });

  test('output is deterministic and matches the snapshots', async () => {
    expect(await renderChart('chart-cluster-output')).toBe(html);
    await expect(pretty(wide)).toMatchFileSnapshot('./__snapshots__/chart-cluster-output.wide.svg');
    await expect(pretty(narrow)).toMatchFileSnapshot('./__snapshots__/chart-cluster-output.narrow.svg');
  });

  test('a cluster without valueAdded fails the build, naming file, record and field', async () => {
    const data = fixtureData();
    delete data.clusters.get('p22-xiuzhou-pv')!.valueAdded;
    await expect(renderChart('chart-cluster-output', data))
      .rejects.toThrow('content/data/clusters.yaml → p22-xiuzhou-pv: valueAdded is required for the output chart');
  });
});
