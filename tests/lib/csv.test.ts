import { describe, expect, test } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv';
import { siteDataFromFiles } from '../../src/lib/data/from-files';
import { figureTable } from '../../src/lib/figures';
import type { FigureTable } from '../../src/lib/figures/table';
import { sourceWithDate } from '../../src/lib/sources';

const data = siteDataFromFiles();
const [sourceId, source] = [...data.sources][0]!;

describe('csvField', () => {
  test.each([
    ['plain', 'plain'], ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['two\nlines', '"two\nlines"'], [12.5, '12.5'], [null, ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
  test('non-finite numbers throw', () => {
    expect(() => csvField(Number.NaN)).toThrow(/finite/);
    expect(() => csvField(Infinity)).toThrow(/finite/);
  });
});

describe('toCsv', () => {
  const table: FigureTable = {
    caption: 't',
    columns: [{ key: 'name', label: '集群' }, { key: 'value', label: '增加值（亿元）', numeric: true }],
    rows: [{ cells: { name: '新材料', value: 150 }, source: sourceId }, { cells: { name: '氢能, 储能', value: null }, source: sourceId }],
  };

  test('UTF-8 BOM, header with units, one CRLF row per mark, then the citation', () => {
    const csv = toCsv(table, data.sources);
    expect(csv.startsWith('\uFEFF集群,增加值（亿元）,来源\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(`新材料,150,${sourceWithDate(source)}`);
    expect(lines[2]).toBe(`"氢能, 储能",,${sourceWithDate(source)}`);
    expect(lines[3]).toBe('');
    expect(lines[4]).toMatch(/^来源：/);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('fails on an unknown source or a missing cell', () => {
    expect(() => toCsv({ ...table, rows: [{ cells: { name: 'x', value: 1 }, source: 'nope' }] }, data.sources)).toThrow(/unknown source id "nope"/);
    expect(() => toCsv({ ...table, rows: [{ cells: { name: 'x' }, source: sourceId }] }, data.sources)).toThrow(/no value for column "value"/);
  });

  test('every figure has a CSV with one row per row of its table', () => {
    for (const figure of data.figures.values()) {
      const table = figureTable(figure, data);
      const body = toCsv(table, data.sources).slice(1).split('\r\n\r\n')[0]!.split('\r\n');
      expect(body.length - 1, figure.id).toBe(table.rows.length);
    }
  });
});
