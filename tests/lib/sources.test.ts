import { describe, expect, test } from 'vitest';
import { csvSidecar, toCsv } from '../../src/lib/csv';
import { sourceSchema, type Source } from '../../src/lib/data/schemas';
import type { Figure } from '../../src/lib/figures/schemas';
import { citeSource, dateText, shortPublication, sourceWithDate } from '../../src/lib/sources';

const report: Source = {
  id: 'report',
  publication: '某地报纸（未印报头）',
  headline: '标题',
  kind: 'news-report',
  date: { year: 2026, label: '2026年下半年' },
  dateBasis: { kind: 'inferred', basis: '版面未印年份，据同版报道推断。' },
  article: '000_5a463b015cf49cf5.txt',
};
const document: Source = {
  id: 'doc',
  publication: '嘉兴市人民政府',
  headline: '嘉兴市人民政府关于印发某方案的通知',
  kind: 'government-document',
  date: { year: 2022, month: 7, day: 23, label: '2022年7月23日' },
  dateBasis: { kind: 'printed', basis: '文件落款日期' },
  article: '002_7ccdd31261d2b263.txt',
};

describe('how a source and its date are printed', () => {
  test('citeSource(news report) is publication《headline》（date, with the inference mark after an inferred date）', () => {
    expect(citeSource(report)).toBe('某地报纸（未印报头）《标题》（2026年下半年*）');
    expect(citeSource(report)).not.toContain('推断');
  });

  test('citeSource(government document) names the issuer once and prints the printed date as it is', () => {
    expect(citeSource(document)).toBe('嘉兴市人民政府关于印发某方案的通知（2022年7月23日）');
    expect(citeSource({ ...document, headline: '某方案' })).toBe('嘉兴市人民政府：某方案（2022年7月23日）');
  });

  test('dateText and sourceWithDate add the inference mark to an inferred date only', () => {
    expect(dateText(report)).toBe('2026年下半年*');
    expect(sourceWithDate(report)).toBe('某地报纸（未印报头）（2026年下半年*）');
    expect(dateText(document)).toBe('2022年7月23日');
    expect(sourceWithDate(document)).toBe('嘉兴市人民政府（2022年7月23日）');
  });

  test('shortPublication drops every bracketed description and leaves a plain publication alone', () => {
    expect(shortPublication(report)).toBe('某地报纸');
    expect(shortPublication({ ...report, publication: '某地报纸（未印报头）头版（第2版）' })).toBe('某地报纸头版');
    expect(shortPublication(document)).toBe('嘉兴市人民政府');
  });

  test('a CSV cites its source (never the internal id); CSV and sidecar print an inferred date with the mark', () => {
    const table = { caption: 't', columns: [{ key: 'item', label: '项目' }], rows: [{ cells: { item: 'a' }, source: 'report' }] };
    const sources = new Map([['report', report]]);
    const csv = toCsv(table, sources);
    expect(csv).toContain(`a,${citeSource(report)}\r\n`);
    expect(csv).not.toMatch(/,report\r\n/);
    const sidecar = csvSidecar({ id: 'f', title: 't', notes: [] } as unknown as Figure, table, sources);
    expect(sidecar.sources[0]).toMatchObject({ id: 'report', date: '2026年下半年*' });
    expect(sidecar.sources[0]!.citation).toContain('（2026年下半年*）');
  });
});

describe('sourceSchema: dateBasis', () => {
  const { dateBasis: _, ...withoutBasis } = report;
  test('a source without dateBasis is rejected', () => {
    const result = sourceSchema.safeParse(withoutBasis);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['dateBasis']);
  });

  test('an inferred date needs a basis; the mark, not words, says it is inferred', () => {
    expect(sourceSchema.safeParse(report).success).toBe(true);
    const noBasis = sourceSchema.safeParse({ ...report, dateBasis: { kind: 'inferred' } });
    expect(noBasis.success).toBe(false);
    expect(noBasis.error?.issues[0]?.path).toEqual(['dateBasis', 'basis']);
  });

  test('a date label that says 推断 in words is refused with the hint to write *', () => {
    for (const label of ['2026年下半年（推断）', '2026年（年份推断）', '2026年下半年，据文中内容推断']) {
      const result = sourceSchema.safeParse({ ...report, date: { ...report.date, label } });
      expect(result.success, label).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['date', 'label']);
      expect(result.error?.issues[0]?.message).toContain('*');
    }
    expect(sourceSchema.safeParse({ ...report, date: { ...report.date, label: '2026年下半年*' } }).success).toBe(true);
  });
});
