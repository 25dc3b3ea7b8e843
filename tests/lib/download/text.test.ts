import { describe, expect, test } from 'vitest';
import { textWidth, wrapText } from '../../../src/lib/download/text';

describe('textWidth', () => {
  test('ideographs and full-width punctuation are 1 em, digits narrower', () => {
    expect(textWidth('嘉兴', 10)).toBe(20);
    expect(textWidth('（）：', 10)).toBe(30);
    expect(textWidth('2022', 10)).toBeCloseTo(23.2);
  });
});

describe('wrapText', () => {
  test('breaks Chinese between characters within the width', () => {
    const lines = wrapText('嘉兴七个县市区和两个功能区各建一个先进制造业集群', 100, 10);
    expect(lines.every((line) => textWidth(line, 10) <= 100)).toBe(true);
    expect(lines.join('')).toBe('嘉兴七个县市区和两个功能区各建一个先进制造业集群');
    expect(lines).toHaveLength(3);
  });

  test('keeps numbers and Latin words whole', () => {
    const lines = wrapText('增加值2,278.3亿元和135N集群', 60, 10);
    expect(lines.some((line) => line.includes('2,278.3'))).toBe(true);
    expect(lines.some((line) => line.includes('135N'))).toBe(true);
  });

  test('never starts a line with closing punctuation', () => {
    const lines = wrapText('一二三四五，六七八九十。', 50, 10);
    expect(lines.every((line) => !/^[，。]/.test(line))).toBe(true);
  });

  test('collapses white space and returns no empty lines', () => {
    expect(wrapText('  a   b  ', 100, 10)).toEqual(['a b']);
    expect(wrapText('', 100, 10)).toEqual([]);
  });

  test('rejects a zero width', () => {
    expect(() => wrapText('x', 0, 10)).toThrow(/positive width/);
  });
});
