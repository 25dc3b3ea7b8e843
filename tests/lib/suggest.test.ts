import { expect, test } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/lib/suggest';

test('editDistance(a, b) counts insertions, deletions and substitutions', () => {
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(editDistance('', 'abc')).toBe(3);
  expect(editDistance('same', 'same')).toBe(0);
});

test('closest(id, known) finds a typo, a missing part or a case slip, and nothing for an unrelated id', () => {
  const known = ['chart-national-clusters', 'chart-compute-share', 'map-2022-tiers'];
  expect(closest('chart-national-cluster', known)).toBe('chart-national-clusters');
  expect(closest('Map-2022-Tiers', known)).toBe('map-2022-tiers');
  expect(closest('chart-compute', known)).toBe('chart-compute-share');
  expect(closest('timeline', known)).toBeUndefined();
  expect(closest('x', [])).toBeUndefined();
});

test('didYouMean(id, known) is a parenthesis to append, or empty', () => {
  expect(didYouMean('chart-national-cluster', ['chart-national-clusters'])).toBe(' (did you mean "chart-national-clusters"?)');
  expect(didYouMean('zzz', ['chart-national-clusters'])).toBe('');
});
