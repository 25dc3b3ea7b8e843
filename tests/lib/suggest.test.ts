import { expect, test } from 'vitest';
import { closest, didYouMean, didYouMeanNamed, editDistance, knownList, named } from '../../src/lib/suggest';

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

const counties = [{ id: '330402', name: '南湖区' }, { id: '330411', name: '秀洲区' }, { id: '330482', name: '平湖市' }];

test('named and knownList show each id with its name, the first few of a long list', () => {
  expect(named({ id: '330402', name: '南湖区' })).toBe('330402 (南湖区)');
  expect(named({ id: 'plan-2022' })).toBe('plan-2022');
  expect(knownList(counties)).toBe('330402 (南湖区), 330411 (秀洲区), 330482 (平湖市)');
  expect(knownList(counties, 2)).toBe('330402 (南湖区), 330411 (秀洲区), …');
});

test('didYouMeanNamed names the place: for a mistyped id, and for a name written where its id belongs', () => {
  expect(didYouMeanNamed('3304821', counties)).toBe(' (did you mean "330482", 平湖市?)');
  expect(didYouMeanNamed('平湖市', counties)).toBe(' (did you mean "330482", 平湖市?)');
  expect(didYouMeanNamed('平湖', counties)).toBe(' (did you mean "330482", 平湖市?)');
  expect(didYouMeanNamed('plan-202', [{ id: 'plan-2022' }])).toBe(' (did you mean "plan-2022"?)');
  expect(didYouMeanNamed('zzzzzzzz', counties)).toBe('');
  expect(didYouMeanNamed('湖', counties)).toBe('');
  expect(didYouMeanNamed('嘉兴', [{ id: 'jx-port', name: '嘉兴港区' }, { id: 'jx-etdz', name: '嘉兴经济技术开发区' }])).toBe('');
  expect(didYouMeanNamed('330402', counties)).toBe('');
});
