/**
 * The English of records (src/lib/i18n/text-fields.ts): made-up records, never the real ones, so
 * adding or translating a record changes nothing here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { englishExample, englishIssues, TEXT_FIELDS, textFieldsOf } from '../../../src/lib/i18n/text-fields';
import { recordMessage, yamlCollection } from '../../../src/lib/data/yaml-loader';
import { issueLine } from '../../../src/lib/data/messages';
import type { DataCollection } from '../../../src/lib/data/files';

/** The message the loaders print for a record of `collection` with these English problems. */
const message = (collection: DataCollection, record: Record<string, unknown>) =>
  recordMessage(collection, String(record.id), englishIssues(textFieldsOf(collection, record), record), record);
const lines = (collection: DataCollection, record: Record<string, unknown>) =>
  englishIssues(textFieldsOf(collection, record), record).map((issue) => issueLine(issue, record));

const county = { id: '330999', name: '示例市', romanised: 'Shili', kind: 'county-level-city', intro: '示例市的介绍。', introSources: ['s'], source: 's' };

describe('englishIssues(fields, record)', () => {
  test('a record whose text fields all have English passes', () => {
    expect(lines('counties', { ...county, en: { name: 'Shili', intro: 'About Shili ({zh:示例市}).' } })).toEqual([]);
  });

  test('a missing English field is named with the file, the entry, the path and what is expected', () => {
    expect(message('counties', { ...county, en: { intro: 'About Shili.' } })).toBe(
      'content/data/counties.yaml → 330999: en.name: missing; expected the English name, e.g. "Pinghu" or "Nanhu District" ("示例市"), e.g. en: { name: … }',
    );
  });

  test('a record without an en block has each of its text fields named', () => {
    expect(lines('counties', county)).toEqual([
      'en.name: missing; expected the English name, e.g. "Pinghu" or "Nanhu District" ("示例市"), e.g. en: { name: … }',
      'en.intro: missing; expected the place page\'s opening paragraphs in English ("示例市的介绍。"), e.g. en: { intro: … }',
    ]);
  });

  test('an optional field needs English only where the Chinese has it, and may not have it where the Chinese does not', () => {
    const project = { id: 'p', name: '项目', amount: { value: 1, unit: '亿元', currency: 'CNY' }, date: { year: 2026, label: '2026年' }, source: 's' };
    expect(lines('projects', { ...project, en: { name: 'Project', date: { label: '2026' } } })).toEqual([]);
    expect(lines('projects', { ...project, en: { name: 'Project', date: { label: '2026' }, note: 'A note.' } })).toEqual([
      'en.note: got "A note."; expected no such field: the en block holds only the English of the record\'s own text fields (here: name, place, date.label, note)',
    ]);
  });

  test('nested fields mirror the Chinese shape', () => {
    const cluster = { id: 'c', plan: 'p', name: '新材料', tier: 'global', counties: [], zones: [], source: 's', valueAdded: { unit: '亿元', actual: { year: 2021, value: 1 }, targets: [{ year: 2025, value: 2 }], targetText: '突破2亿元' } };
    expect(lines('clusters', { ...cluster, en: { name: 'New materials' } })).toEqual([
      'en.valueAdded.targetText: missing; expected the English of the plan\'s wording ("突破2亿元"), e.g. en: { valueAdded: { targetText: … } }',
    ]);
    expect(lines('clusters', { ...cluster, en: { name: 'New materials', valueAdded: { targetText: 'over 200 million yuan' } } })).toEqual([]);
  });

  test('a translated list has as many items as the Chinese, in its order; a free list (aliases) any number', () => {
    const cluster = { id: 'c', plan: 'p', name: '微电子', tier: 'regional', counties: [], zones: [], source: 's', leadFirms: ['甲公司', '乙公司'] };
    expect(lines('clusters', { ...cluster, en: { name: 'Microelectronics', leadFirms: ['Jia Co.'] } })).toEqual([
      'en.leadFirms: got a list of 1; expected a list of 2 item(s), the English name of each lead firm, in the order of the Chinese list, e.g. en: { leadFirms: [ … ] }',
    ]);
    const entry = { id: 'g', term: '算力', aliases: ['算力规模', '已投运算力'], definition: '一段足够长的定义文字，二十个字以上才行呢。', source: 's' };
    expect(lines('glossary', { ...entry, en: { term: 'computing power', aliases: ['compute'], definition: 'A definition.' } })).toEqual([]);
    expect(lines('glossary', { ...entry, en: { term: 'computing power', definition: 'A definition.' } })).toEqual([
      'en.aliases: missing; expected the English aliases (any number), a list (it may be empty: [])',
    ]);
  });

  test('English text holds Chinese only inside a {zh:…} mark', () => {
    expect(lines('counties', { ...county, en: { name: 'Shili 示例', intro: 'About {zh:示例市}，here.' } })).toEqual([
      'en.name: got "Shili 示例"; expected English: "示例" is Chinese outside a {zh:…} mark; translate it, or mark a Chinese name as {zh:示例}',
      'en.intro: got "About {zh:示例市}，here."; expected English: "，" is Chinese outside a {zh:…} mark; translate it, or mark a Chinese name as {zh:，}',
    ]);
  });

  test('an inferred date keeps its mark * in English', () => {
    const milestone = { id: 'm', date: { year: 2025, label: '2025年秋*' }, kind: 'event', title: '标题', description: '说明', source: 's' };
    expect(lines('milestones', { ...milestone, en: { date: { label: 'autumn 2025*' }, title: 'Title', description: 'What happened.' } })).toEqual([]);
    expect(lines('milestones', { ...milestone, en: { date: { label: 'autumn 2025' }, title: 'Title', description: 'What happened.' } })[0]).toMatch(
      /^en\.date\.label: got "autumn 2025"; expected the inference mark \* 1 time\(s\), as in the Chinese \("2025年秋\*"\)/,
    );
  });

  test('an English unit names what is counted; the magnitude of a Chinese unit stays with the number', () => {
    const indicator = { id: 'i', label: '投资', value: 5, unit: '亿元', kind: 'planned', period: { label: '2026年' }, scope: '平湖', measures: '签约投资总额', topic: 'ai', source: 's' };
    const en = { label: 'Investment', period: { label: '2026' }, scope: 'Pinghu', measures: 'Total investment signed' };
    expect(lines('indicators', { ...indicator, en: { ...en, unit: 'yuan' } })).toEqual([]);
    expect(lines('indicators', { ...indicator, en: { ...en, unit: 'hundred million yuan' } })).toEqual([
      'en.unit: got "hundred million yuan"; expected the English of what is counted without the magnitude ("亿元" → "元"): the number formatter converts 亿 itself, e.g. 亿元 → unit: yuan, 万卡 → unit: cards',
    ]);
  });

  test('a figure\'s text fields are the common ones and its kind\'s own', () => {
    const figure = { id: 'chart-x', kind: 'bar-chart', title: '标题', dek: '说明', notes: ['注释'], series: ['个数'], groups: [{ label: '2025年', indicators: ['a'] }] };
    expect(Object.keys(textFieldsOf('figures', figure))).toEqual(['title', 'dek', 'notes.*', 'series.*', 'groups.*.label']);
    expect(lines('figures', { ...figure, en: { title: 'Title', dek: 'Dek', notes: ['Note'], series: ['Count'], groups: [{}] } })).toEqual([
      'en.groups.0.label: missing; expected each row label in English ("2025年"), e.g. en: { groups: [ { label: … } ] }',
    ]);
  });

  test('an en that is not a mapping is one problem', () => {
    expect(lines('counties', { ...county, en: 'Shili' })).toEqual(['en: got "Shili"; expected a mapping of the English of the record\'s text fields, e.g. en: { name: … }']);
  });

  test('englishExample writes the block that holds a path', () => {
    expect(englishExample('name')).toBe('en: { name: … }');
    expect(englishExample('notes.0')).toBe('en: { notes: [ … ] }');
    expect(englishExample('valueAdded.targetText')).toBe('en: { valueAdded: { targetText: … } }');
  });

  test('every collection but the figures has its text fields listed, with what each is', () => {
    for (const fields of Object.values(TEXT_FIELDS)) {
      expect(Object.keys(fields).length).toBeGreaterThan(0);
      for (const what of Object.values(fields)) expect(what).toMatch(/English|pinyin/);
    }
  });
});

describe('the YAML loader checks the English of every record', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('a record without its English stops the load, naming the file, the entry and the field', async () => {
    root = mkdtempSync(join(tmpdir(), 'jx-english-'));
    mkdirSync(join(root, 'content/data'), { recursive: true });
    writeFileSync(join(root, 'content/data/counties.yaml'), [
      '- id: "330999"', '  name: 示例市', '  en: { intro: About Shili. }', '- id: "330998"', '  name: 例县', '  en: { name: Li County }', '',
    ].join('\n'));
    const stored: string[] = [];
    const load = yamlCollection('counties').load({
      config: { root: pathToFileURL(`${root}/`) },
      store: { clear: () => {}, set: ({ id }: { id: string }) => { stored.push(id); return true; } },
      parseData: async ({ data }: { data: unknown }) => data,
      logger: {},
    } as unknown as LoaderContext);
    await expect(load).rejects.toThrow(
      'content/data/counties.yaml → 330999: does not match the counties schema:\n'
      + '  en.name: missing; expected the English name, e.g. "Pinghu" or "Nanhu District" ("示例市"), e.g. en: { name: … }\n'
      + '  en.intro: got "About Shili."; expected no such field: the en block holds only the English of the record\'s own text fields (here: name, intro)',
    );
    expect(stored).toEqual([]);
  });
});
