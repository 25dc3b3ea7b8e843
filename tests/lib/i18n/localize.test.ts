import { describe, expect, test } from 'vitest';
import { localize, localizeAll } from '../../../src/lib/i18n/localize';
import { chineseOutsideMarks, plainText, textRuns } from '../../../src/lib/i18n/zh-marks';
import { curlyQuotes } from '../../../src/lib/i18n/punctuation';

const cluster = {
  id: 'c', name: '微电子', tier: 'regional' as const, counties: ['330402'],
  valueAdded: { unit: '亿元', actual: { year: 2021, value: 40 }, targetText: '达到150亿元' },
  leadFirms: ['甲', '乙'],
  groups: [{ label: '2025年', indicators: ['a'] }, { label: '2026年', indicators: ['b'] }],
  en: { name: 'Microelectronics', valueAdded: { targetText: 'reach 15 billion yuan' }, leadFirms: ['Jia', 'Yi'], groups: [{ label: '2025' }, { label: '2026' }] },
};

describe('localize(record, lang)', () => {
  test("'zh' is the record itself", () => {
    expect(localize(cluster, 'zh')).toBe(cluster);
  });

  test("'en' lays the English over the text fields, nested and item by item, and keeps every number, id and list of ids", () => {
    const english = localize(cluster, 'en');
    expect(english).toEqual({
      id: 'c', name: 'Microelectronics', tier: 'regional', counties: ['330402'],
      valueAdded: { unit: '亿元', actual: { year: 2021, value: 40 }, targetText: 'reach 15 billion yuan' },
      leadFirms: ['Jia', 'Yi'],
      groups: [{ label: '2025', indicators: ['a'] }, { label: '2026', indicators: ['b'] }],
    });
    expect('en' in english).toBe(false);
  });

  test('the record is not changed', () => {
    const copy = structuredClone(cluster);
    localize(cluster, 'en');
    expect(cluster).toEqual(copy);
  });

  test('dates stay dates', () => {
    const correction = { id: 'x', date: new Date('2026-12-04'), was: '旧', now: '新', en: { was: 'old', now: 'new' } };
    expect(localize(correction, 'en').date).toBeInstanceOf(Date);
  });

  test('a record without English is an error for English, naming it', () => {
    const chineseOnly: { id: string; name: string; en?: Record<string, unknown> } = { id: 'pinghu', name: '平湖市' };
    expect(() => localize(chineseOnly, 'en')).toThrow('no English for the record "pinghu": expected an en: block (content/data/README.md)');
  });

  test("the English is set with typographic quotation marks, in nested fields and lists too; the Chinese is left as it is", () => {
    const quoted = { ...cluster, name: '“新材料”', en: { name: 'The "new materials" cluster', valueAdded: { targetText: "Tongxiang's target" }, leadFirms: ["Jia's", 'Yi'] } };
    const english = localize(quoted, 'en');
    expect(english.name).toBe('The “new materials” cluster');
    expect(english.valueAdded.targetText).toBe('Tongxiang’s target');
    expect(english.leadFirms).toEqual(['Jia’s', 'Yi']);
    expect(localize(quoted, 'zh').name).toBe('“新材料”');
  });

  test('localizeAll keeps the keys', () => {
    const map = localizeAll(new Map([['c', cluster]]), 'en');
    expect(map.get('c')!.name).toBe('Microelectronics');
  });
});

describe('{zh:…} marks', () => {
  test('Chinese outside a mark is found; inside it is not', () => {
    expect(chineseOutsideMarks('Pinghu ({zh:平湖市}) is a county-level city')).toEqual([]);
    expect(chineseOutsideMarks('Pinghu 平湖 is “big”，really')).toEqual(['平湖', '，']);
  });
  test('plain text keeps the Chinese without the mark', () => {
    expect(plainText('Pinghu ({zh:平湖市})')).toBe('Pinghu (平湖市)');
  });
  test('runs give the marked Chinese its language, in order', () => {
    expect(textRuns('Pinghu ({zh:平湖市}) and {zh:嘉兴}')).toEqual([
      { text: 'Pinghu (', lang: 'en' }, { text: '平湖市', lang: 'zh' }, { text: ') and ', lang: 'en' }, { text: '嘉兴', lang: 'zh' },
    ]);
    expect(textRuns('English only')).toEqual([{ text: 'English only', lang: 'en' }]);
  });
});

describe('curlyQuotes(text)', () => {
  test.each([
    ["Jiaxing's \"135N\" system", 'Jiaxing’s “135N” system'],
    ["AI firms' revenue", 'AI firms’ revenue'],
    ['as in "2025*" or "the first half of 2026*".', 'as in “2025*” or “the first half of 2026*”.'],
    ['("yesterday morning")', '(“yesterday morning”)'],
    ["'rising star' clusters", '‘rising star’ clusters'],
    ["since the '90s", 'since the ’90s'],
    ['"{zh:一县一集群}" plan', '“{zh:一县一集群}” plan'],
    ['“already curly”', '“already curly”'],
  ])('%s → %s', (text, expected) => {
    expect(curlyQuotes(text)).toBe(expected);
  });

  test('a `code` run keeps its straight marks', () => {
    expect(curlyQuotes("the reader's frame: `postMessage('jx-embed:theme=dark', '*')` (or \"light\")"))
      .toBe('the reader’s frame: `postMessage(\'jx-embed:theme=dark\', \'*\')` (or “light”)');
  });
});
