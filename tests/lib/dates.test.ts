import { expect, test } from 'vitest';
import { formatDate, isoDay } from '../../src/lib/dates';

test('formatDate prints a Chinese date in UTC+8', () => {
  expect(formatDate(new Date('2026-11-23T00:00:00Z'))).toBe('2026年11月23日');
  expect(formatDate(new Date('2026-11-22T20:00:00Z'))).toBe('2026年11月23日');
});
test('isoDay gives YYYY-MM-DD', () => {
  expect(isoDay(new Date('2026-03-05T00:00:00Z'))).toBe('2026-03-05');
});
test('an invalid date throws', () => {
  expect(() => formatDate(new Date('nope'))).toThrow(/valid date/);
});
