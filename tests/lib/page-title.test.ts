import { describe, expect, it, test } from 'vitest';
import { documentTitle, markupLength, pageTitle, TITLE_MAX } from '../../src/lib/page-title';

describe('documentTitle(full)', () => {
  it('keeps a title that fits, with the site name', () => {
    expect(documentTitle('平湖市 | 地区 | 嘉兴集群观察')).toBe('平湖市 | 地区 | 嘉兴集群观察');
  });
  it('drops the site name after the last " | " when the whole is too long', () => {
    const title = 'Pinghu signs five AI projects worth 500 million yuan';
    expect(documentTitle(`${title} | Jiaxing Clusters Watch`)).toBe(title);
  });
  it('cuts a title still too long at a word boundary, with an ellipsis, within the limit', () => {
    const long = 'About 65% of Zhejiang computing power is in Jiaxing, which wants a 100-billion-yuan AI industry by 2027';
    const cut = documentTitle(`${long} | Jiaxing Clusters Watch`);
    expect(markupLength(cut)).toBeLessThanOrEqual(TITLE_MAX);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(long.charAt(cut.length - 1)).toMatch(/[\s,]/);
  });
  it('counts quotes as the page writes them (&quot;, &#39;), as the HTML checker does', () => {
    expect(markupLength('a"b\'c')).toBe(1 + 6 + 1 + 5 + 1);
    const cut = documentTitle('From "one county, one cluster" to "135N": which places changed roles, and what is still unclear | Site');
    expect(markupLength(cut)).toBeLessThanOrEqual(TITLE_MAX);
  });
});
describe('pageTitle(parts)', () => {
  test('joins the parts with " | " when they fit', () => {
    expect(pageTitle(['标题', '图表库', '嘉兴集群观察'])).toBe('标题 | 图表库 | 嘉兴集群观察');
  });
  test('too long: drops the middle parts, then the site name, then cuts the headline at a word with "…"', () => {
    const headline = 'Value added of the nine clusters: 2021 actual and 2023 and 2025 targets';
    expect(pageTitle(['Short headline', 'x'.repeat(50), 'Site'])).toBe('Short headline | Site');
    const cut = pageTitle([`${headline} and more words`, 'Figures', 'Site']);
    expect([...cut].length).toBeLessThanOrEqual(TITLE_MAX);
    expect(cut).toMatch(/^Value added of the nine clusters: .*[a-z0-9]…$/);
    expect(headline.startsWith(cut.slice(0, -1))).toBe(true);
  });
  test('never longer than the limit, whatever the parts', () => {
    for (const parts of [['a'.repeat(200)], ['word '.repeat(40), 'Site'], ['x', 'y'.repeat(80), 'z']]) {
      expect([...pageTitle(parts)].length).toBeLessThanOrEqual(TITLE_MAX);
    }
  });
});
