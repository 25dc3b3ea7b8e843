import type { Cluster, County, Zone } from '../data/schemas';
import { pick, type DataRecords } from '../data/records';
import { highestTier, TIER_ORDER, type MapTier } from '../tiers';

const TOPOLOGY_FILE = 'content/geo/jiaxing-counties.topo.json';

/** A county (drawn as a polygon) or a functional zone (drawn as a marker) with the clusters that name it. */
export type MapArea =
  | { kind: 'county'; id: string; name: string; record: County; clusters: Cluster[]; tier: MapTier }
  | { kind: 'zone'; id: string; name: string; record: Zone; clusters: Cluster[]; tier: MapTier };

/** The areas of a map: every county (in counties.yaml order) and every zone (in zones.yaml order). */
export interface MapAreas {
  counties: MapArea[];
  zones: MapArea[];
}

/** The clusters a plan assigns, in data order; a plan without clusters is an error. */
export function planClusters(planId: string, data: DataRecords): Cluster[] {
  pick(data, 'plans', planId);
  const clusters = [...data.clusters.values()].filter((cluster) => cluster.plan === planId);
  if (clusters.length === 0) throw new Error(`plan "${planId}": content/data/clusters.yaml has no cluster with plan: ${planId}`);
  return clusters;
}

/**
 * Which of `clusters` name each county and zone as a core area, and the highest of their tiers
 * ("none" where none of them does: the source names no cluster there, and nothing is guessed).
 * `featureIds` are the counties the topology can draw; a cluster naming a county without a
 * feature, or a county record without a feature, is an error rather than a hole in the map.
 */
export function mapAreas(clusters: readonly Cluster[], data: DataRecords, featureIds: readonly string[]): MapAreas {
  const drawable = new Set(featureIds);
  for (const cluster of clusters) {
    for (const code of cluster.counties) {
      if (!drawable.has(code)) {
        throw new Error(`clusters.yaml → ${cluster.id}: names county "${code}", which has no feature in ${TOPOLOGY_FILE} (features: ${featureIds.join(', ')})`);
      }
    }
    for (const zone of cluster.zones) pick(data, 'zones', zone);
  }
  for (const code of data.counties.keys()) {
    if (!drawable.has(code)) throw new Error(`counties.yaml → ${code}: no feature in ${TOPOLOGY_FILE}, so the county cannot be drawn`);
  }
  for (const code of featureIds) pick(data, 'counties', code);

  const rank = (cluster: Cluster) => TIER_ORDER.indexOf(cluster.tier);
  const naming = (test: (cluster: Cluster) => boolean) =>
    clusters.filter(test).sort((a, b) => rank(a) - rank(b));

  const counties = [...data.counties.values()].map((record): MapArea => {
    const named = naming((cluster) => cluster.counties.includes(record.id));
    return { kind: 'county', id: record.id, name: record.name, record, clusters: named, tier: highestTier(named.map((c) => c.tier)) };
  });
  const zones = [...data.zones.values()].map((record): MapArea => {
    const named = naming((cluster) => cluster.zones.includes(record.id));
    return { kind: 'zone', id: record.id, name: record.name, record, clusters: named, tier: highestTier(named.map((c) => c.tier)) };
  });
  return { counties, zones };
}

/** The tiers that occur among some areas, highest first. */
export function tiersPresent(areas: readonly MapArea[]): MapTier[] {
  const present = new Set(areas.map((area) => area.tier));
  return TIER_ORDER.filter((tier) => present.has(tier));
}
