import { describe, expect, test } from 'vitest';
import { computeDescription, computeModel, computeTable, squaresPath, waffleLayout } from '../../../src/lib/figures/kinds/compute-chart/model';
import { figureOf, siteData } from './fixtures';

const figure = figureOf('chart-compute-share', 'compute-chart');

describe('computeModel(figure, data)', () => {
  const model = computeModel(figure, siteData());

  test('the share indicator becomes a 100-square waffle with 65 filled', () => {
    expect(model.share.id).toBe('compute-share-zhejiang-2025');
    expect(model.shareValue.text).toBe('约65%');
    expect(model.cells).toHaveLength(100);
    expect(model.cells.filter((cell) => cell.filled)).toHaveLength(65);
  });

  test('the two counts of compute projects under construction share one card, side by side, each dated', () => {
    const card = model.cards.find((c) => c.label === '在建算力项目')!;
    expect(card.values.map((value) => [value.text, value.when])).toEqual([['5个', '截至2025年秋*'], ['4个', '2026年*']]);
    expect(model.cards.filter((c) => c.label === '在建算力项目')).toHaveLength(1);
  });

  test('cards: the supercomputing count, the project counts, the three facilities, the 2024 milestone', () => {
    expect(model.cards.map((card) => [card.kind, card.label])).toEqual([
      ['count', '全国超算中心'],
      ['count', '在建算力项目'],
      ['facility', '“乌镇之光”超算中心'],
      ['facility', '平湖高性能智算中心'],
      ['facility', '平湖润泽国际信息港'],
      ['milestone', '全省首个万卡算力集群'],
    ]);
    expect(model.cards[0]!.values[0]!.text).toBe('14个');
    expect(model.cards[5]!.meta).toBe('2024年');
  });

  test('the description states the share with its qualifier and date', () => {
    expect(computeDescription(model)).toBe('已投运算力规模占全省比重约65%（2025年秋*，嘉兴市 / 浙江省）：100个方格中65个填色，每格代表1%。');
  });
});

describe('computeTable(model)', () => {
  const table = computeTable(computeModel(figure, siteData()));
  test('one row per item shown: the share, three counts, three facilities, one milestone', () => {
    expect(table.rows.map((row) => row.cells.item)).toEqual([
      '已投运算力规模占全省比重', '全国超算中心', '在建算力项目', '在建算力项目', '“乌镇之光”超算中心', '平湖高性能智算中心', '平湖润泽国际信息港', '全省首个万卡算力集群',
    ]);
    expect(table.rows.map((row) => row.cells.value)).toEqual(['约65%', '14个', '5个', '4个', null, null, null, null]);
    expect(table.rows.map((row) => row.cells.date)).toEqual(['2025年秋*', '2026年*', '截至2025年秋*', '2026年*', null, null, null, '2024年']);
    expect(table.rows.map((row) => row.source)).toEqual([
      'agency-2025-compute', 'evening-2026-135n', 'agency-2025-compute', 'evening-2026-135n', 'agency-2025-compute', 'pinghu-2026-ai-projects', 'agency-2025-compute', 'evening-2026-135n',
    ]);
  });
});

describe('waffleLayout(model)', () => {
  const layout = waffleLayout(computeModel(figure, siteData()));
  test('a 10 × 10 grid of 20-unit squares, then the value and its label under it', () => {
    expect(layout.width).toBe(227);
    expect(layout.cells.filter((cell) => cell.filled)).toHaveLength(65);
    expect(layout.cells.at(-1)).toMatchObject({ x: 207, y: 207, size: 20 });
    expect(layout.value).toMatchObject({ text: '约65%', size: 30 });
    expect(layout.value.y).toBeGreaterThan(227);
    expect(layout.lines.map((line) => line.text)).toEqual(['已投运算力规模占全省比重', '2025年秋* · 嘉兴市 / 浙江省', '每格代表1%，共100格']);
    expect(layout.height).toBeGreaterThan(layout.lines.at(-1)!.y);
  });
});

describe('computeModel with bad data fails loudly', () => {
  test('a share that is not a number names the indicator and field', () => {
    const data = siteData();
    data.indicators.get('compute-share-zhejiang-2025')!.value = Number.NaN;
    expect(() => computeModel(figure, data)).toThrow('content/data/indicators.yaml → compute-share-zhejiang-2025: value must be a finite number for the compute chart, got NaN');
  });
  test('a share over 100% cannot be a waffle', () => {
    const data = siteData();
    data.indicators.get('compute-share-zhejiang-2025')!.value = 165;
    expect(() => computeModel(figure, data)).toThrow(/compute-share-zhejiang-2025: value must lie between 0 and 100/);
  });
  test('a figure without exactly one share indicator', () => {
    const data = siteData();
    const bad = { ...figure, indicators: figure.indicators.filter((id) => id !== 'compute-share-zhejiang-2025') };
    expect(() => computeModel(bad, data)).toThrow('content/data/figures.yaml → chart-compute-share: a compute chart needs exactly one share indicator in % for its waffle; found 0');
  });
  test('an unknown record id names the figure', () => {
    const bad = { ...figure, facilities: ['no-such-facility'] };
    expect(() => computeModel(bad, siteData())).toThrow(/figures\.yaml → chart-compute-share: facilities: unknown facilities id "no-such-facility"/);
  });
});

describe('squaresPath(cells)', () => {
  test('one closed square per cell, each where its cell is: the relative moves add up to the cells\' corners', () => {
    const cells = [{ x: 0, y: 0, size: 20 }, { x: 23, y: 0, size: 20 }, { x: 0, y: 23, size: 20 }, { x: 46, y: 69, size: 20 }];
    const d = squaresPath(cells);
    expect(d).toBe('M0,0h20v20h-20zm23,0h20v20h-20zm-23,23h20v20h-20zm46,46h20v20h-20z');
    let at = { x: 0, y: 0 };
    const corners = [...d.matchAll(/([Mm])(-?\d+),(-?\d+)/g)].map(([, command, x, y]) => {
      at = command === 'M' ? { x: Number(x), y: Number(y) } : { x: at.x + Number(x), y: at.y + Number(y) };
      return at;
    });
    expect(corners).toEqual(cells.map(({ x, y }) => ({ x, y })));
  });

  test('no cells, no path', () => {
    expect(squaresPath([])).toBe('');
  });
});

