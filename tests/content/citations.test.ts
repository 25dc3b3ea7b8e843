/**
 * A record's citation is the article that states it: every number a record shows (an indicator's
 * value, a project's amount, a cluster's value added, the figures in a facility's or a
 * milestone's description) must occur in the text of the article its `source` names. The
 * articles live beside the project (shared/articles/); on a clone without them the test is
 * skipped. Small whole numbers are also accepted in Chinese numerals (第一, 两家, 前十).
 */
import { describe, expect, test } from 'vitest';
import { siteDataFromFiles } from '../../src/lib/data/from-files';
import { readArticle, sharedDir } from '../helpers/articles';

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
const numbersIn = (sentence: string) => [...sentence.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));

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

describe.skipIf(!shared)('every number a record shows is in the article it cites', () => {
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
