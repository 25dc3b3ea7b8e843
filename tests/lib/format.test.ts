import { describe, expect, test } from 'vitest';
import { decimalsOf, formatIndicator, formatNumber, formatValue } from '../../src/lib/format';

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
