/**
 * What the general chart kinds (bar-chart, line-chart) share: their indicators named by id,
 * one unit for all, and the key of series and of actual versus target marks.
 */
import type { Figure, Indicator } from '../data/schemas';
import { pick, type SiteData } from '../data/types';
import { textWidth } from '../text';
import { dataError } from './fail';
import type { PlacedText } from './geometry';
import { r1 } from './round';
import type { ChartSize } from './sizes';

/** Indicators by id, in order; an unknown id names the figure. */
export function chartIndicators(figure: Figure, data: SiteData, ids: readonly string[]): Indicator[] {
  return ids.map((id) => {
    try {
      return pick(data, 'indicators', id);
    } catch (error) {
      throw dataError('figures', figure.id, `indicators: ${(error as Error).message}`);
    }
  });
}

/** The one unit every plotted indicator shares; two units on one scale is an error naming both. */
export function commonUnit(figure: Figure, indicators: readonly Indicator[], chart: string): string {
  const [first] = indicators;
  if (!first) throw dataError('figures', figure.id, `the ${chart} has no indicators`);
  const other = indicators.find((indicator) => indicator.unit !== first.unit);
  if (other) {
    throw dataError('figures', figure.id, `the ${chart} draws every value on one scale, but "${first.id}" is in ${first.unit} and "${other.id}" in ${other.unit}; use indicators with one unit (or a key-figures figure)`);
  }
  return first.unit;
}

/** One entry of a chart's key: a swatch (series colour, actual or target style) and its label. */
export interface SeriesKey {
  label: PlacedText;
  swatch: { x: number; y: number; width: number; height: number };
  series: number;
  target: boolean;
}

/**
 * The key above a general chart: one entry per series (when there is more than one), then
 * "实际"/"目标" when both kinds are drawn. Entries flow left to right and wrap; returns the
 * entries and the y below them.
 */
export function seriesKey(series: readonly string[], marks: readonly { target: boolean }[], size: ChartSize, shape: 'bar' | 'line'): { key: SeriesKey[]; bottom: number } {
  const fs = size.fontSize;
  const entries: { text: string; series: number; target: boolean }[] = series.length > 1 ? series.map((text, index) => ({ text, series: index, target: false })) : [];
  const hasTarget = marks.some((m) => m.target);
  if (hasTarget && marks.some((m) => !m.target)) entries.push({ text: '实际', series: -1, target: false }, { text: '目标', series: -1, target: true });
  else if (hasTarget) entries.push({ text: '均为目标值', series: -1, target: true });
  const swatchWidth = shape === 'bar' ? Math.round(fs * 0.9) : Math.round(fs * 1.6);
  const line = Math.round(fs * 1.4);
  let x = 0;
  let y = fs;
  const key = entries.map((entry): SeriesKey => {
    const width = swatchWidth + 5 + textWidth(entry.text, fs) + 14;
    if (x > 0 && x + width > size.width) {
      x = 0;
      y += line;
    }
    const item: SeriesKey = {
      swatch: { x: r1(x), y: r1(y - fs * 0.8), width: swatchWidth, height: Math.round(fs * 0.8) },
      label: { x: r1(x + swatchWidth + 5), y: r1(y), text: entry.text, anchor: 'start' },
      series: entry.series,
      target: entry.target,
    };
    x += width;
    return item;
  });
  return { key, bottom: key.length > 0 ? y + 8 : 0 };
}
