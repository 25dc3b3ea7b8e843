import { describe, expect, test } from 'vitest';
import { balancedColumns, indicatorCard, KIND_LABEL, KIND_TAG } from '../../../src/lib/charts/cards';
import { keyFigureCards, keyFiguresTable } from '../../../src/lib/figures/kinds/key-figures/model';
import { figureOf, siteData } from './fixtures';
import { figure, indicator, withRecords } from './general-fixtures';

describe('keyFigureCards(figure, data)', () => {
  test('chart-growth-targets: one card per indicator, in figure order, kinds tagged', () => {
    const figure = figureOf('chart-growth-targets', 'key-figures');
    const cards = keyFigureCards(figure, siteData());
    expect(cards.map((card) => card.id)).toEqual(figure.indicators);
    expect(cards.map((card) => [card.values[0]!.text, card.tag])).toEqual([
      ['45.3%', '增速'], ['117.2%', '增速'], ['34%', '增速'], ['20.1%', '增速'],
      ['超1,000亿元', '目标'], ['约80%', '目标'], ['约5,000亿元', '目标'],
    ]);
    expect(cards[4]).toMatchObject({ label: '人工智能产业营收目标', meta: '到2027年 · 嘉兴市' });
    expect(cards[6]!.values[0]).toMatchObject({ before: '约', number: '5,000', after: '亿元' });
  });

  test('chart-national-clusters prints the source precision with zh-CN grouping', () => {
    const cards = keyFigureCards(figureOf('chart-national-clusters', 'key-figures'), siteData());
    expect(cards.map((card) => card.values[0]!.text)).toEqual(['35个', '4个', '1,023.6亿元', '27.75%', '2,278.3亿元', '8.3%']);
    expect(cards.map((card) => card.tag)).toEqual([undefined, undefined, undefined, '占比', undefined, '增速']);
  });

  test('a negative value (a fall) prints with its minus sign, split so the number can be set large', () => {
    const data = withRecords([indicator('k-fall', -3.2, { unit: '%', kind: 'growth' })], [figure('k-neg', { kind: 'key-figures', indicators: ['k-fall'] })]);
    const [card] = keyFigureCards(figureOf('k-neg', 'key-figures', data), data);
    expect(card!.values[0]).toMatchObject({ before: '', number: '−3.2', after: '%', text: '−3.2%' });
    expect(card!.tag).toBe('增速');
  });

  test('chart-pinghu-ai: "up to" reads 高达', () => {
    const cards = keyFigureCards(figureOf('chart-pinghu-ai', 'key-figures'), siteData());
    expect(cards).toHaveLength(7);
    expect(cards.find((card) => card.id === 'pinghu-compute-support-rate')!.values[0]!.text).toBe('高达50%');
  });

  test('a planned amount is tagged 签约/计划; a size is not tagged; 近 and …级 stay around the number', () => {
    const data = siteData();
    const base = [...data.indicators.values()][0]!;
    const planned = indicatorCard({ ...base, kind: 'planned', value: 5, unit: '亿元', qualifier: 'nearly' }, 'test');
    expect(planned.tag).toBe('签约/计划');
    expect(planned.values[0]).toMatchObject({ before: '近', number: '5', after: '亿元', text: '近5亿元' });
    const size = indicatorCard({ ...base, kind: 'size', value: 5000, unit: '亿元', qualifier: 'order' }, 'test');
    expect(size.tag).toBeUndefined();
    expect(size.values[0]).toMatchObject({ before: '', number: '5,000', after: '亿元级', text: '5,000亿元级' });
    expect([KIND_LABEL.planned, KIND_LABEL.size, KIND_TAG.size]).toEqual(['签约/计划投资', '规模', undefined]);
  });

  test('a value that is not a number names the file and field', () => {
    const data = siteData();
    (data.indicators.get('jiaxing-textiles-growth-2024') as { value: unknown }).value = '8.3';
    expect(() => keyFigureCards(figureOf('chart-national-clusters', 'key-figures'), data)).toThrow('content/data/indicators.yaml → jiaxing-textiles-growth-2024: value must be a finite number for the key-figures strip, got "8.3"');
  });
});

describe('keyFiguresTable(figure, data)', () => {
  test('one row per card with value, kind, date, scope and what it measures', () => {
    const table = keyFiguresTable(figureOf('chart-growth-targets', 'key-figures'), siteData());
    expect(table.columns.map((column) => column.label)).toEqual(['指标', '数值（按报道）', '类型', '时间', '范围', '说明']);
    expect(table.rows).toHaveLength(7);
    expect(table.rows[5]).toEqual({
      cells: {
        item: '“135N”集群产值占比目标', value: '约80%', kind: '目标', date: '到2030年', place: '嘉兴市',
        note: '“135N”集群规上工业总产值占全市规上工业比重（目标为80%左右）',
      },
      source: 'evening-2026-135n',
      quantity: { value: 80, unit: '%', qualifier: '约' },
    });
  });

  test('a size of the order of a number: kind 规模, value as printed, qualifier 级 in the CSV', () => {
    const data = siteData();
    const figure = figureOf('chart-growth-targets', 'key-figures', data);
    const id = figure.indicators[0]!;
    data.indicators.set(id, { ...data.indicators.get(id)!, kind: 'size', value: 5000, unit: '亿元', qualifier: 'order' });
    const [row] = keyFiguresTable(figure, data).rows;
    expect(row!.cells).toMatchObject({ value: '5,000亿元级', kind: '规模' });
    expect(row!.quantity).toEqual({ value: 5000, unit: '亿元', qualifier: '级' });
  });
});

describe('balancedColumns(count, max)', () => {
  test.each([
    [6, 4, 3], [8, 4, 4], [7, 4, 4], [5, 4, 3], [4, 4, 4], [3, 4, 3], [2, 4, 2], [1, 4, 1], [0, 4, 1],
    [6, 3, 3], [8, 3, 3], [9, 4, 3], [6, 2, 2], [5, 2, 2],
  ])('%i cards, at most %i columns: %i', (count, max, columns) => {
    expect(balancedColumns(count, max)).toBe(columns);
  });
  test('no row but the last is short, and the last lacks at most one card (or there is one column)', () => {
    for (let count = 1; count <= 24; count += 1) {
      for (let max = 1; max <= 5; max += 1) {
        const columns = balancedColumns(count, max);
        expect(columns).toBeLessThanOrEqual(max);
        if (columns > 1) expect((columns - (count % columns)) % columns, `${count} cards in ${columns}`).toBeLessThanOrEqual(1);
      }
    }
  });
  test('a count or maximum that is not a whole number fails', () => {
    expect(() => balancedColumns(2.5, 4)).toThrow(/whole count/);
    expect(() => balancedColumns(3, 0)).toThrow(/maximum ≥ 1/);
  });
});
