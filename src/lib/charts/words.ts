/**
 * The words a chart, a card, a timeline and a data table print, in its data's language: the
 * wording groups `charts` and `tables` of content/wording.yaml or content/wording.en.yaml, the
 * punctuation that joins them, and numbers as the language writes them (src/lib/i18n/numbers.ts).
 * Kinds get them with chartWords(data), so that the same code draws a Chinese chart from Chinese
 * data and an English chart from English data (getSiteData('en')). Chinese output is exactly what
 * it was before the English edition: each Chinese template is the old string.
 */
import type { Indicator, IndicatorKind, Project } from '../data/schemas';
import type { DataRecords } from '../data/records';
import { langOf, storedOf, type SiteData } from '../data/types';
import { chineseMagnitude } from '../format';
import type { Lang } from '../i18n/lang';
import { formatAmountEn } from '../format';
import { amountText, indicatorText, numberText, shiftDecimal, valueAxis } from '../i18n/numbers';
import { quantityOf, type FigureColumn, type FigureRow, type Quantity } from '../figures/table';
import { fill, wordingOf, type Wording } from '../wording';


const KIND_KEY: Record<IndicatorKind, keyof Wording['charts']> = {
  actual: 'kindActual', planned: 'kindPlanned', size: 'kindSize', growth: 'kindGrowth', share: 'kindShare',
  rate: 'kindRate', count: 'kindCount', rank: 'kindRank', target: 'kindTarget',
};
/** The kinds whose card carries a tag (a level or a count needs none). */
const TAGGED: Partial<Record<IndicatorKind, keyof Wording['charts']>> = {
  planned: 'tagPlanned', growth: 'kindGrowth', share: 'kindShare', rate: 'kindRate', rank: 'kindRank', target: 'kindTarget',
};

/** A chart's words in one language. */
export interface ChartWords {
  lang: Lang;
  charts: Wording['charts'];
  tables: Wording['tables'];
  fill: typeof fill;
  /** Names in a list: "甲、乙" / "A, B". */
  list(names: readonly string[]): string;
  /** Statements joined in one sentence: "…；…" / "…; …". */
  clauses(parts: readonly string[]): string;
  /** Parts of one statement: "…，…" / "…, …". */
  parts(parts: readonly string[]): string;
  /** A text with a bracketed aside: "甲（乙）" / "A (B)"; the text alone when the aside is "". */
  bracket(text: string, note: string): string;
  /** A value marked as a target where it is one: "150亿元（目标）" / "15 billion yuan (target)". */
  target(value: string, target: boolean): string;
  /** A sentence: "…。" / "….". */
  sentence(text: string): string;
  /** How a kind of indicator is named in tables: "增速" / "Growth". */
  kindLabel(kind: IndicatorKind): string;
  /** The tag a card of that kind carries, if any. */
  kindTag(kind: IndicatorKind): string | undefined;
  /** "2025年" / "2025". */
  year(year: number): string;
  /** A plain number: "2,278.3". */
  number(value: number, decimals?: number): string;
  /** An indicator's value as printed: "973.43亿元" / "97.34 billion yuan". */
  indicator(indicator: Indicator, value?: number): string;
  /** A project's amount as printed: "5,000万元" / "50 million yuan". */
  amount(project: Project): string;
  /**
   * An indicator's number for the table and the CSV: Chinese as published (973.43, 亿元, 约);
   * English converted (97.343, "billion yuan", "about"), so value × unit is the same amount.
   */
  quantity(indicator: Indicator): Quantity;
  /** A project's amount for the table and the CSV, as `quantity`. */
  amountQuantity(project: Project): Quantity;
}

/** The words of `data`'s language, numbers formatted for it (English numbers read data.stored). */
export function chartWords(data: DataRecords | Pick<SiteData, 'lang' | 'stored'>): ChartWords {
  const lang = langOf(data);
  const numbers = data as Pick<SiteData, 'lang' | 'stored'>;
  const wording = wordingOf(lang);
  const en = lang === 'en';
  return {
    lang,
    charts: wording.charts,
    tables: wording.tables,
    fill,
    list: (names) => names.join(en ? ', ' : '、'),
    clauses: (parts) => parts.join(en ? '; ' : '；'),
    parts: (parts) => parts.join(en ? ', ' : '，'),
    bracket: (text, note) => (note === '' ? text : fill(wording.charts.bracket, { text, note })),
    target: (value, target) => (target ? fill(wording.charts.withTarget, { value }) : value),
    sentence: (text) => fill(wording.charts.sentence, { text }),
    kindLabel: (kind) => wording.charts[KIND_KEY[kind]],
    kindTag: (kind) => (TAGGED[kind] ? wording.charts[TAGGED[kind]!] : undefined),
    year: (year) => fill(wording.charts.year, { year: String(year) }),
    number: (value, decimals) => numberText(numbers, value, decimals),
    indicator: (indicator, value) => indicatorText(numbers, indicator, value),
    amount: (project) => amountText(numbers, project),
    quantity: (indicator) => {
      if (!en) return quantityOf(indicator, wording.tables);
      const stored = storedIndicator(data as DataRecords, indicator);
      const englishUnit = stored.en?.unit;
      if (typeof englishUnit !== 'string') throw new Error(`indicators → ${indicator.id}: no English unit (en.unit) for "${stored.unit}"`);
      return convertedQuantity(data as DataRecords, stored, englishUnit, wording.tables);
    },
    amountQuantity: (project) => {
      if (!en) return quantityOf(project.amount, wording.tables);
      const { amount } = storedProject(data as DataRecords, project);
      // What the currency counts, as the English amount names it ("yuan", "US dollars").
      const currency = formatAmountEn({ value: 2, unit: '', currency: amount.currency }).replace(/^2 /, '');
      return convertedQuantity(data as DataRecords, amount, currency, wording.tables);
    },
  };
}

/** A stored number in English: its Chinese magnitude converted into the unit (97.343, "billion yuan"). */
function convertedQuantity(data: DataRecords, record: { value: number; unit: string; qualifier: string; kind?: string }, englishUnit: string, tables: Wording['tables']): Quantity {
  const axis = valueAxis(data, record.unit, englishUnit, record.value);
  return { ...quantityOf(record, tables), value: shiftDecimal(record.value, axis.places), unit: axis.unit };
}

/**
 * The English of what a stored Chinese unit counts, where the record has no English unit (a
 * cluster's value added in 亿元): its counted part (元) looked up in the wording (charts.yuanZh →
 * charts.yuan). Chinese data: the unit itself.
 */
export function countedUnit(data: DataRecords, storedUnit: string, where: string): string {
  if (langOf(data) === 'zh') return storedUnit;
  const rest = chineseMagnitude(storedUnit).rest;
  if (rest === wordingOf('zh').charts.yuan) return wordingOf('en').charts.yuan;
  throw new Error(`${where}: no English for the unit "${storedUnit}": the chart knows the English of ${wordingOf('zh').charts.yuan} only (wording charts.yuan)`);
}

/** A stored indicator or project as the data set keeps it (Chinese unit with magnitude, `en:` block). */
export function storedIndicator(data: DataRecords, indicator: Indicator): Indicator & { en?: Record<string, unknown> } {
  return (storedOf(data).indicators.get(indicator.id) ?? indicator) as Indicator & { en?: Record<string, unknown> };
}

export function storedProject(data: DataRecords, project: Project): Project {
  return storedOf(data).projects.get(project.id) ?? project;
}

/**
 * The columns of a table of indicators and the facts listed with them (the compute chart, a
 * key-figure strip): item, value, kind, date, scope or place, note; `item` and `place` name the
 * headers those two columns take.
 */
export function indicatorColumns(words: ChartWords, item: 'colItem' | 'colIndicator', place: 'colPlace' | 'colScope'): FigureColumn[] {
  const t = words.tables;
  return [
    { key: 'item', label: t[item] },
    { key: 'value', label: t.colValue, quantity: true },
    { key: 'kind', label: t.colKind },
    { key: 'date', label: t.colDate },
    { key: 'place', label: t[place] },
    { key: 'note', label: t.colNote },
  ];
}

/** An indicator's row in such a table, with its value as the figure prints it. */
export function indicatorRow(indicator: Indicator, value: string, words: ChartWords): FigureRow {
  return {
    cells: { item: indicator.label, value, kind: words.kindLabel(indicator.kind), date: indicator.period.label, place: indicator.scope, note: indicator.measures },
    source: indicator.source,
    quantity: words.quantity(indicator),
  };
}
