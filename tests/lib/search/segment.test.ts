/**
 * Chinese text is indexed cut into words as the browser cuts a query (src/lib/search/segment.ts):
 * whatever a reader types from a page's text, its title's first characters or the whole title,
 * each word of the query begins a word of the indexed text, which is what Pagefind matches.
 */
import { describe, expect, test } from 'vitest';
import { siteDataFromFiles } from '../../helpers/site-data';
import { indexedText, spacedWords, unspaced } from '../../../src/lib/search/segment';
import { searchRecords } from '../../../src/lib/search/records';
import { plainText } from '../../../src/lib/i18n/zh-marks';

/** The words of a query as Pagefind's script cuts them (Intl.Segmenter, words only). */
const queryWords = (query: string) => [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(query)].filter((part) => part.isWordLike).map((part) => part.segment.toLowerCase());

describe('unspaced(language)', () => {
  test('Chinese, Japanese and Thai are written without spaces; English is not', () => {
    expect(['zh', 'zh-CN', 'ja', 'th'].map(unspaced)).toEqual([true, true, true, true]);
    expect(['en', 'en-US', 'unknown'].map(unspaced)).toEqual([false, false, false]);
  });
});

describe('spacedWords(text, language)', () => {
  test('puts a space between words and keeps lines and the characters', () => {
    const text = '平湖市的高档数控机床集群：2025年目标\n第二行';
    const spaced = spacedWords(text, 'zh');
    expect(spaced.replace(/ /g, '')).toBe(text);
    expect(spaced.split('\n')).toHaveLength(2);
    expect(spaced).toMatch(/平湖 .*集群 /);
  });

  test('indexedText() ends each line as a sentence, then cuts it', () => {
    expect(indexedText('海宁市\n县级市。\n\n目标：', 'zh').replace(/ /g, '')).toBe('海宁市。\n县级市。\n\n目标：');
  });

  test('every record\'s title, and its first two and three characters, are found among the words of its indexed text', () => {
    for (const record of searchRecords([], siteDataFromFiles(), '/')) {
      const words = indexedText(plainText(record.content), 'zh').toLowerCase().split(/\s+/);
      for (const query of [record.title, record.title.slice(0, 2), record.title.slice(0, 3)]) {
        for (const word of queryWords(query)) expect(words.some((indexed) => indexed.startsWith(word)), `${record.url}: "${word}" of "${query}"`).toBe(true);
      }
    }
  });
});
