/**
 * Every number an English story prints is a number of its Chinese story or of an article it cites
 * (shared/articles/), once magnitudes are converted: 973.43亿元 is 97.34 billion yuan (1亿 = 100
 * million, 1万 = 10,000), rounded to the digits the English prints. A number the English edition
 * rewrote wrongly (9.73 billion for 973.43亿, 5 billion for 5亿) fails, naming the story and the
 * number. The stories are read from disk: the rule holds for whatever stories exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { siteDataFromFiles } from '../helpers/site-data';
import { needsArticles, readArticle, sharedDir } from '../helpers/articles';
import { ROOT } from '../helpers/project-copy';
import { prose, splitStory } from '../../src/lib/story-rules';
import { storySlug } from '../../src/lib/data/story-loader';

/** A number as printed: its value, and how far a rounding to its printed digits may be from the exact one. */
interface Printed {
  text: string;
  value: number;
  tolerance: number;
}

const ENGLISH_SCALE: Record<string, number> = { million: 1e6, billion: 1e9, trillion: 1e12 };
const CHINESE_SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const CHINESE_PLACES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The numbers of an English text: "97.34 billion" → 97.34e9 (± 0.005e9), "10,000-card" → 10000, "45.3%" → 45.3. */
export function englishNumbers(text: string): Printed[] {
  return [...text.matchAll(/(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:[\s-](million|billion|trillion)\b)?/g)].map((match) => {
    const scale = ENGLISH_SCALE[match[3] ?? ''] ?? 1;
    const decimals = match[2]?.length ?? 0;
    const value = Number(`${match[1]!.replaceAll(',', '')}${match[2] ? `.${match[2]}` : ''}`) * scale;
    return { text: match[0], value, tolerance: scale === 1 ? 1e-9 : 0.5 * 10 ** -decimals * scale };
  });
}

/** The numbers of a Chinese text with their magnitude: "973.43亿元" → 97343000000, "5,000万元" → 50000000, "十五五" → 15; each also as written (45.3%). */
export function chineseNumbers(text: string): number[] {
  const digits = [...text.matchAll(/(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(万亿|亿|万)?/g)].flatMap((match) => {
    const value = Number(match[1]!.replaceAll(',', ''));
    const scale = CHINESE_SCALE[match[2] ?? ''];
    return scale === undefined ? [value] : [value, value * scale];
  });
  // A magnitude written in characters: 万卡 → 10,000, 百亿企业 → 10 billion, 五千亿 → 500 billion.
  const magnitudes = [...text.matchAll(/(?<![\d.,])([一二两三四五六七八九]?)([十百千]?)(万亿|亿|万)/g)].map((match) => {
    const [, digit, place, scale] = match;
    const times = (digit ? CHINESE_DIGITS[digit]! : 1) * (place ? CHINESE_PLACES[place]! : 1);
    return times * CHINESE_SCALE[scale!]!;
  });
  // Numbers in Chinese numerals up to 99: 十五 → 15, 三十 → 30, 五 → 5.
  const numerals = [...text.matchAll(/([一二两三四五六七八九]?)(十)?([一二三四五六七八九]?)/g)].filter((match) => match[0] !== '').map((match) => {
    const [, tens, ten, units] = match;
    if (!ten) return CHINESE_DIGITS[tens!]!;
    return (tens ? CHINESE_DIGITS[tens]! : 1) * 10 + (units ? CHINESE_DIGITS[units]! : 0);
  });
  return [...digits, ...magnitudes, ...numerals];
}

/** Whether a printed number is one of `known`, within its rounding. */
export const matches = (printed: Printed, known: readonly number[]): boolean =>
  known.some((value) => Math.abs(value - printed.value) <= printed.tolerance * (1 + 1e-9));

describe('englishNumbers(text) and chineseNumbers(text)', () => {
  test('read magnitudes in words and in 亿/万', () => {
    expect(englishNumbers('97.34 billion yuan, 50 million yuan, 10,000-card clusters, 45.3%').map(({ value }) => value)).toEqual([97.34e9, 50e6, 10000, 45.3]);
    expect(chineseNumbers('总投资973.43亿元，5,000万元，增长45.3%')).toEqual([973.43, 97343000000, 5000, 50000000, 45.3]);
    expect(chineseNumbers('“十五五”，两家，第三批')).toEqual(expect.arrayContaining([15, 5, 2, 3]));
    expect(chineseNumbers('万卡集群，百亿企业，五千亿级')).toEqual(expect.arrayContaining([1e4, 1e10, 5e11]));
  });
  test('an English number matches a Chinese one within the rounding of its printed digits, and only then', () => {
    const known = chineseNumbers('973.43亿元、5亿元、1,400亿元');
    expect(matches(englishNumbers('97.34 billion')[0]!, known)).toBe(true);
    expect(matches(englishNumbers('140 billion')[0]!, known)).toBe(true);
    expect(matches(englishNumbers('500 million')[0]!, known)).toBe(true);
    expect(matches(englishNumbers('97.3 billion')[0]!, known)).toBe(true);
    expect(matches(englishNumbers('97.4 billion')[0]!, known)).toBe(false);
    expect(matches(englishNumbers('9.73 billion')[0]!, known)).toBe(false);
    expect(matches(englishNumbers('5 billion')[0]!, known)).toBe(false);
    expect(matches(englishNumbers('97.35 billion')[0]!, known)).toBe(false);
  });
});

const shared = sharedDir();
const EN_DIR = join(ROOT, 'content/stories/en');
const ZH_DIR = join(ROOT, 'content/stories');
const read = (dir: string, name: string) => {
  const text = readFileSync(join(dir, name), 'utf8');
  const parts = splitStory(text)!;
  return { name, text, body: parts.body, data: yaml.load(parts.frontmatter) as Record<string, unknown> };
};
const stories = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.mdx') && !name.startsWith('_')).sort().map((name) => read(dir, name));

describe.skipIf(!shared)(needsArticles('every number of an English story is in its Chinese story or an article it cites', shared), () => {
  const data = siteDataFromFiles();
  const chinese = new Map(stories(ZH_DIR).map((story) => [storySlug(story.name, story.data), story]));
  const english = stories(EN_DIR).filter((story) => story.data.draft !== true);

  /** The numbers a story prints: in its title, dek, summary, key points and prose. */
  const printedIn = (story: (typeof english)[number]) => {
    const fields = [story.data.title, story.data.dek, story.data.summary, ...((story.data.keyPoints as unknown[]) ?? [])].filter((field): field is string => typeof field === 'string');
    return englishNumbers([...fields, prose(story.body)].join('\n'));
  };

  // Something to check: the stories print numbers and they are found (a story without any number, a maintainer's
  // new one say, is allowed; the check would be empty only if none printed one or the reader of numbers broke).
  const printing = english.map((story) => ({ story, printed: printedIn(story) })).filter(({ printed }) => printed.length > 0);
  test('there is something to check', () => expect(printing.length).toBeGreaterThan(0));

  describe.each(printing.map(({ story, printed }) => [`content/stories/en/${story.name}`, story, printed] as const))('%s', (_file, story, printed) => {
    const counterpart = chinese.get(storySlug(story.name, story.data));
    const sources = (story.data.sources as string[] | undefined) ?? [];
    const known = [
      ...chineseNumbers(counterpart?.text ?? ''),
      ...sources.flatMap((id) => chineseNumbers(readArticle(shared!, data.sources.get(id)!.article))),
    ];
    test.each(printed.map((number) => [number.text, number] as const))('"%s" is in the Chinese story or a cited article', (_text, number) => {
      expect(matches(number, known), `${number.text} (${number.value}) is neither in content/stories/${counterpart?.name ?? '?'} nor in the articles of ${sources.join(', ')}: check the conversion (1亿 = 100 million, 1万 = 10,000)`).toBe(true);
    });
  });
});
