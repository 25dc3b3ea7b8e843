import { formatLocale } from 'd3-format';
import zhCN from 'd3-format/locale/zh-CN';
import enUS from 'd3-format/locale/en-US';

const locale = formatLocale(zhCN as Parameters<typeof formatLocale>[0]);

/** Decimal places a published figure was printed with (973.43 → 2, 1023.6 → 1, 355 → 0). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) throw new Error(`expected a finite number, got ${value}`);
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * Formats a number the way the source printed it: zh-CN grouping (2,278.3), the source's own
 * precision and no float artefacts. Throws on NaN and infinities instead of printing them.
 */
export function formatNumber(value: number, decimals = decimalsOf(value)): string {
  if (!Number.isFinite(value)) throw new Error(`expected a finite number, got ${value}`);
  return locale.format(`,.${decimals}f`)(value);
}

const QUALIFIER_PREFIX: Record<string, string> = { exact: '', about: '约', nearly: '近', over: '超', 'at-least': '', 'up-to': '高达', order: '' };
const QUALIFIER_SUFFIX: Record<string, string> = { exact: '', about: '', nearly: '', over: '', 'at-least': '以上', 'up-to': '', order: '级' };

/**
 * A value with its unit and qualifier, as a reader reads it: "973.43亿元", "约65%", "超1,000亿元",
 * "40家以上", "近50%", "5,000亿元级". Units follow the number without a space, as in Chinese print.
 */
export function formatValue(value: number, unit: string, qualifier: string = 'exact'): string {
  const prefix = QUALIFIER_PREFIX[qualifier];
  const suffix = QUALIFIER_SUFFIX[qualifier];
  if (prefix === undefined || suffix === undefined) throw new Error(`unknown qualifier "${qualifier}"`);
  return `${prefix}${formatNumber(value)}${unit}${suffix}`;
}

/**
 * An indicator as printed on a key-figure card: ranks read "第1位" or "前3位", everything else
 * goes through formatValue.
 */
export function formatIndicator(indicator: { value: number; unit: string; qualifier: string; kind: string }): string {
  if (indicator.kind === 'rank') {
    const place = formatNumber(indicator.value, 0);
    return indicator.qualifier === 'up-to' ? `前${place}${indicator.unit}` : `第${place}${indicator.unit}`;
  }
  return formatValue(indicator.value, indicator.unit, indicator.qualifier);
}

/*
 * English (the edition at /en/): d3-format's en-US locale, and Chinese magnitudes converted.
 * A Chinese unit may start with a magnitude (亿元 = 100 million yuan, 万卡 = 10 thousand cards);
 * the English unit of a record (`en.unit`) is only what is counted ("yuan", "cards"), and the
 * number carries the magnitude: 973.43亿元 → "97.34 billion yuan".
 */

const enLocale = formatLocale(enUS as Parameters<typeof formatLocale>[0]);

/** Chinese magnitude prefixes, longest first. */
const MAGNITUDES: readonly (readonly [string, number])[] = [['万亿', 12], ['千万', 7], ['百万', 6], ['亿', 8], ['万', 4]];

/** The magnitude a Chinese unit starts with: 亿元 → { prefix: 亿, factor: 1e8, exponent: 8, rest: 元 }; 个 → factor 1. */
export function chineseMagnitude(unit: string): { prefix: string; exponent: number; factor: number; rest: string } {
  for (const [prefix, exponent] of MAGNITUDES) {
    if (unit.startsWith(prefix) && unit.length > prefix.length) return { prefix, exponent, factor: 10 ** exponent, rest: unit.slice(prefix.length) };
  }
  return { prefix: '', exponent: 0, factor: 1, rest: unit };
}

/** The English scales a large number is written in, largest first: "97.34 billion". */
const SCALES: readonly (readonly [string, number])[] = [['trillion', 12], ['billion', 9], ['million', 6]];

/** Most decimals an English converted number keeps (97.343 billion → 97.34 billion). */
export const EN_MAX_DECIMALS = 2;

/** A finite number as an exact decimal: digits × 10^exponent (973.43 → 97343n, -2). */
function decimal(value: number): { digits: bigint; exponent: number } {
  const decimals = decimalsOf(value);
  return { digits: BigInt(Math.round(value * 10 ** decimals)), exponent: -decimals };
}

/** digits × 10^exponent rounded to `places` decimals, half away from zero, as a plain decimal string without trailing zeros. */
function roundedText(digits: bigint, exponent: number, places: number): string {
  let scaled = digits;
  let exp = exponent;
  if (exp < -places) {
    const divisor = 10n ** BigInt(-places - exp);
    const half = divisor / 2n;
    const sign = scaled < 0n ? -1n : 1n;
    scaled = sign * ((sign * scaled + half) / divisor);
    exp = -places;
  }
  while (exp < 0 && scaled % 10n === 0n) { scaled /= 10n; exp += 1; }
  const negative = scaled < 0n;
  let text = (negative ? -scaled : scaled).toString();
  if (exp > 0) text += '0'.repeat(exp);
  else if (exp < 0) { text = text.padStart(-exp + 1, '0'); text = `${text.slice(0, exp)}.${text.slice(exp)}`; }
  return `${negative && scaled !== 0n ? '-' : ''}${text}`;
}

/**
 * A number in English, a Chinese magnitude (10^`exponent`) converted: the exact value is written
 * in trillions, billions or millions from a million up, else in full with en-US grouping; rounded
 * half away from zero to at most EN_MAX_DECIMALS decimals, trailing zeros dropped. 973.43 at 10^8
 * → "97.34 billion"; 5,000 at 10^4 → "50 million"; 5 at 10^8 → "500 million"; 1.5 at 10^4 →
 * "15,000"; 2,278.3 → "2,278.3". Throws on NaN and infinities.
 */
export function formatNumberEn(value: number, exponent = 0): string {
  if (!Number.isFinite(value)) throw new Error(`expected a finite number, got ${value}`);
  const { digits, exponent: own } = decimal(value);
  const total = own + exponent;
  const grouped = (text: string) => enLocale.format(`,.${decimalsOf(Number(text))}f`)(Number(text));
  // The scale, smallest first, is the largest the value reaches once rounded (999.999 million is 1 billion).
  let result = grouped(roundedText(digits, total, EN_MAX_DECIMALS));
  for (const [name, scale] of [...SCALES].reverse()) {
    const text = roundedText(digits, total - scale, EN_MAX_DECIMALS);
    if (Math.abs(Number(text)) >= 1) result = `${grouped(text)} ${name}`;
  }
  return result;
}

const QUALIFIER_EN: Record<string, (value: string) => string> = {
  exact: (value) => value, about: (value) => `about ${value}`, nearly: (value) => `nearly ${value}`, over: (value) => `over ${value}`,
  'at-least': (value) => `at least ${value}`, 'up-to': (value) => `up to ${value}`, order: (value) => `on the order of ${value}`,
};

/**
 * An English unit after a number: "%" sticks to it ("65%"); a unit written "singular|plural"
 * ("centre|centres") takes its singular after exactly 1; anything else follows after a space.
 */
function unitAfter(number: string, englishUnit: string): string {
  if (englishUnit === '%') return `${number}%`;
  const [singular, plural = singular] = englishUnit.split('|') as [string, string?];
  return `${number} ${number === '1' ? singular : plural}`;
}

/**
 * A value with its unit and qualifier in English: `unit` is the Chinese unit (its magnitude is
 * converted), `englishUnit` what is counted. formatValueEn(973.43, '亿元', 'yuan') → "97.34
 * billion yuan"; (1400, '万卡', 'cards') → "14 million cards"; (65, '%', '%', 'about') → "about 65%".
 */
export function formatValueEn(value: number, unit: string, englishUnit: string, qualifier: string = 'exact'): string {
  const qualify = QUALIFIER_EN[qualifier];
  if (!qualify) throw new Error(`unknown qualifier "${qualifier}"`);
  if (englishUnit.trim() === '') throw new Error(`no English unit for "${unit}"`);
  if (englishUnit !== '%' && /\p{Script=Han}/u.test(englishUnit)) throw new Error(`the English unit "${englishUnit}" is Chinese: format the record as stored, with its en.unit`);
  return qualify(unitAfter(formatNumberEn(value, chineseMagnitude(unit).exponent), englishUnit));
}

/**
 * An indicator as an English card prints it, from the record as stored (its Chinese unit carries
 * the magnitude, `en.unit` what is counted): ranks read "No. 1" or "top 3".
 */
export function formatIndicatorEn(indicator: { value: number; unit: string; qualifier: string; kind: string; en?: Record<string, unknown> }): string {
  const englishUnit = indicator.en?.unit;
  if (typeof englishUnit !== 'string') throw new Error(`no English unit (en.unit) for the unit "${indicator.unit}": format the indicator as stored, not localized`);
  if (indicator.kind === 'rank') {
    const place = formatNumberEn(indicator.value);
    return indicator.qualifier === 'up-to' ? `top ${place}` : `No. ${place}`;
  }
  return formatValueEn(indicator.value, indicator.unit, englishUnit, indicator.qualifier);
}

/** The currencies amounts are published in, in English. */
const CURRENCY_EN: Record<string, string> = { CNY: 'yuan', USD: 'US dollars' };

/** A project's amount in English: { value: 1, unit: 亿美元, currency: USD } → "100 million US dollars". */
export function formatAmountEn(amount: { value: number; unit: string; currency: string; qualifier?: string }): string {
  const currency = CURRENCY_EN[amount.currency];
  if (!currency) throw new Error(`unknown currency "${amount.currency}"; expected one of ${Object.keys(CURRENCY_EN).join(', ')}`);
  return formatValueEn(amount.value, amount.unit, currency, amount.qualifier ?? 'exact');
}
