import { decimalsOf } from '../format';

/**
 * Checks that a published share (in %) agrees with the counts it was computed from, within the
 * share's printed precision: 322 of 355 is 90.7% (to one decimal). The published figure is what
 * the site prints; this only catches a mistyped count or share. Throws with both numbers otherwise.
 */
export function checkShare(part: number, whole: number, percent: number, where: string): void {
  if (!(whole > 0) || !(part >= 0) || part > whole) {
    throw new Error(`${where}: expected 0 ≤ part ≤ whole and whole > 0, got ${part} of ${whole}`);
  }
  const computed = (part / whole) * 100;
  const tolerance = 0.5 * 10 ** -decimalsOf(percent) + 1e-9;
  if (Math.abs(computed - percent) > tolerance) {
    throw new Error(`${where}: the published share ${percent}% does not match ${part} of ${whole} (${computed.toFixed(2)}%)`);
  }
}
