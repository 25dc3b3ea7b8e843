import { describe, expect, test } from 'vitest';
import { graphicParts, htmlCard, htmlText, openTagsAt, tableCards } from '../../../src/lib/download/graphic';
import type { FigureTable } from '../../../src/lib/figures/table';

const table: FigureTable = {
  caption: '关键数字',
  columns: [{ key: 'item', label: '指标' }, { key: 'value', label: '数值' }, { key: 'kind', label: '类型' }, { key: 'date', label: '时间' }, { key: 'place', label: '范围' }],
  rows: [
    { cells: { item: '营收增长', value: '45.3%', kind: '增速', date: '2025年', place: '平湖市' }, source: 's1' },
    { cells: { item: '项目', value: 355, kind: '数量', date: '2026年上半年', place: null }, source: 's1' },
  ],
};

describe('htmlText', () => {
  test('joins inline pieces without spaces and separates blocks', () => {
    expect(htmlText('<p><span>约</span><span>65</span><span>%</span></p><p>占比&amp;份额</p>')).toBe('约65% 占比&份额');
  });
});

describe('tableCards', () => {
  test('one card per row: value large, item as label, date and place as meta', () => {
    expect(tableCards(table)).toEqual([
      { value: '45.3%', label: '营收增长', meta: '2025年 · 平湖市' },
      { value: '355', label: '项目', meta: '2026年上半年' },
    ]);
  });
  test('a row without a value fails, naming the table and row', () => {
    const broken = { ...table, rows: [{ cells: { item: 'x', value: null }, source: 's1' }] };
    expect(() => tableCards(broken)).toThrow('table "关键数字": row 1 has no 数值 to draw');
  });
});

describe('htmlCard', () => {
  test('reads a key-figure card by its class names', () => {
    const item = '<p class="chart-tag chart-tag--target">目标</p><div class="chart-card-values"><div class="chart-card-value"><p class="chart-card-figure"><span class="chart-card-affix">超</span><span class="chart-card-number">1,000</span><span class="chart-card-affix">亿元</span></p></div></div><p class="chart-card-label">人工智能产业营收目标</p><p class="chart-card-meta">到2027年 · 嘉兴市</p>';
    expect(htmlCard(item)).toEqual({ value: '超1,000亿元', label: '人工智能产业营收目标', tag: '目标', meta: '到2027年 · 嘉兴市' });
  });
  test('puts the dates of a two-value card in the meta line', () => {
    const item = '<div class="chart-card-values"><div class="chart-card-value"><p class="chart-card-figure">5个</p><span class="chart-card-when">2025年秋</span></div><div class="chart-card-value"><p class="chart-card-figure">4个</p><span class="chart-card-when">2026年</span></div></div><p class="chart-card-label">在建算力项目</p><p class="chart-card-meta">嘉兴市</p>';
    expect(htmlCard(item)).toEqual({ value: '5个 / 4个', label: '在建算力项目', meta: '2025年秋 / 2026年 · 嘉兴市' });
  });
  test('reads a timeline item, taking the tag out of the title', () => {
    const item = '<time class="chart-timeline-date" datetime="2027">2027年</time><div class="chart-timeline-body"><p class="chart-timeline-title"><span class="chart-tag chart-tag--target">目标</span>营收破千亿</p><p class="chart-timeline-desc">目标：突破1000亿元</p></div>';
    expect(htmlCard(item)).toEqual({ value: '2027年', label: '营收破千亿', tag: '目标', meta: '目标：突破1000亿元' });
  });
  test('is undefined for an item without a value (a legend entry)', () => {
    expect(htmlCard('<span>全球性</span>')).toBeUndefined();
  });
});

describe('graphicParts', () => {
  const swatch = (cls: string) => `<svg class="map-swatch" viewBox="0 0 24 16" aria-hidden="true"><rect class="${cls}" width="24" height="16"></rect></svg>`;
  const map = (title: string) => `<svg viewBox="0 0 640 600" class="map-svg"><title>${title}</title><path class="map-county" d="M0,0"></path></svg>`;

  test('a map: legend entries from list items, one panel per map with its caption', () => {
    const html = `<div class="map"><ul class="map-legend"><li>${swatch('map-fill-global')}<span>全球性</span></li><li>${swatch('map-fill-national')}<span>全国性</span></li></ul>`
      + `<div class="map-panels"><figure class="map-panel"><figcaption class="map-heading">2022年</figcaption>${map('左')}</figure>`
      + `<figure class="map-panel"><figcaption class="map-heading">2026年</figcaption>${map('右')}</figure></div></div>`;
    const parts = graphicParts(html, table, 592, ['<div class="figure-graphic" data-figure-graphic>']);
    expect(parts.legend.map((entry) => entry.label)).toEqual(['全球性', '全国性']);
    expect(parts.legend[0]!.swatch).toContain('<rect class="map-fill-global" width="24" height="16"></rect>');
    expect(parts.legend[0]!.ancestors).toEqual(['<div class="figure-graphic" data-figure-graphic>', '<div class="map">', '<ul class="map-legend">', '<li>']);
    expect(parts.panels.map((panel) => panel.heading)).toEqual(['2022年', '2026年']);
    expect(parts.panels[1]!.ancestors.at(-1)).toBe('<figure class="map-panel">');
    expect(parts.cards).toEqual([]);
  });

  test('a chart drawn wide and narrow: only the drawing for the width, plus its HTML cards', () => {
    const wide = '<svg class="chart-svg--wide" viewBox="0 0 640 262"><title>项目</title><rect class="chart-bar"></rect></svg>';
    const narrow = '<svg class="chart-svg--narrow" viewBox="0 0 360 365"><title>项目</title><rect class="chart-bar"></rect></svg>';
    const cards = '<ul class="chart-cards"><li class="chart-card"><div class="chart-card-value"><p class="chart-card-figure">973.43亿元</p></div><p class="chart-card-label">总投资</p></li></ul>';
    const html = `<div class="chart"><div class="chart-variant">${wide}</div><div class="chart-variant">${narrow}</div>${cards}</div>`;
    const parts = graphicParts(html, table, 592);
    expect(parts.panels).toHaveLength(1);
    expect(parts.panels[0]!.svg).toContain('chart-svg--wide');
    expect(graphicParts(html, table, 340).panels[0]!.svg).toContain('chart-svg--narrow');
    expect(parts.cards).toEqual([{ value: '973.43亿元', label: '总投资' }]);
  });

  test('a graphic without SVG or value cards is drawn as cards from the table', () => {
    expect(graphicParts('<div class="x"><p>文字</p></div>', table, 592).cards).toEqual(tableCards(table));
  });
});

test('openTagsAt lists the elements open at a point, skipping void and closed ones', () => {
  const html = '<main class="m"><br><p>a</p><figure><img src="x"><div class="g">HERE';
  expect(openTagsAt(html, html.indexOf('HERE'))).toEqual(['<main class="m">', '<figure>', '<div class="g">']);
});
