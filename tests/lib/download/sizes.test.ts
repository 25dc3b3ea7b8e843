import { expect, test } from 'vitest';
import { formatBytes } from '../../../src/lib/download/sizes';

test.each([
  [0, '0 B'], [850, '850 B'], [1024, '1.0 KB'], [12_600, '12 KB'], [9_999, '9.8 KB'], [2_500_000, '2.4 MB'],
])('formatBytes(%i) = %s', (bytes, text) => {
  expect(formatBytes(bytes)).toBe(text);
});

test('formatBytes rejects fractions and negatives', () => {
  expect(() => formatBytes(1.5)).toThrow(/whole number/);
  expect(() => formatBytes(-1)).toThrow(/whole number/);
});
