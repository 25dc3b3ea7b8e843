/**
 * A figure's data table (FigureTable.astro): every body cell carries its column's header as its
 * data-label, written from the table's columns with its break points marked (figure.css shows it beside the cell when a phone
 * stacks the table); numbers, also those worded as the source words them, are right-aligned; a
 * short Chinese cell stays on one line.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import FigureTableView from '../../../src/components/figure/FigureTable.astro';
import type { FigureTable } from '../../../src/lib/figures/table';
import { BREAK_MARK, markBreaks, MAX_CELL } from '../../../src/lib/linebreak';

const table: FigureTable = {
  caption: '示例：三个地方的数字',
  columns: [
    { key: 'place', label: '地区' },
    { key: 'kind', label: '类型' },
    { key: 'value', label: '增加值（亿元）', numeric: true },
    { key: 'quantity', label: '数值（按报道）', quantity: true },
  ],
  rows: [
    { cells: { place: '桐乡市', kind: '县级市', value: 150, quantity: '约65%' }, source: 's' },
    { cells: { place: '嘉兴港区', kind: '功能区', value: null, quantity: '5个' }, source: 's' },
  ],
};

let html: string;
beforeAll(async () => {
  const container = await AstroContainer.create();
  html = await container.renderToString(FigureTableView, { props: { table } });
});

/** Each body row's cells: tag, class, data-label and text. */
function cells(markup: string) {
  const body = markup.slice(markup.indexOf('<tbody>'));
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...(row[1] ?? '').matchAll(/<(t[hd])\b([^>]*)>([\s\S]*?)<\/t[hd]>/g)].map((cell) => {
    const classes = (/ class="([^"]*)"/.exec(cell[2] ?? '')?.[1] ?? '').split(' ');
    return {
      tag: cell[1],
      num: classes.includes('num'),
      nb: classes.includes('nb'),
      label: / data-label="([^"]*)"/.exec(cell[2] ?? '')?.[1],
      text: (cell[3] ?? '').replace(/<[^>]+>/g, ''),
    };
  }));
}

describe('FigureTable', () => {
  test('every body cell carries its column header as its data-label, the row header too, its break points marked', () => {
    const rows = cells(html);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.map((cell) => cell.label)).toEqual(table.columns.map((column) => markBreaks(column.label)));
    // Marked where the rule lets a line end (markBreaks(), tested in linebreak.test.ts): before "（亿元）", never inside it.
    expect(rows[0]![2]!.label?.endsWith(`${BREAK_MARK}（亿元）`)).toBe(true);
    expect(rows[0]![0]).toMatchObject({ tag: 'th', text: '桐乡市' });
  });

  test('number and quantity columns are right-aligned, headers included; text columns are not', () => {
    const headers = [...html.matchAll(/<th scope="col"( class="num")?>/g)].map((match) => match[1] !== undefined);
    expect(headers).toEqual([false, false, true, true]);
    for (const row of cells(html)) expect(row.map((cell) => cell.num)).toEqual([false, false, true, true]);
    expect(cells(html)[1]!.map((cell) => cell.text)).toEqual(['嘉兴港区', '功能区', '—', '5个']);
  });

  test(`a Chinese cell of at most ${MAX_CELL} characters without a space stays on one line (class nb); a longer one, or English, wraps`, async () => {
    const container = await AstroContainer.create();
    const mixed: FigureTable = {
      caption: '示例',
      columns: [{ key: 'place', label: '地区' }, { key: 'cluster', label: '集群' }, { key: 'when', label: '时间' }],
      rows: [
        { cells: { place: '嘉兴经济技术开发区', cluster: '核电关联及核技术应用集群', when: '2026年上半年*' }, source: 's' },
        { cells: { place: 'Jiaxing', cluster: 'Yangtze River Delta regional', when: '2026' }, source: 's' },
      ],
    };
    const rows = cells(await container.renderToString(FigureTableView, { props: { table: mixed } }));
    expect(rows.map((row) => row.map((cell) => cell.nb))).toEqual([[true, false, true], [false, false, false]]);
  });
});
