/**
 * Numbers as a data set's language prints them, from its records: the Chinese as the sources
 * print them (973.43亿元), the English converted (97.34 billion yuan: src/lib/format.ts). An
 * English record is localized (its unit is "yuan"), so the English formatters read the record as
 * stored (`data.stored`, whose unit 亿元 carries the magnitude) by its id.
 */
import type { DataRecords } from '../data/records';
import type { Indicator, Project } from '../data/schemas';
import { langOf, type SiteData } from '../data/types';
import {
  chineseMagnitude, formatAmountEn, formatIndicator, formatIndicatorEn, formatNumber, formatNumberEn, formatValue, formatValueEn,
} from '../format';

type NumberData = Pick<SiteData, 'lang' | 'stored'>;

function stored<K extends keyof DataRecords>(data: NumberData, collection: K, id: string): DataRecords[K] extends Map<string, infer V> ? V : never {
  const record = data.stored?.[collection].get(id);
  if (record === undefined) throw new Error(`English numbers need the ${collection} record "${id}" as stored: expected English data from getSiteData('en')`);
  return record as DataRecords[K] extends Map<string, infer V> ? V : never;
}

/** A plain number: 2,278.3 in both languages (English never converts a number without a unit). */
export function numberText(data: NumberData, value: number, decimals?: number): string {
  return langOf(data) === 'en' ? formatNumberEn(value) : formatNumber(value, decimals);
}

/** An indicator's value as its card prints it: "973.43亿元" / "97.34 billion yuan", "第1位" / "No. 1". */
export function indicatorText(data: NumberData, indicator: Indicator, value = indicator.value): string {
  if (langOf(data) === 'zh') return formatIndicator({ ...indicator, value });
  return formatIndicatorEn({ ...stored(data, 'indicators', indicator.id), value });
}

/** A project's amount: "约50亿元" / "about 5 billion yuan". */
export function amountText(data: NumberData, project: Project): string {
  if (langOf(data) === 'zh') return formatValue(project.amount.value, project.amount.unit, project.amount.qualifier);
  return formatAmountEn(stored(data, 'projects', project.id).amount);
}

/**
 * A value in a stored Chinese unit with the English of what it counts: ("亿元", "yuan") →
 * "150亿元" / "15 billion yuan". `unit` is always the Chinese (stored) unit.
 */
export function valueText(data: NumberData, value: number, unit: string, englishUnit: string, qualifier = 'exact'): string {
  return langOf(data) === 'en' ? formatValueEn(value, unit, englishUnit, qualifier) : formatValue(value, unit, qualifier);
}

/**
 * The factor that turns values in a stored Chinese unit into the numbers an English axis shows,
 * and the scale word that goes with them: 亿元 values on a scale up to 1,000 → × 0.1, "billion".
 * Chinese: factor 1 and no word (the unit says it).
 */
export function axisScale(data: NumberData, unit: string, largest: number): { factor: number; scale: string } {
  if (langOf(data) === 'zh') return { factor: 1, scale: '' };
  const exponent = chineseMagnitude(unit).exponent;
  const total = Math.log10(Math.max(Math.abs(largest), 1)) + exponent;
  const [scale, power] = total >= 12 ? ['trillion', 12] : total >= 9 ? ['billion', 9] : total >= 6 ? ['million', 6] : ['', 0];
  return { factor: 10 ** (exponent - power), scale };
}

/** An English unit as a caption or header names it: "centre|centres" → "centres". */
export const pluralUnit = (unit: string) => unit.split('|').at(-1)!;

/**
 * Round-trip-safe decimal shift: value × 10^places as the nearest double to the exact decimal
 * (973.43 × 10^-1 → 97.343, never 97.34299999999999).
 */
export function shiftDecimal(value: number, places: number): number {
  if (places === 0) return value;
  const text = String(value);
  return /e/i.test(text) ? value * 10 ** places : Number(`${text}e${places}`);
}

/**
 * A value axis in the data's language: the factor that turns stored values into the numbers on
 * the axis, and the unit its caption names. Chinese: factor 1, the stored unit ("亿元"). English:
 * the Chinese magnitude converted for the largest value (亿元 up to 1,000 → × 0.1, "billion
 * yuan"); `englishUnit` is what is counted ("yuan").
 */
export function valueAxis(data: DataRecords, storedUnit: string, englishUnit: string, largest: number): { factor: number; unit: string; places: number } {
  if (langOf(data) === 'zh') return { factor: 1, unit: storedUnit, places: 0 };
  const { factor, scale } = axisScale(data as NumberData, storedUnit, largest);
  const places = Math.round(Math.log10(factor));
  const counted = pluralUnit(englishUnit);
  return { factor, places, unit: scale === '' ? counted : `${scale} ${counted}` };
}
