import { describe, expect, test } from 'vitest';
import type { Cluster } from '../../../src/lib/data/schemas';
import { fixtureData } from '../../helpers/fixture-data';
import type { SiteData } from '../../../src/lib/data/types';
import { mapAreas, planClusters, tiersPresent, type MapArea } from '../../../src/lib/map/areas';
import { jiaxingTopology } from '../../../src/lib/geo';

const data = fixtureData();
const FEATURES = jiaxingTopology.objects.counties.geometries.map((g) => String(g.id));

/** The tier of each area, by name, for readable expectations. */
const tiersByName = (areas: MapArea[]) => Object.fromEntries(areas.map((area) => [area.name, area.tier]));

/** A copy of the data with some clusters replaced (the schema checks ran on the files, not on this). */
function withClusters(base: SiteData, ...clusters: Cluster[]): SiteData {
  const copy = new Map(base.clusters);
  for (const cluster of clusters) copy.set(cluster.id, cluster);
  return { ...base, clusters: copy };
}

describe('mapAreas(clusters, data, featureIds)', () => {
  test('plan-2022: each county takes the tier of the cluster it builds', () => {
    const { counties } = mapAreas(planClusters('plan-2022', data), data, FEATURES);
    expect(tiersByName(counties)).toEqual({
      桐乡市: 'global',
      秀洲区: 'national', 嘉善县: 'national', 海盐县: 'national',
      南湖区: 'regional', 平湖市: 'regional', 海宁市: 'regional',
    });
    expect(counties.every((area) => area.clusters.length === 1)).toBe(true);
    expect(counties.find((area) => area.id === '330483')?.clusters.map((c) => c.id)).toEqual(['p22-tongxiang-materials']);
  });

  test('plan-2022: both functional zones carry their own regional cluster', () => {
    const { zones } = mapAreas(planClusters('plan-2022', data), data, FEATURES);
    expect(zones.map((zone) => [zone.id, zone.tier, zone.clusters.map((c) => c.id)])).toEqual([
      ['jx-etdz', 'regional', ['p22-etdz-food']],
      ['jx-port', 'regional', ['p22-port-hydrogen']],
    ]);
  });

  test('system-2026: the highest tier of the clusters naming a county; "none" where none does', () => {
    const { counties, zones } = mapAreas(planClusters('system-2026', data), data, FEATURES);
    expect(tiersByName(counties)).toEqual({
      平湖市: 'global', 桐乡市: 'global',
      南湖区: 'regional', 嘉善县: 'regional',
      秀洲区: 'none', 海盐县: 'none', 海宁市: 'none',
    });
    expect(counties.filter((area) => area.tier === 'none').every((area) => area.clusters.length === 0)).toBe(true);
    expect(tiersByName(zones)).toEqual({ 嘉兴经济技术开发区: 'regional', 嘉兴港区: 'global' });
  });

  test('a county named by clusters of several tiers takes the highest, clusters listed highest first', () => {
    const ai = data.clusters.get('s26-ai')!;
    const doctored = withClusters(data, { ...ai, counties: [...ai.counties, '330483'] });
    const { counties } = mapAreas(planClusters('system-2026', doctored), doctored, FEATURES);
    const tongxiang = counties.find((area) => area.id === '330483')!;
    expect(tongxiang.tier).toBe('global');
    expect(tongxiang.clusters.map((c) => c.id)).toEqual(['s26-chemicals-materials', 's26-ai']);
  });

  test('a cluster naming a county with no feature in the topology fails, naming the cluster and the code', () => {
    const ai = data.clusters.get('s26-ai')!;
    const doctored = withClusters(data, { ...ai, counties: [...ai.counties, '330499'] });
    expect(() => mapAreas(planClusters('system-2026', doctored), doctored, FEATURES))
      .toThrow(/clusters\.yaml → s26-ai: names county "330499", which has no feature in content\/geo\/jiaxing-counties\.topo\.json/);
  });

  test('a topology missing a county a cluster names fails the same way', () => {
    const without = FEATURES.filter((id) => id !== '330421');
    expect(() => mapAreas(planClusters('plan-2022', data), data, without)).toThrow(/p22-jiashan-ic: names county "330421"/);
  });

  test('a county record without a feature fails even when no cluster names it', () => {
    const without = FEATURES.filter((id) => id !== '330424');
    expect(() => mapAreas(planClusters('system-2026', data), data, without)).toThrow(/counties\.yaml → 330424: no feature/);
  });

  test('a cluster naming an unknown zone fails', () => {
    const ai = data.clusters.get('s26-ai')!;
    const doctored = withClusters(data, { ...ai, zones: ['nowhere'] });
    expect(() => mapAreas([doctored.clusters.get('s26-ai')!], doctored, FEATURES)).toThrow(/unknown zones id "nowhere"/);
  });
});

describe('planClusters(planId, data)', () => {
  test('lists the plan\'s clusters in data order', () => {
    expect(planClusters('plan-2022', data)).toHaveLength(9);
    expect(planClusters('system-2026', data).map((c) => c.id).slice(0, 2)).toEqual(['s26-chemicals-materials', 's26-smart-iot']);
  });

  test('fails on an unknown plan', () => {
    expect(() => planClusters('plan-1999', data)).toThrow(/unknown plans id "plan-1999"/);
  });
});

describe('tiersPresent(areas)', () => {
  test('lists each tier once, highest first', () => {
    const { counties, zones } = mapAreas(planClusters('system-2026', data), data, FEATURES);
    expect(tiersPresent([...counties, ...zones])).toEqual(['global', 'regional', 'none']);
    expect(tiersPresent([])).toEqual([]);
  });
});
