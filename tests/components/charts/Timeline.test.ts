import { describe, expect, test } from 'vitest';
import { count, plain, pretty, renderChart, svgs } from './render';

describe('chart-timeline (timeline)', async () => {
  const html = await renderChart('chart-timeline');
  const items = html.match(/<li class="chart-timeline-item[\s\S]*?<\/li>/g)!;

  test('an ordered list of 9 entries, 2 of them targets tagged 目标', () => {
    expect(count(html, /<ol class="chart-timeline"/)).toBe(1);
    expect(items).toHaveLength(9);
    expect(count(html, /chart-timeline-item--target/)).toBe(2);
    expect(count(html, /chart-timeline-item--event/)).toBe(7);
    expect(count(html, />目标<\/span>/)).toBe(2);
    expect(svgs(html)).toHaveLength(0);
  });

  test('in date order, with machine-readable dates', () => {
    expect(items.map((item) => item.match(/datetime="([^"]+)"/)![1])).toEqual(['2022-07-23', '2022-09-01', '2024', '2024', '2025', '2026-03', '2026', '2027', '2030']);
    expect(plain(items[0]!)).toBe('2022年7月23日 嘉政发〔2022〕13号印发 市政府印发打造先进制造业集群实施方案，按“一县一集群”布局9个集群');
    expect(plain(items[8]!)).toBe('2030年 目标“135N”集群产值占比约80% 目标：“135N”集群规上工业总产值在全市规上工业中的比重达到80%左右');
  });

  test('matches the snapshot', async () => {
    await expect(pretty(html)).toMatchFileSnapshot('./__snapshots__/chart-timeline.html');
  });
});
