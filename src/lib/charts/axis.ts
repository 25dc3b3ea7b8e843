import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatNumber } from '../format';
import { r1 } from './round';

export interface Tick {
  value: number;
  x: number;
  label: string;
}

/**
 * A linear scale from zero to a round number at or above `max` (d3's nice()), mapped onto
 * [from, to], with about `count` ticks labelled in zh-CN format.
 */
export function zeroBasedAxis(max: number, from: number, to: number, count = 5): { scale: ScaleLinear<number, number>; ticks: Tick[] } {
  if (!Number.isFinite(max) || max <= 0) throw new Error(`axis: expected a positive finite maximum, got ${max}`);
  return signedAxis(0, max, from, to, count);
}

/**
 * A linear scale over [min, max] widened to take in zero and rounded outwards (d3's nice()), mapped
 * onto [from, to], with about `count` ticks; zero is always a tick. For values below zero as well
 * as above (a fall, a loss): bars and lines are still drawn from and against zero.
 */
export function signedAxis(min: number, max: number, from: number, to: number, count = 5): { scale: ScaleLinear<number, number>; ticks: Tick[] } {
  if (!Number.isFinite(min) || !Number.isFinite(max)) throw new Error(`axis: expected a finite range, got ${min} to ${max}`);
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  if (!(high > low)) throw new Error(`axis: expected a range around zero, got ${min} to ${max}`);
  const scale = scaleLinear().domain([low, high]).nice(count).range([from, to]);
  const ticks = scale.ticks(count).map((value) => ({ value, x: r1(scale(value)), label: formatNumber(value) }));
  return { scale, ticks };
}
