import { describe, expect, test } from 'vitest';
import { barDescription, barLayout, barModel, barTable, type BarLayout } from '../../../src/lib/figures/kinds/bar-chart/model';
import { NARROW, WIDE } from '../../../src/lib/charts/sizes';
import { textWidth } from '../../../src/lib/text';
import { intersects, outside, overlaps, textBox } from './boxes';
import { figureOf } from './fixtures';
import { figure, indicator, withRecords } from './general-fixtures';

const a = indicator('t-a', 40);
const b = indicator('t-b', 100, { kind: 'target', qualifier: 'about', period: { year: 2027, label: '到2027年' } });
const c = indicator('t-c', 25);
const d = indicator('t-d', 60, { kind: 'target', period: { year: 2027, label: '到2027年' } });
const single = figure('t-single', { indicators: ['t-a', 't-b'] });
const grouped = figure('t-grouped', { groups: [{ label: '甲', indicators: ['t-a', 't-b'] }, { label: '乙', indicators: ['t-c', 't-d'] }], series: ['实绩', '目标'] });
const stacked = figure('t-stacked', { ...grouped, layout: 'stacked' });
const data = withRecords([a, b, c, d], [single, grouped, stacked]);

/** A grouped bar chart of two rows with `count` series. */
function seriesBars(id: string, count: number, layout?: 'stacked') {
  const records = [0, 1].flatMap((row) => Array.from({ length: count }, (_, s) => indicator(`${id}-${row}-${s}`, 5 + s)));
  const groups = [0, 1].map((row) => ({ label: `行${row}`, indicators: Array.from({ length: count }, (_, s) => `${id}-${row}-${s}`) }));
  const chart = figure(id, { groups, series: Array.from({ length: count }, (_, s) => `系列${s + 1}`), ...(layout ? { layout } : {}) });
  return { data: withRecords(records, [chart]), chart };
}

/** Every text of a bar layout as boxes: key, caption, ticks, row labels and values. */
function textBoxes(layout: BarLayout) {
  const fs = layout.size.fontSize;
  return [
    ...layout.key.flatMap((item, i) => item.label.map((text, at) => ({ name: `key ${i}.${at} "${text.text}"`, box: textBox(text, fs) }))),
    { name: 'caption', box: textBox(layout.axis.caption, fs) },
    ...layout.axis.ticks.map((tick) => ({ name: `tick ${tick.label.text}`, box: textBox(tick.label, fs) })),
    ...layout.rows.flatMap((row, r) => [
      ...row.label.map((text, at) => ({ name: `row ${r} label ${at} "${text.text}"`, box: textBox(text, fs) })),
      ...row.values.map((value, v) => ({ name: `row ${r} value ${v} "${value.text.text}"`, box: textBox(value.text, fs) })),
    ]),
  ];
}

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
    expect(() => barModel(figureOf('t-mixed', 'bar-chart', mixed), mixed)).toThrow('content/data/figures.yaml → t-mixed: the bar chart draws every value on one scale, but "t-a" is in 亿元 and "t-pct" in %');
  });

  test('negative values are taken: the maximum reaches right of zero, the minimum left of it', () => {
    const negative = withRecords([indicator('t-neg', -3), indicator('t-pos', 7)], [figure('t-n', { indicators: ['t-neg', 't-pos'] })]);
    const model = barModel(figureOf('t-n', 'bar-chart', negative), negative);
    expect([model.min, model.max]).toEqual([-3, 7]);
    expect(model.rows[0]!.marks[0]!.text).toBe('−3亿元');
    expect([barModel(single, data).min, barModel(single, data).max]).toEqual([0, 100]);
  });

  test('every value 0 fails, naming the figure', () => {
    const zeros = withRecords([indicator('t-0', 0)], [figure('t-z', { indicators: ['t-0'] })]);
    expect(() => barModel(figureOf('t-z', 'bar-chart', zeros), zeros)).toThrow('content/data/figures.yaml → t-z: every value of the bar chart is 0');
  });

  test('more than eight series fail the build, naming the figure and the limit; eight are drawn in eight colours', () => {
    const { data: nine, chart: chart9 } = seriesBars('t-nine', 9);
    expect(() => barModel(chart9, nine)).toThrow('content/data/figures.yaml → t-nine: a bar-chart draws at most 8 series, one colour each and none repeated; this one has 9');
    const { data: eight, chart: chart8 } = seriesBars('t-eight', 8);
    const layout = barLayout(barModel(chart8, eight), WIDE);
    expect(layout.rows[0]!.bars.map((bar) => bar.series)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(layout.key.map((item) => item.series)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  test('an unknown indicator names the figure', () => {
    const broken = withRecords([], [figure('t-x', { indicators: ['t-missing'] })]);
    expect(() => barModel(figureOf('t-x', 'bar-chart', broken), broken)).toThrow(/figures\.yaml → t-x: indicators: unknown indicators id "t-missing"/);
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
    expect(layout.key.map((item) => item.label.map((line) => line.text).join(""))).toEqual(['实际', '目标']);
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
    expect(barLayout(barModel(grouped, data), WIDE).key.map((item) => item.label.map((line) => line.text).join(""))).toEqual(['实绩', '目标', '实际', '目标']);
  });
});

describe('negative values', () => {
  const records = [indicator('n-up', 40, { label: '增长' }), indicator('n-down', -25.5, { label: '下降' }), indicator('n-flat', 12, { label: '持平' })];
  const chart = figure('n-bars', { indicators: ['n-up', 'n-down', 'n-flat'] });
  const negative = withRecords(records, [chart]);

  test.each([WIDE, NARROW])('$name: a negative bar runs from zero to the left, a positive one from zero to the right; the zero line is drawn', (size) => {
    const layout = barLayout(barModel(chart, negative), size);
    const zero = layout.axis.zero!;
    expect(zero).toBeDefined();
    expect(layout.axis.ticks.find((tick) => tick.label.text === '0')!.x).toBe(zero);
    const [up, down, flat] = layout.rows.map((row) => row.bars[0]!);
    expect(up!.x).toBe(zero);
    expect(flat!.x).toBe(zero);
    expect(down!.x + down!.width).toBeCloseTo(zero, 1);
    expect(down!.x).toBeLessThan(zero);
    // Lengths still in proportion to the values.
    expect(down!.width / up!.width).toBeCloseTo(25.5 / 40, 1);
    // The negative value is printed left of its bar, ending there.
    const value = layout.rows[1]!.values[0]!.text;
    expect(value).toMatchObject({ text: '−25.5亿元', anchor: 'end' });
    expect(value.x).toBeLessThan(down!.x);
    const boxes = textBoxes(layout);
    expect(overlaps(boxes)).toEqual([]);
    expect(outside(boxes, layout.width, layout.height)).toEqual([]);
    // No bar reaches into the row labels' column (wide) or out of the drawing.
    for (const row of layout.rows) {
      for (const bar of row.bars) {
        expect(bar.x).toBeGreaterThanOrEqual(0);
        expect(bar.x + bar.width).toBeLessThanOrEqual(size.width);
        if (!size.stacked) for (const text of row.label) expect(intersects(textBox(text, size.fontSize), bar)).toBe(false);
      }
    }
  });

  test('no zero line when nothing is below zero', () => {
    expect(barLayout(barModel(single, data), WIDE).axis.zero).toBeUndefined();
  });

  test('stacked: negative segments stack left of zero, positive ones right of it', () => {
    const mixed = withRecords([indicator('s-a', 10), indicator('s-b', -4), indicator('s-c', 6), indicator('s-d', -3)], [
      figure('s-mixed', { groups: [{ label: '甲', indicators: ['s-a', 's-b', 's-c', 's-d'] }], series: ['一', '二', '三', '四'], layout: 'stacked' }),
    ]);
    const model = barModel(figureOf('s-mixed', 'bar-chart', mixed), mixed);
    expect([model.min, model.max]).toEqual([-7, 16]);
    const layout = barLayout(model, WIDE);
    const zero = layout.axis.zero!;
    const [sa, sb, sc, sd] = layout.rows[0]!.bars;
    expect(sa!.x).toBe(zero);
    expect(sc!.x).toBeCloseTo(sa!.x + sa!.width, 0);
    expect(sb!.x + sb!.width).toBeCloseTo(zero, 0);
    expect(sd!.x + sd!.width).toBeCloseTo(sb!.x, 0);
  });
});

describe('long labels', () => {
  const long = '一个非常长非常长非常长非常长非常长非常长非常长非常长的条目标签';
  const latin = 'Averyveryverylonglatinwordwithoutanybreaksatallanywhereinit';
  const records = [indicator('w-1', 40, { label: long }), indicator('w-2', 12, { label: latin }), indicator('w-3', -8, { label: '短' })];
  const chart = figure('w-bars', { indicators: ['w-1', 'w-2', 'w-3'] });
  const wide = withRecords(records, [chart]);

  test.each([WIDE, NARROW])('$name: row labels wrap (a long word is cut) and never reach the bars or leave the drawing', (size) => {
    const layout = barLayout(barModel(chart, wide), size);
    expect(layout.rows[0]!.label.length).toBeGreaterThan(1);
    expect(layout.rows[1]!.label.length).toBeGreaterThan(1);
    expect(layout.rows[1]!.label.map((text) => text.text).join('')).toBe(latin);
    const plotLeft = Math.min(...layout.rows.flatMap((row) => row.bars.map((bar) => bar.x)), ...layout.axis.ticks.map((tick) => tick.x));
    for (const row of layout.rows) {
      for (const text of row.label) {
        const width = textWidth(text.text, size.fontSize);
        if (!size.stacked) expect(text.x + width, `"${text.text}"`).toBeLessThanOrEqual(plotLeft);
        expect(text.x + width).toBeLessThanOrEqual(size.width);
      }
    }
    const boxes = textBoxes(layout);
    expect(overlaps(boxes)).toEqual([]);
    expect(outside(boxes, layout.width, layout.height)).toEqual([]);
  });

  test.each([WIDE, NARROW])('$name: a long series name in the key wraps inside the drawing', (size) => {
    const { data: eight, chart: chart8 } = seriesBars('w-key', 3);
    const renamed = { ...chart8, series: ['一', `${long}${long}${latin}`, '三'] };
    const layout = barLayout(barModel(renamed, eight), size);
    expect(layout.key[1]!.label.length).toBeGreaterThan(1);
    const boxes = textBoxes(layout);
    expect(overlaps(boxes)).toEqual([]);
    expect(outside(boxes, layout.width, layout.height)).toEqual([]);
  });
});

describe('gaps: a series with no value in a row (~ in its group)', () => {
  const gappy = figure('t-gappy', { groups: [{ label: '甲', indicators: ['t-a', null] }, { label: '乙', indicators: [null, 't-d'] }], series: ['实绩', '目标'] });
  const gappyStacked = figure('t-gappy-stacked', { ...gappy, layout: 'stacked' });
  const gapData = withRecords([a, d], [gappy, gappyStacked]);

  test('the model keeps each bar in its own series and lists the missing ones', () => {
    const model = barModel(gappy, gapData);
    expect(model.rows.map((row) => [row.marks.map((m) => m.series), row.missing])).toEqual([[[0], [1]], [[1], [0]]]);
  });

  test('grouped: a bar keeps its series\' place, and "无数据" stands in the missing one\'s', () => {
    for (const size of [WIDE, NARROW]) {
      const layout = barLayout(barModel(gappy, gapData), size);
      const full = barLayout(barModel(grouped, data), size);
      const [first, second] = layout.rows;
      // Row 甲 has series 0 only: its bar sits where a full row's first bar sits; row 乙's bar where the second does.
      const offset = (row: BarLayout['rows'][number], bar: number) => row.bars[bar]!.y - row.label[0]!.y;
      expect(offset(first!, 0)).toBeCloseTo(offset(full.rows[0]!, 0), 1);
      expect(offset(second!, 0)).toBeCloseTo(offset(full.rows[0]!, 1), 1);
      expect(first!.gaps.map((gap) => [gap.series, gap.text.text])).toEqual([[1, '无数据']]);
      expect(second!.gaps.map((gap) => [gap.series, gap.text.text])).toEqual([[0, '无数据']]);
      // The missing bar's text sits in its own slot: below row 甲's bar, above row 乙's.
      expect(first!.gaps[0]!.text.y).toBeGreaterThan(first!.bars[0]!.y + first!.bars[0]!.height);
      expect(second!.gaps[0]!.text.y).toBeLessThan(second!.bars[0]!.y);
    }
  });

  test('stacked: nothing drawn for the gap, the row ends where its values end', () => {
    const layout = barLayout(barModel(gappyStacked, gapData), WIDE);
    expect(layout.rows.map((row) => [row.bars.length, row.gaps.length])).toEqual([[1, 0], [1, 0]]);
  });

  test('the table has a row per value drawn, and its caption says what each row lacks; the description too', () => {
    const model = barModel(gappy, gapData);
    const table = barTable(model);
    expect(table.rows).toHaveLength(2);
    expect(table.caption).toContain('甲缺目标的数值；乙缺实绩的数值');
    expect(barDescription(model)).toContain('甲：实绩40亿元，目标无数据');
  });
});
