/**
 * The investment chart (figure kind "investment-chart"): a count of projects with the part that
 * belongs to the clusters as one bar, the named CNY projects as bars on one 亿元 scale, USD
 * projects listed in USD and not drawn, and the figure's other indicators as cards.
 */
import { DATA_FILES } from '../../../data/files';
import type { Indicator, Project } from '../../../data/schemas';
import { pick, type DataRecords } from '../../../data/records';
import type { FigureTable } from '../../table';
import { indicatorCard, valueParts, type Card } from '../../../charts/cards';
import { chartWords, storedProject, type ChartWords } from '../../../charts/words';
import { dataError, listed, requireNumber } from '../../../charts/fail';
import type { PlacedText, Rect } from '../../../charts/geometry';
import { dodge } from '../../../charts/labels';
import { amountInYiYuan } from '../../../charts/money';
import { r1 } from '../../../charts/round';
import { rowSlot } from '../../../charts/rows';
import { checkShare } from '../../../charts/share';
import type { ChartSize } from '../../../charts/sizes';
import { textWidth, wrapText } from '../../../text';

const CHART = 'investment chart';

/** An indicator as printed: "355个", "90.7%" / "355 projects". */
const printed = (indicator: Indicator, words: ChartWords) => valueParts(indicator, CHART, words).text;

/** A named project and its amount as published ("5,000万元"). */
export interface ProjectItem {
  project: Project;
  text: string;
  /** Where it is, if the record says: place, else the county names. */
  place: string | null;
}

/** A CNY project drawn as a bar: its length in 亿元. */
export interface ProjectBar extends ProjectItem {
  yi: number;
}

export interface InvestmentModel {
  figureId: string;
  /** The words and numbers of the data's language. */
  words: ChartWords;
  whole: Indicator;
  part: Indicator;
  share: Indicator;
  /** CNY projects, largest first. */
  bars: ProjectBar[];
  /** Projects in another currency: listed with their amount, not drawn. */
  listed: ProjectItem[];
  /** The figure's other indicators, as key-figure cards. */
  cards: Card[];
  cardIndicators: Indicator[];
}

function projectItem(project: Project, data: DataRecords, words: ChartWords): ProjectItem {
  const value = requireNumber(project.amount?.value, 'projects', project.id, 'amount.value', CHART);
  if (value <= 0) throw dataError('projects', project.id, `amount.value must be positive for the investment chart, got ${value}`);
  const counties = words.list(project.counties.map((id) => pick(data, 'counties', id).name));
  return { project, text: words.amount(project), place: project.place ?? (counties || null) };
}

/**
 * The investment chart's records, validated. The part-to-whole bar is the figure's one share
 * indicator (in %) with the two count indicators of the same period and scope: the larger is the
 * whole, the smaller the part, and the published share must agree with them.
 */
export function investmentModel(figure: { id: string; indicators: readonly string[]; projects: readonly string[] }, data: DataRecords): InvestmentModel {
  const words = chartWords(data);
  const indicators = listed(figure, data, 'indicators');
  indicators.forEach((indicator) => requireNumber(indicator.value, 'indicators', indicator.id, 'value', CHART));
  const shares = indicators.filter((indicator) => indicator.kind === 'share' && indicator.unit === '%');
  if (shares.length !== 1) {
    throw dataError('figures', figure.id, `an investment chart needs exactly one share indicator in % for its part-to-whole bar; found ${shares.length}`);
  }
  const share = shares[0]!;
  const counts = indicators.filter((indicator) => indicator.kind === 'count'
    && indicator.period.label === share.period.label && indicator.scope === share.scope);
  if (counts.length !== 2) {
    throw dataError('figures', figure.id, `an investment chart needs two count indicators with the period and scope of "${share.id}" (the whole and the part); found ${counts.length}`);
  }
  const [whole, part] = counts[0]!.value >= counts[1]!.value ? [counts[0]!, counts[1]!] : [counts[1]!, counts[0]!];
  checkShare(part.value, whole.value, share.value, `${DATA_FILES.indicators} → ${share.id}`);

  const items = listed(figure, data, 'projects').map((project) => projectItem(project, data, words));
  // Bar lengths from the amounts as stored (亿元, 万元: the English record's unit names no magnitude).
  const bars = items.filter((item) => item.project.amount.currency === 'CNY')
    .map((item) => ({ ...item, yi: amountInYiYuan(storedProject(data, item.project).amount) }))
    .sort((a, b) => b.yi - a.yi);
  const cardIndicators = indicators.filter((indicator) => indicator !== share && indicator !== whole && indicator !== part);
  return {
    figureId: figure.id,
    words,
    whole,
    part,
    share,
    bars,
    listed: items.filter((item) => item.project.amount.currency !== 'CNY'),
    cards: cardIndicators.map((indicator) => indicatorCard(indicator, CHART, undefined, words)),
    cardIndicators,
  };
}

/** The investment chart's table: one row per mark (bar, segment, label, listed project, card). */
export function investmentTable(model: InvestmentModel): FigureTable {
  const { words } = model;
  const c = words.charts;
  const t = words.tables;
  const indicatorRow = (indicator: Indicator, shown: string) => ({
    cells: { item: indicator.label, value: printed(indicator, words), date: indicator.period.label, place: indicator.scope, shown },
    source: indicator.source,
    quantity: words.quantity(indicator),
  });
  const projectRow = (item: ProjectItem, shown: string) => ({
    cells: { item: item.project.name, value: item.text, date: item.project.date.label, place: item.place, shown },
    source: item.project.source,
    quantity: words.amountQuantity(item.project),
  });
  return {
    caption: c.investmentCaption,
    columns: [
      { key: 'item', label: t.colItem },
      { key: 'value', label: t.colValue, quantity: true },
      { key: 'date', label: t.colDate },
      { key: 'place', label: t.colPlace },
      { key: 'shown', label: t.colShown },
    ],
    rows: [
      indicatorRow(model.whole, c.shownWhole),
      indicatorRow(model.part, c.shownPart),
      indicatorRow(model.share, c.shownShare),
      ...model.bars.map((item) => projectRow(item, c.shownBar)),
      ...model.listed.map((item) => projectRow(item, c.shownListed)),
      ...model.cardIndicators.map((indicator) => indicatorRow(indicator, c.shownCard)),
    ],
  };
}

/** One sentence saying what the SVG shows, for its <desc>. */
export function investmentDescription(model: InvestmentModel): string {
  const { whole, part, share, words } = model;
  const c = words.charts;
  const clauses = [words.fill(c.investmentWhole, {
    scope: whole.scope, label: whole.label, value: printed(whole, words), period: whole.period.label, part: part.label, partValue: printed(part, words), share: printed(share, words),
  })];
  const top = model.bars[0];
  if (top) clauses.push(words.fill(c.investmentTop, { name: top.project.name, value: top.text }));
  for (const item of model.listed) clauses.push(words.fill(c.investmentForeign, { name: item.project.name, value: item.text }));
  return words.sentence(words.clauses(clauses));
}

export interface BarRow {
  id: string;
  label: PlacedText[];
  rect: Rect;
  value: PlacedText;
}

export interface InvestmentLayout {
  size: ChartSize;
  width: number;
  height: number;
  count: {
    heading: PlacedText;
    whole: Rect;
    part: Rect;
    /** The part's and the whole's counts under the ends of their bars, kept apart. */
    values: PlacedText[];
    key: { swatch: Rect; label: PlacedText };
  };
  projects: {
    /** Its heading, in as many lines as the width needs (English runs longer). */
    heading: PlacedText[];
    bars: BarRow[];
    listed: { id: string; label: PlacedText[]; value: PlacedText }[];
    note: PlacedText[];
  };
}

const BAR = 22;
const PROJECT_BAR = 16;

/** Geometry of the investment SVG at one size: every coordinate rounded to 0.1. */
export function investmentLayout(model: InvestmentModel, size: ChartSize): InvestmentLayout {
  const fs = size.fontSize;
  const W = size.width;
  const line = Math.round(fs * 1.35);
  const { words } = model;
  const c = words.charts;

  // Part to whole.
  const heading: PlacedText = { x: 0, y: fs, text: model.whole.label, anchor: 'start' };
  const barTop = fs + 8;
  const whole: Rect = { x: 0, y: barTop, width: W, height: BAR };
  const partEnd = r1((model.part.value / model.whole.value) * W);
  const part: Rect = { x: 0, y: barTop, width: partEnd, height: BAR };
  const valueY = barTop + BAR + fs + 4;
  const ends = [
    { x: partEnd, text: printed(model.part, words) },
    { x: W, text: printed(model.whole, words) },
  ];
  // A full em between the two counts ("322个 355个"): the widths are estimates, and the pair must read as two numbers.
  const placed = dodge(ends.map((end) => ({ x: end.x, width: textWidth(end.text, fs), anchor: 'end' as const })), { min: 0, max: W, gap: fs });
  const values = ends.map((end, index): PlacedText => ({ x: r1(placed[index]!), y: valueY, text: end.text, anchor: 'end' }));
  const keyY = valueY + line + 2;
  const swatch = Math.round(fs * 0.8);
  const key = {
    swatch: { x: 0, y: r1(keyY - swatch), width: swatch, height: swatch },
    label: { x: swatch + 6, y: keyY, text: words.fill(c.partShare, { label: model.part.label, share: printed(model.share, words) }), anchor: 'start' as const },
  };

  // Named projects.
  let y = keyY + 2 * line;
  const projectsHeading: PlacedText[] = wrapText(c.projectsHeading, W, fs, 700).map((text, index) => ({ x: 0, y: y + index * line, text, anchor: 'start' }));
  y += (projectsHeading.length - 1) * line + 10;
  const names = [...model.bars, ...model.listed].map((item) => item.project.name);
  const labelWidth = size.stacked ? W : Math.min(W * 0.42, Math.max(...names.map((name) => textWidth(name, fs))));
  const barLeft = size.stacked ? 0 : labelWidth + 12;
  const valueRoom = Math.max(0, ...model.bars.map((item) => textWidth(item.text, fs))) + 6;
  const barRight = W - valueRoom;
  const maxYi = Math.max(...model.bars.map((item) => item.yi));
  const rowOf = (name: string, markHeight: number) => {
    const slot = rowSlot(wrapText(name, labelWidth, fs), y, size, markHeight);
    y = slot.bottom;
    return slot;
  };
  const bars = model.bars.map((item): BarRow => {
    const { label, markTop } = rowOf(item.project.name, PROJECT_BAR);
    const width = r1(((barRight - barLeft) * item.yi) / maxYi);
    return {
      id: item.project.id,
      label,
      rect: { x: r1(barLeft), y: r1(markTop), width, height: PROJECT_BAR },
      value: { x: r1(barLeft + width + 6), y: r1(markTop + PROJECT_BAR / 2 + fs * 0.35), text: item.text, anchor: 'start' },
    };
  });
  const listedRows = model.listed.map((item) => {
    const { label, markTop } = rowOf(item.project.name, fs);
    return { id: item.project.id, label, value: { x: r1(barLeft), y: r1(markTop + fs * 0.85), text: item.text, anchor: 'start' as const } };
  });
  const note: PlacedText[] = [];
  if (model.listed.length > 0) {
    y += 6;
    for (const part of wrapText(c.foreignNote, W, fs)) {
      y += line;
      note.push({ x: 0, y: r1(y), text: part, anchor: 'start' });
    }
  }
  return {
    size,
    width: W,
    height: r1(y + 8),
    count: { heading, whole, part, values, key },
    projects: { heading: projectsHeading, bars, listed: listedRows, note },
  };
}
