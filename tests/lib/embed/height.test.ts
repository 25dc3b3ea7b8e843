import { describe, expect, test } from 'vitest';
import { estimateEmbedHeight, estimateGraphicHeight } from '../../../src/lib/embed/height';

const svg = (w: number, h: number, title = 'x') => `<svg viewBox="0 0 ${w} ${h}" role="img"><title>${title}</title><path d="M0,0"/></svg>`;
const base = { title: '2022年方案：一县一集群', dek: '嘉兴七个县（市、区）各建一个集群。', notes: [], source: '来源：嘉兴日报《标题》（2024年末）' };

describe('estimateGraphicHeight', () => {
  test('an SVG takes the width at its viewBox aspect', () => {
    expect(estimateGraphicHeight(svg(640, 480), 320)).toBe(240);
  });

  test('an SVG is never drawn wider than its viewBox', () => {
    expect(estimateGraphicHeight(svg(200, 300), 400)).toBe(300);
  });

  test('of two drawings of the same graphic (same <title>), the one nearer the width counts', () => {
    const html = `<div>${svg(640, 320, 'same')}</div><div>${svg(360, 540, 'same')}</div>`;
    expect(estimateGraphicHeight(html, 340)).toBeCloseTo((340 * 540) / 360);
    expect(estimateGraphicHeight(html, 700)).toBeCloseTo(320);
  });

  test('two different SVGs (panels) are stacked', () => {
    expect(estimateGraphicHeight(`<figure>${svg(100, 50, 'a')}</figure><figure>${svg(100, 80, 'b')}</figure>`, 100)).toBe(130);
  });

  test('a legend of swatches is rows of labels, text blocks are lines', () => {
    const legend = '<ul class="map-legend"><li><svg viewBox="0 0 24 16"></svg><span>全球性</span></li><li><svg viewBox="0 0 24 16"></svg><span>全国性</span></li></ul>';
    const one = estimateGraphicHeight(legend, 300);
    expect(one).toBeGreaterThan(20);
    expect(one).toBeLessThan(40);
    const cards = '<ul><li><p>45.3%</p><p>营收增长</p></li><li><p>20.1%</p><p>增加值增速</p></li></ul>';
    expect(estimateGraphicHeight(cards, 300)).toBeCloseTo(4 * 24);
  });
});

describe('estimateEmbedHeight', () => {
  test('adds the frame around the graphic: more notes and a longer dek make it taller', () => {
    const plain = estimateEmbedHeight({ ...base, graphicHtml: svg(640, 640) });
    expect(plain).toBeGreaterThan(366 + 150);
    expect(plain).toBeLessThan(366 + 300);
    expect(Number.isInteger(plain)).toBe(true);
    const noted = estimateEmbedHeight({ ...base, notes: ['两版口径不同：2022年方案为每个县（市、区）指定一个集群；2026年体系按产业划分。'], graphicHtml: svg(640, 640) });
    expect(noted).toBeGreaterThan(plain + 40);
  });

  test('is taller at a narrower width', () => {
    const input = { ...base, dek: '很长的导语'.repeat(20), graphicHtml: '<p>文字</p>'.repeat(5) };
    expect(estimateEmbedHeight(input, 320)).toBeGreaterThan(estimateEmbedHeight(input, 1024));
  });

  test('a graphic SVG without a viewBox fails loudly', () => {
    expect(() => estimateEmbedHeight({ ...base, graphicHtml: '<svg width="100%"></svg>' })).toThrow(/viewBox/);
  });
});
