/** Made-up records for the general chart kinds: rules are tested on these, never on the site's content. */
import type { Figure, Indicator } from '../../../src/lib/data/schemas';
import type { SiteData } from '../../../src/lib/data/types';
import { siteData } from './fixtures';

export function indicator(id: string, value: number, overrides: Partial<Indicator> = {}): Indicator {
  return {
    id, label: `指标${id}`, value, unit: '亿元', qualifier: 'exact', kind: 'actual',
    period: { year: 2025, label: '2025年' }, scope: '嘉兴市', measures: '测试用的指标', topic: 'clusters', counties: [], zones: [],
    source: [...siteData().sources.keys()][0]!, ...overrides,
  };
}

export function figure(id: string, fields: Partial<Figure>): Figure {
  return { id, kind: 'bar-chart', title: `图${id}`, dek: '测试用的图', notes: [], indicators: [], projects: [], facilities: [], milestones: [], ...fields } as Figure;
}

/** The site's data plus the given indicators and figures. */
export function withRecords(indicators: Indicator[], figures: Figure[]): SiteData {
  const data = siteData();
  for (const record of indicators) data.indicators.set(record.id, record);
  for (const record of figures) data.figures.set(record.id, record);
  return data;
}

const YEARS = [2021, 2022, 2023];

/**
 * A line chart of `count` made-up lines over 2021–2023 (or `years`), line i ending at
 * `end(i)` and starting at `start(i)`; `label(i)` names it. Returns the data and the figure.
 */
export function manyLines(id: string, count: number, { end = () => 50, start = (i: number) => 10 + 7 * i, label = (i: number) => `线${i + 1}`, years = YEARS }: {
  end?: (i: number) => number; start?: (i: number) => number; label?: (i: number) => string; years?: number[];
} = {}): { data: SiteData; chart: Figure } {
  const records: Indicator[] = [];
  const lines = Array.from({ length: count }, (_, i) => {
    const ids = years.map((year, at) => {
      const value = at === years.length - 1 ? end(i) : start(i) + at;
      const record = indicator(`${id}-${i}-${year}`, value, { period: { year, label: `${year}年` } });
      records.push(record);
      return record.id;
    });
    return { label: label(i), indicators: ids };
  });
  const chart = figure(id, { kind: 'line-chart', lines });
  return { data: withRecords(records, [chart]), chart };
}
