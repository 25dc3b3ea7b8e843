import { describe, expect, test } from 'vitest';
import {
  chineseMagnitude, decimalsOf, formatAmountEn, formatIndicator, formatIndicatorEn, formatNumber, formatNumberEn, formatValue, formatValueEn,
} from '../../src/lib/format';

describe('formatNumber', () => {
  test.each([
    [973.43, '973.43'],
    [2278.3, '2,278.3'],
    [1023.6, '1,023.6'],
    [355, '355'],
    [5000, '5,000'],
    [27.75, '27.75'],
  ])('formatNumber(%s) keeps the source precision: %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
  test('a sum with a float artefact is printed at the precision asked for', () => {
    expect(formatNumber(0.1 + 0.2, 1)).toBe('0.3');
  });
  test('NaN and infinities throw instead of printing', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(/finite/);
    expect(() => formatNumber(Infinity)).toThrow(/finite/);
  });
  test('decimalsOf counts printed decimals', () => {
    expect(decimalsOf(90.7)).toBe(1);
    expect(decimalsOf(60)).toBe(0);
  });
});

describe('formatValue', () => {
  test('qualifiers read as in Chinese print', () => {
    expect(formatValue(65, '%', 'about')).toBe('约65%');
    expect(formatValue(1000, '亿元', 'over')).toBe('超1,000亿元');
    expect(formatValue(40, '家', 'at-least')).toBe('40家以上');
    expect(formatValue(50, '%', 'up-to')).toBe('高达50%');
    expect(formatValue(973.43, '亿元')).toBe('973.43亿元');
    expect(formatValue(50, '%', 'nearly')).toBe('近50%');
    expect(formatValue(5000, '亿元', 'order')).toBe('5,000亿元级');
  });
  test('an unknown qualifier throws', () => {
    expect(() => formatValue(1, '个', 'roughly')).toThrow(/unknown qualifier/);
  });
  test('ranks', () => {
    expect(formatIndicator({ value: 1, unit: '位', qualifier: 'exact', kind: 'rank' })).toBe('第1位');
    expect(formatIndicator({ value: 3, unit: '位', qualifier: 'up-to', kind: 'rank' })).toBe('前3位');
  });
  test('planned amounts and sizes read like any value, with their qualifiers', () => {
    expect(formatIndicator({ value: 5, unit: '亿元', qualifier: 'exact', kind: 'planned' })).toBe('5亿元');
    expect(formatIndicator({ value: 5000, unit: '亿元', qualifier: 'order', kind: 'size' })).toBe('5,000亿元级');
    expect(formatIndicator({ value: 1000, unit: '亿元', qualifier: 'nearly', kind: 'size' })).toBe('近1,000亿元');
  });
});

describe('English formatting (en-US, Chinese magnitudes converted)', () => {
  // Rounding rule: the exact value (decimal arithmetic, no float artefacts) in trillions, billions
  // or millions from a million up, rounded half away from zero to at most 2 decimals, trailing zeros dropped.
  test.each([
    [973.43, '亿元', 'yuan', '97.34 billion yuan'],
    [5000, '万元', 'yuan', '50 million yuan'],
    [1400, '万卡', 'cards', '14 million cards'],
    [5, '亿元', 'yuan', '500 million yuan'],
    [1023.6, '亿元', 'yuan', '102.36 billion yuan'],
    [2278.3, '亿元', 'yuan', '227.83 billion yuan'],
    [20.1, '亿元', 'yuan', '2.01 billion yuan'],
    [60, '亿元', 'yuan', '6 billion yuan'],
    [1.5, '万亿元', 'yuan', '1.5 trillion yuan'],
    [1.5, '万元', 'yuan', '15,000 yuan'],
    [355, '个', 'projects', '355 projects'],
    [45.3, '%', '%', '45.3%'],
    [27.75, '%', '%', '27.75%'],
    [9999.999, '万元', 'yuan', '100 million yuan'],
    [99999.999, '万元', 'yuan', '1 billion yuan'],
    [-12.5, '亿元', 'yuan', '−1.25 billion yuan'], // d3's minus sign, U+2212
  ])('formatValueEn(%s, %s, %s) → %s', (value, unit, english, expected) => {
    expect(formatValueEn(value, unit, english)).toBe(expected);
  });

  test('rounds half away from zero on the exact decimal', () => {
    expect(formatNumberEn(1.005, 8)).toBe('100.5 million');
    expect(formatNumberEn(0.125, 0)).toBe('0.13');
    expect(formatNumberEn(1234.565, 4)).toBe('12.35 million');
  });

  test('chineseMagnitude reads the prefix of a unit', () => {
    expect(chineseMagnitude('亿元')).toEqual({ prefix: '亿', exponent: 8, factor: 1e8, rest: '元' });
    expect(chineseMagnitude('万亿元').exponent).toBe(12);
    expect(chineseMagnitude('个')).toEqual({ prefix: '', exponent: 0, factor: 1, rest: '个' });
    expect(chineseMagnitude('万').factor).toBe(1);
  });

  test('qualifiers, singulars and ranks', () => {
    expect(formatValueEn(65, '%', '%', 'about')).toBe('about 65%');
    expect(formatValueEn(1000, '亿元', 'yuan', 'over')).toBe('over 100 billion yuan');
    expect(formatValueEn(40, '家', 'firms', 'at-least')).toBe('at least 40 firms');
    expect(formatValueEn(50, '%', '%', 'up-to')).toBe('up to 50%');
    expect(formatValueEn(50, '%', '%', 'nearly')).toBe('nearly 50%');
    expect(formatValueEn(5000, '亿元', 'yuan', 'order')).toBe('on the order of 500 billion yuan');
    expect(formatValueEn(1, '个', 'centre|centres')).toBe('1 centre');
    expect(formatValueEn(14, '个', 'centre|centres')).toBe('14 centres');
    expect(formatIndicatorEn({ value: 1, unit: '位', qualifier: 'exact', kind: 'rank', en: { unit: 'place' } })).toBe('No. 1');
    expect(formatIndicatorEn({ value: 3, unit: '位', qualifier: 'up-to', kind: 'rank', en: { unit: 'place' } })).toBe('top 3');
    expect(formatIndicatorEn({ value: 973.43, unit: '亿元', qualifier: 'exact', kind: 'planned', en: { unit: 'yuan' } })).toBe('97.34 billion yuan');
  });

  test('amounts take their currency', () => {
    expect(formatAmountEn({ value: 1, unit: '亿美元', currency: 'USD' })).toBe('100 million US dollars');
    expect(formatAmountEn({ value: 1000, unit: '万元', currency: 'CNY', qualifier: 'over' })).toBe('over 10 million yuan');
  });

  test('nothing prints NaN, undefined or a Chinese unit: it throws', () => {
    expect(() => formatNumberEn(Number.NaN)).toThrow(/finite/);
    expect(() => formatValueEn(Infinity, '亿元', 'yuan')).toThrow(/finite/);
    expect(() => formatValueEn(1, '亿元', '')).toThrow(/no English unit/);
    expect(() => formatValueEn(1, '亿元', '亿元')).toThrow(/is Chinese/);
    expect(() => formatValueEn(1, '个', 'x', 'roughly')).toThrow(/unknown qualifier/);
    // A localized record has lost its en block, and with it the magnitude: refused, not printed 10^8 too small.
    expect(() => formatIndicatorEn({ value: 5, unit: 'yuan', qualifier: 'exact', kind: 'planned' })).toThrow(/as stored/);
  });
});
