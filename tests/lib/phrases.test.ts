import { describe, expect, test } from 'vitest';
import { MIN_LAST, phrases } from '../../src/lib/phrases';

const samples = [
  '平湖押注人工智能：算力、机床和“五券”',
  '浙江约三分之二的已投运算力，为何集中在嘉兴',
  '2022年“一县一集群”：九个集群落在哪里',
  '“135N”：嘉兴先进制造业集群的新版图',
  '上半年落地产业项目总投资',
  '2022年“一县一集群”方案：9个集群的龙头企业、研究院和基金（按层级和行政区划代码排列）',
];

describe('phrases(text)', () => {
  test.each(samples)('%s: the phrases join back to the text', (text) => {
    expect(phrases(text).join('')).toBe(text);
  });
  test.each(samples)('%s: the last phrase has at least MIN_LAST characters', (text) => {
    expect([...phrases(text).at(-1)!].length).toBeGreaterThanOrEqual(MIN_LAST);
  });
  test('words stay whole and the tail joins into one phrase', () => {
    const parts = phrases('“135N”：嘉兴先进制造业集群的新版图');
    expect(parts).toContain('嘉兴');
    expect(parts.at(-1)).toBe('新版图');
    expect(phrases('九个集群落在哪里').at(-1)).toBe('落在哪里');
  });
  test('closing punctuation stays with the word before it, opening punctuation with the word after it', () => {
    const parts = phrases('平湖押注人工智能：算力、机床和“五券”');
    expect(parts.some((part) => part.startsWith('：') || part.startsWith('、') || part.startsWith('”'))).toBe(false);
    expect(parts.some((part) => part.endsWith('“'))).toBe(false);
  });
  test('spaces stay break points and are never merged into the tail', () => {
    expect(phrases('AI 云')).toEqual(['AI', ' ', '云']);
  });
  test('short text is one phrase; empty text none', () => {
    expect(phrases('目标')).toEqual(['目标']);
    expect(phrases('')).toEqual([]);
  });
});
