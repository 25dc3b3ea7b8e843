/**
 * A plan's clusters on the county map: each county coloured by the highest tier of the clusters
 * naming it, zones as dots; the legend of the tiers drawn; the table of every county and zone with
 * its clusters, tier and (where the clusters have them) value added. The tier map draws one plan,
 * the compare map two side by side.
 */
import type { Cluster, Plan } from '../data/schemas';
import { pick, type DataRecords } from '../data/records';
import type { FigureColumn, FigureRow, FigureTable } from '../figures/table';
import { mapAreas, planClusters, tiersPresent, type MapArea } from './areas';
import type { CountyBase } from './base';
import type { LegendItem } from './legend';
import { drawMap, drawWideMap, type MapModel, type MapSpec } from './model';
import { clusterNameOf, lastTarget, tierDescription, tierLines } from './wording';
import { countyLabel, mapWords, type MapWords } from './words';
import { langOf } from '../data/types';
import { shiftDecimal, valueAxis } from '../i18n/numbers';
import { areaKind, zoneMark } from './zone-marks';

/** The places a plan's clusters name as core areas. */
export function planPlaces(planId: string, data: DataRecords): string[] {
  return [...data.clusters.values()].filter((cluster) => cluster.plan === planId).flatMap((cluster) => [...cluster.counties, ...cluster.zones]);
}

/** The tier map of one plan, its wide drawing when it stands alone (drawWideMap()), and the areas it colours. */
export function planTierMap(id: string, planId: string, data: DataRecords, title: string, heading: string | undefined, base: CountyBase): { map: MapModel; wide: () => MapModel; areas: MapArea[] } {
  const plan = pick(data, 'plans', planId);
  const words = mapWords(data);
  const { counties, zones } = mapAreas(planClusters(planId, data), data, [...base.features.keys()]);
  const spec: MapSpec = {
    id, title, heading, lang: langOf(data),
    desc: tierDescription(plan, counties, zones, words),
    counties: counties.map((area) => ({ id: area.id, name: countyLabel(area.record, words), fill: area.tier, tier: area.tier, lines: tierLines(area, words) })),
    marks: zones.map((area) => zoneMark(area, `map-zone map-fill-${area.tier}`, tierLines(area, words), area.tier, base)),
  };
  return { map: drawMap(spec, base), wide: () => drawWideMap(spec, base), areas: [...counties, ...zones] };
}

/** The legend of the tiers the areas show, and the zone dot. */
export function tierLegend(areas: MapArea[], words: MapWords): LegendItem[] {
  return [
    ...tiersPresent(areas).map((tier): LegendItem => ({ label: words.tier[tier], swatch: { kind: 'area', fill: tier } })),
    { label: words.legend.zones, swatch: { kind: 'marker', shape: 'circle', className: 'map-zone map-zone-key' } },
  ];
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

/**
 * Value-added columns (base year and last target) when any of the areas' clusters has them, and
 * the unit their headers name: the stored 亿元 in Chinese, converted in English (150亿元 → 15 in
 * "billion yuan", the same conversion as the charts' axes and the map's tooltips).
 */
function valueColumns(areas: MapArea[], words: MapWords, data: DataRecords): { columns: FigureColumn[]; unit: string; cells: (area: MapArea) => Record<string, number | null> } {
  const clusters = [...new Set(areas.flatMap((area) => area.clusters))].filter((c) => c.valueAdded);
  const actualYear = commonYear(clusters, 'value-added base', (c) => c.valueAdded!.actual.year);
  const targetYear = commonYear(clusters, 'last value-added target', (c) => lastTarget(c).year);
  if (actualYear === undefined || targetYear === undefined) return { columns: [], unit: '', cells: () => ({}) };
  const largest = Math.max(...clusters.flatMap((c) => [Math.abs(c.valueAdded!.actual.value), Math.abs(lastTarget(c).value)]));
  const axis = valueAxis(data, clusters[0]!.valueAdded!.unit, words.maps.valueUnit, largest);
  const unit = axis.unit;
  const shown = (value: number | undefined) => (value === undefined ? null : shiftDecimal(value, axis.places));
  return {
    unit,
    columns: [
      { key: 'actual', label: words.fill(words.maps.colActual, { year: String(actualYear), unit }), numeric: true },
      { key: 'target', label: words.fill(words.maps.colTarget, { year: String(targetYear), unit }), numeric: true },
    ],
    cells: (area) => {
      const only = area.clusters.length === 1 ? area.clusters[0] : undefined;
      return { actual: shown(only?.valueAdded?.actual.value), target: shown(only?.valueAdded ? lastTarget(only).value : undefined) };
    },
  };
}

/** The row of one area; its source is the cluster's (the plan's where none names it). */
function tierRow(area: MapArea, plan: Plan, extra: Record<string, string | number | null>, words: MapWords): FigureRow {
  return {
    cells: {
      area: area.name,
      plan: plan.shortName,
      kind: areaKind(area, words),
      cluster: area.clusters.length > 0 ? words.list(area.clusters.map((cluster) => clusterNameOf(cluster, words))) : null,
      tier: words.tier[area.tier],
      ...extra,
    },
    source: area.clusters[0]?.source ?? plan.source,
  };
}

/** The table of the plans' areas (with a 方案 column where there are several plans). */
export function tierTable(title: string, planIds: string[], data: DataRecords, base: CountyBase): FigureTable {
  const featureIds = [...base.features.keys()];
  const words = mapWords(data);
  const plans = planIds.map((id) => {
    const { counties, zones } = mapAreas(planClusters(id, data), data, featureIds);
    return { plan: pick(data, 'plans', id), areas: [...counties, ...zones] };
  });
  const values = valueColumns(plans.flatMap((p) => p.areas), words, data);
  const several = plans.length > 1;
  const columns: FigureColumn[] = [
    { key: 'area', label: words.maps.colArea },
    ...(several ? [{ key: 'plan', label: words.maps.colPlan }] : []),
    { key: 'kind', label: words.maps.colKind },
    { key: 'cluster', label: words.maps.colCluster },
    { key: 'tier', label: words.maps.colTier },
    ...values.columns,
  ];
  const plansNamed = plans.map((p) => p.plan.shortName).reduce((first, second) => words.fill(words.maps.plansBoth, { first, second }));
  return {
    caption: words.fill(values.columns.length > 0 ? words.maps.tierCaptionValues : words.maps.tierCaption, { plans: plansNamed, title, unit: values.unit }),
    columns,
    rows: plans.flatMap(({ plan, areas }) => areas.map((area) => tierRow(area, plan, values.cells(area), words))),
  };
}
