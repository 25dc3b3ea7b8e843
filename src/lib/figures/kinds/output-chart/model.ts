/**
 * The output chart (figure kind "output-chart"): value added of each cluster of a plan on one line
 * per cluster: the actual year as a filled dot, the last target year as a hollow ring, targets in
 * between as ticks across the line; grouped by tier, sorted by the last target, with the value
 * axis above and below the rows. Data, table and geometry.
 */
import type { Cluster, Tier } from '../../../data/schemas';
import { pick, type DataRecords } from '../../../data/records';
import type { FigureTable } from '../../table';
import { TIER_ORDER } from '../../../tiers';
import { wordingOf } from '../../../wording';
import { zeroBasedAxis, type Tick } from '../../../charts/axis';
import { dataError, requireNumber } from '../../../charts/fail';
import { flow } from '../../../charts/flow';
import type { PlacedText } from '../../../charts/geometry';
import { r1 } from '../../../charts/round';
import { rowSlot } from '../../../charts/rows';
import type { ChartSize } from '../../../charts/sizes';
import { textWidth, wrapText } from '../../../text';
import { clusterPlaces } from '../../../places';
import { chartWords, countedUnit, type ChartWords } from '../../../charts/words';
import { shiftDecimal, valueAxis } from '../../../i18n/numbers';

const CHART = 'output chart';

/** A row's last target (2025 in the 2022 plan). */
export function lastTarget(row: OutputRow): number {
  return row.targets[row.targets.length - 1]!;
}

/** One cluster: one dumbbell. */
export interface OutputRow {
  id: string;
  /** Area(s) as named officially: "嘉兴经济技术开发区". */
  area: string;
  /** Area(s) as the chart labels them: "嘉兴经开区". */
  areaShort: string;
  industry: string;
  tier: Tier;
  actual: number;
  /** Target values, in the order of OutputModel.targetYears. */
  targets: number[];
  source: string;
}

export interface OutputModel {
  figureId: string;
  /** The words and numbers of the data's language. */
  words: ChartWords;
  planName: string;
  /** The unit the values are stored in ("亿元"). */
  unit: string;
  /** The value axis: values × factor are the numbers on it and in the table, in `unit` ("亿元"; English "billion yuan"). */
  axis: { factor: number; places: number; unit: string };
  actualYear: number;
  targetYears: number[];
  /** Chart order: by tier (highest first), then by the last target, descending. */
  rows: OutputRow[];
}

function areaNames(cluster: Cluster, data: DataRecords, words: ChartWords): { area: string; areaShort: string } {
  const counties = cluster.counties.map((id) => pick(data, 'counties', id).name);
  const zones = cluster.zones.map((id) => pick(data, 'zones', id));
  if (counties.length + zones.length === 0) {
    throw dataError('clusters', cluster.id, 'counties or zones is required for the output chart (its rows are labelled by area)');
  }
  return {
    area: words.list([...counties, ...zones.map((zone) => zone.name)]),
    areaShort: words.list([...counties, ...zones.map((zone) => zone.shortName)]),
  };
}

/** What an output chart's record says: its plan, and optionally the one place whose clusters it draws. */
export interface OutputFigure {
  id: string;
  plan: string;
  place?: string | undefined;
}

/** The clusters of figure.plan with their value added, validated and in chart order. */
export function outputModel(figure: OutputFigure, data: DataRecords): OutputModel {
  const plan = pick(data, 'plans', figure.plan);
  const words = chartWords(data);
  // With figure.place, only the clusters naming that county or zone as a core area (place pages).
  const clusters = [...data.clusters.values()].filter((cluster) => cluster.plan === plan.id
    && (!figure.place || clusterPlaces(cluster).includes(figure.place)));
  if (clusters.length === 0) throw dataError('figures', figure.id, `plan "${plan.id}" has no clusters in content/data/clusters.yaml`);

  const checked = clusters.map((cluster) => {
    const valueAdded = cluster.valueAdded;
    if (!valueAdded) throw dataError('clusters', cluster.id, 'valueAdded is required for the output chart');
    const actual = requireNumber(valueAdded.actual?.value, 'clusters', cluster.id, 'valueAdded.actual.value', CHART);
    const targetList = valueAdded.targets ?? [];
    if (targetList.length === 0) throw dataError('clusters', cluster.id, 'valueAdded.targets needs at least one target for the output chart');
    const targets = targetList.map((target, index) =>
      requireNumber(target.value, 'clusters', cluster.id, `valueAdded.targets[${index}].value`, CHART));
    const row: OutputRow = { id: cluster.id, ...areaNames(cluster, data, words), industry: cluster.name, tier: cluster.tier, actual, targets, source: cluster.source };
    const years = { unit: valueAdded.unit, actualYear: valueAdded.actual.year, targetYears: targetList.map((target) => target.year) };
    return { row, years, shape: `${years.actualYear} → ${years.targetYears.join(', ')} (${years.unit})` };
  });
  const [first] = checked;
  for (const { row, shape } of checked) {
    if (shape !== first!.shape) {
      throw dataError('clusters', row.id, `valueAdded years and unit ${shape} differ from the other clusters' ${first!.shape}; the output chart compares the same years`);
    }
  }
  const rows = checked.map(({ row }) => row);

  rows.sort((a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier)
    || lastTarget(b) - lastTarget(a) || b.actual - a.actual || (a.id < b.id ? -1 : 1));
  const max = Math.max(...rows.flatMap((row) => [row.actual, ...row.targets]));
  const { unit } = first!.years;
  return { figureId: figure.id, words, planName: plan.shortName, ...first!.years, rows, axis: valueAxis(data, unit, countedUnit(data, unit, `figures → ${figure.id}`), max) };
}

/** The table of the output chart: one row per dumbbell. */
export function outputTable(model: OutputModel): FigureTable {
  const { words } = model;
  const c = words.charts;
  const t = words.tables;
  const unit = model.axis.unit;
  const year = (template: string, value: number) => words.fill(template, { year: String(value) });
  const number = (value: number) => shiftDecimal(value, model.axis.places);
  return {
    caption: words.bracket(words.fill(c.outputCaption, { plan: model.planName, actual: String(model.actualYear), targets: words.list(model.targetYears.map(String)) }), unit),
    columns: [
      { key: 'area', label: t.colArea },
      { key: 'industry', label: t.colCluster },
      { key: 'tier', label: t.colTier },
      { key: `y${model.actualYear}`, label: words.bracket(year(c.outputActual, model.actualYear), unit), numeric: true },
      ...model.targetYears.map((target) => ({ key: `y${target}`, label: words.bracket(year(c.outputTarget, target), unit), numeric: true })),
    ],
    rows: model.rows.map((row) => ({
      cells: {
        area: row.area,
        industry: row.industry,
        tier: wordingOf(words.lang).tiers[row.tier],
        [`y${model.actualYear}`]: number(row.actual),
        ...Object.fromEntries(model.targetYears.map((target, index) => [`y${target}`, number(row.targets[index]!)])),
      },
      source: row.source,
    })),
  };
}

/** One sentence saying what the chart shows, for the SVG's <desc>. */
export function outputDescription(model: OutputModel): string {
  const lastYear = model.targetYears[model.targetYears.length - 1]!;
  const byTarget = [...model.rows].sort((a, b) => lastTarget(b) - lastTarget(a));
  const top = byTarget[0]!;
  const bottom = byTarget[byTarget.length - 1]!;
  const { words } = model;
  const c = words.charts;
  const value = (v: number) => valueText(model.words, v, model.unit, model.axis);
  const say = (row: OutputRow) => words.fill(c.outputSay, { target: value(lastTarget(row)), year: String(model.actualYear), actual: value(row.actual) });
  const head = words.fill(byTarget.length > 1 ? c.outputTop : c.outputOne, { plan: model.planName, count: String(model.rows.length), area: top.areaShort, cluster: top.industry, year: String(lastYear), say: say(top) });
  const lowest = words.fill(c.outputLowest, { area: bottom.areaShort, cluster: bottom.industry, say: say(bottom) });
  return words.sentence(byTarget.length > 1 ? words.clauses([head, lowest]) : head);
}

/**
 * A value in the stored unit as running text says it: "430亿元" (number and unit as stored) /
 * "43 billion yuan" (converted: the axis's unit).
 */
function valueText(words: ChartWords, value: number, unit: string, axis: OutputModel['axis']): string {
  return words.lang === 'zh' ? `${words.number(value)}${unit}` : `${words.number(shiftDecimal(value, axis.places))} ${axis.unit}`;
}

export type DotKind = 'actual' | 'target' | 'target-last';

export interface OutputDot {
  cx: number;
  /** Radius of a dot or ring; half the height of an intermediate target's tick. */
  r: number;
  kind: DotKind;
  year: number;
}

export interface OutputLayoutRow {
  id: string;
  label: PlacedText[];
  cy: number;
  x1: number;
  x2: number;
  dots: OutputDot[];
  values: PlacedText[];
}

export interface OutputLayout {
  size: ChartSize;
  width: number;
  height: number;
  key: { dot: OutputDot; cy: number; label: PlacedText }[];
  /** Gridlines from top to bottom; tick labels above the rows (y) and again below them (footY). */
  axis: { caption: PlacedText; ticks: (Tick & { y: number })[]; top: number; bottom: number; footY: number };
  groups: { tier: Tier; heading: PlacedText; swatch: { x: number; y: number; size: number }; rows: OutputLayoutRow[] }[];
}

/**
 * Radii of the dot (actual) and the ring (last target), and half the height of a tick (a target
 * in between); smaller in the narrow drawing, where small values sit a few units apart.
 */
const MARKS = {
  wide: { actual: 4.5, target: 6, 'target-last': 4.5 },
  narrow: { actual: 3.5, target: 5, 'target-last': 3.5 },
} as const;
/** Half the ring's stroke width (charts.css), which it takes beyond its radius. */
const RING_STROKE = 1;
const PAD = 4;

/** Geometry of the output chart at one size: every coordinate rounded to 0.1. */
export function outputLayout(model: OutputModel, size: ChartSize): OutputLayout {
  const fs = size.fontSize;
  const line = Math.round(fs * 1.35);
  const W = size.width;
  const lastIndex = model.targetYears.length - 1;
  const labelled = model.rows.map((row) => {
    const pair = [row.actual, lastTarget(row)].map((value) => ({ value, text: model.words.number(shiftDecimal(value, model.axis.places)) }));
    const [low, high] = pair[0]!.value <= pair[1]!.value ? [pair[0]!, pair[1]!] : [pair[1]!, pair[0]!];
    return { row, low, high };
  });
  const R = MARKS[size.name];
  const END = R['target-last'] + RING_STROKE;
  const leftRoom = Math.max(...labelled.map(({ low }) => textWidth(low.text, fs))) + END + PAD;
  const rightRoom = Math.max(...labelled.map(({ high }) => textWidth(high.text, fs))) + END + PAD;

  const rowLabel = (row: OutputRow) => `${row.areaShort} · ${row.industry}`;
  const labelWidth = size.stacked ? W : Math.min(W * 0.4, Math.max(...model.rows.map((row) => textWidth(rowLabel(row), fs))));
  const plotLeft = (size.stacked ? 0 : labelWidth + 12) + leftRoom;
  const plotRight = W - rightRoom;
  const max = Math.max(...model.rows.flatMap((row) => [row.actual, ...row.targets]));
  // The axis in its own numbers (English: 亿元 converted to billions); dots placed by value × factor.
  const f = model.axis.factor;
  const axis = zeroBasedAxis(max * f, plotLeft, plotRight);
  const { ticks } = axis;
  const scale = (value: number) => axis.scale(value * f);
  const { words } = model;
  const c = words.charts;

  // Key: filled dot = actual, tick = intermediate targets, hollow ring = last target.
  const keyItems = [
    { kind: 'actual' as const, year: model.actualYear, text: words.fill(c.outputActual, { year: String(model.actualYear) }) },
    ...model.targetYears.map((year, index) => ({ kind: index === lastIndex ? 'target-last' as const : 'target' as const, year, text: words.fill(c.outputTarget, { year: String(year) }) })),
  ];
  const keyWidths = keyItems.map((item) => R.actual * 2 + PAD + textWidth(item.text, fs));
  const keySlots = flow(keyWidths, W, 16);
  const key = keyItems.map((item, index) => {
    const slot = keySlots[index]!;
    const baseline = fs + slot.line * line;
    return {
      dot: { cx: r1(slot.x + R.actual), r: R[item.kind], kind: item.kind, year: item.year },
      cy: r1(baseline - fs * 0.35),
      label: { x: r1(slot.x + R.actual * 2 + PAD), y: r1(baseline), text: item.text, anchor: 'start' as const },
    };
  });
  let y = fs + (keySlots[keySlots.length - 1]!.line) * line + 12;

  const captionText = words.fill(c.outputAxis, { unit: model.axis.unit });
  const captionFits = !size.stacked && textWidth(captionText, fs) + 8 < plotLeft - textWidth(ticks[0]!.label, fs) / 2;
  const captionY = y + fs;
  const tickY = captionFits ? captionY : captionY + line;
  const caption: PlacedText = { x: 0, y: r1(captionY), text: captionText, anchor: 'start' };
  const axisTop = tickY + 6;
  y = axisTop;

  const groups: OutputLayout['groups'] = [];
  for (const tier of TIER_ORDER) {
    const members = labelled.filter(({ row }) => row.tier === tier);
    if (members.length === 0 || tier === 'none') continue;
    const headingBaseline = y + 10 + fs;
    const swatchSize = Math.round(fs * 0.8);
    const group: OutputLayout['groups'][number] = {
      tier,
      heading: { x: swatchSize + 6, y: r1(headingBaseline), text: words.fill(c.tierGroup, { tier: wordingOf(words.lang).tiers[tier] }), anchor: 'start' },
      swatch: { x: 0, y: r1(headingBaseline - swatchSize), size: swatchSize },
      rows: [],
    };
    y = headingBaseline + 6;
    for (const { row, low, high } of members) {
      const values = [row.actual, ...row.targets];
      const xs = values.map((value) => r1(scale(value)));
      const x1 = Math.min(...xs);
      const x2 = Math.max(...xs);
      const slot = rowSlot(wrapText(rowLabel(row), labelWidth, fs), y, size, R.target * 2);
      const cy = slot.markTop + R.target;
      y = slot.bottom;
      const baseline = r1(cy + fs * 0.35);
      group.rows.push({
        id: row.id,
        label: slot.label,
        cy: r1(cy),
        x1,
        x2,
        dots: values.map((_, index) => {
          const kind: DotKind = index === 0 ? 'actual' : index - 1 === lastIndex ? 'target-last' : 'target';
          const year = index === 0 ? model.actualYear : model.targetYears[index - 1]!;
          return { cx: xs[index]!, r: R[kind], kind, year };
        }),
        values: [
          { x: r1(x1 - END - PAD), y: baseline, text: low.text, anchor: 'end' },
          { x: r1(x2 + END + PAD), y: baseline, text: high.text, anchor: 'start' },
        ],
      });
    }
    groups.push(group);
  }
  const bottom = y + 4;
  // The scale again under the rows, where the eye ends up in a tall chart.
  const footY = bottom + fs + 2;
  return {
    size,
    width: W,
    height: r1(footY + 4),
    key,
    axis: { caption, ticks: ticks.map((tick) => ({ ...tick, y: r1(tickY) })), top: r1(axisTop), bottom: r1(bottom), footY: r1(footY) },
    groups,
  };
}
