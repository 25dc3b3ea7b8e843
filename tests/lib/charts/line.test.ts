import { describe, expect, test } from 'vitest';
import { lineDescription, lineLayout, lineModel, lineTable } from '../../../src/lib/charts/line';
import { NARROW, WIDE } from '../../../src/lib/charts/sizes';
import { figure, indicator, withRecords } from './general-fixtures';

const y2021 = indicator('l-2021', 30, { period: { year: 2021, label: '2021年' } });
const y2023 = indicator('l-2023', 60, { kind: 'target', period: { year: 2023, label: '到2023年' } });
const y2025 = indicator('l-2025', 90, { kind: 'target', period: { year: 2025, label: '到2025年' } });
const chart = figure('l-chart', { kind: 'line-chart', lines: [{ label: '增加值', indicators: ['l-2021', 'l-2023', 'l-2025'] }] });
const data = withRecords([y2021, y2023, y2025], [chart]);

describe('lineModel(figure, data)', () => {
  test('points in time order with their years, printed values and target flags', () => {
    const model = lineModel(chart, data);
    expect(model.lines[0]!.points.map((p) => [p.year, p.text, p.target])).toEqual([[2021, '30亿元', false], [2023, '60亿元', true], [2025, '90亿元', true]]);
    expect(model.years).toEqual([2021, 2023, 2025]);
    expect(model.max).toBe(90);
  });

  test('an indicator without period.year fails, naming it and the figure', () => {
    const undated = withRecords([y2021, indicator('l-x', 5, { period: { label: '未给出年份' } })], [figure('l-u', { kind: 'line-chart', lines: [{ label: '线', indicators: ['l-2021', 'l-x'] }] })]);
    expect(() => lineModel(undated.figures.get('l-u')!, undated)).toThrow('content/data/indicators.yaml → l-x: period.year is required to place it on the time axis of line chart "l-u"');
  });

  test('years out of order fail, naming both indicators', () => {
    const backwards = withRecords([y2021, y2023], [figure('l-b', { kind: 'line-chart', lines: [{ label: '线', indicators: ['l-2023', 'l-2021'] }] })]);
    expect(() => lineModel(backwards.figures.get('l-b')!, backwards)).toThrow(/line "线": "l-2021" \(2021\) does not come after "l-2023" \(2023\)/);
  });
});

test('lineTable(model): one row per point with its date, value, kind and source', () => {
  const table = lineTable(lineModel(chart, data));
  expect(table.rows.map((row) => [row.cells.date, row.cells.value, row.cells.kind])).toEqual([['2021年', '30亿元', '实绩'], ['到2023年', '60亿元', '目标'], ['到2025年', '90亿元', '目标']]);
  expect(table.rows.every((row) => row.source === y2021.source)).toBe(true);
});

test('lineDescription(model) reads every point', () => {
  expect(lineDescription(lineModel(chart, data))).toBe('折线图（单位亿元）。增加值：2021年30亿元，到2023年60亿元（目标），到2025年90亿元（目标）。');
});

describe('lineLayout(model, size)', () => {
  test.each([WIDE, NARROW])('$name: x follows the years, y the values (higher is up), segments into targets dashed', (size) => {
    const layout = lineLayout(lineModel(chart, data), size);
    const [p1, p2, p3] = layout.lines[0]!.points;
    expect(p2!.cx - p1!.cx).toBeCloseTo(p3!.cx - p2!.cx, 0);
    expect(p1!.cy).toBeGreaterThan(p2!.cy);
    expect(p2!.cy).toBeGreaterThan(p3!.cy);
    expect(layout.lines[0]!.segments.map((segment) => segment.target)).toEqual([true, true]);
    for (const p of [p1!, p2!, p3!]) {
      expect(p.cx).toBeGreaterThan(0);
      expect(p.cx).toBeLessThan(size.width);
    }
    expect(layout.years.map((year) => year.text)).toEqual(['2021年', '2023年', '2025年']);
  });
});
