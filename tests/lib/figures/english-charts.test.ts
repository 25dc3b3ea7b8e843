/**
 * Every chart, card strip and timeline in English (issue 25): the scene of each figure that is not
 * a map, made from getSiteData('en')'s records, with its table, CSV, sidecar, workbook and download
 * texts. Rules, not today's content: no Chinese outside {zh:…} marks (so never 亿 or 万), never
 * NaN, undefined or [object Object], numbers equal to the Chinese ones converted, and every label
 * of a drawing inside its viewBox. A line chart made from the data's own indicators stands in for
 * the kind while figures.yaml has none.
 */
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { englishSiteDataFromFiles, siteDataFromFiles } from '../../helpers/site-data';
import type { PlacedText } from '../../../src/lib/charts/geometry';
import { csvColumns, csvSidecar, toCsv } from '../../../src/lib/csv';
import { downloadTexts } from '../../../src/lib/download/texts';
import { chineseMagnitude } from '../../../src/lib/format';
import type { SiteData } from '../../../src/lib/data/types';
import { figureSchema, type Figure } from '../../../src/lib/figures/schemas';
import { sceneOf, type Scene } from '../../../src/lib/figures/scene';
import { chineseOutsideMarks } from '../../../src/lib/i18n/zh-marks';
import { STYLE } from '../../../src/lib/image';
import { textWidth } from '../../../src/lib/text';
import { timelineImage } from '../../../src/lib/charts/timeline-layout';
import { phoneColumns } from '../../../src/lib/charts/card-layout';
import { STANDALONE_INNER } from '../../../src/lib/download/standalone';
import { sheetNames, toXlsx } from '../../../src/lib/xlsx';
import { textBox } from '../charts/boxes';

const zh = siteDataFromFiles();
const en = englishSiteDataFromFiles();

/** A line chart of the data's own dated indicators (two of one unit), in both languages: the kind is covered while figures.yaml has none. */
function withLineChart(data: SiteData, from: SiteData): SiteData {
  const dated = [...from.indicators.values()].filter((indicator) => indicator.period.year !== undefined);
  const byUnit = Map.groupBy(dated, (indicator) => `${indicator.unit} ${en.indicators.get(indicator.id)!.unit}`);
  const pair = [...byUnit.values()].map((list) => [...new Map(list.map((indicator) => [indicator.period.year, indicator])).values()].sort((a, b) => a.period.year! - b.period.year!)).find((list) => list.length >= 2);
  const added: Figure[] = [];
  if (pair) {
    added.push(figureSchema.parse({
      id: 'test-line-chart', kind: 'line-chart', title: 'Test', dek: 'Test line',
      lines: [{ label: 'Test', indicators: pair.slice(0, 3).map((indicator) => indicator.id) }],
    }));
  }
  // A bar chart of amounts with a Chinese magnitude (亿元): its English axis is in billions or millions.
  const money = [...Map.groupBy([...from.indicators.values()].filter((indicator) => chineseMagnitude(indicator.unit).factor > 1), (indicator) => `${indicator.unit} ${en.indicators.get(indicator.id)!.unit}`).values()]
    .sort((a, b) => b.length - a.length)[0];
  if (money) added.push(figureSchema.parse({ id: 'test-bar-chart-money', kind: 'bar-chart', title: 'Test', dek: 'Test bars', indicators: money.slice(0, 4).map((indicator) => indicator.id) }));
  return { ...data, figures: new Map([...data.figures, ...added.map((figure) => [figure.id, figure] as const)]) };
}

const zhData = withLineChart(zh, zh);
const enData = withLineChart(en, zh);

/** The figures whose scene is a chart, card strip or timeline (not a map). */
const charts: Figure[] = [...enData.figures.values()].filter((figure) => !sceneOf(zhData.figures.get(figure.id)!, zhData).styles.includes('maps'));

/** Every string in a value, with where it is; functions, components and the figure record itself left out. */
function strings(value: unknown, path: string, out: [string, string][] = [], seen = new Set<unknown>()): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'number' && !Number.isFinite(value)) out.push([path, String(value)]);
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const [key, inner] of Object.entries(value)) {
      if (['component', 'graphic', 'figure', 'sources'].includes(key)) continue;
      strings(inner, `${path}.${key}`, out, seen);
    }
  }
  return out;
}

const BAD = /NaN|undefined|\[object Object\]|Infinity/;

/** The marked Chinese names a text carries ({zh:平湖} → 平湖): the only Chinese plain-text outputs may hold. */
const marked = (texts: readonly string[]) => texts.flatMap((text) => [...text.matchAll(/\{zh:([^{}]+)\}/g)].map((match) => match[1]!));

/** Chinese left in a plain-text output once the marked names (of the scene and its sources) are taken out. */
function strayChinese(text: string, scene: Scene): string[] {
  const names = marked([...strings(scene, '').map(([, s]) => s), ...scene.sources.flatMap((source) => strings(source, '').map(([, s]) => s))]);
  let rest = text;
  for (const name of names.sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  return chineseOutsideMarks(rest);
}

/** Every PlacedText in a layout. */
function placed(value: unknown, out: PlacedText[] = []): PlacedText[] {
  if (Array.isArray(value)) value.forEach((item) => placed(item, out));
  else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.text === 'string' && typeof object.x === 'number' && typeof object.y === 'number' && typeof object.anchor === 'string') out.push(object as unknown as PlacedText);
    else Object.values(object).forEach((inner) => placed(inner, out));
  }
  return out;
}

/** The power of ten an English unit's scale word carries: "billion yuan" → 9. */
const englishExponent = (unit: string) => ({ trillion: 12, billion: 9, million: 6 })[unit.split(' ')[0]!] ?? 0;

/** Two amounts equal but for floating-point error (a billionth of the amount). */
function expectSameAmount(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-9);
}

test('the English data has chart figures of every non-map kind it draws, generated place charts included', () => {
  expect(charts.length).toBeGreaterThan(0);
  expect(new Set(charts.map((figure) => figure.kind)).size).toBeGreaterThan(1);
  expect(charts.map((figure) => figure.kind)).toContain('line-chart');
});

describe.each(charts.map((figure) => [figure.id, figure] as const))('%s in English', (id, figure) => {
  const scene = sceneOf(figure, enData);
  const chinese = sceneOf(zhData.figures.get(id)!, zhData);

  test('its scene (labels, axes, cards, timeline, descriptions, table) prints no Chinese outside {zh:…} marks and no NaN/undefined', () => {
    const found = strings(scene, id).filter(([, text]) => chineseOutsideMarks(text).length > 0 || BAD.test(text));
    expect(found.map(([where, text]) => `${where}: ${text}`)).toEqual([]);
  });

  test('its table has the Chinese table\'s rows and columns, each number the Chinese one converted (value × unit)', () => {
    expect(scene.table.rows.length).toBe(chinese.table.rows.length);
    expect(scene.table.columns.map((column) => column.key)).toEqual(chinese.table.columns.map((column) => column.key));
    scene.table.rows.forEach((row, index) => {
      const original = chinese.table.rows[index]!;
      expect(Boolean(row.quantity)).toBe(Boolean(original.quantity));
      if (row.quantity && original.quantity) {
        const amount = original.quantity.value * chineseMagnitude(original.quantity.unit).factor;
        expectSameAmount(row.quantity.value * 10 ** englishExponent(row.quantity.unit), amount);
        expect(Boolean(row.quantity.qualifier)).toBe(Boolean(original.quantity.qualifier));
      }
    });
    // The table's own number columns (the quantities, whose English scale may differ by row, are checked above).
    const own = (table: Scene['table']) => new Set(table.columns.filter((column) => column.numeric).map((column) => column.label));
    const numeric = csvColumns(scene.table, enData.sources, 'en').filter((column) => column.type === 'number' && column.unit && own(scene.table).has(column.name));
    const numericZh = csvColumns(chinese.table, zhData.sources).filter((column) => column.type === 'number' && column.unit && own(chinese.table).has(column.name));
    expect(numeric.length).toBe(numericZh.length);
    numeric.forEach((column, at) => scene.table.rows.forEach((row, index) => {
      const value = column.cell(row);
      const original = numericZh[at]!.cell(chinese.table.rows[index]!);
      if (typeof value === 'number' && typeof original === 'number') {
        expectSameAmount(value * 10 ** englishExponent(column.unit!), original * chineseMagnitude(numericZh[at]!.unit!).factor);
      } else expect(value).toBe(original);
    }));
  });

  test('its CSV and sidecar are in English: Chinese only where a name is marked, no NaN/undefined', () => {
    const csv = toCsv(scene.table, enData.sources, 'en');
    const sidecar = JSON.stringify(csvSidecar(figure, scene.table, enData.sources, 'en'));
    for (const text of [csv, sidecar]) {
      expect(strayChinese(text, scene)).toEqual([]);
      expect(text).not.toMatch(BAD);
      expect(text).not.toMatch(/\{zh:/);
    }
  });

  test('its workbook has English sheets and no Chinese outside marked names', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await toXlsx(figure, scene.table, enData.sources, 'en')) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([sheetNames('en').data, sheetNames('en').notes]);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    expect(strayChinese(cells.join('\n'), scene)).toEqual([]);
    expect(cells.join('\n')).not.toMatch(BAD);
  });

  test('its download texts (title, dek, notes, source line, credit) are plain English', () => {
    const texts = downloadTexts(scene, 'https://example.org/', 'en');
    const all = [texts.title, texts.dek, ...texts.notes, texts.source, texts.credit].join('\n');
    expect(strayChinese(all, scene)).toEqual([]);
    expect(all).not.toMatch(/\{zh:|NaN|undefined/);
  });

  test('every label of its drawings stays inside the viewBox, wide and narrow', () => {
    const outside = scene.panels.flatMap((panel) => panel.drawings.flatMap((drawing) => {
      const layout = drawing.props.layout as { size?: { fontSize: number }; fontSize?: number };
      const fontSize = layout.size?.fontSize ?? layout.fontSize ?? 13;
      return placed(layout).flatMap((text) => {
        const box = textBox(text, fontSize);
        const e = 0.5;
        return box.x < -e || box.x + box.width > drawing.size.width + e || box.y < -e || box.y + box.height > drawing.size.height + e
          ? [`${drawing.variant ?? 'only'}: "${text.text}" ${Math.round(box.x)}–${Math.round(box.x + box.width)} of ${drawing.size.width}`]
          : [];
      });
    }));
    expect(outside).toEqual([]);
  });
});

test.each(charts.filter((figure) => sceneOf(figure, enData).timeline.length > 0).map((figure) => [figure.id, figure] as const))('%s in English: the still image\'s date column holds its longest date', (_, figure) => {
  const { timeline } = sceneOf(figure, enData);
  const { markup } = timelineImage(timeline, 0, 0, STANDALONE_INNER);
  const right = Math.min(...[...markup.matchAll(/class="dl-date" x="([\d.]+)"/g)].map((match) => Number(match[1])));
  for (const entry of timeline) expect(textWidth(entry.dateMain, STYLE.date.size, STYLE.date.weight)).toBeLessThanOrEqual(right);
  expect(timeline.filter((entry) => entry.kind === 'target').every((entry) => markup.includes(`>${entry.tag}<`))).toBe(true);
});

test('an English bar chart of 亿元 amounts has its axis in billions or millions of yuan, its ticks spanning the amounts', () => {
  const figure = enData.figures.get('test-bar-chart-money');
  expect(figure).toBeDefined();
  const scene = sceneOf(figure!, enData);
  const chinese = sceneOf(zhData.figures.get('test-bar-chart-money')!, zhData);
  const amounts = chinese.table.rows.map((row) => row.quantity!.value * chineseMagnitude(row.quantity!.unit).factor);
  for (const drawing of scene.panels[0]!.drawings) {
    const layout = drawing.props.layout as { axis: { caption: PlacedText; ticks: { label: PlacedText }[] } };
    const unit = layout.axis.caption.text.replace(/^Unit: /, '');
    expect(unit).toMatch(/^(trillion|billion|million) /);
    const top = Math.max(...layout.axis.ticks.map((tick) => Number(tick.label.text.replace(/,/g, ''))));
    expect(top * 10 ** englishExponent(unit)).toBeGreaterThanOrEqual(Math.max(...amounts));
    expect(top * 10 ** englishExponent(unit)).toBeLessThan(Math.max(...amounts) * 10);
  }
});

test('phoneColumns: cards go to one column on a phone only when a word or a name kept whole is wider than a card of two holds', () => {
  const card = (label: string, after = '') => ({ id: 'x', kind: 'count' as const, values: [{ before: '', number: '5', after, text: `5${after}` }], label, meta: '' });
  expect(phoneColumns([card('Computing projects'), card('Clusters')])).toBe(2);
  expect(phoneColumns([card('嘉兴在建算力项目的数量与报道中的全部其他算力事实')])).toBe(2);
  expect(phoneColumns([card('Internationalisation-of-supercomputing')])).toBe(1);
  expect(phoneColumns([{ ...card('Projects'), values: [card('a', ' projects').values[0]!, card('a', ' projects').values[0]!] }])).toBe(1);
});

test('measured widths: English labels are measured as set (a longer English label is wider)', () => {
  expect(textWidth('Value added (billion yuan)', 13)).toBeGreaterThan(textWidth('增加值（亿元）', 13));
});
