/** The timeline (figure kind "timeline"): the figure's milestones in date order. */
import type { Milestone } from '../../../data/schemas';
import type { DataRecords } from '../../../data/records';
import type { FigureTable } from '../../table';
import type { TimelineEntry } from '../../kind';
import { listed } from '../../../charts/fail';

const pad = (value: number) => String(value).padStart(2, '0');

/** "2022-07-23", "2026-03" or "2024": only as precise as the record. */
export function isoDate(date: Milestone['date']): string {
  if (date.month === undefined) return String(date.year);
  return date.day === undefined ? `${date.year}-${pad(date.month)}` : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * Orders milestones by year, then month and day where known. Within a year, a date known to the
 * month comes before one known only to the year (whose place in the year is unknown); otherwise
 * the figure's own order is kept.
 */
export function byMilestoneDate(a: Milestone, b: Milestone): number {
  return a.date.year - b.date.year || (a.date.month ?? 13) - (b.date.month ?? 13) || (a.date.day ?? 32) - (b.date.day ?? 32);
}

/** A date label and its bracketed note: "2026年*全年（企业预计）" → ["2026年*全年", "（企业预计）"]. */
export function splitDateLabel(label: string): [main: string, note: string] {
  const at = label.indexOf('（');
  return at > 0 ? [label.slice(0, at), label.slice(at)] : [label, ''];
}

/** The figure's milestones in date order. */
export function timelineEntries(figure: { id: string; milestones: readonly string[] }, data: DataRecords): TimelineEntry[] {
  return [...listed(figure, data, 'milestones')].sort(byMilestoneDate).map((milestone) => {
    const [dateMain, dateNote] = splitDateLabel(milestone.date.label);
    return {
      id: milestone.id,
      datetime: isoDate(milestone.date),
      date: milestone.date.label,
      dateMain,
      dateNote,
      kind: milestone.kind,
      title: milestone.title,
      description: milestone.description,
      source: milestone.source,
    };
  });
}

/** The timeline's table: one row per entry. */
export function timelineTable(figure: { id: string; title: string; milestones: readonly string[] }, data: DataRecords): FigureTable {
  return {
    caption: `${figure.title}：各节点及其来源`,
    columns: [
      { key: 'date', label: '日期' },
      { key: 'kind', label: '类型' },
      { key: 'title', label: '事项' },
      { key: 'description', label: '说明' },
    ],
    rows: timelineEntries(figure, data).map((entry) => ({
      cells: { date: entry.date, kind: entry.kind === 'target' ? '目标' : '事件', title: entry.title, description: entry.description },
      source: entry.source,
    })),
  };
}
