import { describe, expect, test } from 'vitest';
import { fixtureData } from '../../helpers/fixture-data';
import type { SiteData } from '../../../src/lib/data/types';
import { sceneOf } from '../../../src/lib/figures/scene';
import { tableSources } from '../../../src/lib/figures/table';
import { toCsv } from '../../../src/lib/csv';
import { figureOf } from '../charts/fixtures';

const data = fixtureData();
/** A map figure's table, from its scene. */
const table = (id: string, d: SiteData = data) => sceneOf(d.figures.get(id)!, d).table;
const row = (t: ReturnType<typeof table>, area: string, plan?: string) =>
  t.rows.find((r) => r.cells.area === area && (plan === undefined || r.cells.plan === plan))!;

describe("a map figure's table (sceneOf(figure, data).table)", () => {
  test('tier-map 2022: one row per county and zone, with value added and target in 亿元', () => {
    const t = table('map-2022-tiers');
    expect(t.rows).toHaveLength(9);
    expect(t.columns.map((c) => c.label)).toEqual(['地区', '类型', '集群', '层级', '2021年增加值（亿元）', '2025年目标增加值（亿元）']);
    expect(row(t, '桐乡市').cells).toMatchObject({ kind: '县级市', cluster: '新材料集群', tier: '全球性', actual: 150, target: 430 });
    expect(row(t, '嘉兴港区').cells).toMatchObject({ kind: '功能区', cluster: '氢能集群', tier: '长三角区域性', actual: 25, target: 70 });
    expect(t.rows.reduce((sum, r) => sum + (r.cells.actual as number), 0)).toBe(500);
    expect(tableSources(t)).toEqual(['plan-2022-doc']);
    expect(t.caption).toContain('2022年“一县一集群”方案');
  });

  test('tier-map 2026: no value columns; unnamed counties have no cluster and the tier 报道未点名', () => {
    const t = table('map-2026-tiers');
    expect(t.rows).toHaveLength(9);
    expect(t.columns.map((c) => c.key)).toEqual(['area', 'kind', 'cluster', 'tier']);
    expect(row(t, '海宁市').cells).toMatchObject({ cluster: null, tier: '报道未点名' });
    expect(row(t, '平湖市').cells).toMatchObject({ cluster: '精细化工与新材料集群', tier: '全球性' });
    expect(tableSources(t)).toEqual(['evening-2026-135n']);
  });

  test('compare-map: rows for both plans with a 方案 column, and a CSV with a cell for every column', () => {
    const t = table('map-2022-vs-2026');
    expect(t.rows).toHaveLength(18);
    expect(t.columns.map((c) => c.label).slice(0, 2)).toEqual(['地区', '方案']);
    expect(row(t, '桐乡市', '2022年“一县一集群”方案').cells).toMatchObject({ actual: 150, target: 430 });
    expect(row(t, '桐乡市', '2026年“135N”集群体系').cells).toMatchObject({ actual: null, target: null, tier: '全球性' });
    expect(tableSources(t)).toEqual(['plan-2022-doc', 'evening-2026-135n']);
    expect(toCsv(t, data.sources).split('\r\n')[0]).toBe('地区,方案,类型,集群,层级,2021年增加值（亿元）,2025年目标增加值（亿元）,来源');
  });

  test('cluster-map: every county and zone, core areas marked', () => {
    const t = table('map-cluster-ai');
    expect(t.rows).toHaveLength(9);
    expect(t.rows.filter((r) => r.cells.core === '是').map((r) => r.cells.area)).toEqual(['南湖区', '嘉善县', '嘉兴经济技术开发区']);
    expect(row(t, '平湖市').cells).toMatchObject({ core: '报道未列为核心区', tier: null });
    expect(tableSources(t)).toEqual(['evening-2026-135n']);
  });

  test('facility-map: one row per facility, each citing its own source', () => {
    const t = table('map-compute-facilities');
    expect(t.rows.map((r) => r.cells.name)).toEqual(['“乌镇之光”超算中心', '平湖高性能智算中心', '平湖润泽国际信息港', '余新镇人工智能产业园']);
    expect(t.rows.map((r) => r.source)).toEqual(['agency-2025-compute', 'pinghu-2026-ai-projects', 'agency-2025-compute', 'agency-2025-compute']);
    expect(t.rows[3]!.cells).toMatchObject({ kind: '产业园', place: '南湖区余新镇', county: '南湖区' });
  });

  test('national-cluster-map: each Zhejiang city once per cluster, listed members marked, citing the cluster', () => {
    const figure = figureOf('map-national-clusters', 'national-cluster-map', data);
    const t = table('map-national-clusters');
    expect(t.columns.map((c) => c.key)).toEqual(['cluster', 'tier', 'city', 'member']);
    expect(t.rows).toHaveLength(11 * figure.clusters.length);
    for (const id of figure.clusters) {
      const cluster = data.clusters.get(id)!;
      const rows = t.rows.filter((r) => r.cells.cluster === cluster.fullName);
      expect(rows.filter((r) => r.cells.member === '是').map((r) => String(r.cells.city).replace(/市$/, '')).sort()).toEqual([...cluster.partners].sort());
      expect(new Set(rows.filter((r) => r.cells.member !== '是').map((r) => r.cells.member)))
        .toEqual(new Set([cluster.partnersIncomplete ? '未列出（名单以“等”结尾）' : '否']));
      expect(new Set(rows.map((r) => r.source))).toEqual(new Set([cluster.source]));
    }
  });

  test('value-added years that differ between clusters cannot share a column', () => {
    const nanhu = data.clusters.get('p22-nanhu-microelectronics')!;
    const doctored: SiteData = {
      ...data,
      clusters: new Map(data.clusters).set(nanhu.id, { ...nanhu, valueAdded: { ...nanhu.valueAdded!, actual: { year: 2020, value: 40 } } }),
    };
    expect(() => table('map-2022-tiers', doctored)).toThrow(/value-added base years differ \(.*p22-nanhu-microelectronics 2020/);
  });
});
