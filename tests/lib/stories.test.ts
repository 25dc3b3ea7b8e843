import { expect, test } from 'vitest';
import { newestFirst } from '../../src/lib/stories';

const story = (title: string, day: string) => ({ data: { title, published: new Date(day) } });

test('newestFirst puts the latest story first and breaks ties by title', () => {
  const sorted = newestFirst([story('乙', '2026-11-20'), story('甲', '2026-11-22'), story('丙', '2026-11-20')]);
  // Same day: 丙 (bǐng) sorts before 乙 (yǐ) in zh-CN (pinyin) collation.
  expect(sorted.map((s) => s.data.title)).toEqual(['甲', '丙', '乙']);
});

test('newestFirst does not mutate its input', () => {
  const input = [story('a', '2026-01-01'), story('b', '2026-02-01')];
  newestFirst(input);
  expect(input[0]?.data.title).toBe('a');
});
