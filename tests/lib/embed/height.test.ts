import { describe, expect, test } from 'vitest';
import type { Card } from '../../../src/lib/charts/cards';
import type { Drawing, GraphicParts, Panel, TimelineEntry } from '../../../src/lib/figures/kind';
import { estimateEmbedHeight, estimateGraphicHeight } from '../../../src/lib/embed/height';
import { BREAKPOINT, LAYOUT, px, REM } from '../../../src/lib/layout';

const drawing = (size: [number, number], variant: string): Drawing => ({ component: {} as Drawing['component'], props: {}, size: { width: size[0], height: size[1] }, variant });
/** A panel drawn wide and narrow (the same size unless `narrow` is given). */
const panel = (wide: [number, number], narrow: [number, number] = wide, heading?: string): Panel => ({
  drawings: [drawing(wide, 'wide'), drawing(narrow, 'narrow')], ...(heading ? { heading } : {}),
});
const parts = (more: Partial<GraphicParts>): GraphicParts => ({ legend: [], panels: [], cards: [], timeline: [], ...more });
const card = (label: string): Card => ({ id: label, kind: 'actual', values: [{ before: '', number: '45.3', after: '%', text: '45.3%' }], label, meta: '2025年 · 嘉兴市' });
const entry = (title: string): TimelineEntry => ({ id: title, datetime: '2024', date: '2024年', dateMain: '2024年', dateNote: '', kind: 'event', title, description: '说明文字', source: 's' });
const base = { title: '2022年方案：一县一集群', dek: '嘉兴七个县（市、区）各建一个集群。', notes: [], source: '来源：嘉兴日报《标题》（2024年末）' };

describe('estimateGraphicHeight', () => {
  test('a panel capped in width with cards: the cards stand beside it from BREAKPOINT.sideBySide, under it below', () => {
    const capped = parts({ panels: [{ drawings: [drawing([200, 300], 'wide')], maxWidth: 200 }], cards: [card('营收增长'), card('投资增长')] });
    const wide = BREAKPOINT.sideBySide * REM;
    expect(estimateGraphicHeight(capped, wide)).toBeLessThan(estimateGraphicHeight(capped, wide - 1));
    // Beside: the taller of the panel (300 px) and the cards in the rest of the width.
    expect(estimateGraphicHeight(capped, wide)).toBe(Math.max(300, estimateGraphicHeight(parts({ cards: capped.cards }), wide)));
  });

  test('a panel takes the width at its aspect, never drawn wider than its viewBox', () => {
    expect(estimateGraphicHeight(parts({ panels: [panel([640, 480])] }), 320)).toBe(240);
    expect(estimateGraphicHeight(parts({ panels: [panel([200, 300])] }), 400)).toBe(300);
  });

  test('a panel with a widest size (the waffle) is never drawn wider than it', () => {
    expect(estimateGraphicHeight(parts({ panels: [{ ...panel([200, 300]), maxWidth: 100 }] }), 400)).toBe(150);
    expect(estimateGraphicHeight(parts({ panels: [{ ...panel([200, 300]), maxWidth: 100 }] }), 80)).toBe(120);
  });

  test('a phone gets the narrow drawing, a wide container the wide one', () => {
    const chart = parts({ panels: [panel([640, 320], [360, 540])] });
    expect(estimateGraphicHeight(chart, 340)).toBeCloseTo((340 * 540) / 360);
    expect(estimateGraphicHeight(chart, 700)).toBeCloseTo(320);
  });

  test('a drawing with its own widest size (a map) grows past its viewBox up to it', () => {
    const map = (maxWidth: number): GraphicParts => parts({ panels: [{ drawings: [{ ...drawing([310, 400], 'narrow'), maxWidth }] }] });
    expect(estimateGraphicHeight(map(332), 400)).toBeCloseTo((332 * 400) / 310);
    expect(estimateGraphicHeight(map(332), 320)).toBeCloseTo((320 * 400) / 310);
  });

  test('a panel that switches to its wide drawing elsewhere (a map, at 40rem) shows the narrow one below that width', () => {
    const from = BREAKPOINT.sideBySide * REM;
    const map = parts({ panels: [{ ...panel([620, 800], [310, 400]), wideFrom: from }] });
    const between = (BREAKPOINT.wideChart * REM + from) / 2;
    expect(estimateGraphicHeight(map, between)).toBeCloseTo(400);
    expect(estimateGraphicHeight(map, from)).toBeCloseTo(800);
  });

  test('two panels stack on a phone and stand side by side from 40rem, each under its heading', () => {
    const two = parts({ panels: [panel([100, 50], [100, 50], '2022年'), panel([100, 80], [100, 80], '2026年')] });
    const stacked = estimateGraphicHeight(two, 100);
    expect(stacked).toBeGreaterThan(130 + 2 * 20);
    const side = estimateGraphicHeight(two, 800);
    expect(side).toBeLessThan(stacked);
    expect(side).toBeGreaterThan(80);
  });

  test('a legend is rows of labels, more rows at a narrower width', () => {
    const legend = parts({ legend: ['全球性', '全国性', '长三角区域性', '报道未点名'].map((label) => ({ label, swatch: { kind: 'area', fill: 'global' } })) });
    const wide = estimateGraphicHeight(legend, 1000);
    expect(wide).toBeGreaterThan(20);
    expect(wide).toBeLessThan(40);
    expect(estimateGraphicHeight(legend, 120)).toBeGreaterThan(wide * 2);
  });

  test('cards take two columns on a phone and balanced rows when wider; timeline entries are lines of text', () => {
    const cards = (n: number) => parts({ cards: Array.from({ length: n }, (_, i) => card(`指标${i}`)) });
    const row = estimateGraphicHeight(cards(2), 300);
    expect(row).toBeGreaterThan(60);
    // Four cards on a phone: two rows of two (plus the gap between them).
    expect(estimateGraphicHeight(cards(4), 300)).toBeGreaterThan(2 * row);
    expect(estimateGraphicHeight(cards(4), 300)).toBeLessThan(2 * row + 20);
    // Three cards at 700 px: one row of three, shorter than the phone's two rows.
    expect(estimateGraphicHeight(cards(3), 700)).toBeLessThan(estimateGraphicHeight(cards(3), 300) * 0.75);
    const timeline = (n: number) => estimateGraphicHeight(parts({ timeline: Array.from({ length: n }, (_, i) => entry(`事件${i}`)) }), 300);
    expect(timeline(4)).toBeCloseTo(2 * timeline(2));
    expect(timeline(1)).toBeGreaterThan(60);
  });
});

describe('estimateGraphicHeight reads the layout numbers the style sheets read (src/lib/layout.ts)', () => {
  test('panels are a graphic gap apart, stacked below BREAKPOINT.sideBySide and side by side from it', () => {
    const two = parts({ panels: [panel([1000, 500]), panel([1000, 500])] });
    const narrow = BREAKPOINT.sideBySide * REM - 10;
    expect(estimateGraphicHeight(two, narrow)).toBeCloseTo(narrow + px(LAYOUT.graphicGap));
    const wide = BREAKPOINT.sideBySide * REM + 10;
    expect(estimateGraphicHeight(two, wide)).toBeCloseTo((wide - px(LAYOUT.graphicGap)) / 4);
  });

  test('a one-row legend is one legend line and the gap under it', () => {
    const legend = parts({ legend: [{ label: '全球性', swatch: { kind: 'area', fill: 'global' } }] });
    expect(estimateGraphicHeight(legend, 600)).toBeCloseTo(px(LAYOUT.legendSize) * LAYOUT.legendLine.value + px(LAYOUT.legendGap));
  });

  test('a short timeline entry on a phone: its date line, title and description lines, and the gap under it', () => {
    const line = (size: number) => size * LAYOUT.timelineLine.value;
    const expected = 2 * line(px(LAYOUT.bodySize)) + line(px(LAYOUT.timelineDescSize)) + px(LAYOUT.timelineGap);
    expect(estimateGraphicHeight(parts({ timeline: [entry('事件')] }), 300)).toBeCloseTo(expected);
  });
});

describe('estimateEmbedHeight', () => {
  test('adds the frame around the graphic: notes and a longer dek make it taller', () => {
    const graphic = parts({ panels: [panel([640, 640])] });
    const plain = estimateEmbedHeight({ ...base, parts: graphic });
    expect(plain).toBeGreaterThan(366 + 150);
    expect(plain).toBeLessThan(366 + 300);
    expect(Number.isInteger(plain)).toBe(true);
    const noted = estimateEmbedHeight({ ...base, notes: ['两版口径不同：2022年方案为每个县（市、区）指定一个集群；2026年体系按产业划分。'], parts: graphic });
    expect(noted).toBeGreaterThan(plain + 40);
  });

  test('is taller at a narrower width', () => {
    const input = { ...base, dek: '很长的导语'.repeat(20), parts: parts({ cards: [card('营收增长')] }) };
    expect(estimateEmbedHeight(input, 320)).toBeGreaterThan(estimateEmbedHeight(input, 1024));
  });
});
