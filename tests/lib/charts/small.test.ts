import { describe, expect, test } from 'vitest';
import { zeroBasedAxis } from '../../../src/lib/charts/axis';
import { flow } from '../../../src/lib/charts/flow';
import { amountInYiYuan } from '../../../src/lib/charts/money';
import { r1 } from '../../../src/lib/charts/round';
import { rowSlot } from '../../../src/lib/charts/rows';
import { checkShare } from '../../../src/lib/charts/share';
import { NARROW, svgIds, WIDE } from '../../../src/lib/charts/sizes';
import { waffleCells } from '../../../src/lib/charts/waffle';

describe('waffleCells(percent)', () => {
  test('65% fills 65 of 100 squares, row by row from the top left', () => {
    const cells = waffleCells(65);
    expect(cells).toHaveLength(100);
    expect(cells.filter((cell) => cell.filled)).toHaveLength(65);
    expect(cells[64]).toEqual({ column: 4, row: 6, filled: true });
    expect(cells[65]).toEqual({ column: 5, row: 6, filled: false });
  });
  test.each([[0, 0], [100, 100], [90.7, 91], [27.75, 28]])('%s%% fills %s squares', (percent, filled) => {
    expect(waffleCells(percent).filter((cell) => cell.filled)).toHaveLength(filled);
  });
  test('other grids', () => {
    expect(waffleCells(50, 5, 4).filter((cell) => cell.filled)).toHaveLength(10);
  });
  test.each([-1, 100.5, Number.NaN])('a share of %s throws', (percent) => {
    expect(() => waffleCells(percent)).toThrow(/between 0 and 100/);
  });
});

describe('checkShare(part, whole, percent)', () => {
  test('322 of 355 is the published 90.7%', () => {
    expect(322 / 355 * 100).toBeCloseTo(90.7, 1);
    expect(() => checkShare(322, 355, 90.7, 'x')).not.toThrow();
  });
  test('a share that disagrees with its counts throws, naming where', () => {
    expect(() => checkShare(322, 355, 97, 'indicators.yaml → s')).toThrow(/indicators.yaml → s: the published share 97% does not match 322 of 355 \(90.70%\)/);
    expect(() => checkShare(322, 355, 90.8, 'x')).toThrow(/does not match/);
  });
  test('impossible counts throw', () => {
    expect(() => checkShare(400, 355, 90, 'x')).toThrow(/part ≤ whole/);
    expect(() => checkShare(1, 0, 90, 'x')).toThrow(/whole > 0/);
  });
});

describe('amountInYiYuan(amount)', () => {
  test('亿元 as is, 万元 divided by 10,000', () => {
    expect(amountInYiYuan({ value: 20.1, unit: '亿元', currency: 'CNY', qualifier: 'exact' })).toBe(20.1);
    expect(amountInYiYuan({ value: 5000, unit: '万元', currency: 'CNY', qualifier: 'exact' })).toBe(0.5);
  });
  test('USD has no place on a CNY scale', () => {
    expect(() => amountInYiYuan({ value: 1, unit: '亿美元', currency: 'USD', qualifier: 'exact' })).toThrow(/no exchange rate/);
  });
});

describe('zeroBasedAxis(max, from, to)', () => {
  test('430 → a 0–500 axis with round ticks, labelled in zh-CN', () => {
    const { scale, ticks } = zeroBasedAxis(430, 100, 600);
    expect(scale.domain()).toEqual([0, 500]);
    expect(ticks.map((tick) => tick.label)).toEqual(['0', '100', '200', '300', '400', '500']);
    expect(ticks.map((tick) => tick.x)).toEqual([100, 200, 300, 400, 500, 600]);
  });
  test('thousands get a separator', () => {
    expect(zeroBasedAxis(2278.3, 0, 100).ticks.at(-1)!.label).toBe('2,500');
  });
  test('a maximum that is not positive throws', () => {
    expect(() => zeroBasedAxis(0, 0, 100)).toThrow(/positive/);
    expect(() => zeroBasedAxis(Number.NaN, 0, 100)).toThrow(/positive/);
  });
});

describe('flow(widths, maxWidth, gap)', () => {
  test('items go left to right and wrap when the line is full', () => {
    expect(flow([100, 100, 100], 250, 10)).toEqual([{ x: 0, line: 0 }, { x: 110, line: 0 }, { x: 0, line: 1 }]);
  });
  test('an item wider than the line gets its own line', () => {
    expect(flow([300, 50], 250, 10)).toEqual([{ x: 0, line: 0 }, { x: 0, line: 1 }]);
  });
});

describe('r1 and svgIds', () => {
  test('r1 rounds to one decimal without float artefacts or -0', () => {
    expect(r1(0.1 + 0.2)).toBe(0.3);
    expect(r1(12.345)).toBe(12.3);
    expect(Object.is(r1(-0.01), 0)).toBe(true);
    expect(() => r1(Number.NaN)).toThrow(/finite/);
  });
  test('svgIds derive from the figure id, distinct for the narrow drawing', () => {
    expect(svgIds('chart-x', WIDE)).toEqual({ title: 'chart-x-svg-title', desc: 'chart-x-svg-desc' });
    expect(svgIds('chart-x')).toEqual(svgIds('chart-x', WIDE));
    expect(svgIds('chart-x', NARROW)).toEqual({ title: 'chart-x-narrow-svg-title', desc: 'chart-x-narrow-svg-desc' });
  });
});

describe('rowSlot(lines, top, size, markHeight)', () => {
  test('narrow: label lines above the mark, the next row below it', () => {
    const slot = rowSlot(['桐乡市 · 新材料'], 100, NARROW, 10);
    expect(slot.label).toEqual([{ x: 0, y: 118, text: '桐乡市 · 新材料', anchor: 'start' }]);
    expect(slot.markTop).toBe(126);
    expect(slot.bottom).toBe(142);
  });
  test('narrow: a wrapped label pushes the mark down by a line', () => {
    const slot = rowSlot(['一', '二'], 0, NARROW, 16);
    expect(slot.label.map((line) => line.y)).toEqual([18, 37]);
    expect(slot.markTop).toBe(45);
  });
  test('wide: the label sits beside the mark, centred on it', () => {
    const slot = rowSlot(['立讯高端电子产品生产基地'], 0, WIDE, 16);
    expect(slot.bottom).toBe(32);
    expect(slot.markTop).toBe(8);
    expect(slot.label[0]!.y).toBe(20.6); // 16 + 0.35 em, rounded to 0.1
  });
});
