import type { Indicator, IndicatorKind } from '../data/schemas';
import { formatNumber } from '../format';
import { requireNumber } from './fail';
import { chartWords, type ChartWords } from './words';

const CHINESE = chartWords({ lang: 'zh' });
const KINDS: readonly IndicatorKind[] = ['actual', 'planned', 'size', 'growth', 'share', 'rate', 'count', 'rank', 'target'];

/** How each kind of indicator is named in Chinese tables (wording charts.kind*; other languages: chartWords(data).kindLabel). */
export const KIND_LABEL: Record<IndicatorKind, string> = Object.fromEntries(KINDS.map((kind) => [kind, CHINESE.kindLabel(kind)])) as Record<IndicatorKind, string>;

/** The tag a Chinese card carries for kinds that change how its number reads (a level or count needs none). */
export const KIND_TAG: Partial<Record<IndicatorKind, string>> = Object.fromEntries(KINDS.flatMap((kind) => {
  const tag = CHINESE.kindTag(kind);
  return tag === undefined ? [] : [[kind, tag]];
}));
/** A printed figure split so the number can be set large: "约" + "5,000" + "亿元". */
export interface ValueParts {
  before: string;
  number: string;
  after: string;
  /** The whole, as printed: "约5,000亿元". */
  text: string;
}

/** Whether a value is written with words around its number ("over 100 billion yuan"): it may wrap between them. */
export const hasWords = (value: ValueParts): boolean => /\s/.test(`${value.before}${value.after}`);

/** A value on a card, with its own date when a card compares two dates. */
export interface CardValue extends ValueParts {
  when?: string;
}

/** A key-figure card: what the strips and the chart annotations are made of. */
export interface Card {
  /** Id of the record (or the first record) it shows. */
  id: string;
  /** Indicator kind, or the kind of record for cards without a number. */
  kind: IndicatorKind | 'facility' | 'milestone';
  tag?: string;
  values: CardValue[];
  label: string;
  /** Date and place, e.g. "2025年 · 平湖市". */
  meta: string;
  /** A sentence of explanation, where the chart gives one. */
  note?: string;
}

/**
 * An indicator's printed value in parts, in the language of `words`; `chart` names the chart in
 * the error for a bad value. English: the first number of the converted text ("about 97.34
 * billion yuan" → "about " + "97.34" + " billion yuan").
 */
export function valueParts(indicator: Indicator, chart: string, words: ChartWords = CHINESE): ValueParts {
  const value = requireNumber(indicator.value, 'indicators', indicator.id, 'value', chart);
  const text = words.indicator(indicator, value);
  const number = words.lang === 'zh' ? formatNumber(value) : (/-?\d[\d,]*(?:\.\d+)?/.exec(text)?.[0] ?? '');
  const at = number === '' ? -1 : text.indexOf(number);
  if (at === -1) throw new Error(`indicator ${indicator.id}: "${number}" not found in "${text}"`);
  return { before: text.slice(0, at), number, after: text.slice(at + number.length), text };
}

/** "2025年 · 平湖市": an indicator's period and scope. */
export function indicatorMeta(indicator: Indicator): string {
  return `${indicator.period.label} · ${indicator.scope}`;
}

/** One card for one indicator: value, label, period and scope, and a tag for its kind. */
export function indicatorCard(indicator: Indicator, chart: string, note?: string, words: ChartWords = CHINESE): Card {
  return {
    id: indicator.id,
    kind: indicator.kind,
    tag: words.kindTag(indicator.kind),
    values: [valueParts(indicator, chart, words)],
    label: indicator.label,
    meta: indicatorMeta(indicator),
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * One card for the same measure published at different dates (e.g. compute projects under
 * construction: 5 in autumn 2025, 4 in 2026): the values side by side, each with its own date,
 * never added up or merged.
 */
export function comparisonCard(indicators: readonly Indicator[], chart: string, words: ChartWords = CHINESE): Card {
  const [first] = indicators;
  if (!first) throw new Error('comparisonCard: no indicators');
  const scopes = [...new Set(indicators.map((indicator) => indicator.scope))];
  return {
    id: first.id,
    kind: first.kind,
    tag: words.kindTag(first.kind),
    values: indicators.map((indicator) => ({ ...valueParts(indicator, chart, words), when: indicator.period.label })),
    label: first.label,
    meta: words.list(scopes),
  };
}

/** Indicators grouped by label, in order of first appearance: same-label ones compare dates. */
export function groupByLabel(indicators: readonly Indicator[]): Indicator[][] {
  const groups = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    const group = groups.get(indicator.label);
    if (group) group.push(indicator);
    else groups.set(indicator.label, [indicator]);
  }
  return [...groups.values()];
}

/**
 * How many columns a grid of `count` cards takes, at most `max`: the most columns whose last row
 * lacks at most one card, so a row never ends with a lone card beside empty space (6 cards in
 * 3 + 3, never 4 + 2; 8 in 4 + 4; 7 in 4 + 3). Throws on a count or maximum that is not a whole
 * number ≥ 1 (≥ 0 for the count).
 */
export function balancedColumns(count: number, max: number): number {
  if (!Number.isInteger(count) || count < 0 || !Number.isInteger(max) || max < 1) {
    throw new Error(`balancedColumns: expected a whole count ≥ 0 and a maximum ≥ 1, got ${count} and ${max}`);
  }
  for (let columns = Math.min(max, Math.max(count, 1)); columns > 1; columns -= 1) {
    const empty = (columns - (count % columns)) % columns;
    if (empty <= 1) return columns;
  }
  return 1;
}
