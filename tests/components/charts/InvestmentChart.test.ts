import { describe, expect, test } from 'vitest';
import { fixtureData } from '../../helpers/fixture-data';
import { count, heard, pretty, renderChart, svgProblems, svgs, svgTexts } from './render';

describe('chart-investment-h1-2026 (investment-chart)', async () => {
  const html = await renderChart('chart-investment-h1-2026');
  const [wide, narrow] = svgs(html) as [string, string];

  test('a wide and a narrow SVG, each a complete accessible image', () => {
    expect(svgs(html)).toHaveLength(2);
    for (const svg of [wide, narrow]) expect(svgProblems(svg)).toEqual([]);
  });

  test.each([0, 1])('SVG %i: the count bar (whole + part + key swatch) and two CNY project bars; the USD project has no bar', (index) => {
    const svg = svgs(html)[index]!;
    expect(count(svg, /<rect class="chart-bar-whole"/)).toBe(1);
    expect(count(svg, /<rect class="chart-bar"/)).toBe(1 + 1 + 2);
    const usd = svg.match(/<g class="chart-row chart-row--listed" data-id="pcba-smart-devices">[\s\S]*?<\/g>/)![0];
    expect(count(usd, /<rect/)).toBe(0);
    expect(svgTexts(usd)).toEqual(['PCBA及智能信息服务设备', '1亿美元']);
  });

  test('prints amounts as published and the published share', () => {
    const texts = svgTexts(wide);
    for (const expected of ['322个', '355个', '其中“135N”集群项目，占90.7%', '60亿元', '20.1亿元', '1亿美元']) expect(texts).toContain(expected);
    expect(texts.join('')).toContain('报道未给出汇率');
  });

  test('key figures as cards: the total investment', () => {
    expect(count(html, /<li class="chart-card /)).toBe(1);
    expect(heard(html)).toContain('973.43亿元 上半年落地项目总投资 2026年上半年（推断） · 嘉兴市');
  });

  test('deterministic; matches the snapshots', async () => {
    expect(await renderChart('chart-investment-h1-2026')).toBe(html);
    await expect(pretty(wide)).toMatchFileSnapshot('./__snapshots__/chart-investment-h1-2026.wide.svg');
    await expect(pretty(narrow)).toMatchFileSnapshot('./__snapshots__/chart-investment-h1-2026.narrow.svg');
  });

  test('a project without an amount fails the build', async () => {
    const data = fixtureData();
    (data.projects.get('qiyuan-ai-cloud')!.amount as { value: unknown }).value = null;
    await expect(renderChart('chart-investment-h1-2026', data)).rejects.toThrow('content/data/projects.yaml → qiyuan-ai-cloud: amount.value is required for the investment chart');
  });
});
