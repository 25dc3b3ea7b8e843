import type { Cluster, Facility, Plan } from '../data/schemas';
import { formatValue } from '../format';
import { TIER_LABEL, TIER_ORDER } from '../tiers';
import type { MapArea } from './areas';
import { FACILITY_KINDS } from './markers';
import type { MemberCity } from './members';

/** A cluster as readers name it: "新材料集群". */
export function clusterName(cluster: Cluster): string {
  return `${cluster.name}集群`;
}

/** A cluster's value added in its base year and its last target, as tooltip lines ([] when it has none). */
export function valueLines(cluster: Cluster): string[] {
  const value = cluster.valueAdded;
  if (!value) return [];
  const last = lastTarget(cluster);
  return [
    `${value.actual.year}年增加值：${formatValue(value.actual.value, value.unit)}`,
    `${last.year}年目标：${formatValue(last.value, value.unit)}`,
  ];
}

/** The latest of a cluster's value-added targets (the schema requires at least one). */
export function lastTarget(cluster: Cluster): { year: number; value: number } {
  const targets = cluster.valueAdded?.targets ?? [];
  const last = [...targets].sort((a, b) => a.year - b.year).at(-1);
  if (!last) throw new Error(`clusters.yaml → ${cluster.id}: valueAdded has no target`);
  return last;
}

/** An area's display name: zones are marked as such, since they are not county-level divisions. */
export function areaName(area: MapArea): string {
  return area.kind === 'zone' ? `${area.name}（功能区）` : area.name;
}

/** Tooltip lines of an area on a tier map: name, each cluster with its tier, its value added. */
export function tierLines(area: MapArea): string[] {
  if (area.clusters.length === 0) return [areaName(area), `${TIER_LABEL.none}为任何集群的核心区`];
  const clusters = area.clusters.map((cluster) => `${clusterName(cluster)}（${TIER_LABEL[cluster.tier]}）`);
  const values = area.clusters.length === 1 ? valueLines(area.clusters[0] as Cluster) : [];
  return [areaName(area), ...clusters, ...values];
}

/** Tooltip lines of an area on a one-cluster map: whether it is one of the cluster's core areas. */
export function coreLines(area: MapArea, cluster: Cluster): string[] {
  const core = area.clusters.includes(cluster);
  return [areaName(area), core ? `${clusterName(cluster)}核心区（${TIER_LABEL[cluster.tier]}）` : `报道未列为${clusterName(cluster)}核心区`];
}

/** Tooltip lines of a facility: name, kind and place, what the source says about it. */
export function facilityLines(facility: Facility): string[] {
  return [facility.name, `${FACILITY_KINDS[facility.kind].label}，${facility.place}`, facility.description];
}

/**
 * A one-line title from tooltip lines: "桐乡市：新材料集群（全球性）；2021年增加值：150亿元". The
 * lines are joined by one character each, so tipOf's lengths cut it back into them.
 */
export function titleOf(lines: readonly string[]): string {
  const [head, ...rest] = lines;
  if (head === undefined) throw new Error('titleOf: no lines');
  return rest.length === 0 ? head : `${head}：${rest.join('；')}`;
}

/**
 * A mark's tooltip as its data-tip carries it: the length of each line of its title, space
 * separated ("3 13 9"). The words are on the page once, in the title (the accessible name); the
 * tooltip script cuts the title at these lengths (as tipLines does), so a "；" written inside a
 * line stays in that line.
 */
export function tipOf(lines: readonly string[]): string {
  if (lines.length === 0) throw new Error('tipOf: no lines');
  return lines.map((line) => line.length).join(' ');
}

/** The tooltip lines back from a mark's title and data-tip: what src/scripts/reader/map-tooltip.js shows. */
export function tipLines(title: string, tip: string): string[] {
  let at = 0;
  return tip.split(' ').map((length) => {
    const line = title.slice(at, at + Number(length));
    at += Number(length) + 1;
    return line;
  });
}

/** Names joined the Chinese way: "南湖区、嘉善县". */
function list(names: readonly string[]): string {
  return names.join('、');
}

/**
 * One sentence saying what a tier map shows, from the data: "2022年“一县一集群”方案中各地集群的
 * 层级——全球性：桐乡市；全国性：秀洲区、嘉善县、海盐县；…".
 */
export function tierDescription(plan: Plan, counties: readonly MapArea[], zones: readonly MapArea[]): string {
  const segments = TIER_ORDER.flatMap((tier) => {
    const c = counties.filter((area) => area.tier === tier).map((area) => area.name);
    const z = zones.filter((area) => area.tier === tier).map((area) => area.name);
    if (c.length === 0 && z.length === 0) return [];
    const names = [c.length > 0 ? list(c) : '', z.length > 0 ? `功能区${list(z)}` : ''].filter(Boolean).join('，');
    return [`${TIER_LABEL[tier]}：${names}`];
  });
  return `${plan.shortName}中各地集群的层级——${segments.join('；')}。`;
}

/** One sentence saying which areas a one-cluster map highlights. */
export function coreDescription(plan: Plan, cluster: Cluster, counties: readonly MapArea[], zones: readonly MapArea[]): string {
  const c = counties.filter((area) => area.clusters.includes(cluster)).map((area) => area.name);
  const z = zones.filter((area) => area.clusters.includes(cluster)).map((area) => area.name);
  const lead = `${plan.shortName}中，${clusterName(cluster)}（${TIER_LABEL[cluster.tier]}）`;
  if (c.length === 0 && z.length === 0) return `${lead}的核心区报道未点名。`;
  const names = [c.length > 0 ? list(c) : '', z.length > 0 ? `功能区${list(z)}` : ''].filter(Boolean).join('和');
  return `${lead}的核心区为${names}；其余地区报道未列为核心区。`;
}

/** One sentence listing the facilities a map marks. */
export function facilityDescription(facilities: readonly Facility[]): string {
  const items = facilities.map((f) => `${f.name}（${FACILITY_KINDS[f.kind].label}，${f.place}）`);
  return `图中以符号标出${facilities.length}处设施所在城镇的大致位置：${items.join('；')}。`;
}

/** Tooltip lines of a city on a cross-city cluster's map: listed as a member, or not listed. */
export function memberLines(cluster: Cluster, city: MemberCity): string[] {
  const name = cluster.fullName ?? clusterName(cluster);
  if (city.member) return [city.name, `${name}成员城市（${TIER_LABEL[cluster.tier]}）`];
  return [city.name, cluster.partnersIncomplete ? '不在报道列出的城市中（名单以“等”结尾）' : '不在报道列出的成员城市中'];
}

/** The SVG description of a cross-city cluster's map: which cities the source lists. */
export function memberDescription(cluster: Cluster, cities: readonly MemberCity[]): string {
  const name = cluster.fullName ?? clusterName(cluster);
  const members = cities.filter((city) => city.member).map((city) => city.shortName).join('、');
  const rest = cluster.partnersIncomplete ? '报道的名单以“等”结尾，其他城市是否参与未作说明。' : '';
  return `浙江省地图，${name}（${TIER_LABEL[cluster.tier]}）：报道列出的成员城市为${members}。${rest}`;
}
