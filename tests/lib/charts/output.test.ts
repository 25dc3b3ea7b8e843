import { describe, expect, test } from 'vitest';
import { outputDescription, outputLayout, outputModel, outputTable } from '../../../src/lib/figures/kinds/output-chart/model';
import { CHART_SIZES } from '../../../src/lib/charts/sizes';
import { textWidth } from '../../../src/lib/text';
import { figureOf, siteData } from './fixtures';

const figure = figureOf('chart-cluster-output', 'output-chart');

describe('outputModel(figure, data)', () => {
  const model = outputModel(figure, siteData());

  test('takes the nine clusters of the 2022 plan with their value added', () => {
    expect(model.rows).toHaveLength(9);
    expect(model.unit).toBe('亿元');
    expect(model.actualYear).toBe(2021);
    expect(model.targetYears).toEqual([2023, 2025]);
    const tongxiang = model.rows.find((row) => row.id === 'p22-tongxiang-materials')!;
    expect(tongxiang).toMatchObject({ area: '桐乡市', areaShort: '桐乡市', industry: '新材料', tier: 'global', actual: 150, targets: [310, 430] });
  });

  test('names zones by their full name in the table and their short name in the chart', () => {
    const food = model.rows.find((row) => row.id === 'p22-etdz-food')!;
    expect(food.area).toBe('嘉兴经济技术开发区');
    expect(food.areaShort).toBe('嘉兴经开区');
  });

  test('orders rows by tier, then by the 2025 target, descending', () => {
    expect(model.rows.map((row) => row.id)).toEqual([
      'p22-tongxiang-materials',
      'p22-xiuzhou-pv', 'p22-jiashan-ic', 'p22-haiyan-nuclear',
      'p22-nanhu-microelectronics', 'p22-haining-semiconductor', 'p22-pinghu-cnc', 'p22-port-hydrogen', 'p22-etdz-food',
    ]);
  });

  test('the description names the highest and the lowest target, from the data', () => {
    expect(outputDescription(model)).toBe(
      '2022年“一县一集群”方案的9个集群中，桐乡市新材料集群2025年增加值目标最高，为430亿元（2021年实绩150亿元）；嘉兴经开区健康食品集群最低，为30亿元（2021年实绩10亿元）。',
    );
  });
});

describe('outputModel with bad data fails loudly, naming file, record and field', () => {
  test('a cluster without valueAdded', () => {
    const data = siteData();
    delete data.clusters.get('p22-pinghu-cnc')!.valueAdded;
    expect(() => outputModel(figure, data)).toThrow('content/data/clusters.yaml → p22-pinghu-cnc: valueAdded is required for the output chart');
  });
  test('a value that is not a number', () => {
    const data = siteData();
    data.clusters.get('p22-haining-semiconductor')!.valueAdded!.targets[1]!.value = Number.NaN;
    expect(() => outputModel(figure, data)).toThrow('content/data/clusters.yaml → p22-haining-semiconductor: valueAdded.targets[1].value must be a finite number for the output chart, got NaN');
    (data.clusters.get('p22-haining-semiconductor')!.valueAdded!.actual as { value: unknown }).value = '30';
    expect(() => outputModel(figure, data)).toThrow('valueAdded.actual.value must be a finite number for the output chart, got "30"');
  });
  test('a cluster with other target years than the rest', () => {
    const data = siteData();
    data.clusters.get('p22-port-hydrogen')!.valueAdded!.targets[0]!.year = 2024;
    expect(() => outputModel(figure, data)).toThrow(/clusters\.yaml → p22-port-hydrogen: valueAdded years and unit 2021 → 2024, 2025 \(亿元\) differ from the other clusters' 2021 → 2023, 2025 \(亿元\)/);
  });
  test('a cluster without an area', () => {
    const data = siteData();
    data.clusters.get('p22-etdz-food')!.zones = [];
    expect(() => outputModel(figure, data)).toThrow('content/data/clusters.yaml → p22-etdz-food: counties or zones is required for the output chart');
  });
});

describe('outputTable(model)', () => {
  const table = outputTable(outputModel(figure, siteData()));
  test('one row per dumbbell, with units in the headers', () => {
    expect(table.columns.map((column) => column.label)).toEqual(['地区', '集群', '层级', '2021年实绩（亿元）', '2023年目标（亿元）', '2025年目标（亿元）']);
    expect(table.rows).toHaveLength(9);
    expect(table.rows[0]).toEqual({
      cells: { area: '桐乡市', industry: '新材料', tier: '全球性', y2021: 150, y2023: 310, y2025: 430 },
      source: 'plan-2022-doc',
    });
    expect(table.rows.at(-1)!.cells).toMatchObject({ area: '嘉兴经济技术开发区', tier: '长三角区域性', y2021: 10, y2025: 30 });
  });
});

describe.each(CHART_SIZES)('outputLayout(model, $name)', (size) => {
  const layout = outputLayout(outputModel(figure, siteData()), size);
  const rows = layout.groups.flatMap((group) => group.rows);
  const fs = size.fontSize;
  const box = (text: { x: number; text: string; anchor: string }) => {
    const width = textWidth(text.text, fs);
    const start = text.anchor === 'end' ? text.x - width : text.anchor === 'middle' ? text.x - width / 2 : text.x;
    return [start, start + width] as const;
  };

  test('three tier groups, nine rows, 27 dots: one filled, two hollow per row', () => {
    expect(layout.groups.map((group) => group.tier)).toEqual(['global', 'national', 'regional']);
    expect(layout.groups.map((group) => group.heading.text)).toEqual(['全球性集群', '全国性集群', '长三角区域性集群']);
    expect(rows).toHaveLength(9);
    expect(rows.flatMap((row) => row.dots)).toHaveLength(27);
    for (const row of rows) expect(row.dots.map((dot) => dot.kind)).toEqual(['actual', 'target', 'target-last']);
  });

  test('dots sit on a zero-based scale: 430 lies at 430/500 of the axis', () => {
    const ticks = layout.axis.ticks;
    expect(ticks.map((tick) => tick.label)).toEqual(['0', '100', '200', '300', '400', '500']);
    const [zero, top] = [ticks[0]!.x, ticks.at(-1)!.x];
    const tongxiang = rows[0]!;
    expect(tongxiang.dots[2]!.cx).toBeCloseTo(zero + (top - zero) * 430 / 500, 0);
    expect(tongxiang.x1).toBe(tongxiang.dots[0]!.cx);
    expect(tongxiang.x2).toBe(tongxiang.dots[2]!.cx);
  });

  test('value labels at the 2021 and 2025 dots print the source values', () => {
    expect(rows[0]!.values.map((value) => value.text)).toEqual(['150', '430']);
    expect(rows.at(-1)!.values.map((value) => value.text)).toEqual(['10', '30']);
  });

  test('value labels overlap neither each other, nor a dot, nor the row label, and stay inside the SVG', () => {
    for (const row of rows) {
      const [left, right] = row.values.map(box);
      expect(left![1]).toBeLessThanOrEqual(right![0]);
      for (const dot of row.dots) {
        expect(left![1]).toBeLessThanOrEqual(dot.cx - dot.r);
        expect(right![0]).toBeGreaterThanOrEqual(dot.cx + dot.r);
      }
      expect(left![0]).toBeGreaterThanOrEqual(0);
      expect(right![1]).toBeLessThanOrEqual(layout.width);
      for (const label of row.label) {
        if (size.stacked) expect(label.y).toBeLessThan(row.cy - 5 - fs * 0.35);
        else expect(box(label)[1]).toBeLessThan(left![0]);
      }
    }
  });

  test('rows go down the page without overlapping', () => {
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.cy - rows[i - 1]!.cy).toBeGreaterThanOrEqual(size.stacked ? 36 : 20);
    expect(layout.height).toBeGreaterThan(rows.at(-1)!.cy);
  });

  test('every coordinate has at most one decimal', () => {
    const numbers = JSON.stringify(layout).match(/-?\d+\.\d+/g) ?? [];
    for (const number of numbers) expect(number).toMatch(/^-?\d+\.\d$/);
  });
});
