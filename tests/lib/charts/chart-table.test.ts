import { describe, expect, test } from 'vitest';
import { chartTable } from '../../../src/lib/figures/charts';
import { figureTable } from '../../../src/lib/figures';
import { figureOf, siteData } from './fixtures';

describe('chartTable(figure, data) dispatches on the figure kind', () => {
  const data = siteData();
  test.each([
    ['chart-cluster-output', 9, '地区'],
    ['chart-compute-share', 8, '项目'],
    ['chart-investment-h1-2026', 7, '项目'],
    ['chart-growth-targets', 7, '指标'],
    ['chart-pinghu-ai', 7, '指标'],
    ['chart-national-clusters', 6, '指标'],
    ['chart-timeline', 9, '日期'],
  ])('%s: %i rows, first column %s, every row sourced and every cell filled', (id, rows, first) => {
    const table = chartTable(figureOf(id), data);
    expect(table.rows).toHaveLength(rows);
    expect(table.columns[0]!.label).toBe(first);
    expect(table).toEqual(figureTable(figureOf(id), data));
    for (const row of table.rows) {
      expect(data.sources.has(row.source)).toBe(true);
      for (const column of table.columns) {
        const cell = row.cells[column.key];
        expect(cell).not.toBeUndefined();
        if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
        if (typeof cell === 'string') expect(cell).not.toMatch(/NaN|undefined|Infinity/);
      }
    }
  });

  test('every chart figure in the registry has a table, one row per mark at least', () => {
    const charts = [...data.figures.values()].filter((figure) => !figure.kind.endsWith('-map'));
    expect(charts.length).toBeGreaterThanOrEqual(7);
    for (const figure of charts) expect(chartTable(figure, data).rows.length, figure.id).toBeGreaterThan(0);
  });

  test('a map figure is not a chart', () => {
    expect(() => chartTable(figureOf('map-2022-tiers'), data)).toThrow(/kind "tier-map" is not a chart/);
  });
});
