import { describe, expect, test } from 'vitest';
import { fixtureData } from '../../helpers/fixture-data';
import { computeModel } from '../../../src/lib/figures/kinds/compute-chart/model';
import { figureOf } from '../../lib/charts/fixtures';
import { count, heard, plain, pretty, renderChart, svgProblems, svgs, svgTexts, visible } from './render';

describe('chart-compute-share (compute-chart)', async () => {
  const html = await renderChart('chart-compute-share');
  const [waffle] = svgs(html) as [string];

  test('one waffle SVG: a square per cell of the share, as many filled as the model fills', () => {
    expect(svgs(html)).toHaveLength(1);
    expect(svgProblems(waffle)).toEqual([]);
    // One path per state, one closed square per cell of the model (made from the share indicator's record).
    const cells = computeModel(figureOf('chart-compute-share', 'compute-chart'), fixtureData()).cells;
    const squares = (cls: string) => count(waffle.match(new RegExp(`<path class="${cls}" d="([^"]*)"`))?.[1] ?? '', /h20v20h-20z/);
    expect(squares('chart-cell') + squares('chart-cell chart-cell--filled')).toBe(cells.length);
    expect(squares('chart-cell chart-cell--filled')).toBe(cells.filter((cell) => cell.filled).length);
  });

  test('the value keeps its "about": 约65%', () => {
    expect(svgTexts(waffle)).toEqual(['约65%', '已投运算力规模占全省比重', '2025年秋* · 嘉兴市 / 浙江省', '每格代表1%，共100格']);
    expect(waffle).toContain('<desc id="chart-compute-share-svg-desc">已投运算力规模占全省比重约65%（2025年秋（推断），嘉兴市 / 浙江省）：100个方格中65个填色，每格代表1%。</desc>');
  });

  test('six annotated cards; the two project counts side by side with their dates, never added up', () => {
    expect(count(html, /<li class="chart-card /)).toBe(6);
    const building = html.match(/<li class="chart-card chart-card--count" data-id="compute-projects-building-2025">[\s\S]*?<\/li>/)![0];
    expect(count(building, /class="chart-card-value"/)).toBe(2);
    expect(visible(building)).toBe('5个 截至2025年秋* 4个 2026年* 在建算力项目 嘉兴市');
    expect(plain(html)).not.toContain('9个');
    expect(heard(html)).toContain('14个 全国超算中心 2026年（推断） · 全国');
    expect(plain(html)).toContain('全省首个万卡算力集群 2024年');
    expect(plain(html)).toContain('平湖高性能智算中心 平湖市');
    expect(plain(html)).toContain('平湖润泽国际信息港 平湖市');
  });

  test('deterministic; matches the snapshots', async () => {
    expect(await renderChart('chart-compute-share')).toBe(html);
    await expect(pretty(waffle)).toMatchFileSnapshot('./__snapshots__/chart-compute-share.svg');
    await expect(pretty(html)).toMatchFileSnapshot('./__snapshots__/chart-compute-share.html');
  });

  test('a share that is not a number fails the build', async () => {
    const data = fixtureData();
    (data.indicators.get('compute-share-zhejiang-2025') as { value: unknown }).value = '约65';
    await expect(renderChart('chart-compute-share', data)).rejects.toThrow('content/data/indicators.yaml → compute-share-zhejiang-2025: value must be a finite number for the compute chart, got "约65"');
  });
});
