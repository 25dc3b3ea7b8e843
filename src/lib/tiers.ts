import type { Tier } from './data/schemas';
import { WORDING } from './wording';

/** A county's tier on a map: a cluster tier, or "none" where the source names no cluster there. */
export type MapTier = Tier | 'none';

/** Tiers from highest to lowest, then "none". */
export const TIER_ORDER: readonly MapTier[] = ['global', 'national', 'regional', 'rising', 'none'];

/** How the site names each tier (legend, tooltips, tables): content/wording.yaml, "tiers". */
export const TIER_LABEL: Record<MapTier, string> = WORDING.tiers;

/** The highest of several tiers ("none" for an empty list). */
export function highestTier(tiers: Iterable<Tier>): MapTier {
  let best: MapTier = 'none';
  for (const tier of tiers) {
    if (TIER_ORDER.indexOf(tier) < TIER_ORDER.indexOf(best)) best = tier;
  }
  return best;
}
