import type { Cluster, Figure, Plan } from '../data/schemas';
import { pick, type SiteData } from '../data/types';
import { mapAreas, planClusters, type MapArea } from '../map/areas';
import { cityBase, countyBase, type CountyBase } from '../map/base';
import { FACILITY_KINDS } from '../map/markers';
import { memberCities } from '../map/members';
import { clusterName, lastTarget } from '../map/wording';
import { TIER_LABEL } from '../tiers';
import type { FigureColumn, FigureRow, FigureTable } from './table';
import { locatorTable } from '../places-map';
import { PLACE_KIND_LABEL } from '../places';

function kindOf(area: MapArea): string {
  return PLACE_KIND_LABEL[area.kind === 'zone' ? 'zone' : area.record.kind];
}

/** The one year all clusters share for a value (base year or last target); differing years are an error. */
function commonYear(clusters: Cluster[], what: string, yearOf: (cluster: Cluster) => number): number | undefined {
  const years = [...new Set(clusters.map(yearOf))];
  if (years.length > 1) {
    const detail = clusters.map((c) => `${c.id} ${yearOf(c)}`).join(', ');
    throw new Error(`clusters.yaml: the ${what} years differ (${detail}), so they cannot share one table column`);
  }
  return years[0];
}

/** Value-added columns (base year and last target) when any of the areas' clusters has them. */
function valueColumns(areas: MapArea[]): { columns: FigureColumn[]; cells: (area: MapArea) => Record<string, number | null> } {
  const clusters = [...new Set(areas.flatMap((area) => area.clusters))].filter((c) => c.valueAdded);
  const actualYear = commonYear(clusters, 'value-added base', (c) => c.valueAdded!.actual.year);
  const targetYear = commonYear(clusters, 'last value-added target', (c) => lastTarget(c).year);
  if (actualYear === undefined || targetYear === undefined) return { columns: [], cells: () => ({}) };
  const unit = clusters[0]!.valueAdded!.unit;
  return {
    columns: [
      { key: 'actual', label: `${actualYear}年增加值（${unit}）`, numeric: true },
      { key: 'target', label: `${targetYear}年目标增加值（${unit}）`, numeric: true },
    ],
    cells: (area) => {
      const only = area.clusters.length === 1 ? area.clusters[0] : undefined;
      return { actual: only?.valueAdded?.actual.value ?? null, target: only?.valueAdded ? lastTarget(only).value : null };
    },
  };
}

/** The row of one area on a tier map; its source is the cluster's (the plan's where none names it). */
function tierRow(area: MapArea, plan: Plan, extra: Record<string, string | number | null>): FigureRow {
  return {
    cells: {
      area: area.name,
      plan: plan.shortName,
      kind: kindOf(area),
      cluster: area.clusters.length > 0 ? area.clusters.map(clusterName).join('、') : null,
      tier: TIER_LABEL[area.tier],
      ...extra,
    },
    source: area.clusters[0]?.source ?? plan.source,
  };
}

function tierTable(figure: Figure, planIds: string[], data: SiteData, base: CountyBase): FigureTable {
  const featureIds = [...base.features.keys()];
  const plans = planIds.map((id) => {
    const { counties, zones } = mapAreas(planClusters(id, data), data, featureIds);
    return { plan: pick(data, 'plans', id), areas: [...counties, ...zones] };
  });
  const values = valueColumns(plans.flatMap((p) => p.areas));
  const several = plans.length > 1;
  const columns: FigureColumn[] = [
    { key: 'area', label: '地区' },
    ...(several ? [{ key: 'plan', label: '方案' }] : []),
    { key: 'kind', label: '类型' },
    { key: 'cluster', label: '集群' },
    { key: 'tier', label: '层级' },
    ...values.columns,
  ];
  const names = plans.map((p) => p.plan.shortName).join('与');
  return {
    caption: `${names}：各县（市、区）和功能区的集群及其层级${values.columns.length > 0 ? '、增加值（亿元）' : ''}（${figure.title}）`,
    columns,
    rows: plans.flatMap(({ plan, areas }) => areas.map((area) => tierRow(area, plan, values.cells(area)))),
  };
}

function clusterTable(figure: Figure, data: SiteData, base: CountyBase): FigureTable {
  if (!figure.cluster) throw new Error(`figures.yaml → ${figure.id}: a cluster-map needs "cluster"`);
  const cluster = pick(data, 'clusters', figure.cluster);
  const { counties, zones } = mapAreas([cluster], data, [...base.features.keys()]);
  const name = clusterName(cluster);
  return {
    caption: `${name}的核心区（${pick(data, 'plans', cluster.plan).shortName}）`,
    columns: [
      { key: 'area', label: '地区' },
      { key: 'kind', label: '类型' },
      { key: 'core', label: `是否为${name}核心区` },
      { key: 'tier', label: '集群层级' },
    ],
    rows: [...counties, ...zones].map((area) => {
      const core = area.clusters.length > 0;
      return {
        cells: { area: area.name, kind: kindOf(area), core: core ? '是' : '报道未列为核心区', tier: core ? TIER_LABEL[cluster.tier] : null },
        source: cluster.source,
      };
    }),
  };
}

function facilityTable(figure: Figure, data: SiteData): FigureTable {
  return {
    caption: `${figure.title}：名称、类型、所在地与报道中的说明`,
    columns: [
      { key: 'name', label: '设施' },
      { key: 'kind', label: '类型' },
      { key: 'place', label: '所在地' },
      { key: 'county', label: '县（市、区）' },
      { key: 'description', label: '说明' },
    ],
    rows: figure.facilities.map((id) => {
      const facility = pick(data, 'facilities', id);
      return {
        cells: {
          name: facility.name,
          kind: FACILITY_KINDS[facility.kind].label,
          place: facility.place,
          county: pick(data, 'counties', facility.county).name,
          description: facility.description,
        },
        source: facility.source,
      };
    }),
  };
}

function memberTable(figure: Figure, data: SiteData, cities: CountyBase): FigureTable {
  return {
    caption: `${figure.title}：浙江各设区市是否为报道列出的成员城市`,
    columns: [
      { key: 'cluster', label: '集群' },
      { key: 'tier', label: '层级' },
      { key: 'city', label: '城市' },
      { key: 'member', label: '报道列出的成员城市' },
    ],
    rows: figure.clusters.flatMap((id) => {
      const cluster = pick(data, 'clusters', id);
      return memberCities(cluster, cities).map((city) => ({
        cells: {
          cluster: cluster.fullName ?? clusterName(cluster),
          tier: TIER_LABEL[cluster.tier],
          city: city.name,
          member: city.member ? '是' : cluster.partnersIncomplete ? '未列出（名单以“等”结尾）' : '否',
        },
        source: cluster.source,
      }));
    }),
  };
}

/**
 * The table of what a map figure plots, one row per mark: each county and zone of a tier map
 * (for both plans of a compare map, with a 方案 column), each county and zone of a cluster map,
 * each facility of a facility map, each Zhejiang city for each cluster of a national-cluster map.
 * Each row cites the record its values come from.
 */
export function mapTable(figure: Figure, data: SiteData, base: CountyBase = countyBase(), cities: CountyBase = cityBase()): FigureTable {
  switch (figure.kind) {
    case 'tier-map':
      if (!figure.plan) throw new Error(`figures.yaml → ${figure.id}: a tier-map needs "plan"`);
      return tierTable(figure, [figure.plan], data, base);
    case 'compare-map':
      if (!figure.plans) throw new Error(`figures.yaml → ${figure.id}: a compare-map needs "plans"`);
      return tierTable(figure, figure.plans, data, base);
    case 'cluster-map':
      return clusterTable(figure, data, base);
    case 'facility-map':
      return facilityTable(figure, data);
    case 'locator-map':
      return locatorTable(figure, data);
    case 'national-cluster-map':
      return memberTable(figure, data, cities);
    default:
      throw new Error(`figures.yaml → ${figure.id}: "${figure.kind}" is not a map kind`);
  }
}
