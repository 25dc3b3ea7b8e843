/** Made-up records for the general chart kinds: rules are tested on these, never on the site's content. */
import type { Indicator } from '../../../src/lib/data/schemas';
import type { SiteData } from '../../../src/lib/data/types';
import { figureBase } from '../../../src/lib/figures/kind-schema';
import { KIND_SCHEMAS } from '../../../src/lib/figures/schemas';
import { type Figure, type FigureKindName } from '../../../src/lib/figures/schemas';
import { siteData, type FigureOf } from './fixtures';

export function indicator(id: string, value: number, overrides: Partial<Indicator> = {}): Indicator {
  return {
    id, label: `指标${id}`, value, unit: '亿元', qualifier: 'exact', kind: 'actual',
    period: { year: 2025, label: '2025年' }, scope: '嘉兴市', measures: '测试用的指标', topic: 'clusters', counties: [], zones: [],
    source: [...siteData().sources.keys()][0]!, ...overrides,
  };
}

/**
 * A made-up figure of one kind (a bar chart unless `fields.kind` says otherwise), with the kind's
 * defaults filled as its schema fills them. It is not parsed by the schema, whose references
 * check the site's content (these records are made up); a field the kind does not take is an error.
 */
export function figure<K extends FigureKindName = 'bar-chart'>(id: string, fields: Partial<Omit<FigureOf<K>, 'id' | 'kind'>> & { kind?: K }): FigureOf<NoInfer<K>> {
  const name = fields.kind ?? 'bar-chart';
  const kind = KIND_SCHEMAS.find((candidate) => candidate.name === name)!;
  const known = ['kind', ...Object.keys(figureBase), ...Object.keys(kind.fields)];
  const unknown = Object.keys(fields).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw new Error(`test fixture: a ${name} figure takes no ${unknown.join(', ')}`);
  const defaults = Object.fromEntries(Object.entries(kind.fields).flatMap(([key, schema]) => {
    const parsed = schema.safeParse(undefined);
    return parsed.success && parsed.data !== undefined ? [[key, parsed.data]] : [];
  }));
  return { kind: name, title: `图${id}`, dek: '测试用的图', notes: [], ...defaults, ...fields, id } as unknown as FigureOf<K>;
}

/** The site's data plus the given indicators and figures. */
export function withRecords(indicators: Indicator[], figures: readonly Figure[]): SiteData {
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
} = {}): { data: SiteData; chart: FigureOf<'line-chart'> } {
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
