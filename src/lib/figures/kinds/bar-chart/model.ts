/**
 * The general bar chart (figure kind "bar-chart"), filled from YAML alone: horizontal bars on
 * one scale from zero (negative values to the left of a zero line), one bar per indicator, or rows
 * ("groups") of one bar per series, up to eight series, side by side ("grouped") or end to end
 * ("stacked"). Targets are drawn hollow and dashed, actuals solid. Long row labels wrap.
 */
import type { Indicator } from '../../../data/schemas';
import type { DataRecords } from '../../../data/records';
import type { FigureTable } from '../../table';
import { textWidth } from '../../../text';
import { signedAxis, type Tick } from '../../../charts/axis';
import { valueParts } from '../../../charts/cards';
import { dataError, requireNumber } from '../../../charts/fail';
import type { PlacedText, Rect } from '../../../charts/geometry';
import { chartIndicators, commonUnit, requireSeriesLimit, seriesKey, type SeriesKey } from '../../../charts/general';
import { wrapLabel } from '../../../charts/labels';
import { r1 } from '../../../charts/round';
import { rowSlot } from '../../../charts/rows';
import type { ChartSize } from '../../../charts/sizes';
import { chartWords, storedIndicator, type ChartWords } from '../../../charts/words';
import { valueAxis } from '../../../i18n/numbers';

const CHART = 'bar chart';

export interface BarMark {
  indicator: Indicator;
  /** Index of its series (0 for a chart without groups). */
  series: number;
  /** The value as printed: "约5,000亿元". */
  text: string;
  target: boolean;
}

export interface BarModel {
  figureId: string;
  /** The words and numbers of the data's language. */
  words: ChartWords;
  /** The unit as the data names it ("亿元"; English: what is counted, "yuan"). */
  unit: string;
  /** The value axis: stored values × factor are the numbers on it, in `unit` ("亿元"; "billion yuan"). */
  axis: { factor: number; unit: string };
  layout: 'single' | 'grouped' | 'stacked';
  /** Series names (the legend); empty for a chart without groups. */
  series: string[];
  /** `missing`: the series a row has no value for (`~` in its group), in order. */
  rows: { label: string; marks: BarMark[]; missing: number[] }[];
  /** The farthest any bar (or stack) reaches right of zero, and left of it (0 when no value is negative), in the unit. */
  max: number;
  min: number;
}

function mark(indicator: Indicator, series: number, words: ChartWords): BarMark {
  requireNumber(indicator.value, 'indicators', indicator.id, 'value', CHART);
  return { indicator, series, text: valueParts(indicator, CHART, words).text, target: indicator.kind === 'target' };
}

/** The farthest a row's bars reach right and left of zero: a stack adds its positive and its negative segments apart. */
function reach(marks: readonly BarMark[], stacked: boolean): { high: number; low: number } {
  const values = marks.map((m) => m.indicator.value);
  const sum = (list: number[]) => list.reduce((total, value) => total + value, 0);
  return stacked
    ? { high: sum(values.filter((value) => value > 0)), low: sum(values.filter((value) => value < 0)) }
    : { high: Math.max(0, ...values), low: Math.min(0, ...values) };
}

/** What a bar chart's record says: one bar per indicator, or rows (groups) of one bar per series. */
export interface BarFigure {
  id: string;
  kind: string;
  indicators: readonly string[];
  groups?: readonly { label: string; indicators: readonly (string | null)[] }[] | undefined;
  series?: readonly string[] | undefined;
  layout?: 'grouped' | 'stacked' | undefined;
}

/**
 * The bar chart's records, validated: one unit for all, finite values, known ids, at most
 * SERIES_LIMIT series. A negative value draws its bar from zero to the left (a stack puts its
 * negative segments left of zero, its positive ones right).
 */
export function barModel(figure: BarFigure, data: DataRecords): BarModel {
  if (figure.series) requireSeriesLimit(figure, figure.series.length, 'series');
  const words = chartWords(data);
  const rows = figure.groups
    ? figure.groups.map((group) => {
      const series = group.indicators.flatMap((id, index) => (id === null ? [] : [index]));
      return {
        label: group.label,
        marks: chartIndicators(figure, data, series.map((index) => group.indicators[index]!)).map((indicator, at) => mark(indicator, series[at]!, words)),
        missing: group.indicators.flatMap((id, index) => (id === null ? [index] : [])),
      };
    })
    : chartIndicators(figure, data, figure.indicators).map((indicator) => ({ label: indicator.label, marks: [mark(indicator, 0, words)], missing: [] }));
  if (rows.length === 0) throw dataError('figures', figure.id, 'a bar-chart needs "indicators" (one bar each), or "groups" and "series"');
  const layout = figure.groups ? (figure.layout ?? 'grouped') : 'single';
  const reaches = rows.map((row) => reach(row.marks, layout === 'stacked'));
  const max = Math.max(...reaches.map((r) => r.high));
  const min = Math.min(...reaches.map((r) => r.low));
  if (max === 0 && min === 0) throw dataError('figures', figure.id, 'every value of the bar chart is 0: there is nothing to draw');
  const indicators = rows.flatMap((row) => row.marks.map((m) => m.indicator));
  const unit = commonUnit(figure, indicators, CHART);
  return {
    figureId: figure.id,
    words,
    unit,
    axis: valueAxis(data, storedIndicator(data, indicators[0]!).unit, unit, Math.max(max, -min)),
    layout,
    series: [...(figure.series ?? [])],
    rows,
    max,
    min,
  };
}

/** The bar chart's table: one row per bar or segment, with its source. */
export function barTable(model: BarModel): FigureTable {
  const { words } = model;
  const t = words.tables;
  const grouped = model.series.length > 0;
  const gaps = model.rows.filter((row) => row.missing.length > 0).map((row) => gapNote(model, row));
  return {
    caption: words.bracket(words.fill(words.charts.barCaption, { rows: words.list(model.rows.map((row) => row.label)) }), words.clauses(gaps)),
    columns: [
      { key: 'row', label: grouped ? t.colGroup : t.colItem },
      ...(grouped ? [{ key: 'series', label: t.colSeries }] : []),
      { key: 'value', label: words.fill(t.colValueUnit, { unit: model.axis.unit }), quantity: true },
      { key: 'kind', label: t.colKind },
      { key: 'date', label: t.colDate },
      { key: 'scope', label: t.colScope },
    ],
    rows: model.rows.flatMap((row) => row.marks.map((m) => ({
      cells: {
        row: row.label,
        ...(grouped ? { series: model.series[m.series] ?? null } : {}),
        value: m.text,
        kind: words.kindLabel(m.indicator.kind),
        date: m.indicator.period.label,
        scope: m.indicator.scope,
      },
      source: m.indicator.source,
      quantity: words.quantity(m.indicator),
    }))),
  };
}

/** What a row lacks: "2024年缺甲、乙的数值". */
function gapNote(model: BarModel, row: BarModel['rows'][number]): string {
  const { words } = model;
  return words.fill(words.charts.barGap, { row: row.label, series: words.list(row.missing.map((series) => model.series[series]!)) });
}

/** One sentence saying what the SVG shows, for its <desc>. */
export function barDescription(model: BarModel): string {
  const { words } = model;
  const c = words.charts;
  const named = (series: string | undefined, value: string) => (series ? words.fill(c.markNamed, { series, value }) : value);
  const rows = model.rows.map((row) => {
    const marks = row.marks.map((m) => words.target(named(model.series[m.series], m.text), m.target));
    const missing = row.missing.map((series) => words.fill(c.markNamed, { series: model.series[series]!, value: c.missing }));
    return words.fill(c.rowItems, { label: row.label, items: words.parts([...marks, ...missing]) });
  });
  return words.fill(c.barDescription, { layout: model.layout === 'stacked' ? c.barStacked : c.barHorizontal, unit: model.axis.unit, rows: words.clauses(rows) });
}

export interface BarLayout {
  size: ChartSize;
  width: number;
  height: number;
  key: SeriesKey[];
  /**
   * Gridlines at the ticks; a tick label at an edge of the drawing is aligned to stay inside it.
   * `zero`: where bars start, drawn as a line of its own when some run left of it (negative values).
   */
  axis: { caption: PlacedText; ticks: { x: number; label: PlacedText }[]; top: number; bottom: number; zero?: number };
  /** Value labels; `inverse` ones sit inside a solid stacked segment, in the label colour of its series. */
  rows: {
    label: PlacedText[];
    bars: (Rect & { series: number; target: boolean; id: string })[];
    values: { text: PlacedText; inverse: boolean; series: number }[];
    /** "无数据" where a grouped row has no value for a series. */
    gaps: { text: PlacedText; series: number }[];
  }[];
}

/** A tick's label centred on it, or aligned to the edge it would cross. */
function tickLabel(tick: Tick, y: number, fs: number, width: number): PlacedText {
  const half = textWidth(tick.label, fs) / 2;
  const anchor = tick.x - half < 0 ? 'start' : tick.x + half > width ? 'end' : 'middle';
  return { x: tick.x, y, text: tick.label, anchor };
}

const BAR = 16;
const GAP = 3;

/** Geometry of the bar chart at one size, every coordinate rounded to 0.1. */
export function barLayout(model: BarModel, size: ChartSize): BarLayout {
  const fs = size.fontSize;
  const W = size.width;
  const { key, bottom: keyBottom } = seriesKey(model.series, model.rows.flatMap((row) => row.marks), size, 'bar', model.words);
  // Where the written value labels say "无数据" (No data) for a grouped row's missing series.
  const missingText = model.words.charts.missing;
  const f = model.axis.factor;
  const labelWidth = size.stacked ? W : Math.min(W * 0.36, Math.max(...model.rows.map((row) => textWidth(row.label, fs))));
  const left = size.stacked ? 0 : labelWidth + 12;
  // Room for the value labels at the ends of bars: right of the positive ones, left of the negative ones.
  const marks = model.rows.flatMap((row) => row.marks);
  const room = (sign: 1 | -1) => {
    const texts = marks.filter((m) => (sign > 0 ? m.indicator.value >= 0 : m.indicator.value < 0)).map((m) => textWidth(m.text, fs));
    return texts.length > 0 ? Math.max(...texts) + 8 : 0;
  };
  const stackedBars = model.layout === 'stacked';
  const valueRoom = stackedBars ? 8 : Math.max(room(1), 8);
  const negativeRoom = stackedBars ? 0 : room(-1);
  const right = W - valueRoom;
  // The axis in its own numbers (English: the Chinese magnitude converted); bars placed by value × factor.
  const axis = signedAxis(model.min * f, model.max * f, left + negativeRoom, right, size.stacked ? 3 : 5);
  const { ticks } = axis;
  const scale = (value: number) => axis.scale(value * f);
  const captionY = keyBottom + fs;
  const tickY = captionY + fs + 4;
  let y = tickY + 4;
  const top = y;
  // A grouped row keeps a place for every series, so a missing one shows as a gap in its place.
  const markHeight = (count: number) => (model.layout === 'grouped' ? count * BAR + (count - 1) * GAP : BAR);
  const rows = model.rows.map((row) => {
    const slot = rowSlot(wrapLabel(row.label, labelWidth, fs), y, size, markHeight(row.marks.length + row.missing.length));
    y = slot.bottom;
    let above = 0;
    let below = 0;
    const bars = row.marks.map((m, index) => {
      const value = m.indicator.value;
      let from = 0;
      if (stackedBars && value >= 0) {
        from = above;
        above += value;
      } else if (stackedBars) {
        from = below;
        below += value;
      }
      const barTop = model.layout === 'grouped' ? slot.markTop + m.series * (BAR + GAP) : slot.markTop;
      const ends = [r1(scale(from)), r1(scale(from + value))];
      const x = Math.min(...ends);
      return { id: m.indicator.id, series: m.series, target: m.target, x, y: r1(barTop), width: r1(Math.max(...ends) - x), height: BAR };
    });
    const values = row.marks.flatMap((m, index): { text: PlacedText; inverse: boolean; series: number }[] => {
      const bar = bars[index]!;
      const baseline = r1(bar.y + BAR / 2 + fs * 0.35);
      if (!stackedBars) {
        const text: PlacedText = m.indicator.value >= 0
          ? { x: r1(bar.x + bar.width + 4), y: baseline, text: m.text, anchor: 'start' }
          : { x: r1(bar.x - 4), y: baseline, text: m.text, anchor: 'end' };
        return [{ text, inverse: false, series: m.series }];
      }
      // Stacked: a segment's value sits inside it when it fits (the table has every value).
      const size = r1(fs * 0.9);
      return textWidth(m.text, size) + 6 <= bar.width ? [{ text: { x: r1(bar.x + bar.width / 2), y: baseline, text: m.text, anchor: 'middle', size }, inverse: !m.target, series: m.series }] : [];
    });
    // In a grouped row, "无数据" in the missing bar's place (a stack has no place: its row's table caption says it).
    const gaps = model.layout === 'grouped'
      ? row.missing.map((series) => ({ text: { x: r1(scale(0) + 4), y: r1(slot.markTop + series * (BAR + GAP) + BAR / 2 + fs * 0.35), text: missingText, anchor: 'start' as const }, series }))
      : [];
    return { label: slot.label, bars, values, gaps };
  });
  return {
    size,
    width: W,
    height: r1(y + 6),
    key,
    axis: {
      caption: { x: 0, y: r1(captionY), text: model.words.fill(model.words.charts.unitCaption, { unit: model.axis.unit }), anchor: 'start' },
      ticks: ticks.map((tick) => ({ x: tick.x, label: tickLabel(tick, r1(tickY), fs, W) })),
      top: r1(top),
      bottom: r1(y),
      ...(model.min < 0 ? { zero: r1(scale(0)) } : {}),
    },
    rows,
  };
}
