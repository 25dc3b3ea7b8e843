import { csvParse } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { csvColumns, csvField, csvSidecar, toCsv } from '../../src/lib/csv';
import { siteDataFromFiles } from '../helpers/site-data';
import { sceneOf } from '../../src/lib/figures/scene';
import { quantityOf, type FigureTable } from '../../src/lib/figures/table';
import { citeSource } from '../../src/lib/sources';
import { csvProblems, knownUnits } from '../helpers/tidy-data';

const data = siteDataFromFiles();
const [sourceId] = [...data.sources.keys()];
/** How a CSV's 来源 column cites a source: the citation a reader can look up, as under a figure. */
const citation = (id: string) => citeSource(data.sources.get(id)!);

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

describe('quantityOf', () => {
  test.each([
    [{ value: 65, unit: '%', qualifier: 'about' }, { value: 65, unit: '%', qualifier: '约' }],
    [{ value: 1000, unit: '亿元', qualifier: 'over' }, { value: 1000, unit: '亿元', qualifier: '超' }],
    [{ value: 40, unit: '家', qualifier: 'at-least' }, { value: 40, unit: '家', qualifier: '以上' }],
    [{ value: 3, unit: '位', qualifier: 'up-to', kind: 'rank' }, { value: 3, unit: '位', qualifier: '前' }],
    [{ value: 1023.6, unit: '亿元', qualifier: 'exact' }, { value: 1023.6, unit: '亿元', qualifier: '' }],
    [{ value: 50, unit: '%', qualifier: 'nearly' }, { value: 50, unit: '%', qualifier: '近' }],
    [{ value: 5000, unit: '亿元', qualifier: 'order', kind: 'size' }, { value: 5000, unit: '亿元', qualifier: '级' }],
  ])('%j → %j', (record, expected) => {
    expect(quantityOf(record)).toEqual(expected);
  });
  test('an unknown qualifier throws', () => {
    expect(() => quantityOf({ value: 1, unit: '个', qualifier: 'roughly' })).toThrow(/unknown qualifier "roughly"/);
  });
});

describe('toCsv', () => {
  const table: FigureTable = {
    caption: 't',
    columns: [{ key: 'name', label: '集群' }, { key: 'value', label: '增加值（亿元）', numeric: true }, { key: 'printed', label: '数值（按报道）', quantity: true }],
    rows: [
      { cells: { name: '新材料', value: 150, printed: '约1,023.6亿元' }, source: sourceId!, quantity: { value: 1023.6, unit: '亿元', qualifier: '约' } },
      { cells: { name: '氢能, 储能', value: null, printed: null }, source: sourceId! },
    ],
  };

  test('no BOM, one header row, a printed quantity split into number (its one unit in the header) and qualifier, the source citation, CRLF rows and nothing else', () => {
    const csv = toCsv(table, data.sources);
    const cited = csvField(citation(sourceId!));
    expect(csv).toBe(`集群,增加值（亿元）,数值（亿元）,限定词,来源\r\n新材料,150,1023.6,约,${cited}\r\n"氢能, 储能",,,,${cited}\r\n`);
    expect(csv).not.toContain(`,${sourceId}\r\n`);
  });

  test('rows in different units: the number column holds numbers only, the unit has a column of its own', () => {
    const mixed: FigureTable = {
      ...table,
      rows: [table.rows[0]!, { cells: { name: '项目', value: null, printed: '5个' }, source: sourceId!, quantity: { value: 5, unit: '个', qualifier: '' } }],
    };
    const cited = csvField(citation(sourceId!));
    expect(toCsv(mixed, data.sources)).toBe(`集群,增加值（亿元）,数值,单位,限定词,来源\r\n新材料,150,1023.6,亿元,约,${cited}\r\n项目,,5,个,,${cited}\r\n`);
  });

  test('a printed column with its unit in the label ("数值（%，按报道）") keeps only the unit in the CSV header', () => {
    const percent: FigureTable = {
      caption: 't',
      columns: [{ key: 'name', label: '项目' }, { key: 'printed', label: '数值（%，按报道）', quantity: true }],
      rows: [{ cells: { name: '增长', printed: '45.3%' }, source: sourceId!, quantity: { value: 45.3, unit: '%', qualifier: '' } }],
    };
    expect(toCsv(percent, data.sources).split('\r\n').slice(0, 2)).toEqual(['项目,数值（%）,限定词,来源', `增长,45.3,,${csvField(citation(sourceId!))}`]);
  });

  test('an inferred source date keeps its mark in the 来源 column', () => {
    const inferred = [...data.sources.values()].find((source) => source.dateBasis.kind === 'inferred');
    expect(inferred, 'the data has a source with an inferred date').toBeDefined();
    const csv = toCsv({ ...table, rows: [{ ...table.rows[1]!, source: inferred!.id }] }, data.sources);
    const cells = csvParse(csv).map((row) => row['来源'] ?? '');
    expect(cells).toEqual([citeSource(inferred!)]);
    expect(cells[0]!.endsWith(`（${inferred!.date.label}*）`), cells[0]).toBe(true);
  });

  test('fails on an unknown source or a missing cell', () => {
    expect(() => toCsv({ ...table, rows: [{ cells: { name: 'x', value: 1, printed: null }, source: 'nope' }] }, data.sources)).toThrow(/unknown source id "nope"/);
    expect(() => toCsv({ ...table, rows: [{ cells: { name: 'x', printed: null }, source: sourceId! }] }, data.sources)).toThrow(/no value for column "value"/);
  });
});

describe('every figure\'s CSV, parsed with d3-dsv', () => {
  const units = knownUnits(data);
  test.each([...data.figures.values()].map((figure) => [figure.id, figure] as const))('%s: data rows only, numbers as numbers, the citation of its own source on every row', (_id, figure) => {
    const table = sceneOf(figure, data).table;
    const csv = toCsv(table, data.sources);
    expect(csvProblems(csv, csvColumns(table, data.sources), units)).toEqual([]);
    const rows = csvParse(csv);
    const columns = csvColumns(table, data.sources);
    expect(rows.columns).toEqual(columns.map((column) => column.name));
    expect(rows).toHaveLength(table.rows.length);
    const problems: string[] = [];
    rows.forEach((row, index) => {
      for (const column of columns) {
        const cell = row[column.name] ?? '';
        if (column.type === 'number' && cell !== '' && !(Number.isFinite(Number(cell)) && String(Number(cell)) === cell)) {
          problems.push(`row ${index + 1}, ${column.name}: "${cell}" is not a plain number`);
        }
      }
      const expected = citation(table.rows[index]!.source);
      if (row['来源'] !== expected) problems.push(`row ${index + 1}: 来源 is "${row['来源']}", expected the citation "${expected}"`);
      if (data.sources.has(row['来源'] ?? '')) problems.push(`row ${index + 1}: 来源 is an internal source id`);
      if (Object.values(row).some((cell) => (cell ?? '').startsWith('来源：'))) problems.push(`row ${index + 1} is a citation line, not data`);
    });
    expect(problems).toEqual([]);
  });

  test('a column printed as text with its number ("约65%") never reaches the CSV: it is split', () => {
    const printed = [...data.figures.values()].flatMap((figure) => {
      const table = sceneOf(figure, data).table;
      return table.columns.filter((column) => column.quantity).map((column) => ({ figure: figure.id, table, column }));
    });
    for (const { figure, table, column } of printed) {
      const columns = csvColumns(table, data.sources);
      const names = columns.map((c) => c.name);
      expect(names, figure).not.toContain(column.label);
      expect(names, figure).toContain('限定词');
      // The unit: in the number column's header when the rows share one, else in a 单位 column.
      const units = new Set(table.rows.flatMap((row) => (row.quantity ? [row.quantity.unit] : [])));
      if (units.size === 1) expect(columns.some((c) => c.type === 'number' && c.unit === [...units][0] && c.name.endsWith(`（${c.unit}）`)), figure).toBe(true);
      else expect(names, figure).toContain('单位');
    }
  });
});

describe('csvSidecar', () => {
  test('names every CSV column with its type and every source id the rows use, with its citation', () => {
    for (const figure of data.figures.values()) {
      const table = sceneOf(figure, data).table;
      const sidecar = csvSidecar(figure, table, data.sources);
      expect(sidecar.columns.map((column) => column.name), figure.id).toEqual(csvColumns(table, data.sources).map((column) => column.name));
      expect(sidecar.sources.map((source) => source.id), figure.id).toEqual([...new Set(table.rows.map((row) => row.source))]);
      expect(sidecar.notes).toEqual(figure.notes);
      for (const source of sidecar.sources) expect(source.citation, `${figure.id} ${source.id}`).toBe(citation(source.id));
    }
  });
});
