import { describe, expect, test } from 'vitest';
import { MAX_BRACKET, MIN_LAST, phrases } from '../../src/lib/phrases';

const samples = [
  '平湖押注人工智能：算力、机床和“五券”',
  '浙江约三分之二的已投运算力，为何集中在嘉兴',
  '2022年“一县一集群”：九个集群落在哪里',
  '“135N”：嘉兴先进制造业集群的新版图',
  '上半年落地产业项目总投资',
  '2022年“一县一集群”方案：9个集群的龙头企业、研究院和基金（按层级和行政区划代码排列）',
  '2025年* · 平湖市',
  '2026年*全年（企业预计） · 平湖市',
  '“135N”集群体系（2026年*）',
  '2026年上半年*落地',
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
  test('a number keeps its one-character unit (where the segmenter splits them), and a short bracket stays whole', () => {
    expect(phrases('2026年*全年（企业预计） · 平湖市')).toContain('（企业预计）');
    expect(phrases('截至2026年2月底（推断）')).toContain('（推断）');
    expect(phrases('2026年3月入选首批城市')).toContain('2026年');
  });
  test('the inference mark stays with the phrase before it, never starts a line', () => {
    expect(phrases('2025年* · 平湖市')).toEqual(['2025年*', ' ', '·', ' ', '平湖市']);
    expect(phrases('截至2026年*2月底')).toContain('2026年*');
    for (const text of samples) {
      expect(phrases(text).some((part) => part.startsWith('*')), text).toBe(false);
    }
  });
  test(`a bracket longer than ${MAX_BRACKET} characters still breaks between its words`, () => {
    const parts = phrases('研究院和基金（按层级和行政区划代码排列）');
    expect(parts.some((part) => part.startsWith('（') && part.endsWith('）'))).toBe(false);
  });
  test('short text is one phrase; empty text none', () => {
    expect(phrases('目标')).toEqual(['目标']);
    expect(phrases('')).toEqual([]);
  });
});
