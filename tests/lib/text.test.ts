import { describe, expect, test } from 'vitest';
import { textWidth, wrapText } from '../../src/lib/text';

describe('textWidth(text, fontSize)', () => {
  test('CJK characters, full-width punctuation and curly quotes are one em each', () => {
    expect(textWidth('新材料', 14)).toBe(42);
    expect(textWidth('（亿元）', 10)).toBe(40);
    expect(textWidth('“乌镇之光”', 10)).toBe(60);
  });
  test('digits and Latin are 0.6 em, separators narrower still', () => {
    expect(textWidth('2021', 10)).toBe(24);
    expect(textWidth('20公里', 20)).toBeCloseTo(2 * 12 + 2 * 20);
    expect(textWidth('2,278.3', 10)).toBeCloseTo(5 * 6 + 2 * 3.5, 6);
  });
  test('empty text has no width', () => {
    expect(textWidth('', 13)).toBe(0);
  });
});

describe('wrapText(text, maxWidth, fontSize)', () => {
  test('short text stays on one line', () => {
    expect(wrapText('已投运算力规模占全省比重', 400, 13)).toEqual(['已投运算力规模占全省比重']);
  });
  test('long text breaks between characters into lines no wider than the limit', () => {
    const text = '注：外币金额按原币种列出；报道未给出汇率，故不换算，也不按人民币刻度绘制条形。';
    const lines = wrapText(text, 200, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(200);
  });
  test('numbers and Latin words are never split', () => {
    const lines = wrapText('增加值2,278.3亿元和135N集群，长三角启源AI模型云平台', 60, 10);
    expect(lines.some((line) => line.includes('2,278.3'))).toBe(true);
    expect(lines.some((line) => line.includes('135N'))).toBe(true);
    for (let i = 1; i < lines.length; i++) {
      expect(`${lines[i - 1]!.slice(-1)}${lines[i]![0]}`).not.toMatch(/^[A-Za-z0-9]{2}$/);
    }
  });
  test('closing punctuation never starts a line, opening punctuation never ends one', () => {
    const lines = wrapText('一二三四五，六七八九十。', 5 * 10, 10);
    // "五，" does not fit after 一二三四 (60 > 50 units), so it moves down as a unit
    expect(lines).toEqual(['一二三四', '五，六七八', '九十。']);
    const quoted = wrapText('一二三四“135N”集群', 5 * 10, 10);
    for (const line of quoted) expect(line).not.toMatch(/“$/);
  });
  test('collapses white space and returns no empty lines', () => {
    expect(wrapText('  a   b  ', 100, 10)).toEqual(['a b']);
    expect(wrapText('', 100, 10)).toEqual([]);
  });
  test('rejects a zero width', () => {
    expect(() => wrapText('x', 0, 10)).toThrow(/positive width/);
  });
});
