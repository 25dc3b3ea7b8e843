/**
 * A record's citation is the article that states it: every number a record shows (an indicator's
 * value, a project's amount, a cluster's value added, the figures in a facility's or a
 * milestone's description) must occur in the text of the article its `source` names. The
 * articles live beside the project (shared/articles/); on a clone without them the test is
 * skipped. Small whole numbers are also accepted in Chinese numerals (第一, 两家, 前十).
 */
import { describe, expect, test } from 'vitest';
import { siteDataFromFiles } from '../helpers/site-data';
import { isMarked, MARK } from '../../src/lib/inferred';
import { needsArticles, readArticle, sharedDir } from '../helpers/articles';

const shared = sharedDir();
const data = siteDataFromFiles();
const NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Whether `value` is printed in `text` as a whole number (not part of a longer one). */
function statesNumber(text: string, value: number): boolean {
  const digits = String(value).replace('.', '\\.');
  if (new RegExp(`(?<![\\d.])${digits}(?![\\d]|\\.\\d)`).test(text)) return true;
  if (Number.isInteger(value) && value >= 1 && value <= 10) {
    const words = value === 2 ? ['二', '两'] : [NUMERALS[value]!];
    return words.some((word) => text.includes(word));
  }
  return false;
}

/** The numbers written in a sentence: "2025年9月中旬" → [2025, 9]. */
/** The numbers a sentence writes, a grouped one (1,000: src/lib/format.ts) read as one number. */
const numbersIn = (sentence: string) => [...sentence.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));

describe('statesNumber(text, value)', () => {
  test('finds a number only as a whole number', () => {
    expect(statesNumber('总投资973.43亿元', 973.43)).toBe(true);
    expect(statesNumber('总投资973.43亿元', 973.4)).toBe(false);
    expect(statesNumber('项目355个', 35)).toBe(false);
    expect(statesNumber('全国仅有的14个', 14)).toBe(true);
  });
  test('accepts small whole numbers in Chinese numerals', () => {
    expect(statesNumber('居全省第一', 1)).toBe(true);
    expect(statesNumber('两家企业', 2)).toBe(true);
    expect(statesNumber('全球前十', 10)).toBe(true);
    expect(statesNumber('全球前十', 14)).toBe(false);
  });
});

describe.skipIf(!shared)(needsArticles('every number a record shows is in the article it cites', shared), () => {
  const text = (sourceId: string) => {
    const source = data.sources.get(sourceId)!;
    return readArticle(shared!, source.article);
  };
  const cases: [string, string, number][] = [
    ...[...data.indicators.values()].map((r) => [`indicators.yaml → ${r.id}: value`, r.source, r.value] as [string, string, number]),
    ...[...data.projects.values()].map((r) => [`projects.yaml → ${r.id}: amount`, r.source, r.amount.value] as [string, string, number]),
    ...[...data.clusters.values()].flatMap((r) => r.valueAdded
      ? [r.valueAdded.actual, ...r.valueAdded.targets].map((v) => [`clusters.yaml → ${r.id}: value added ${v.year}`, r.source, v.value] as [string, string, number])
      : []),
    ...[...data.facilities.values()].flatMap((r) => numbersIn(r.description).map((n) => [`facilities.yaml → ${r.id}: description`, r.source, n] as [string, string, number])),
    ...[...data.milestones.values()].flatMap((r) => numbersIn(r.description).map((n) => [`milestones.yaml → ${r.id}: description`, r.source, n] as [string, string, number])),
  ];

  test('there is something to check', () => expect(cases.length).toBeGreaterThan(50));

  test.each(cases)('%s (%s) states %d', (_what, sourceId, value) => {
    expect(statesNumber(text(sourceId), value), `${value} is not in the text of ${data.sources.get(sourceId)!.article}`).toBe(true);
  });
});

/**
 * The date phrase a label starts from, read without the inference mark: "截至2026年*2月底" →
 * "2026年2月底"; "到2030年" → "2030年"; none when the label has no year ("近3年每年").
 */
function datePhrase(label: string): string | undefined {
  return label.split(MARK).join('').match(/\d{4}年(?:\d{1,2}(?:—\d{1,2})?月(?:底|中旬)?|上半年|下半年|[春夏秋冬])?/)?.[0];
}

/**
 * What is wrong with a label's date, given its article's text (spaces removed): nothing when the
 * article prints the date phrase or the label carries the inference mark; otherwise what to do.
 */
function unmarkedDate(label: string, article: string): string | undefined {
  const phrase = datePhrase(label);
  if (phrase === undefined || isMarked(label) || article.includes(phrase)) return undefined;
  return `"${phrase}" is not printed in the article: write the label as printed, or mark the inferred part with ${MARK} straight after it ("2025年${MARK}", "2026年上半年${MARK}")`;
}

describe('datePhrase(label)', () => {
  test('takes the year with its month, half or season, the mark left out', () => {
    expect(datePhrase('截至2026年*2月底')).toBe('2026年2月底');
    expect(datePhrase('2026年上半年*落地')).toBe('2026年上半年');
    expect(datePhrase('2024年1—10月')).toBe('2024年1—10月');
    expect(datePhrase('2025年秋')).toBe('2025年秋');
    expect(datePhrase('到2030年')).toBe('2030年');
    expect(datePhrase('2024年竞赛')).toBe('2024年');
    expect(datePhrase('近3年每年')).toBeUndefined();
  });
});

describe('unmarkedDate(label, article)', () => {
  const article = '今年上半年，全市落地产业项目355个。2024年竞赛中胜出。';
  test('a date the article prints needs no mark', () => {
    expect(unmarkedDate('2024年竞赛', article)).toBeUndefined();
    expect(unmarkedDate('近3年每年', article)).toBeUndefined();
  });
  test('a date the article does not print must carry the mark', () => {
    expect(unmarkedDate('2026年上半年*', article)).toBeUndefined();
    expect(unmarkedDate('2026年*3月', article)).toBeUndefined();
    expect(unmarkedDate('2026年上半年', article)).toMatch(/"2026年上半年" is not printed.*\*/);
    expect(unmarkedDate('2026年3月', article)).toMatch(/"2026年3月" is not printed/);
  });
  test('words are no mark: a label that says 推断 but has no * is still unmarked', () => {
    expect(unmarkedDate('2026年上半年（年份推断）', article)).toBeDefined();
  });
});

/**
 * A period or date label that names a year the article does not print ("今年上半年" becomes
 * "2026年上半年" only by inference) must carry the inference mark: "2026年上半年*". The check finds
 * the label's date phrase (the label without its mark) in the article's text (spaces removed); it
 * cannot tell a year printed elsewhere on the same page ("2025年" of another report) from the record's own.
 */
describe.skipIf(!shared)(needsArticles('a date a record prints is in its article, or carries the inference mark', shared), () => {
  const labels: [string, string, string][] = [
    ...[...data.indicators.values()].map((r) => [`indicators.yaml → ${r.id}: period`, r.source, r.period.label] as [string, string, string]),
    ...[...data.projects.values()].map((r) => [`projects.yaml → ${r.id}: date`, r.source, r.date.label] as [string, string, string]),
    ...[...data.milestones.values()].map((r) => [`milestones.yaml → ${r.id}: date`, r.source, r.date.label] as [string, string, string]),
  ].filter(([, , label]) => datePhrase(label) !== undefined);

  test('there is something to check, marked and unmarked', () => {
    expect(labels.length).toBeGreaterThan(10);
    expect(labels.some(([, , label]) => isMarked(label))).toBe(true);
  });

  test.each(labels)('%s (%s): "%s"', (_what, sourceId, label) => {
    const article = readArticle(shared!, data.sources.get(sourceId)!.article).replace(/\s+/g, '');
    expect(unmarkedDate(label, article), `${data.sources.get(sourceId)!.article}`).toBeUndefined();
  });
});
