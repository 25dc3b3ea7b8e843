/** The general chart kinds' fields in figureSchema: what an editor is told when one is missing. */
import { describe, expect, test } from 'vitest';
import { figureSchema } from '../../../src/lib/data/schemas';
import { siteDataFromFiles } from '../../helpers/site-data';

const [first, second] = [...siteDataFromFiles().indicators.keys()];
const base = { id: 'chart-test', title: '测试图', dek: '测试用的图' };
const issues = (record: object) => {
  const parsed = figureSchema.safeParse({ ...base, ...record });
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('bar-chart', () => {
  test('with indicators, or with groups and series, is valid', () => {
    expect(issues({ kind: 'bar-chart', indicators: [first] })).toEqual([]);
    expect(issues({ kind: 'bar-chart', groups: [{ label: '甲', indicators: [first, second] }], series: ['一', '二'], layout: 'stacked' })).toEqual([]);
  });

  test('without either, says both ways to fill it', () => {
    expect(issues({ kind: 'bar-chart' })).toEqual(['indicators: a bar-chart figure needs "indicators" (one bar each), or "groups" and "series"']);
  });

  test('groups without series names the missing field', () => {
    expect(issues({ kind: 'bar-chart', groups: [{ label: '甲', indicators: [first] }] })).toEqual([
      'series: a bar-chart with groups needs "groups" (rows) and "series" (the bars in each row); missing: "series"',
    ]);
  });

  test('a group with the wrong number of indicators says how many it needs', () => {
    expect(issues({ kind: 'bar-chart', groups: [{ label: '甲', indicators: [first] }], series: ['一', '二'] })).toEqual([
      'groups.0.indicators: expected 2 indicators, one per series (一, 二); got 1',
    ]);
  });

  test('an unknown layout is refused', () => {
    expect(issues({ kind: 'bar-chart', indicators: [first], layout: 'diagonal' })[0]).toMatch(/^layout: /);
  });
});

describe('line-chart', () => {
  test('needs lines, each with at least two indicators', () => {
    expect(issues({ kind: 'line-chart' })).toEqual(['lines: a line-chart figure needs "lines"']);
    expect(issues({ kind: 'line-chart', lines: [{ label: '线', indicators: [first] }] })).toEqual(['lines.0.indicators: a line needs at least two indicators (two dates)']);
    expect(issues({ kind: 'line-chart', lines: [{ label: '线', indicators: [first, second] }] })).toEqual([]);
  });

  test('a mistyped indicator id is left to the reference check (tests/lib/data/references.test.ts)', () => {
    expect(issues({ kind: 'line-chart', lines: [{ label: '线', indicators: [first, `${second}x`] }] })).toEqual([]);
  });
});
