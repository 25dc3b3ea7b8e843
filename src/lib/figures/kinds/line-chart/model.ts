/**
 * The general line chart (figure kind "line-chart"), filled from YAML alone: each line is one
 * measure at several dates (two dates make a slope chart), on a scale from zero (running below
 * zero when a value does), up to eight lines in eight colours. One or two lines: every point
 * labelled with its value as published; three or more: each line labelled at its end with its
 * name and last value, labels moved apart so none overlap. Targets are hollow points on a dashed
 * segment; a line that skips a year the chart shows is broken there.
 */
import { scaleLinear } from 'd3-scale';
import type { Indicator } from '../../../data/schemas';
import type { DataRecords } from '../../../data/records';
import type { FigureTable } from '../../table';
import { textWidth } from '../../../text';
import { signedAxis } from '../../../charts/axis';
import { valueParts } from '../../../charts/cards';
import { dataError, requireNumber } from '../../../charts/fail';
import type { PlacedText, Rect } from '../../../charts/geometry';
import { chartIndicators, commonUnit, requireSeriesLimit, seriesKey, type SeriesKey } from '../../../charts/general';
import { dodge, wrapLabel } from '../../../charts/labels';
import { r1 } from '../../../charts/round';
import type { ChartSize } from '../../../charts/sizes';
import { chartWords, storedIndicator, type ChartWords } from '../../../charts/words';
import { valueAxis } from '../../../i18n/numbers';

const CHART = 'line chart';

export interface LinePoint {
  indicator: Indicator;
  year: number;
  text: string;
  target: boolean;
}

export interface LineModel {
  figureId: string;
  /** The words and numbers of the data's language. */
  words: ChartWords;
  /** The unit as the data names it ("亿元"; English: what is counted, "yuan"). */
  unit: string;
  /** The value axis: stored values × factor are the numbers on it, in `unit` ("亿元"; "billion yuan"). */
  axis: { factor: number; unit: string };
  lines: {
    label: string;
    points: LinePoint[];
    /** Indexes i of the points not joined to point i + 1: the line has no value for a year between them that the chart shows. */
    breaks: number[];
    /** The years of the chart this line skips between its first and last point, where it is broken. */
    missing: number[];
  }[];
  /** Every year a point falls on, ascending. */
  years: number[];
  /** The lowest and the highest value; below zero, the scale runs below zero too. */
  min: number;
  max: number;
}

function point(figure: { id: string }, indicator: Indicator, words: ChartWords): LinePoint {
  requireNumber(indicator.value, 'indicators', indicator.id, 'value', CHART);
  const year = indicator.period.year;
  if (year === undefined) throw dataError('indicators', indicator.id, `period.year is required to place it on the time axis of line chart "${figure.id}"`);
  return { indicator, year, text: valueParts(indicator, CHART, words).text, target: indicator.kind === 'target' };
}

/** What a line chart's record says: its lines, each a label and indicators oldest first. */
export interface LineFigure {
  id: string;
  kind: string;
  lines: readonly { label: string; indicators: readonly string[] }[];
}

/**
 * The line chart's records, validated: at most SERIES_LIMIT lines, one unit, a year for every
 * point, years rising along each line. A line that skips a year the chart shows (another line has
 * a value for it) is broken there rather than joined across it; a dashed segment into a target is
 * kept, as it claims nothing about the years in between.
 */
export function lineModel(figure: LineFigure, data: DataRecords): LineModel {
  if (!figure.lines || figure.lines.length === 0) throw dataError('figures', figure.id, 'a line-chart needs "lines"');
  requireSeriesLimit(figure, figure.lines.length, 'lines');
  const words = chartWords(data);
  const read = figure.lines.map((line) => {
    const points = chartIndicators(figure, data, line.indicators).map((indicator) => point(figure, indicator, words));
    points.forEach((p, index) => {
      const before = points[index - 1];
      if (before && p.year <= before.year) {
        throw dataError('figures', figure.id, `line "${line.label}": "${p.indicator.id}" (${p.year}) does not come after "${before.indicator.id}" (${before.year}); list a line's indicators oldest first, one per year`);
      }
    });
    return { label: line.label, points };
  });
  const all = read.flatMap((line) => line.points);
  const years = [...new Set(all.map((p) => p.year))].sort((a, b) => a - b);
  const lines = read.map((line) => {
    const breaks: number[] = [];
    const missing: number[] = [];
    line.points.slice(1).forEach((end, index) => {
      const skipped = years.filter((year) => year > line.points[index]!.year && year < end.year);
      if (skipped.length > 0 && !end.target) {
        breaks.push(index);
        missing.push(...skipped);
      }
    });
    return { ...line, breaks, missing };
  });
  const values = all.map((p) => p.indicator.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === 0 && max === 0) throw dataError('figures', figure.id, 'every value of the line chart is 0: there is nothing to draw');
  const unit = commonUnit(figure, all.map((p) => p.indicator), CHART);
  return {
    figureId: figure.id,
    words,
    unit,
    axis: valueAxis(data, storedIndicator(data, all[0]!.indicator).unit, unit, Math.max(max, -min)),
    lines,
    years,
    min,
    max,
  };
}

/** "乙线缺2023年的数值，那里断开，不连线": what the table and the description say about a broken line. */
function gapNote(model: LineModel, line: LineModel['lines'][number]): string {
  const { words } = model;
  return words.fill(words.charts.lineGap, { line: line.label, years: words.list(line.missing.map(words.year)) });
}

/** The line chart's table: one row per point, with its source; the caption names a line's missing years. */
export function lineTable(model: LineModel): FigureTable {
  const { words } = model;
  const t = words.tables;
  const gaps = model.lines.filter((line) => line.missing.length > 0).map((line) => gapNote(model, line));
  return {
    caption: words.bracket(words.fill(words.charts.lineCaption, { lines: words.list(model.lines.map((line) => line.label)) }), words.clauses(gaps)),
    columns: [
      { key: 'line', label: t.colLine },
      { key: 'date', label: t.colDate },
      { key: 'value', label: words.fill(t.colValueUnit, { unit: model.axis.unit }), quantity: true },
      { key: 'kind', label: t.colKind },
      { key: 'scope', label: t.colScope },
    ],
    rows: model.lines.flatMap((line) => line.points.map((p) => ({
      cells: { line: line.label, date: p.indicator.period.label, value: p.text, kind: words.kindLabel(p.indicator.kind), scope: p.indicator.scope },
      source: p.indicator.source,
      quantity: words.quantity(p.indicator),
    }))),
  };
}

/** One sentence saying what the SVG shows, for its <desc>. */
export function lineDescription(model: LineModel): string {
  const { words } = model;
  const c = words.charts;
  const lines = model.lines.map((line) => {
    const points = words.parts(line.points.map((p) => words.target(words.fill(c.pointValue, { date: p.indicator.period.label, value: p.text }), p.target)));
    return words.bracket(words.fill(c.rowItems, { label: line.label, items: points }), line.missing.length > 0 ? gapNote(model, line) : '');
  });
  return words.fill(c.lineDescription, { unit: model.axis.unit, lines: words.clauses(lines) });
}

/** A value label (at a point) or an end label (a line's name and last value, right of the plot). */
export interface LineLabel {
  series: number;
  /** Its lines of text. */
  text: PlacedText[];
  /** The box it takes. */
  box: Rect;
  /** A thin line from the point to the label, when the label had to move away from its point. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface LineLayout {
  size: ChartSize;
  width: number;
  height: number;
  key: SeriesKey[];
  caption: PlacedText;
  grid: { y: number; label: PlacedText }[];
  /** The zero line, where the scale runs below zero. */
  zero?: number;
  years: PlacedText[];
  left: number;
  right: number;
  /**
   * "points": one or two lines, every point labelled with its value (the key names two lines);
   * "ends": three or more lines, each labelled once at its end with its name and last value.
   */
  labelling: 'points' | 'ends';
  lines: {
    series: number;
    segments: { x1: number; y1: number; x2: number; y2: number; target: boolean }[];
    points: { id: string; cx: number; cy: number; target: boolean }[];
  }[];
  labels: LineLabel[];
}

/** Lines from three on are labelled at their ends (name and last value) instead of at every point. */
export const END_LABELS_FROM = 3;
/** Space kept between neighbouring labels, and between a point and its label. */
const LABEL_GAP = 2;
const POINT_CLEAR = 7;
/** A label moved farther than this from its point gets a leader line to it. */
const LEADER_AFTER = 0.5;
/** Extra room between the last year and the end labels when a leader runs there. */
const LEADER_ROOM = 18;

/** An end label's lines: the line's name, wrapped to `width`, and its last value (on the name's last line if it fits). */
function endText(name: string, value: string, width: number, fs: number): string[] {
  const lines = wrapLabel(name, width, fs);
  const last = lines[lines.length - 1]!;
  if (textWidth(`${last} ${value}`, fs) <= width) lines[lines.length - 1] = `${last} ${value}`;
  else lines.push(value);
  return lines;
}

/** Geometry of the line chart at one size, every coordinate rounded to 0.1. */
export function lineLayout(model: LineModel, size: ChartSize): LineLayout {
  const fs = size.fontSize;
  const W = size.width;
  const lh = Math.round(fs * 1.25);
  /** Baseline of line `index` of a label whose box starts at `top`. */
  const baseline = (top: number, index: number) => r1(top + index * lh + (lh - fs) / 2 + 0.88 * fs);
  const count = model.lines.length;
  const labelling = count >= END_LABELS_FROM ? 'ends' : 'points';
  const { words } = model;
  const yearLabel = words.year;
  /** A value with the date it is from: "2023年355个" / "2023: 355 projects". */
  const dated = (p: LinePoint) => words.fill(words.charts.pointValue, { date: p.indicator.period.label, value: p.text });
  const { key, bottom: keyBottom } = seriesKey(labelling === 'points' && count > 1 ? model.lines.map((line) => line.label) : [], model.lines.flatMap((line) => line.points), size, 'line', words);
  const captionY = keyBottom + fs;
  /** Nothing but the key and the caption above this. */
  const labelTop = captionY + 6;

  const endWidth = Math.max(Math.round(W * (size.stacked ? 0.34 : 0.28)), ...model.lines.flatMap((line) => line.points.map((p) => textWidth(dated(p), fs))));
  // A line that ends before the chart's last year says when its last value is from.
  const lastValue = (p: LinePoint) => (p.year === model.years[model.years.length - 1] ? p.text : dated(p));
  const ends = labelling === 'ends' ? model.lines.map((line) => endText(line.label, lastValue(line.points[line.points.length - 1]!), endWidth, fs)) : [];
  const endRoom = labelling === 'ends' ? Math.max(...ends.flat().map((text) => textWidth(text, fs))) + 9 + 3 : 0;
  // Room above the plot: a value label over the highest point (with two lines, the lower point of a
  // year takes its label below it), or half an end label.
  const plotTop = labelTop + (labelling === 'points' ? lh + LABEL_GAP + POINT_CLEAR : lh);
  let plotHeight = size.stacked ? 200 : 220;
  if (labelling === 'ends') {
    // Every end label must fit between labelTop and the plot's bottom, stacked if need be.
    const needed = ends.reduce((sum, lines) => sum + lines.length * lh, 0) + LABEL_GAP * (count - 1);
    plotHeight = Math.max(plotHeight, needed - (plotTop - labelTop) - 2);
  }
  const plotBottom = plotTop + plotHeight;
  // The axis in its own numbers (English: the Chinese magnitude converted); points placed by value × factor.
  const f = model.axis.factor;
  const axis = signedAxis(model.min * f, model.max * f, plotBottom, plotTop, 4);
  const { ticks } = axis;
  const y = (value: number) => axis.scale(value * f);
  // End labels: placed vertically first (that needs only the y scale), so the room their leaders take is known.
  const endHeights = ends.map((lines) => lines.length * lh);
  const endPoints = model.lines.map((line) => line.points[line.points.length - 1]!);
  const endTops = labelling === 'ends'
    ? dodge(endPoints.map((p, index) => ({ x: y(p.indicator.value) - endHeights[index]! / 2, width: endHeights[index]!, anchor: 'start' as const })), { min: labelTop, max: plotBottom + 2, gap: LABEL_GAP }).map(r1)
    : [];
  const endMoved = endPoints.map((p, index) => labelling === 'ends' && (Math.abs(endTops[index]! + endHeights[index]! / 2 - y(p.indicator.value)) > lh * LEADER_AFTER || p.year !== model.years[model.years.length - 1]));
  const leaderRoom = endMoved.some(Boolean) ? LEADER_ROOM : 0;
  const gutter = Math.max(...ticks.map((tick) => textWidth(tick.label, fs))) + 8;
  const pointTexts = labelling === 'points' ? model.lines.flatMap((line) => line.points.map((p) => p.text)) : [];
  const pad = Math.max(...[...pointTexts, ...model.years.map(yearLabel)].map((text) => textWidth(text, fs))) / 2 + 6;
  const left = gutter + pad;
  const right = labelling === 'ends' ? W - endRoom - leaderRoom : W - pad;
  const first = model.years[0]!;
  const last = model.years[model.years.length - 1]!;
  const x = first === last ? () => (left + right) / 2 : scaleLinear().domain([first, last]).range([left, right]);

  const drawn = model.lines.map((line, series) => {
    const at = line.points.map((p) => ({ p, cx: r1(x(p.year)), cy: r1(y(p.indicator.value)) }));
    return {
      series,
      segments: at.slice(1).flatMap((end, index) => (line.breaks.includes(index) ? [] : [{ x1: at[index]!.cx, y1: at[index]!.cy, x2: end.cx, y2: end.cy, target: end.p.target }])),
      points: at.map(({ p, cx, cy }) => ({ id: p.indicator.id, cx, cy, target: p.target, text: p.text, year: p.year })),
    };
  });

  const labels: LineLabel[] = [];
  if (labelling === 'points') {
    // Each year's value labels, moved apart vertically (never lower than where they want to be).
    for (const year of model.years) {
      const column = drawn.flatMap((line) => line.points.filter((p) => p.year === year).map((p) => ({ series: line.series, p })));
      const lowest = column.length === 2 ? column.reduce((low, c) => (c.p.cy >= low.p.cy ? c : low)) : undefined;
      // A label goes below its point when it is the lower of two, or alone and below zero (where the line comes down to it).
      const wanted = column.map(({ p, series }) => {
        const lower = lowest ? p === lowest.p && series === lowest.series : p.cy > y(0);
        const below = lower && p.cy + POINT_CLEAR + lh <= plotBottom + 2;
        return below ? p.cy + POINT_CLEAR : p.cy - POINT_CLEAR - lh;
      });
      const total = column.length * lh + LABEL_GAP * (column.length - 1);
      const tops = dodge(wanted.map((top) => ({ x: top, width: lh, anchor: 'start' as const })), {
        min: labelTop, max: Math.max(labelTop + total, ...wanted.map((top) => top + lh)), gap: LABEL_GAP,
      });
      column.forEach(({ p, series }, index) => {
        const top = r1(tops[index]!);
        const width = textWidth(p.text, fs);
        const above = top + lh <= p.cy;
        labels.push({
          series,
          text: [{ x: p.cx, y: baseline(top, 0), text: p.text, anchor: 'middle' }],
          box: { x: r1(p.cx - width / 2), y: top, width: r1(width), height: lh },
          ...(Math.abs(top - wanted[index]!) > lh ? { leader: { x1: p.cx, y1: r1(above ? p.cy - 5 : p.cy + 5), x2: p.cx, y2: r1(above ? top + lh : top) } } : {}),
        });
      });
    }
  } else {
    // End labels right of the last year, each as near its line's last point as the others let it be.
    const x0 = r1(right + 9 + leaderRoom);
    drawn.forEach((line, index) => {
      const end = line.points[line.points.length - 1]!;
      const top = endTops[index]!;
      labels.push({
        series: line.series,
        text: ends[index]!.map((text, at) => ({ x: x0, y: baseline(top, at), text, anchor: 'start' })),
        box: { x: x0, y: top, width: r1(Math.max(...ends[index]!.map((text) => textWidth(text, fs)))), height: endHeights[index]! },
        ...(endMoved[index] ? { leader: { x1: r1(end.cx + 6), y1: end.cy, x2: r1(x0 - 3), y2: r1(top + endHeights[index]! / 2) } } : {}),
      });
    });
  }

  return {
    size,
    width: W,
    height: r1(plotBottom + fs + 12),
    key,
    caption: { x: 0, y: r1(captionY), text: words.fill(words.charts.unitCaption, { unit: model.axis.unit }), anchor: 'start' },
    grid: ticks.map((tick) => ({ y: tick.x, label: { x: r1(gutter - 6), y: r1(tick.x + fs * 0.35), text: tick.label, anchor: 'end' } })),
    ...(model.min < 0 ? { zero: r1(y(0)) } : {}),
    years: model.years.map((year) => ({ x: r1(x(year)), y: r1(plotBottom + fs + 6), text: yearLabel(year), anchor: 'middle' })),
    left: r1(gutter),
    right: r1(W),
    labelling,
    lines: drawn.map((line) => ({ series: line.series, segments: line.segments, points: line.points.map(({ id, cx, cy, target }) => ({ id, cx, cy, target })) })),
    labels,
  };
}
