import { describe, expect, test } from 'vitest';
import { lineDescription, lineLayout, lineModel, lineTable, type LineLayout } from '../../../src/lib/figures/kinds/line-chart/model';
import { NARROW, WIDE } from '../../../src/lib/charts/sizes';
import { intersects, outside, overlaps, textBox } from './boxes';
import { figureOf } from './fixtures';
import { figure, indicator, manyLines, withRecords } from './general-fixtures';

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
    expect(() => lineModel(figureOf('l-u', 'line-chart', undated), undated)).toThrow('content/data/indicators.yaml → l-x: period.year is required to place it on the time axis of line chart "l-u"');
  });

  test('years out of order fail, naming both indicators', () => {
    const backwards = withRecords([y2021, y2023], [figure('l-b', { kind: 'line-chart', lines: [{ label: '线', indicators: ['l-2023', 'l-2021'] }] })]);
    expect(() => lineModel(figureOf('l-b', 'line-chart', backwards), backwards)).toThrow(/line "线": "l-2021" \(2021\) does not come after "l-2023" \(2023\)/);
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

/** Every piece of text of a line layout, with a name, as boxes: key, caption, ticks, years and the value or end labels. */
function textBoxes(layout: LineLayout) {
  const fs = layout.size.fontSize;
  return [
    ...layout.key.flatMap((item, i) => item.label.map((text, at) => ({ name: `key ${i}.${at} "${text.text}"`, box: textBox(text, fs) }))),
    { name: 'caption', box: textBox(layout.caption, fs) },
    ...layout.grid.map((tick) => ({ name: `tick ${tick.label.text}`, box: textBox(tick.label, fs) })),
    ...layout.years.map((year) => ({ name: `year ${year.text}`, box: textBox(year, fs) })),
    ...layout.labels.map((label, i) => ({ name: `label ${i} "${label.text.map((t) => t.text).join('/')}"`, box: label.box })),
  ];
}

const SIZES = [WIDE, NARROW];
/** End values that are all equal, all close, and in pairs, per line count. */
const ENDS: Record<string, (i: number) => number> = {
  equal: () => 50,
  close: (i) => 50 + i * 0.3,
  'close, reversed': (i) => 50 - i * 0.3,
  pairs: (i) => 40 + Math.floor(i / 2) * 0.5,
  spread: (i) => 10 + i * 12,
};

describe('label placement with 1 to 8 lines', () => {
  const cases = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((count) => Object.keys(ENDS).flatMap((ends) => SIZES.map((size) => [count, ends, size] as const)));

  test.each(cases.map(([count, ends, size]) => [count, ends, size.name, size] as const))('%i lines, end values %s, %s: no two texts overlap, all inside the drawing', (count, ends, _name, size) => {
    const { data, chart } = manyLines(`n${count}`, count, { end: ENDS[ends] });
    const layout = lineLayout(lineModel(chart, data), size);
    const boxes = textBoxes(layout);
    expect(overlaps(boxes)).toEqual([]);
    expect(outside(boxes, layout.width, layout.height)).toEqual([]);
    // Each label's lines stay in its box (give or take the rounding of coordinates to 0.1).
    for (const label of layout.labels) {
      for (const text of label.text) {
        const box = textBox(text, size.fontSize);
        const e = 0.06;
        expect(intersects(box, label.box) && box.y >= label.box.y - e && box.y + box.height <= label.box.y + label.box.height + e && box.x >= label.box.x - e && box.x + box.width <= label.box.x + label.box.width + e, `"${text.text}" outside its box`).toBe(true);
      }
    }
  });

  test.each(SIZES)('$name: one or two lines label every point; from three, each line once at its end with its name and last value', (size) => {
    for (const count of [1, 2]) {
      const { data, chart } = manyLines(`p${count}`, count);
      const layout = lineLayout(lineModel(chart, data), size);
      expect(layout.labelling).toBe('points');
      expect(layout.labels.map((label) => label.text.map((t) => t.text).join(''))).toEqual(expect.arrayContaining(lineModel(chart, data).lines.flatMap((line) => line.points.map((p) => p.text))));
      expect(layout.labels).toHaveLength(count * 3);
    }
    const { data, chart } = manyLines('e3', 3, { end: (i) => 60 - i });
    const layout = lineLayout(lineModel(chart, data), size);
    expect(layout.labelling).toBe('ends');
    expect(layout.labels.map((label) => label.text.map((t) => t.text).join(''))).toEqual(['线1 60亿元', '线2 59亿元', '线3 58亿元']);
    // The key no longer repeats the names.
    expect(layout.key).toEqual([]);
    // End labels sit right of the last year's points.
    const lastX = Math.max(...layout.lines.flatMap((line) => line.points.map((p) => p.cx)));
    for (const label of layout.labels) expect(label.box.x).toBeGreaterThan(lastX + 4.5);
  });

  test.each(SIZES)('$name: end labels keep the order of the end values (ties in line order), and stay close to them', (size) => {
    const values = [52, 50, 50, 51, 49.5, 50.5, 50, 49];
    const { data, chart } = manyLines('order', 8, { end: (i) => values[i]! });
    const layout = lineLayout(lineModel(chart, data), size);
    const byTop = layout.labels.map((label, i) => ({ i, top: label.box.y })).sort((a, b) => a.top - b.top).map(({ i }) => i);
    const byValue = values.map((value, i) => ({ i, value })).sort((a, b) => b.value - a.value || a.i - b.i).map(({ i }) => i);
    expect(byTop).toEqual(byValue);
    // Labels are stacked tightly around their points, not spread over the whole chart.
    const ends = layout.lines.map((line) => line.points[line.points.length - 1]!.cy);
    const middle = (ends.reduce((a, b) => a + b) / ends.length);
    for (const label of layout.labels) expect(Math.abs(label.box.y + label.box.height / 2 - middle)).toBeLessThan(8 * 20);
  });

  test.each(SIZES)('$name: a label that had to move far is joined to its point by a leader; one that did not move has none', (size) => {
    const { data, chart } = manyLines('lead', 8, { end: () => 50 });
    const layout = lineLayout(lineModel(chart, data), size);
    const withLeader = layout.labels.filter((label) => label.leader);
    expect(withLeader.length).toBeGreaterThanOrEqual(6);
    for (const label of withLeader) {
      const point = layout.lines[label.series]!.points.at(-1)!;
      expect(label.leader!.x1).toBeGreaterThan(point.cx);
      expect(label.leader!.y1).toBe(point.cy);
      expect(label.leader!.x2).toBeLessThan(label.box.x);
      expect(label.leader!.y2).toBeCloseTo(label.box.y + label.box.height / 2, 0);
    }
    const spread = manyLines('apart', 3, { end: (i) => 10 + 40 * i });
    expect(lineLayout(lineModel(spread.chart, spread.data), size).labels.filter((label) => label.leader)).toEqual([]);
  });

  test.each(SIZES)('$name: a long line name wraps; its end label and the key stay inside the drawing', (size) => {
    const long = '一条名字相当长相当长的折线需要换行才能放下，比整张图还要宽的名字：Averyveryverylonglatinwordwithoutanybreaksatallanywhereinitsomewhatabsurdlylong';
    for (const count of [2, 3, 8]) {
      const { data, chart } = manyLines(`long${count}`, count, { label: (i) => (i === 1 ? long : `线${i + 1}`), end: () => 50 });
      const layout = lineLayout(lineModel(chart, data), size);
      const boxes = textBoxes(layout);
      expect(overlaps(boxes)).toEqual([]);
      expect(outside(boxes, layout.width, layout.height)).toEqual([]);
      const named = count === 2 ? layout.key[1]!.label : layout.labels[1]!.text;
      expect(named.length).toBeGreaterThan(1);
      expect(named.map((t) => t.text).join('')).toContain('Averyvery');
    }
  });
});

describe('negative values', () => {
  const up = indicator('neg-2021', 20, { period: { year: 2021, label: '2021年' } });
  const down = indicator('neg-2022', -15, { period: { year: 2022, label: '2022年' } });
  const back = indicator('neg-2023', 5, { period: { year: 2023, label: '2023年' } });
  const chart = figure('neg', { kind: 'line-chart', lines: [{ label: '利润', indicators: ['neg-2021', 'neg-2022', 'neg-2023'] }] });
  const negative = withRecords([up, down, back], [chart]);

  test.each(SIZES)('$name: the scale runs below zero, with a zero line; a negative point is below it', (size) => {
    const model = lineModel(chart, negative);
    expect([model.min, model.max]).toEqual([-15, 20]);
    const layout = lineLayout(model, size);
    expect(layout.zero).toBeDefined();
    expect(layout.grid.map((tick) => tick.label.text)).toContain('0');
    expect(layout.grid.find((tick) => tick.label.text === '0')!.y).toBe(layout.zero);
    const [p1, p2, p3] = layout.lines[0]!.points;
    expect(p2!.cy).toBeGreaterThan(layout.zero!);
    expect(p1!.cy).toBeLessThan(layout.zero!);
    expect(p3!.cy).toBeLessThan(layout.zero!);
    expect(layout.labels.map((label) => label.text[0]!.text)).toEqual(['20亿元', '−15亿元', '5亿元']);
    // Above a point over zero, below one under zero (where the line comes down to it).
    expect(layout.labels[0]!.box.y + layout.labels[0]!.box.height).toBeLessThan(p1!.cy);
    expect(layout.labels[1]!.box.y).toBeGreaterThan(p2!.cy);
    const boxes = textBoxes(layout);
    expect(overlaps(boxes)).toEqual([]);
    expect(outside(boxes, layout.width, layout.height)).toEqual([]);
  });

  test('no zero line when nothing is below zero', () => {
    expect(lineLayout(lineModel(figureOf('l-chart', 'line-chart', data), data), WIDE).zero).toBeUndefined();
  });

  test('every value 0 fails, naming the figure', () => {
    const zeros = withRecords([indicator('z-1', 0, { period: { year: 2021, label: '2021年' } }), indicator('z-2', 0, { period: { year: 2022, label: '2022年' } })], [figure('zeros', { kind: 'line-chart', lines: [{ label: '线', indicators: ['z-1', 'z-2'] }] })]);
    expect(() => lineModel(figureOf('zeros', 'line-chart', zeros), zeros)).toThrow('content/data/figures.yaml → zeros: every value of the line chart is 0');
  });
});

describe('gaps: a line that skips a year the chart shows', () => {
  const at = (id: string, value: number, year: number, kind: 'actual' | 'target' = 'actual') => indicator(id, value, { kind, period: { year, label: `${year}年` } });
  const records = [at('ga-21', 10, 2021), at('ga-22', 12, 2022), at('ga-23', 14, 2023), at('ga-24', 16, 2024), at('gb-21', 20, 2021), at('gb-22', 21, 2022), at('gb-24', 25, 2024), at('gc-21', 5, 2021), at('gc-24', 9, 2024, 'target')];
  const chart = figure('gaps', {
    kind: 'line-chart',
    lines: [
      { label: '甲', indicators: ['ga-21', 'ga-22', 'ga-23', 'ga-24'] },
      { label: '乙', indicators: ['gb-21', 'gb-22', 'gb-24'] },
      { label: '丙', indicators: ['gc-21', 'gc-24'] },
    ],
  });
  const gaps = withRecords(records, [chart]);

  test('the model records where the line breaks and which years it lacks; a dashed segment into a target is kept', () => {
    const model = lineModel(chart, gaps);
    expect(model.lines.map((line) => [line.breaks, line.missing])).toEqual([[[], []], [[1], [2023]], [[], []]]);
  });

  test.each(SIZES)('$name: no segment crosses the missing year', (size) => {
    const layout = lineLayout(lineModel(chart, gaps), size);
    const x2023 = layout.years.find((year) => year.text === '2023年')!.x;
    const [a, b, c] = layout.lines;
    expect(a!.segments).toHaveLength(3);
    expect(b!.segments).toHaveLength(1);
    for (const segment of b!.segments) expect(segment.x1 < x2023 && segment.x2 > x2023).toBe(false);
    // All of 乙's points are still drawn.
    expect(b!.points).toHaveLength(3);
    // 丙 runs into a target: one dashed segment across the years between.
    expect(c!.segments).toEqual([expect.objectContaining({ target: true })]);
  });

  test('the table caption and the description say the line lacks the year and is not joined there', () => {
    const model = lineModel(chart, gaps);
    expect(lineTable(model).caption).toBe('折线图：甲、乙、丙（乙缺2023年的数值，那里断开，不连线）');
    expect(lineDescription(model)).toContain('乙：2021年20亿元，2022年21亿元，2024年25亿元（乙缺2023年的数值，那里断开，不连线）');
    expect(lineTable(lineModel(figure('l-chart', { kind: 'line-chart', lines: [{ label: '增加值', indicators: ['l-2021', 'l-2023', 'l-2025'] }] }), data)).caption).toBe('折线图：增加值');
  });
});

describe('how many lines', () => {
  test('eight lines take eight series, none repeated', () => {
    const { data: eight, chart: chart8 } = manyLines('eight', 8);
    expect(lineLayout(lineModel(chart8, eight), WIDE).lines.map((line) => line.series)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  test('more than eight lines fail the build, naming the figure and the limit', () => {
    const { data: nine, chart: chart9 } = manyLines('nine', 9);
    expect(() => lineModel(chart9, nine)).toThrow('content/data/figures.yaml → nine: a line-chart draws at most 8 lines, one colour each and none repeated; this one has 9');
  });
});

test('an end label of a line that ends before the last year says when its value is from, and has a leader', () => {
  const { data: base, chart } = manyLines('early', 3, { end: (i) => 30 + 10 * i });
  const short = { ...chart, lines: chart.lines!.map((line, i) => (i === 1 ? { ...line, indicators: line.indicators.slice(0, 2) } : line)) };
  const layout = lineLayout(lineModel(short, base), WIDE);
  expect(layout.labels.map((label) => label.text.map((t) => t.text).join(''))).toEqual(['线1 30亿元', '线2 2022年18亿元', '线3 50亿元']);
  expect(layout.labels[1]!.leader).toBeDefined();
  expect(layout.labels[1]!.leader!.x1).toBeLessThan(layout.years[2]!.x);
});
