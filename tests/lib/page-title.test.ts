import { describe, expect, test } from 'vitest';
import { pageTitle, TITLE_MAX } from '../../src/lib/page-title';

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
