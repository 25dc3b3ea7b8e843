import { formatLocale } from 'd3-format';
import zhCN from 'd3-format/locale/zh-CN';

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
