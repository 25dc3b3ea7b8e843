import type { Cluster, Figure } from '../data/schemas';
import { pick, type SiteData } from '../data/types';
import { TIER_LABEL, type MapTier } from '../tiers';
import { fill, WORDING } from '../wording';
import { mapAreas, planClusters, tiersPresent, type MapArea } from './areas';
import { cityBase, countyBase, type CountyBase } from './base';
import { assertInCounties } from './locate';
import { FACILITY_KINDS, type MarkerShape } from './markers';
import { drawMap, type CountyFill, type MapModel, type MarkInput } from './model';
import {
  clusterName, coreDescription, coreLines, facilityDescription, facilityLines, memberDescription, memberLines, tierDescription, tierLines,
} from './wording';
import { locatorMap } from '../places-map';
import { memberCities } from './members';

/** One entry of a map legend: a swatch (an area fill or a marker glyph) and what it means. */
export interface LegendItem {
  label: string;
  swatch: { kind: 'area'; fill: CountyFill } | { kind: 'marker'; shape: MarkerShape; className: string };
}

/** The maps of a figure (two for a compare map) and their shared legend. */
export interface MapFigure {
  maps: MapModel[];
  legend: LegendItem[];
}

/** Checks that a marker's point lies in the county (or one of the counties) its record names. */
function checkPlace(what: string, point: [number, number], countyIds: readonly string[], base: CountyBase): void {
  assertInCounties(what, point, countyIds.map((id) => {
    const feature = base.features.get(id);
    if (!feature) throw new Error(`${what}: county "${id}" has no feature in the topology`);
    return { id, feature };
  }));
}

function zoneMark(area: MapArea, className: string, lines: string[], tier: MapTier, base: CountyBase): MarkInput {
  if (area.kind !== 'zone') throw new Error(`zoneMark: ${area.id} is not a zone`);
  checkPlace(`zones.yaml → ${area.id}`, area.record.point, area.record.counties, base);
  return {
    id: area.id, point: area.record.point, shape: 'circle', className, lines, county: area.record.counties[0],
    label: [area.record.shortName], attrs: { 'data-zone': area.id, 'data-tier': tier },
  };
}

/** A tier map of one plan: counties coloured by the highest tier of the clusters naming them, zones as dots. */
function tierMap(id: string, planId: string, data: SiteData, title: string, heading: string | undefined, base: CountyBase): { map: MapModel; areas: MapArea[] } {
  const plan = pick(data, 'plans', planId);
  const { counties, zones } = mapAreas(planClusters(planId, data), data, [...base.features.keys()]);
  const map = drawMap({
    id, title, heading,
    desc: tierDescription(plan, counties, zones),
    counties: counties.map((area) => ({ id: area.id, name: area.name, fill: area.tier, tier: area.tier, lines: tierLines(area) })),
    marks: zones.map((area) => zoneMark(area, `map-zone map-fill-${area.tier}`, tierLines(area), area.tier, base)),
  }, base);
  return { map, areas: [...counties, ...zones] };
}

function tierLegend(areas: MapArea[]): LegendItem[] {
  return [
    ...tiersPresent(areas).map((tier): LegendItem => ({ label: TIER_LABEL[tier], swatch: { kind: 'area', fill: tier } })),
    { label: WORDING.legend.zones, swatch: { kind: 'marker', shape: 'circle', className: 'map-zone map-zone-key' } },
  ];
}

/** A map of one cluster's core areas: those in the cluster's tier colour, the rest neutral. */
function clusterMap(figure: Figure, cluster: Cluster, data: SiteData, base: CountyBase): MapFigure {
  const plan = pick(data, 'plans', cluster.plan);
  const { counties, zones } = mapAreas([cluster], data, [...base.features.keys()]);
  const map = drawMap({
    id: figure.id, title: figure.title,
    desc: coreDescription(plan, cluster, counties, zones),
    counties: counties.map((area) => ({
      id: area.id, name: area.name, fill: area.tier === 'none' ? 'base' : area.tier, tier: area.tier, lines: coreLines(area, cluster),
    })),
    marks: zones.map((area) => zoneMark(area, area.tier === 'none' ? 'map-zone map-zone-other' : `map-zone map-fill-${area.tier}`, coreLines(area, cluster), area.tier, base)),
  }, base);
  const name = clusterName(cluster);
  return {
    maps: [map],
    legend: [
      { label: fill(WORDING.legend.clusterCore, { cluster: name, tier: TIER_LABEL[cluster.tier] }), swatch: { kind: 'area', fill: cluster.tier } },
      { label: WORDING.legend.notCore, swatch: { kind: 'area', fill: 'base' } },
      { label: fill(WORDING.legend.zoneCore, { cluster: name }), swatch: { kind: 'marker', shape: 'circle', className: `map-zone map-fill-${cluster.tier}` } },
      { label: WORDING.legend.zoneNotCore, swatch: { kind: 'marker', shape: 'circle', className: 'map-zone map-zone-other' } },
    ],
  };
}

/** Named facilities as marks on the neutral county map, shape and colour by kind. */
function facilityMap(figure: Figure, data: SiteData, base: CountyBase): MapFigure {
  const facilities = figure.facilities.map((id) => pick(data, 'facilities', id));
  const map = drawMap({
    id: figure.id, title: figure.title,
    desc: facilityDescription(facilities),
    counties: [...data.counties.values()].map((county) => ({ id: county.id, name: county.name, fill: 'base' as const })),
    marks: facilities.map((facility): MarkInput => {
      const kind = FACILITY_KINDS[facility.kind];
      checkPlace(`facilities.yaml → ${facility.id}`, facility.point, [facility.county], base);
      return {
        id: facility.id, point: facility.point, shape: kind.shape, className: `map-facility ${kind.className}`,
        lines: facilityLines(facility), label: facility.mapLabel ?? [facility.name], county: facility.county,
        attrs: { 'data-facility': facility.id, 'data-kind': facility.kind, 'data-county': facility.county },
      };
    }),
  }, base);
  const kinds = (Object.keys(FACILITY_KINDS) as (keyof typeof FACILITY_KINDS)[]).filter((kind) => facilities.some((f) => f.kind === kind));
  return {
    maps: [map],
    legend: kinds.map((kind) => ({ label: FACILITY_KINDS[kind].label, swatch: { kind: 'marker', shape: FACILITY_KINDS[kind].shape, className: `map-facility ${FACILITY_KINDS[kind].className}` } })),
  };
}

/** One panel per cross-city cluster: the Zhejiang cities the source lists as members in the cluster's tier colour. */
function nationalClusterMap(figure: Figure, data: SiteData, base: CountyBase): MapFigure {
  const clusters = figure.clusters.map((id) => pick(data, 'clusters', id));
  const maps = clusters.map((cluster) => {
    const cities = memberCities(cluster, base);
    const heading = cluster.fullName ?? clusterName(cluster);
    return drawMap({
      id: `${figure.id}-${cluster.id}`, title: `${figure.title}：${heading}`, heading,
      desc: memberDescription(cluster, cities),
      counties: cities.map((city) => ({
        id: city.id, name: city.shortName, fill: city.member ? cluster.tier : 'base', tier: city.member ? cluster.tier : undefined,
        lines: memberLines(cluster, city),
      })),
      marks: [],
    }, base);
  });
  const tiers = [...new Set(clusters.map((cluster) => cluster.tier))];
  const incomplete = clusters.some((cluster) => cluster.partnersIncomplete);
  return {
    maps,
    legend: [
      ...tiers.map((tier): LegendItem => ({ label: `报道列出的成员城市（${TIER_LABEL[tier]}集群）`, swatch: { kind: 'area', fill: tier } })),
      { label: incomplete ? '报道未列出' : '报道未列为成员', swatch: { kind: 'area', fill: 'base' } },
    ],
  };
}

/** The maps and legend of a map figure (tier-map, compare-map, cluster-map, facility-map or national-cluster-map). */
export function mapFigure(figure: Figure, data: SiteData, base: CountyBase = countyBase(), cities: CountyBase = cityBase()): MapFigure {
  const need = <T>(value: T | undefined, field: string): T => {
    if (value === undefined) throw new Error(`figures.yaml → ${figure.id}: a ${figure.kind} needs "${field}"`);
    return value;
  };
  switch (figure.kind) {
    case 'tier-map': {
      const { map, areas } = tierMap(figure.id, need(figure.plan, 'plan'), data, figure.title, undefined, base);
      return { maps: [map], legend: tierLegend(areas) };
    }
    case 'compare-map': {
      const panels = need(figure.plans, 'plans').map((planId) => {
        const heading = pick(data, 'plans', planId).shortName;
        return tierMap(`${figure.id}-${planId}`, planId, data, `${figure.title}：${heading}`, heading, base);
      });
      return { maps: panels.map((panel) => panel.map), legend: tierLegend(panels.flatMap((panel) => panel.areas)) };
    }
    case 'cluster-map':
      return clusterMap(figure, pick(data, 'clusters', need(figure.cluster, 'cluster')), data, base);
    case 'facility-map':
      return facilityMap(figure, data, base);
    case 'locator-map':
      return locatorMap(figure, data, base);
    case 'national-cluster-map':
      return nationalClusterMap(figure, data, cities);
    default:
      throw new Error(`figures.yaml → ${figure.id}: "${figure.kind}" is not a map kind`);
  }
}
