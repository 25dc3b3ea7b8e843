import { describe, expect, test } from 'vitest';
import { pick } from '../../../src/lib/data/types';
import { sceneOf } from '../../../src/lib/figures/scene';
import { siteData } from './fixtures';

describe("a chart's table (sceneOf(figure, data).table) is its kind's", () => {
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
    const table = sceneOf(pick(data, 'figures', id), data).table;
    expect(table.rows).toHaveLength(rows);
    expect(table.columns[0]!.label).toBe(first);
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
    for (const figure of charts) expect(sceneOf(figure, data).table.rows.length, figure.id).toBeGreaterThan(0);
  });
});
