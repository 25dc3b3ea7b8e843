/**
 * What the general chart kinds (bar-chart, line-chart) share: their indicators named by id,
 * one unit for all, and the key of series and of actual versus target marks.
 */
import type { Indicator } from '../data/schemas';
import { pick, type DataRecords } from '../data/records';
import { textWidth } from '../text';
import { SERIES_COLOUR } from '../theme';
import { dataError } from './fail';
import type { PlacedText } from './geometry';
import { wrapLabel } from './labels';
import { r1 } from './round';
import type { ChartSize } from './sizes';
import type { ChartWords } from './words';

/** Indicators by id, in order; an unknown id names the figure. */
export function chartIndicators(figure: { id: string }, data: DataRecords, ids: readonly string[]): Indicator[] {
  return ids.map((id) => {
    try {
      return pick(data, 'indicators', id);
    } catch (error) {
      throw dataError('figures', figure.id, `indicators: ${(error as Error).message}`);
    }
  });
}

/** The one unit every plotted indicator shares; two units on one scale is an error naming both. */
export function commonUnit(figure: { id: string }, indicators: readonly Indicator[], chart: string): string {
  const [first] = indicators;
  if (!first) throw dataError('figures', figure.id, `the ${chart} has no indicators`);
  const other = indicators.find((indicator) => indicator.unit !== first.unit);
  if (other) {
    throw dataError('figures', figure.id, `the ${chart} draws every value on one scale, but "${first.id}" is in ${first.unit} and "${other.id}" in ${other.unit}; use indicators with one unit (or a key-figures figure)`);
  }
  return first.unit;
}

/** The most series (bars of a group, lines) a general chart draws: one colour each, none repeated. */
export const SERIES_LIMIT = SERIES_COLOUR.length;

/** A chart with more series than there are colours fails, naming the figure and the limit. */
export function requireSeriesLimit(figure: { id: string; kind: string }, count: number, what: string): void {
  if (count > SERIES_LIMIT) {
    throw dataError('figures', figure.id, `a ${figure.kind} draws at most ${SERIES_LIMIT} ${what}, one colour each and none repeated; this one has ${count}. Split it into two figures, or show the numbers as a key-figures figure`);
  }
}

/** One entry of a chart's key: a swatch (series colour, actual or target style) and its label. */
export interface SeriesKey {
  /** The label's lines (a long name wraps to the drawing's width). */
  label: PlacedText[];
  swatch: { x: number; y: number; width: number; height: number };
  series: number;
  target: boolean;
}

/**
 * The key above a general chart: one entry per series (when there is more than one), then
 * "实际"/"目标" (Actual/Target) when both kinds are drawn. Entries flow left to right and wrap; returns the
 * entries and the y below them.
 */
export function seriesKey(series: readonly string[], marks: readonly { target: boolean }[], size: ChartSize, shape: 'bar' | 'line', words: ChartWords): { key: SeriesKey[]; bottom: number } {
  const fs = size.fontSize;
  const entries: { text: string; series: number; target: boolean }[] = series.length > 1 ? series.map((text, index) => ({ text, series: index, target: false })) : [];
  const hasTarget = marks.some((m) => m.target);
  if (hasTarget && marks.some((m) => !m.target)) entries.push({ text: words.charts.keyActual, series: -1, target: false }, { text: words.charts.keyTarget, series: -1, target: true });
  else if (hasTarget) entries.push({ text: words.charts.keyAllTargets, series: -1, target: true });
  const swatchWidth = shape === 'bar' ? Math.round(fs * 0.9) : Math.round(fs * 1.6);
  const line = Math.round(fs * 1.4);
  const room = size.width - swatchWidth - 5;
  let x = 0;
  let y = fs;
  let rowLines = 1;
  const key = entries.map((entry): SeriesKey => {
    const lines = wrapLabel(entry.text, room, fs);
    const width = swatchWidth + 5 + Math.max(...lines.map((text) => textWidth(text, fs))) + 14;
    if (x > 0 && x + width > size.width) {
      x = 0;
      y += rowLines * line;
      rowLines = 1;
    }
    rowLines = Math.max(rowLines, lines.length);
    const item: SeriesKey = {
      swatch: { x: r1(x), y: r1(y - fs * 0.8), width: swatchWidth, height: Math.round(fs * 0.8) },
      label: lines.map((text, index) => ({ x: r1(x + swatchWidth + 5), y: r1(y + index * line), text, anchor: 'start' })),
      series: entry.series,
      target: entry.target,
    };
    x += width;
    return item;
  });
  return { key, bottom: key.length > 0 ? y + (rowLines - 1) * line + 8 : 0 };
}
