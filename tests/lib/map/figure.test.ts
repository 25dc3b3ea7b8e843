import { describe, expect, test } from 'vitest';
import { siteDataFromFiles } from '../../../src/lib/data/from-files';
import type { SiteData } from '../../../src/lib/data/types';
import { mapFigure } from '../../../src/lib/map/figure';
import { overlapArea } from '../../../src/lib/map/labels';

const data = siteDataFromFiles();
const figure = (id: string) => data.figures.get(id)!;
const MAP_IDS = ['map-2022-tiers', 'map-2026-tiers', 'map-2022-vs-2026', 'map-cluster-ai', 'map-cluster-materials', 'map-compute-facilities'];

describe('mapFigure(figure, data)', () => {
  test('tier-map 2022: seven counties with their tiers, two zone markers, legend of the tiers present', () => {
    const { maps, legend } = mapFigure(figure('map-2022-tiers'), data);
    expect(maps).toHaveLength(1);
    const [map] = maps;
    expect(Object.fromEntries(map!.counties.map((c) => [c.id, c.tier]))).toEqual({
      330402: 'regional', 330411: 'national', 330421: 'national', 330424: 'national',
      330481: 'regional', 330482: 'regional', 330483: 'global',
    });
    expect(map!.marks.map((m) => [m.id, m.attrs['data-tier']])).toEqual([['jx-etdz', 'regional'], ['jx-port', 'regional']]);
    expect(map!.hatched).toBe(false);
    expect(legend.map((item) => item.label)).toEqual(['全球性', '全国性', '长三角区域性', '功能区（圆点颜色表示其集群层级）']);
  });

  test('tier-map 2026: "none" counties are hatched and in the legend as 报道未点名', () => {
    const { maps, legend } = mapFigure(figure('map-2026-tiers'), data);
    const none = maps[0]!.counties.filter((c) => c.tier === 'none').map((c) => c.id);
    expect(none).toEqual(['330411', '330424', '330481']);
    expect(maps[0]!.counties.filter((c) => c.fill === 'none')).toHaveLength(3);
    expect(maps[0]!.hatched).toBe(true);
    expect(legend.map((item) => item.label)).toEqual(['全球性', '长三角区域性', '报道未点名', '功能区（圆点颜色表示其集群层级）']);
  });

  test('compare-map: two maps on the same projection, ids unique, legend covering both', () => {
    const { maps, legend } = mapFigure(figure('map-2022-vs-2026'), data);
    expect(maps.map((m) => m.id)).toEqual(['map-2022-vs-2026-plan-2022', 'map-2022-vs-2026-system-2026']);
    expect(maps.map((m) => m.heading)).toEqual(['2022年“一县一集群”方案', '2026年“135N”集群体系']);
    expect(maps[0]!.counties.map((c) => c.d)).toEqual(maps[1]!.counties.map((c) => c.d));
    expect(maps[0]!.outline).toBe(maps[1]!.outline);
    expect(legend.filter((item) => item.swatch.kind === 'area').map((item) => item.label)).toEqual(['全球性', '全国性', '长三角区域性', '报道未点名']);
  });

  test('cluster-map: core counties in the cluster\'s tier, the others neutral', () => {
    const { maps } = mapFigure(figure('map-cluster-materials'), data);
    const fills = Object.fromEntries(maps[0]!.counties.map((c) => [c.id, c.fill]));
    expect(fills).toEqual({ 330402: 'base', 330411: 'base', 330421: 'base', 330424: 'base', 330481: 'base', 330482: 'global', 330483: 'global' });
    expect(maps[0]!.marks.map((m) => [m.id, m.className])).toEqual([
      ['jx-etdz', 'map-zone map-zone-other'],
      ['jx-port', 'map-zone map-fill-global'],
    ]);
  });

  test('facility-map: one marker per facility, shapes by kind, one combined label for the shared 平湖 point', () => {
    const { maps, legend } = mapFigure(figure('map-compute-facilities'), data);
    const [map] = maps;
    expect(map!.marks.map((m) => m.id)).toEqual(['wuzhen-supercomputer', 'pinghu-intelligent-computing-centre', 'runze-pinghu', 'yuxin-ai-park']);
    expect(map!.counties.every((c) => c.fill === 'base' && c.tip === undefined && c.tier === undefined)).toBe(true);
    const pinghu = map!.labels.find((label) => label.lines.length === 2)!;
    expect(pinghu.lines.map((l) => l.text)).toEqual(['平湖高性能智算中心', '平湖润泽国际信息港']);
    const [a, b] = map!.marks.filter((m) => m.attrs['data-county'] === '330482');
    expect(a!.d).not.toBe(b!.d);
    expect(legend.map((item) => item.label)).toEqual(['超算中心', '智算中心', '产业园']);
  });

  test.each(MAP_IDS)('%s: no two labels overlap and all stay inside the viewBox', (id) => {
    for (const map of mapFigure(figure(id), data).maps) {
      const boxes = map.labels.map((label) => label.box);
      boxes.forEach((box, i) => {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(map.width);
        boxes.slice(i + 1).forEach((other) => expect(overlapArea(box, other)).toBe(0));
      });
      expect(map.labels.filter((l) => l.className.includes('map-label-county'))).toHaveLength(7);
    }
  });

  test('is deterministic', () => {
    expect(JSON.stringify(mapFigure(figure('map-2026-tiers'), data))).toBe(JSON.stringify(mapFigure(figure('map-2026-tiers'), data)));
  });

  test('a facility whose point lies far from its county fails, naming the record', () => {
    const wuzhen = data.facilities.get('wuzhen-supercomputer')!;
    const doctored: SiteData = { ...data, facilities: new Map(data.facilities).set(wuzhen.id, { ...wuzhen, county: '330424' }) };
    expect(() => mapFigure(figure('map-compute-facilities'), doctored)).toThrow(/facilities\.yaml → wuzhen-supercomputer: point \[120\.49, 30\.74\] is [\d.]+ km outside 330424/);
  });

  test('a chart figure is not a map', () => {
    expect(() => mapFigure(figure('chart-timeline'), data)).toThrow(/"timeline" is not a map kind/);
  });
});
