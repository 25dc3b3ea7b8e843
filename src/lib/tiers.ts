import type { Tier } from './data/schemas';
import { WORDING } from './wording';

/** A county's tier on a map: a cluster tier, or "none" where the source names no cluster there. */
export type MapTier = Tier | 'none';

/** Tiers from highest to lowest, then "none". */
export const TIER_ORDER: readonly MapTier[] = ['global', 'national', 'regional', 'rising', 'none'];

/** How the site names each tier (legend, tooltips, tables): content/wording.yaml, "tiers". */
export const TIER_LABEL: Record<MapTier, string> = WORDING.tiers;

/**
 * Tier colours, light and dark theme (the CSS custom properties --tier-<tier> are generated from
 * these by src/lib/theme.ts). An ordered ramp: lightness carries the tier order, so it reads the
 * same in greyscale print and with colour-vision deficiencies. The global tier stands out most
 * from the paper: darkest on white, lightest on the dark background. "none" is the hatch's
 * background (hatched counties are also marked by the pattern).
 */
export const TIER_COLOUR: Record<MapTier, { light: string; dark: string }> = {
  global: { light: '#1b2a6b', dark: '#c9defc' },
  national: { light: '#2c64a6', dark: '#6aaee6' },
  regional: { light: '#3f9dbf', dark: '#2f87a0' },
  rising: { light: '#9ad6c6', dark: '#245660' },
  none: { light: '#d9d6cf', dark: '#3a3a3a' },
};

/** The highest of several tiers ("none" for an empty list). */
export function highestTier(tiers: Iterable<Tier>): MapTier {
  let best: MapTier = 'none';
  for (const tier of tiers) {
    if (TIER_ORDER.indexOf(tier) < TIER_ORDER.indexOf(best)) best = tier;
  }
  return best;
}
