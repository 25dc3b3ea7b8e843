import { scaleLinear, type ScaleLinear } from 'd3';
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
  const scale = scaleLinear().domain([0, max]).nice(count).range([from, to]);
  const ticks = scale.ticks(count).map((value) => ({ value, x: r1(scale(value)), label: formatNumber(value) }));
  return { scale, ticks };
}
