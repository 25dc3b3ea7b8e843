import { describe, expect, test } from 'vitest';
import { textWidth, wrapText } from '../../src/lib/text';

describe('textWidth(text, fontSize, weight)', () => {
  test('a CJK character is wider than a digit, a digit wider than a full stop', () => {
    expect(textWidth('新', 14)).toBeGreaterThan(textWidth('2', 14));
    expect(textWidth('2', 14)).toBeGreaterThan(textWidth('.', 14));
  });
  test('ideographs and full-width punctuation share one advance; a run is its characters together', () => {
    expect(textWidth('（', 10)).toBe(textWidth('新', 10));
    // A curly quotation mark in a text with Chinese is full-width, as Chinese sets it (and images draw it: latinQuotes()).
    expect(textWidth('“新”', 10)).toBe(3 * textWidth('新', 10));
    // One em each, as in every CJK font: the safety margin is for proportional glyphs only.
    expect(textWidth('新材料', 10)).toBe(3 * textWidth('新', 10));
    expect(textWidth('新', 10)).toBe(10);
  });
  test('curly quotation marks in a text without Chinese are proportional, as Latin type (and Noto Sans in images) sets them', () => {
    const curly = textWidth('“A boom” it’s', 10);
    const straight = textWidth('"A boom" it\'s', 10);
    // Three marks, each within 0.15 em of a straight one (a full-width mark would be 0.6 em wider).
    expect(Math.abs(curly - straight)).toBeLessThan(3 * 0.15 * 10);
    expect(textWidth('“', 10)).toBeLessThan(0.5 * textWidth('新', 10));
  });
  test('proportional glyphs carry a safety margin over Noto Sans SC (system Latin faces run wider)', () => {
    // Noto Sans SC's digits are 0.555 em; system-ui's (SF Pro, Segoe UI) up to a tenth wider.
    expect(textWidth('0000000000', 10)).toBeGreaterThan(10 * 5.55);
    expect(textWidth('0000000000', 10)).toBeLessThan(10 * 10);
  });
  test('widths scale with the font size and are rounded to 0.1', () => {
    expect(textWidth('2,278.3亿元', 20)).toBeCloseTo(2 * textWidth('2,278.3亿元', 10), 0);
    for (const size of [9, 11.5, 13, 13.5, 26]) {
      const width = textWidth('增加值2,278.3亿元', size);
      expect(Math.round(width * 10) / 10).toBe(width);
    }
  });
  test('a bold run is at least as wide as the regular one; 600 counts as bold', () => {
    for (const text of ['2021', '嘉兴集群观察', '2,278.3亿元', 'https://example.org']) {
      expect(textWidth(text, 13, 700)).toBeGreaterThanOrEqual(textWidth(text, 13));
      expect(textWidth(text, 13, 600)).toBe(textWidth(text, 13, 700));
      expect(textWidth(text, 13, 500)).toBe(textWidth(text, 13));
    }
    expect(textWidth('2021', 13, 700)).toBeGreaterThan(textWidth('2021', 13));
  });
  test('the same text always measures the same (cached per text and weight)', () => {
    expect(textWidth('一县一业', 13)).toBe(textWidth('一县一业', 13));
    expect(textWidth('一县一业', 13, 700)).toBe(textWidth('一县一业', 13, 700));
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
    // Room for five characters (and a bit), not six.
    const five = textWidth('一二三四五', 10) + 1;
    const lines = wrapText('江河湖海天，山川云雨雪。', five, 10);
    // "天，" does not fit after 江河湖海 (six characters' width), so it moves down as a unit;
    // the lines are balanced and the last holds at least three characters.
    expect(lines).toEqual(['江河湖海', '天，山川', '云雨雪。']);
    const quoted = wrapText('一二三四“135N”集群', five, 10);
    for (const line of quoted) expect(line).not.toMatch(/“$/);
  });
  test('collapses white space and returns no empty lines', () => {
    expect(wrapText('  a   b  ', 100, 10)).toEqual(['a b']);
    expect(wrapText('', 100, 10)).toEqual([]);
  });
  test('bold text is measured with the bold face: it wraps no later than regular text', () => {
    const text = '2022年嘉兴市数字经济核心产业增加值1,234.5亿元，同比增长12.3%';
    const width = textWidth(text, 13) * 0.6;
    const bold = wrapText(text, width, 13, 700);
    expect(bold.length).toBeGreaterThanOrEqual(wrapText(text, width, 13).length);
    for (const line of bold) expect(textWidth(line, 13, 700)).toBeLessThanOrEqual(width);
  });
  test('a number keeps its unit, a short parenthetical stays whole, and no last line holds one character', () => {
    const text = '嘉兴智算中心已建成1,400万卡算力（推断），海盐县核电关联集群';
    for (const width of [55, 70, 90, 120, 160]) {
      const lines = wrapText(text, width, 10);
      expect(lines.join(''), `${width}`).toBe(text);
      expect(lines.some((line) => line.includes('1,400万卡')), `${width}: ${lines.join(' / ')}`).toBe(true);
      expect(lines.some((line) => line.includes('（推断）')), `${width}: ${lines.join(' / ')}`).toBe(true);
      expect([...lines.at(-1)!].length, `${width}: ${lines.join(' / ')}`).toBeGreaterThan(1);
    }
  });
  test('lines are balanced: as many as a greedy fill needs, none much longer than the others', () => {
    const text = '嘉兴的集群从一县一集群走向新的体系，算力成为新的主线';
    const width = textWidth(text, 10) * 0.8;
    const lines = wrapText(text, width, 10);
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map((line) => textWidth(line, 10));
    expect(Math.abs(a! - b!)).toBeLessThan(textWidth(text, 10) / 3);
  });
  test('running text (balance: false) fills each line before breaking', () => {
    const text = '嘉兴的集群从一县一集群走向新的体系，算力成为新的主线';
    const width = textWidth(text, 10) * 0.8;
    const [first] = wrapText(text, width, 10, 400, { balance: false });
    expect(textWidth(first!, 10)).toBeGreaterThan(width - 2 * 10);
    expect(textWidth(first!, 10)).toBeLessThanOrEqual(width);
  });
  test('rejects a zero width', () => {
    expect(() => wrapText('x', 0, 10)).toThrow(/positive width/);
  });
});
