/**
 * The compute chart (figure kind "compute-chart"): a share of a whole as a 10 × 10 waffle, with
 * the other compute facts of the figure (indicators, facilities, milestones) as annotated cards.
 */
import type { Facility, Indicator, Milestone } from '../../../data/schemas';
import type { DataRecords } from '../../../data/records';
import type { FigureTable } from '../../table';
import { comparisonCard, groupByLabel, indicatorCard, valueParts, type Card, type ValueParts } from '../../../charts/cards';
import { chartWords, indicatorColumns, indicatorRow, type ChartWords } from '../../../charts/words';
import { dataError, listed, requireNumber } from '../../../charts/fail';
import { r1 } from '../../../charts/round';
import type { PlacedText } from '../../../charts/geometry';
import { wrapText } from '../../../text';
import { waffleCells, type WaffleCell } from '../../../charts/waffle';

const CHART = 'compute chart';

export interface ComputeModel {
  figureId: string;
  /** The words and numbers of the data's language. */
  words: ChartWords;
  /** The share drawn as the waffle. */
  share: Indicator;
  shareValue: ValueParts;
  cells: WaffleCell[];
  /** The other indicators, same-label ones grouped (they compare two dates). */
  indicatorGroups: Indicator[][];
  facilities: Facility[];
  milestones: Milestone[];
  /** Cards in order: indicators, facilities, milestones. */
  cards: Card[];
}

/** The compute chart's records, validated. */
export function computeModel(figure: { id: string; indicators: readonly string[]; facilities: readonly string[]; milestones: readonly string[] }, data: DataRecords): ComputeModel {
  const words = chartWords(data);
  const indicators = listed(figure, data, 'indicators');
  const shares = indicators.filter((indicator) => indicator.kind === 'share' && indicator.unit === '%');
  if (shares.length !== 1) {
    throw dataError('figures', figure.id, `a compute chart needs exactly one share indicator in % for its waffle; found ${shares.length}`);
  }
  const share = shares[0]!;
  const percent = requireNumber(share.value, 'indicators', share.id, 'value', CHART);
  if (percent < 0 || percent > 100) throw dataError('indicators', share.id, `value must lie between 0 and 100 (%) for the compute chart's waffle, got ${percent}`);
  const indicatorGroups = groupByLabel(indicators.filter((indicator) => indicator !== share));
  const facilities = listed(figure, data, 'facilities');
  const milestones = listed(figure, data, 'milestones');
  const cards: Card[] = [
    ...indicatorGroups.map((group) => group.length > 1 ? comparisonCard(group, CHART, words) : indicatorCard(group[0]!, CHART, group[0]!.measures, words)),
    ...facilities.map((facility): Card => ({ id: facility.id, kind: 'facility', values: [], label: facility.name, meta: facility.place, note: facility.description })),
    ...milestones.map((milestone): Card => ({ id: milestone.id, kind: 'milestone', values: [], label: milestone.title, meta: milestone.date.label, note: milestone.description })),
  ];
  return { figureId: figure.id, words, share, shareValue: valueParts(share, CHART, words), cells: waffleCells(percent), indicatorGroups, facilities, milestones, cards };
}

/**
 * The compute chart's table: one row per item shown (the waffle, each value on a card, each facility
 * and milestone). Its 类型 says what each row is, so a row without a number (a facility, an event)
 * reads as such rather than as a missing value.
 */
export function computeTable(model: ComputeModel): FigureTable {
  const { words } = model;
  const row = (indicator: Indicator) => indicatorRow(indicator, valueParts(indicator, CHART, words).text, words);
  return {
    caption: words.charts.computeCaption,
    columns: indicatorColumns(words, 'colItem', 'colPlace'),
    rows: [
      row(model.share),
      ...model.indicatorGroups.flat().map(row),
      ...model.facilities.map((facility) => ({
        cells: { item: facility.name, value: null, kind: words.charts.kindFacility, date: null, place: facility.place, note: facility.description },
        source: facility.source,
      })),
      ...model.milestones.map((milestone) => ({
        cells: { item: milestone.title, value: null, kind: words.charts.kindEvent, date: milestone.date.label, place: null, note: milestone.description },
        source: milestone.source,
      })),
    ],
  };
}

/** The share one square stands for, printed: "1" for 100 squares. */
function cellShare(model: ComputeModel): string {
  return model.words.number(100 / model.cells.length, 0);
}

/** One sentence saying what the waffle shows, for the SVG's <desc>. */
export function computeDescription(model: ComputeModel): string {
  const { share, shareValue, cells } = model;
  const filled = cells.filter((cell) => cell.filled).length;
  return model.words.fill(model.words.charts.waffleDescription, {
    label: share.label, value: shareValue.text, period: share.period.label, scope: share.scope, count: String(cells.length), filled: String(filled), share: cellShare(model),
  });
}

export interface WaffleLayout {
  width: number;
  fontSize: number;
  height: number;
  cells: { x: number; y: number; size: number; filled: boolean }[];
  value: PlacedText;
  lines: PlacedText[];
  /** How many of `lines` are the indicator's label (set dark); the rest (date, scope, the square's share) are muted. */
  labelLines: number;
}

const CELL = 20;
const GAP = 3;

/**
 * The squares of `cells` as one path: each a relative move from the one before and the same
 * "h v h z", so a hundred squares repeat one short string (a page carries a few hundred bytes, not
 * a hundred <rect>s).
 */
export function squaresPath(cells: readonly { x: number; y: number; size: number }[]): string {
  let at = { x: 0, y: 0 };
  return cells.map((cell, index) => {
    const move = index === 0 ? `M${cell.x},${cell.y}` : `m${cell.x - at.x},${cell.y - at.y}`;
    at = cell;
    return `${move}h${cell.size}v${cell.size}h${-cell.size}z`;
  }).join('');
}
const FONT = 13;
const VALUE_FONT = 30;

/**
 * Geometry of the waffle SVG: the squares, the value ("约65%") large under them, then the
 * indicator's label, its date and scope, and what one square stands for, wrapped to the grid width.
 */
export function waffleLayout(model: ComputeModel): WaffleLayout {
  const columns = Math.max(...model.cells.map((cell) => cell.column)) + 1;
  const rows = Math.max(...model.cells.map((cell) => cell.row)) + 1;
  const width = columns * CELL + (columns - 1) * GAP;
  const gridHeight = rows * CELL + (rows - 1) * GAP;
  let y = gridHeight + 8 + VALUE_FONT;
  const value: PlacedText = { x: 0, y, text: model.shareValue.text, anchor: 'start', size: VALUE_FONT };
  const line = Math.round(FONT * 1.4);
  const texts = [model.share.label, `${model.share.period.label} · ${model.share.scope}`, model.words.fill(model.words.charts.waffleCell, { share: cellShare(model), count: String(model.cells.length) })];
  const lines: PlacedText[] = [];
  let labelLines = 0;
  y += 6;
  for (const [index, text] of texts.entries()) {
    const parts = wrapText(text, width, FONT);
    if (index === 0) labelLines = parts.length;
    for (const part of parts) {
      y += line;
      lines.push({ x: 0, y: r1(y), text: part, anchor: 'start' });
    }
  }
  return {
    width,
    fontSize: FONT,
    height: r1(y + 6),
    cells: model.cells.map((cell) => ({ x: cell.column * (CELL + GAP), y: cell.row * (CELL + GAP), size: CELL, filled: cell.filled })),
    value,
    lines,
    labelLines,
  };
}
