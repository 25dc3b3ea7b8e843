/** The timeline (figure kind "timeline"): the figure's milestones in date order. */
import type { Milestone } from '../../../data/schemas';
import type { DataRecords } from '../../../data/records';
import type { FigureTable } from '../../table';
import type { TimelineEntry } from '../../kind';
import { listed } from '../../../charts/fail';
import { chartWords } from '../../../charts/words';

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

/**
 * A date label and its bracketed note: "2026年*全年（企业预计）" → ["2026年*全年", "（企业预计）"];
 * English "2026* (company estimate)" → ["2026*", "(company estimate)"].
 */
export function splitDateLabel(label: string): [main: string, note: string] {
  const at = label.indexOf('（');
  if (at > 0) return [label.slice(0, at), label.slice(at)];
  const open = label.indexOf(' (');
  return open > 0 && label.endsWith(')') ? [label.slice(0, open), label.slice(open + 1)] : [label, ''];
}

/** The figure's milestones in date order. */
export function timelineEntries(figure: { id: string; milestones: readonly string[] }, data: DataRecords): TimelineEntry[] {
  const words = chartWords(data);
  return [...listed(figure, data, 'milestones')].sort(byMilestoneDate).map((milestone) => {
    const [dateMain, dateNote] = splitDateLabel(milestone.date.label);
    return {
      id: milestone.id,
      datetime: isoDate(milestone.date),
      date: milestone.date.label,
      dateMain,
      dateNote,
      kind: milestone.kind,
      ...(milestone.kind === 'target' ? { tag: words.charts.kindTarget } : {}),
      title: milestone.title,
      description: milestone.description,
      source: milestone.source,
    };
  });
}

/** The timeline's table: one row per entry. */
export function timelineTable(figure: { id: string; title: string; milestones: readonly string[] }, data: DataRecords): FigureTable {
  const words = chartWords(data);
  const t = words.tables;
  return {
    caption: words.fill(words.charts.timelineCaption, { title: figure.title }),
    columns: [
      { key: 'date', label: t.colDay },
      { key: 'kind', label: t.colKind },
      { key: 'title', label: t.colEvent },
      { key: 'description', label: t.colNote },
    ],
    rows: timelineEntries(figure, data).map((entry) => ({
      cells: { date: entry.date, kind: entry.kind === 'target' ? words.charts.kindTarget : words.charts.kindEvent, title: entry.title, description: entry.description },
      source: entry.source,
    })),
  };
}
