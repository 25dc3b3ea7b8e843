import { describe, expect, test } from 'vitest';
import { count, heard, plain, pretty, renderChart, svgs } from './render';

describe.each([
  ['chart-growth-targets', 7, 3],
  ['chart-pinghu-ai', 7, 0],
  ['chart-national-clusters', 6, 0],
])('%s (key-figures)', async (id, cards, targets) => {
  const html = await renderChart(id);

  test(`${cards} cards in a list, ${targets} marked 目标; no SVG, nothing joining them`, () => {
    expect(count(html, /<ul class="chart-cards"/)).toBe(1);
    expect(count(html, /<li class="chart-card /)).toBe(cards);
    expect(count(html, /chart-card--target/)).toBe(targets);
    expect(count(html, /<span class="chart-tag chart-tag--target">目标<\/span>/)).toBe(targets);
    expect(svgs(html)).toHaveLength(0);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });

  test('matches the snapshot', async () => {
    await expect(pretty(html)).toMatchFileSnapshot(`./__snapshots__/${id}.html`);
  });
});

describe('printed values', () => {
  test('chart-growth-targets: growth tagged 增速, targets with their qualifiers', async () => {
    const html = await renderChart('chart-growth-targets');
    expect(count(html, />增速<\/span>/)).toBe(4);
    const text = plain(html);
    expect(heard(html)).toContain('45.3% 人工智能规上企业营收增长 增速2025年（推断） · 平湖市');
    expect(text).toContain('超1,000亿元 人工智能产业营收目标 目标到2027年 · 嘉兴市');
    expect(text).toContain('约80% “135N”集群产值占比目标 目标到2030年 · 嘉兴市');
    expect(text).toContain('约5,000亿元 全球性集群规模目标 目标未给出年份 · 精细化工与新材料集群');
  });
  test('chart-national-clusters: source precision with zh-CN grouping', async () => {
    const text = plain(await renderChart('chart-national-clusters'));
    for (const value of ['35个', '4个', '1,023.6亿元', '27.75%', '2,278.3亿元', '8.3%']) expect(text).toContain(value);
  });
  test('the number is set apart from its qualifier and unit', async () => {
    const html = await renderChart('chart-growth-targets');
    expect(html).toContain('<span class="chart-card-affix">约</span><span class="chart-card-number">5,000</span><span class="chart-card-affix">亿元</span>');
  });
});
