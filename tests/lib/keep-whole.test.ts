import { describe, expect, test } from 'vitest';
import { HEADING_SELECTOR, keepUnitsWhole, MAX_BLOCK } from '../../src/lib/keep-whole';

const page = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><title>嘉兴1,400万卡</title><style>h1{color:red}</style></head><body>${body}<script>const a = "海盐县1,400万卡";</script></body></html>`;
const kept = (html: string) => [...html.matchAll(/<span class="nb">([^<]*)<\/span>/g)].map((match) => match[1]);

describe('keepUnitsWhole(html)', () => {
  test('a heading keeps every unit a browser could break inside: words, a number with its unit, a short parenthetical', () => {
    const html = keepUnitsWhole(page('<h1>浙江约65%的算力在嘉兴：1,400万卡（推断）</h1>'));
    expect(kept(html)).toEqual(expect.arrayContaining(['浙江', '嘉兴：', '1,400万卡', '（推断）']));
    expect(html.replace(/<\/?span[^>]*>/g, '')).toBe(page('<h1>浙江约65%的算力在嘉兴：1,400万卡（推断）</h1>'));
  });
  test('a short block keeps its numbers with units and its parentheticals, not every word', () => {
    const html = keepUnitsWhole(page('<p class="chart-card-meta">嘉兴新增算力1,400万卡（推断）的项目总投资</p>'));
    expect(kept(html)).toEqual(['1,400万卡', '（推断）']);
  });
  test('a card\'s label is set as a heading: every word kept ("软件和信息服 / 务业" never)', () => {
    // In its card (a short block of its own): the label is still a heading.
    const html = keepUnitsWhole(page('<ul><li class="chart-card"><p>34%</p><p class="chart-card-label">软件和信息服务业营收增长</p></li></ul>'));
    expect(kept(html)).toEqual(expect.arrayContaining(['软件', '信息', '服务业']));
    expect(HEADING_SELECTOR.split(', ')).toEqual(expect.arrayContaining(['h1', 'h2', 'thead th', '.chart-card-label']));
  });
  test(`running prose (over ${MAX_BLOCK} characters), scripts, styles, the title, SVG and screen-reader text are left alone`, () => {
    const prose = `<p>${'嘉兴新增算力1,400万卡，'.repeat(5)}</p>`;
    const rest = '<svg><text>1,400万卡</text></svg><span class="visually-hidden">1,400万卡</span>';
    expect(keepUnitsWhole(page(prose + rest))).toBe(page(prose + rest));
  });
  test('a table\'s column header is a heading (every unit kept); its body cells are short blocks (numbers and parentheticals kept)', () => {
    const head = keepUnitsWhole(page('<table><thead><tr><th scope="col">工业增加值总额（亿元）</th></tr></thead></table>'));
    expect(kept(head)).toEqual(expect.arrayContaining(['工业', '总额', '（亿元）']));
    const body = keepUnitsWhole(page('<table><tbody><tr><th scope="row">核电关联及核技术应用集群</th><td>亿元以上及1,000万美元以上产业项目（同版评论）</td></tr></tbody></table>'));
    expect(kept(body)).toEqual(['1,000万美元', '（同版评论）']);
  });
  test('a figure\'s source line keeps its dates and document numbers whole at any length', () => {
    const source = `<p class="figure-source">来源：${'嘉兴当地晚报《“135N”先进制造业新版图发布》'.repeat(3)}（2026年春）</p>`;
    expect(kept(keepUnitsWhole(page(source)))).toEqual(expect.arrayContaining(['（2026年春）']));
  });
  test('text with character references is matched to its source exactly', () => {
    const html = keepUnitsWhole(page('<h2>A&amp;B：1,400万卡&#x1F600;的算力</h2>'));
    expect(html).toContain('<span class="nb">1,400万卡</span>');
    expect(html).toContain('A&amp;');
    expect(html.replace(/<\/?span[^>]*>/g, '')).toBe(page('<h2>A&amp;B：1,400万卡&#x1F600;的算力</h2>'));
  });
});
