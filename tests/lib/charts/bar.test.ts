import { describe, expect, test } from 'vitest';
import { barDescription, barLayout, barModel, barTable } from '../../../src/lib/charts/bar';
import { NARROW, WIDE } from '../../../src/lib/charts/sizes';
import { figure, indicator, withRecords } from './general-fixtures';

const a = indicator('t-a', 40);
const b = indicator('t-b', 100, { kind: 'target', qualifier: 'about', period: { year: 2027, label: '到2027年' } });
const c = indicator('t-c', 25);
const d = indicator('t-d', 60, { kind: 'target', period: { year: 2027, label: '到2027年' } });
const single = figure('t-single', { indicators: ['t-a', 't-b'] });
const grouped = figure('t-grouped', { groups: [{ label: '甲', indicators: ['t-a', 't-b'] }, { label: '乙', indicators: ['t-c', 't-d'] }], series: ['实绩', '目标'] });
const stacked = figure('t-stacked', { ...grouped, id: 't-stacked', layout: 'stacked' });
const data = withRecords([a, b, c, d], [single, grouped, stacked]);

describe('barModel(figure, data)', () => {
  test('one bar per indicator, targets marked, the longest bar as the maximum', () => {
    const model = barModel(single, data);
    expect(model.layout).toBe('single');
    expect(model.rows.map((row) => [row.label, row.marks.map((m) => [m.text, m.target])])).toEqual([
      ['指标t-a', [['40亿元', false]]],
      ['指标t-b', [['约100亿元', true]]],
    ]);
    expect(model.max).toBe(100);
    expect(model.unit).toBe('亿元');
  });

  test('groups: grouped takes the longest bar as the maximum, stacked the longest stack', () => {
    expect(barModel(grouped, data).max).toBe(100);
    expect(barModel(stacked, data).max).toBe(140);
    expect(barModel(stacked, data).rows[1]!.marks.map((m) => m.series)).toEqual([0, 1]);
  });

  test('two units on one scale fail, naming the figure and both indicators', () => {
    const mixed = withRecords([a, indicator('t-pct', 5, { unit: '%' })], [figure('t-mixed', { indicators: ['t-a', 't-pct'] })]);
    expect(() => barModel(mixed.figures.get('t-mixed')!, mixed)).toThrow('content/data/figures.yaml → t-mixed: the bar chart draws every value on one scale, but "t-a" is in 亿元 and "t-pct" in %');
  });

  test('a negative value fails naming the indicator', () => {
    const negative = withRecords([indicator('t-neg', -3)], [figure('t-n', { indicators: ['t-neg'] })]);
    expect(() => barModel(negative.figures.get('t-n')!, negative)).toThrow(/indicators\.yaml → t-neg: value -3 is negative/);
  });

  test('an unknown indicator names the figure', () => {
    const broken = withRecords([], [figure('t-x', { indicators: ['t-missing'] })]);
    expect(() => barModel(broken.figures.get('t-x')!, broken)).toThrow(/figures\.yaml → t-x: indicators: unknown indicators id "t-missing"/);
  });
});

describe('barTable(model)', () => {
  test('one row per bar with its value as printed, kind, date and source; a series column for groups', () => {
    const table = barTable(barModel(grouped, data));
    expect(table.columns.map((column) => column.key)).toEqual(['row', 'series', 'value', 'kind', 'date', 'scope']);
    expect(table.rows.map((row) => [row.cells.row, row.cells.series, row.cells.value, row.cells.kind])).toEqual([
      ['甲', '实绩', '40亿元', '实绩'], ['甲', '目标', '约100亿元', '目标'], ['乙', '实绩', '25亿元', '实绩'], ['乙', '目标', '60亿元', '目标'],
    ]);
    expect(barTable(barModel(single, data)).columns.map((column) => column.key)).not.toContain('series');
  });
});

test('barDescription(model) names every bar and its value', () => {
  expect(barDescription(barModel(single, data))).toBe('条形图（横向，单位亿元）。指标t-a：40亿元；指标t-b：约100亿元（目标）。');
});

describe('barLayout(model, size)', () => {
  test.each([WIDE, NARROW])('$name: bar lengths are proportional to the values, all inside the width', (size) => {
    const layout = barLayout(barModel(single, data), size);
    const [barA, barB] = layout.rows.map((row) => row.bars[0]!);
    expect(barA!.width / barB!.width).toBeCloseTo(0.4, 1);
    for (const row of layout.rows) for (const value of row.values) expect(value.text.x).toBeLessThanOrEqual(size.width);
    expect(layout.key.map((item) => item.label.text)).toEqual(['实际', '目标']);
    // The 0 tick at the left edge of the narrow drawing is aligned inward, not cut in half.
    expect(layout.axis.ticks[0]!.label.anchor).toBe(size.stacked ? 'start' : 'middle');
  });

  test('grouped bars sit one under another in a row; stacked segments end to end', () => {
    const g = barLayout(barModel(grouped, data), WIDE).rows[0]!.bars;
    expect(g[1]!.y).toBeGreaterThan(g[0]!.y);
    expect(g[1]!.x).toBe(g[0]!.x);
    const s = barLayout(barModel(stacked, data), WIDE).rows[0]!.bars;
    expect(s[1]!.y).toBe(s[0]!.y);
    expect(s[1]!.x).toBeCloseTo(s[0]!.x + s[0]!.width, 0);
  });

  test('the key lists the series when there are several', () => {
    expect(barLayout(barModel(grouped, data), WIDE).key.map((item) => item.label.text)).toEqual(['实绩', '目标', '实际', '目标']);
  });
});
