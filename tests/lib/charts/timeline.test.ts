import { describe, expect, test } from 'vitest';
import { byMilestoneDate, isoDate, timelineEntries, timelineTable } from '../../../src/lib/figures/kinds/timeline/model';
import type { Milestone } from '../../../src/lib/data/schemas';
import { figureOf, siteData } from './fixtures';

const figure = figureOf('chart-timeline', 'timeline');

describe('timelineEntries(figure, data)', () => {
  const entries = timelineEntries(figure, siteData());
  test('nine milestones in date order, two of them targets', () => {
    expect(entries.map((entry) => entry.date)).toEqual([
      '2022年7月23日', '2022年9月1日', '2024年', '2024年', '2025年秋*', '2026年*3月', '2026年*', '2027年', '2030年',
    ]);
    expect(entries.filter((entry) => entry.kind === 'target').map((entry) => entry.id)).toEqual(['target-2027-ai', 'target-2030-135n']);
  });
  test('machine-readable dates only as precise as the record', () => {
    expect(entries.map((entry) => entry.datetime)).toEqual(['2022-07-23', '2022-09-01', '2024', '2024', '2025', '2026-03', '2026', '2027', '2030']);
  });
  test('the order does not depend on the figure listing order', () => {
    const shuffled = { ...figure, milestones: [...figure.milestones].reverse() };
    const dates = timelineEntries(shuffled, siteData()).map((entry) => entry.datetime);
    expect(dates).toEqual(['2022-07-23', '2022-09-01', '2024', '2024', '2025', '2026-03', '2026', '2027', '2030']);
  });
});

describe('byMilestoneDate and isoDate', () => {
  const at = (year: number, month?: number, day?: number) => ({ date: { year, month, day, label: '' } }) as Milestone;
  test('year first; within a year, a known month before a year-only date', () => {
    expect(byMilestoneDate(at(2025), at(2026, 1))).toBeLessThan(0);
    expect(byMilestoneDate(at(2026, 3), at(2026))).toBeLessThan(0);
    expect(byMilestoneDate(at(2022, 9, 1), at(2022, 7, 23))).toBeGreaterThan(0);
    expect(byMilestoneDate(at(2024), at(2024))).toBe(0);
  });
  test('isoDate pads months and days', () => {
    expect(isoDate({ year: 2026, month: 3, label: '' })).toBe('2026-03');
    expect(isoDate({ year: 2022, month: 7, day: 3, label: '' })).toBe('2022-07-03');
  });
});

describe('timelineTable(figure, data)', () => {
  test('one row per entry, with kind and source', () => {
    const table = timelineTable(figure, siteData());
    expect(table.rows).toHaveLength(9);
    expect(table.rows.map((row) => row.cells.kind).filter((kind) => kind === '目标')).toHaveLength(2);
    expect(table.rows[0]).toEqual({
      cells: { date: '2022年7月23日', kind: '事件', title: '嘉政发〔2022〕13号印发', description: '市政府印发打造先进制造业集群实施方案，按“一县一集群”布局9个集群' },
      source: 'plan-2022-doc',
    });
  });
});
