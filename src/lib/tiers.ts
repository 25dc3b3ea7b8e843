import type { Tier } from './data/schemas';

/** A county's tier on a map: a cluster tier, or "none" where the source names no cluster there. */
export type MapTier = Tier | 'none';

/** Tiers from highest to lowest, then "none". */
export const TIER_ORDER: readonly MapTier[] = ['global', 'national', 'regional', 'rising', 'none'];

/** How the site names each tier (legend, tooltips, tables). */
export const TIER_LABEL: Record<MapTier, string> = {
  global: '全球性',
  national: '全国性',
  regional: '长三角区域性',
  rising: '高成长性“新星”',
  none: '报道未点名',
};

/** The highest of several tiers ("none" for an empty list). */
export function highestTier(tiers: Iterable<Tier>): MapTier {
  let best: MapTier = 'none';
  for (const tier of tiers) {
    if (TIER_ORDER.indexOf(tier) < TIER_ORDER.indexOf(best)) best = tier;
  }
  return best;
}
