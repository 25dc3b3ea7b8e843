/**
 * What a map says in words, from the data: tooltip lines, the SVG's description, names of
 * clusters and areas. Every word comes from the wording group `maps` (and `tiers`, `legend`,
 * `facilities`) in the data's language: pass mapWords(data) (./words.ts); without it, Chinese.
 */
import type { Cluster, Facility, Plan } from '../data/schemas';
import type { Lang } from '../i18n/lang';
import { plainText } from '../i18n/zh-marks';
import { TIER_ORDER } from '../tiers';
import type { MapArea } from './areas';
import type { MemberCity } from './members';
import { wordsOf, type MapWords } from './words';

const ZH = wordsOf('zh');

/** A cluster as readers name it, in `words`' language: "新材料集群", "New materials cluster". */
export function clusterNameOf(cluster: Cluster, words: MapWords): string {
  return words.fill(words.maps.clusterName, { name: cluster.name });
}

/** A cluster's Chinese name, "新材料集群" (one argument, so that `clusters.map(clusterName)` works). */
export const clusterName = (cluster: Cluster): string => clusterNameOf(cluster, ZH);

/** A name with a detail in brackets: "新材料集群（全球性）". */
const named = (name: string, detail: string, words: MapWords) => words.fill(words.maps.named, { name, detail });

/** A cluster's value added in its base year and its last target, as tooltip lines ([] when it has none). */
export function valueLines(cluster: Cluster, words: MapWords = ZH): string[] {
  const value = cluster.valueAdded;
  if (!value) return [];
  const last = lastTarget(cluster);
  return [
    words.fill(words.maps.valueActual, { year: String(value.actual.year), value: words.value(value.actual.value, value.unit) }),
    words.fill(words.maps.valueTarget, { year: String(last.year), value: words.value(last.value, value.unit) }),
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
export function areaName(area: MapArea, words: MapWords = ZH): string {
  return area.kind === 'zone' ? words.fill(words.maps.zoneName, { name: area.name }) : area.name;
}

/** Tooltip lines of an area on a tier map: name, each cluster with its tier, its value added. */
export function tierLines(area: MapArea, words: MapWords = ZH): string[] {
  if (area.clusters.length === 0) return [areaName(area, words), words.fill(words.maps.noCluster, { none: words.tier.none })];
  const clusters = area.clusters.map((cluster) => named(clusterNameOf(cluster, words), words.tier[cluster.tier], words));
  const values = area.clusters.length === 1 ? valueLines(area.clusters[0] as Cluster, words) : [];
  return [areaName(area, words), ...clusters, ...values];
}

/** Tooltip lines of an area on a one-cluster map: whether it is one of the cluster's core areas. */
export function coreLines(area: MapArea, cluster: Cluster, words: MapWords = ZH): string[] {
  const core = area.clusters.includes(cluster);
  const name = clusterNameOf(cluster, words);
  return [
    areaName(area, words),
    core ? words.fill(words.legend.clusterCore, { cluster: name, tier: words.tier[cluster.tier] }) : words.fill(words.maps.notCoreOf, { cluster: words.inText(name) }),
  ];
}

/** Tooltip lines of a facility: name, kind and place, what the source says about it. */
export function facilityLines(facility: Facility, words: MapWords = ZH): string[] {
  return [facility.name, words.fill(words.maps.kindPlace, { kind: words.facility[facility.kind], place: facility.place }), facility.description];
}

/** How a title joins its head to the other lines, and those lines to each other, in each language. */
const TITLE_SEPARATORS: Record<Lang, { head: string; line: string }> = { zh: { head: '：', line: '；' }, en: { head: ': ', line: '; ' } };

/**
 * A one-line title from tooltip lines: "桐乡市：新材料集群（全球性）；2021年增加值：150亿元",
 * "Tongxiang: New materials cluster (Global); Value added in 2021: 15 billion yuan". A separator
 * is one character and the space after it, if any, belongs to the next line, so that tipOf's
 * lengths cut the title back into its lines.
 */
export function titleOf(lines: readonly string[], lang: Lang = 'zh'): string {
  const [head, ...rest] = lines;
  if (head === undefined) throw new Error('titleOf: no lines');
  const { head: colon, line } = TITLE_SEPARATORS[lang];
  return rest.length === 0 ? head : `${head}${colon}${rest.join(line)}`;
}

/**
 * A mark's tooltip as its data-tip carries it: the length of each line of its title as the SVG
 * prints it (plainText), space separated ("3 13 9"); an English line after the first counts the
 * space before it. The words are on the page once, in the title (the accessible name); the
 * tooltip script cuts the title at these lengths (as tipLines does), so a "；" written inside a
 * line stays in that line.
 */
export function tipOf(lines: readonly string[], lang: Lang = 'zh'): string {
  if (lines.length === 0) throw new Error('tipOf: no lines');
  const lead = TITLE_SEPARATORS[lang].line.length - 1;
  return lines.map((line, index) => plainText(line).length + (index === 0 ? 0 : lead)).join(' ');
}

/** The tooltip lines back from a mark's title and data-tip: what src/scripts/reader/map-tooltip.js shows (a line's leading space collapses). */
export function tipLines(title: string, tip: string): string[] {
  let at = 0;
  return tip.split(' ').map((length) => {
    const line = title.slice(at, at + Number(length));
    at += Number(length) + 1;
    return line.trimStart();
  });
}

/** The counties' and zones' names of a description: "南湖区、嘉善县，功能区嘉兴港区". */
function areaNames(counties: readonly string[], zones: readonly string[], words: MapWords, join: (parts: string[]) => string): string {
  const zoneList = zones.length === 0 ? '' : words.fill(zones.length === 1 ? words.maps.zoneOne : words.maps.zoneMany, { names: words.list(zones) });
  return join([counties.length > 0 ? words.list(counties) : '', zoneList].filter(Boolean));
}

/**
 * One sentence saying what a tier map shows, from the data: "2022年“一县一集群”方案中各地集群的
 * 层级——全球性：桐乡市；全国性：秀洲区、嘉善县、海盐县；…".
 */
export function tierDescription(plan: Plan, counties: readonly MapArea[], zones: readonly MapArea[], words: MapWords = ZH): string {
  const segments = TIER_ORDER.flatMap((tier) => {
    const c = counties.filter((area) => area.tier === tier).map((area) => area.name);
    const z = zones.filter((area) => area.tier === tier).map((area) => area.name);
    if (c.length === 0 && z.length === 0) return [];
    return [words.fill(words.maps.tierSegment, { tier: words.tier[tier], names: areaNames(c, z, words, words.parts) })];
  });
  return words.fill(words.maps.tierDescription, { plan: plan.shortName, segments: words.clauses(segments) });
}

/** One sentence saying which areas a one-cluster map highlights. */
export function coreDescription(plan: Plan, cluster: Cluster, counties: readonly MapArea[], zones: readonly MapArea[], words: MapWords = ZH): string {
  const c = counties.filter((area) => area.clusters.includes(cluster)).map((area) => area.name);
  const z = zones.filter((area) => area.clusters.includes(cluster)).map((area) => area.name);
  const values = { plan: plan.shortName, cluster: words.inText(clusterNameOf(cluster, words)), tier: words.tier[cluster.tier] };
  if (c.length === 0 && z.length === 0) return words.fill(words.maps.coreNone, values);
  const both = (parts: string[]) => (parts.length === 2 ? words.fill(words.maps.both, { first: parts[0]!, second: parts[1]! }) : parts.join(''));
  return words.fill(words.maps.coreSome, { ...values, names: areaNames(c, z, words, both) });
}

/** One sentence listing the facilities a map marks. */
export function facilityDescription(facilities: readonly Facility[], words: MapWords = ZH): string {
  const items = facilities.map((f) => named(f.name, words.fill(words.maps.kindPlace, { kind: words.inText(words.facility[f.kind]), place: f.place }), words));
  return words.fill(words.maps.facilityDescription, { count: String(facilities.length), items: words.clauses(items) });
}

/** A cross-city cluster's name: its full name, or "…集群". */
export const crossCityName = (cluster: Cluster, words: MapWords = ZH): string => cluster.fullName ?? clusterNameOf(cluster, words);

/** Tooltip lines of a city on a cross-city cluster's map: listed as a member, or not listed. */
export function memberLines(cluster: Cluster, city: MemberCity, words: MapWords = ZH): string[] {
  if (city.member) return [city.name, words.fill(words.maps.member, { cluster: words.inText(crossCityName(cluster, words)), tier: words.tier[cluster.tier] })];
  return [city.name, cluster.partnersIncomplete ? words.maps.notListedOpen : words.maps.notListed];
}

/** The SVG description of a cross-city cluster's map: which cities the source lists. */
export function memberDescription(cluster: Cluster, cities: readonly MemberCity[], words: MapWords = ZH): string {
  const members = words.list(cities.filter((city) => city.member).map((city) => city.shortName));
  const template = cluster.partnersIncomplete ? words.maps.memberDescriptionOpen : words.maps.memberDescription;
  return words.fill(template, { cluster: crossCityName(cluster, words), tier: words.tier[cluster.tier], members });
}
