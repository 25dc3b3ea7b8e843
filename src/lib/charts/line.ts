/**
 * The general line chart (figure kind "line-chart"), filled from YAML alone: each line is one
 * measure at several dates (two dates make a slope chart), on a zero-based scale, every point
 * labelled with its value as published. Targets are hollow points on a dashed segment.
 */
import { scaleLinear } from 'd3';
import type { Figure, Indicator } from '../data/schemas';
import type { SiteData } from '../data/types';
import type { FigureTable } from '../figures/table';
import { textWidth } from '../text';
import { zeroBasedAxis } from './axis';
import { KIND_LABEL, valueParts } from './cards';
import { dataError, requireNumber } from './fail';
import type { PlacedText } from './geometry';
import { chartIndicators, commonUnit, seriesKey, type SeriesKey } from './general';
import { r1 } from './round';
import type { ChartSize } from './sizes';

const CHART = 'line chart';

export interface LinePoint {
  indicator: Indicator;
  year: number;
  text: string;
  target: boolean;
}

export interface LineModel {
  figureId: string;
  unit: string;
  lines: { label: string; points: LinePoint[] }[];
  /** Every year a point falls on, ascending. */
  years: number[];
  max: number;
}

function point(figure: Figure, indicator: Indicator): LinePoint {
  requireNumber(indicator.value, 'indicators', indicator.id, 'value', CHART);
  const year = indicator.period.year;
  if (year === undefined) throw dataError('indicators', indicator.id, `period.year is required to place it on the time axis of line chart "${figure.id}"`);
  return { indicator, year, text: valueParts(indicator, CHART).text, target: indicator.kind === 'target' };
}

/** The line chart's records, validated: one unit, a year for every point, years rising along each line. */
export function lineModel(figure: Figure, data: SiteData): LineModel {
  if (!figure.lines || figure.lines.length === 0) throw dataError('figures', figure.id, 'a line-chart needs "lines"');
  const lines = figure.lines.map((line) => {
    const points = chartIndicators(figure, data, line.indicators).map((indicator) => point(figure, indicator));
    points.forEach((p, index) => {
      const before = points[index - 1];
      if (before && p.year <= before.year) {
        throw dataError('figures', figure.id, `line "${line.label}": "${p.indicator.id}" (${p.year}) does not come after "${before.indicator.id}" (${before.year}); list a line's indicators oldest first, one per year`);
      }
    });
    return { label: line.label, points };
  });
  const all = lines.flatMap((line) => line.points);
  const negative = all.find((p) => p.indicator.value < 0);
  if (negative) throw dataError('indicators', negative.indicator.id, `value ${negative.indicator.value} is negative; the line chart's scale starts at zero`);
  const max = Math.max(...all.map((p) => p.indicator.value));
  if (!(max > 0)) throw dataError('figures', figure.id, 'every value of the line chart is 0: there is nothing to draw');
  return {
    figureId: figure.id,
    unit: commonUnit(figure, all.map((p) => p.indicator), CHART),
    lines,
    years: [...new Set(all.map((p) => p.year))].sort((a, b) => a - b),
    max,
  };
}

/** The line chart's table: one row per point, with its source. */
export function lineTable(model: LineModel): FigureTable {
  return {
    caption: `折线图：${model.lines.map((line) => line.label).join('、')}`,
    columns: [
      { key: 'line', label: '线' },
      { key: 'date', label: '时间' },
      { key: 'value', label: `数值（${model.unit}，按报道）` },
      { key: 'kind', label: '类型' },
      { key: 'scope', label: '范围' },
    ],
    rows: model.lines.flatMap((line) => line.points.map((p) => ({
      cells: { line: line.label, date: p.indicator.period.label, value: p.text, kind: KIND_LABEL[p.indicator.kind], scope: p.indicator.scope },
      source: p.indicator.source,
    }))),
  };
}

/** One sentence saying what the SVG shows, for its <desc>. */
export function lineDescription(model: LineModel): string {
  const lines = model.lines.map((line) => `${line.label}：${line.points.map((p) => `${p.indicator.period.label}${p.text}${p.target ? '（目标）' : ''}`).join('，')}`);
  return `折线图（单位${model.unit}）。${lines.join('；')}。`;
}

const yearLabel = (year: number) => `${year}年`;

export interface LineLayout {
  size: ChartSize;
  width: number;
  height: number;
  key: SeriesKey[];
  caption: PlacedText;
  grid: { y: number; label: PlacedText }[];
  years: PlacedText[];
  left: number;
  right: number;
  lines: {
    series: number;
    segments: { x1: number; y1: number; x2: number; y2: number; target: boolean }[];
    points: { id: string; cx: number; cy: number; target: boolean; value: PlacedText }[];
  }[];
}

/** Geometry of the line chart at one size, every coordinate rounded to 0.1. */
export function lineLayout(model: LineModel, size: ChartSize): LineLayout {
  const fs = size.fontSize;
  const W = size.width;
  const { key, bottom: keyBottom } = seriesKey(model.lines.length > 1 ? model.lines.map((line) => line.label) : [], model.lines.flatMap((line) => line.points), size, 'line');
  const captionY = keyBottom + fs;
  const plotTop = captionY + 2 * fs + 8; // room for a value label above the highest point
  const plotBottom = plotTop + (size.stacked ? 200 : 220);
  const { scale: y, ticks } = zeroBasedAxis(model.max, plotBottom, plotTop, 4);
  const gutter = Math.max(...ticks.map((tick) => textWidth(tick.label, fs))) + 8;
  const labels = [...model.lines.flatMap((line) => line.points.map((p) => p.text)), ...model.years.map(yearLabel)];
  const pad = Math.max(...labels.map((text) => textWidth(text, fs))) / 2 + 6;
  const left = gutter + pad;
  const right = W - pad;
  const first = model.years[0]!;
  const last = model.years[model.years.length - 1]!;
  const x = first === last ? () => (left + right) / 2 : scaleLinear().domain([first, last]).range([left, right]);
  return {
    size,
    width: W,
    height: r1(plotBottom + fs + 12),
    key,
    caption: { x: 0, y: r1(captionY), text: `单位：${model.unit}`, anchor: 'start' },
    grid: ticks.map((tick) => ({ y: tick.x, label: { x: r1(gutter - 6), y: r1(tick.x + fs * 0.35), text: tick.label, anchor: 'end' } })),
    years: model.years.map((year) => ({ x: r1(x(year)), y: r1(plotBottom + fs + 6), text: yearLabel(year), anchor: 'middle' })),
    left: r1(gutter),
    right: r1(W),
    lines: model.lines.map((line, series) => {
      const at = line.points.map((p) => ({ p, cx: r1(x(p.year)), cy: r1(y(p.indicator.value)) }));
      return {
        series,
        segments: at.slice(1).map((end, index) => ({ x1: at[index]!.cx, y1: at[index]!.cy, x2: end.cx, y2: end.cy, target: end.p.target })),
        points: at.map(({ p, cx, cy }) => ({ id: p.indicator.id, cx, cy, target: p.target, value: { x: cx, y: r1(cy - 9), text: p.text, anchor: 'middle' as const } })),
      };
    }),
  };
}
