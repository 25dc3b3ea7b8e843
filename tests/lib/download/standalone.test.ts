import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import type { Card } from '../../../src/lib/charts/cards';
import type { Drawing, GraphicParts, Panel } from '../../../src/lib/figures/kind';
import { standaloneSvg, STANDALONE_INNER, STANDALONE_WIDTH, type StandaloneInput } from '../../../src/lib/download/standalone';
import { THEME } from '../../../src/lib/theme';

/** A panel whose one drawing has a viewBox of this size. */
const panel = (width: number, height: number): Panel => ({ drawings: [{ component: {} as Drawing['component'], props: {}, size: { width, height } }] });
const texts = { title: '标题', dek: '导语', notes: [], source: '来源：某报', credit: '嘉兴集群观察 · example.org' };
const parts = (more: Partial<GraphicParts>): GraphicParts => ({ legend: [], panels: [], cards: [], timeline: [], ...more });
const panelSvg = '<svg viewBox="0 0 300 150" class="thing"><rect class="bar" width="300" height="150"/></svg>';
const input = (more: Partial<StandaloneInput> = {}): StandaloneInput => ({
  id: 'fig', texts, css: '.bar { fill: var(--tier-global); } .unused { fill: red; } .bar:hover { fill: blue; }',
  parts: parts({ panels: [panel(300, 150)] }),
  panels: [panelSvg], swatches: [], ...more,
});
const card = (label: string): Card => ({ id: label, kind: 'target', tag: '目标', values: [{ before: '约', number: '80', after: '%', text: '约80%' }], label, meta: '到2030年 · 嘉兴市' });

describe('standaloneSvg', () => {
  test('a 640-unit document whose graphic is painted in the light theme\'s literals, without classes or <style>', () => {
    const { svg, width, height } = standaloneSvg(input());
    expect(width).toBe(STANDALONE_WIDTH);
    expect(svg).toContain(`viewBox="0 0 640 ${height}"`);
    expect(svg).toContain(`<rect width="300" height="150" style="fill:${THEME['tier-global']!.light}"/>`);
    expect(svg).not.toMatch(/class=|<style|red|blue/);
    expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
  });

  test('a panel is never drawn larger than its own viewBox', () => {
    expect(standaloneSvg(input()).svg).toContain('width="300" height="150" overflow="visible"><svg viewBox="0 0 300 150"');
    const wide = '<svg viewBox="0 0 1000 500"><rect width="1" height="1"/></svg>';
    const big = standaloneSvg(input({ panels: [wide], parts: parts({ panels: [panel(1000, 500)] }) }));
    expect(big.svg).toContain(`width="${STANDALONE_INNER}" height="${STANDALONE_INNER / 2}"`);
  });

  test('notes, cards and timeline entries each add height', () => {
    const base = standaloneSvg(input()).height;
    expect(standaloneSvg(input({ texts: { ...texts, notes: ['一条注释'] } })).height).toBeGreaterThan(base + 15);
    const withCards = standaloneSvg(input({ parts: { ...input().parts, cards: [card('甲'), card('乙'), card('丙')] } }));
    expect(withCards.height).toBeGreaterThan(base + 2 * 80);
    expect(withCards.svg).toContain('>约80%<');
    const entry = { id: 'a', datetime: '2027', date: '2027年', dateMain: '2027年', dateNote: '', kind: 'target' as const, title: '目标事件', description: '说明', source: 's' };
    const timeline = standaloneSvg(input({ parts: { ...input().parts, timeline: [entry] } }));
    expect(timeline.height).toBeGreaterThan(base + 40);
    expect(timeline.svg).toMatch(/>2027年<[\s\S]*>目标<[\s\S]*>目标事件</);
    // An inferred date: its note on a line of its own under it, right-aligned with it.
    const inferred = standaloneSvg(input({ parts: { ...input().parts, timeline: [{ ...entry, date: '2027年（推断）', dateNote: '（推断）' }] } }));
    const [date, note] = [...inferred.svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" text-anchor="end"[^>]*>(2027年|（推断）)</g)].map((m) => ({ x: m[1], y: Number(m[2]) }));
    expect(note!.x).toBe(date!.x);
    expect(note!.y).toBeGreaterThan(date!.y);
  });

  test('cards stand beside a drawing narrower than half the frame where their words fit there, else under it', () => {
    const pad = (STANDALONE_WIDTH - STANDALONE_INNER) / 2;
    const tall = '<svg viewBox="0 0 200 300"><rect class="bar" width="200" height="300"/></svg>';
    const withCards = (cards: Card[]) => standaloneSvg(input({ panels: [tall], parts: parts({ panels: [panel(200, 300)], cards }) }));
    /** Where each card's top rule starts. */
    const rules = (svg: string) => [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="[\d.]+" height="2"/g)].map((match) => Number(match[1]));
    const beside = withCards([card('甲'), card('乙'), card('丙')]);
    expect(rules(beside.svg)).toHaveLength(3);
    expect(Math.min(...rules(beside.svg))).toBeGreaterThan(pad + 200);
    // Two values side by side, each a word set large that a card of half the room beside cannot hold.
    const values = ['5', '4'].map((number) => ({ before: '', number, after: ' projects', text: `${number} projects` }));
    const under = withCards([{ ...card('丁'), values }, card('戊')]);
    expect(Math.min(...rules(under.svg))).toBe(pad);
    expect(under.height).toBeGreaterThan(beside.height);
  });

  test('fails, naming the figure, when the rendered panels do not match its parts or it has nothing to draw', () => {
    expect(() => standaloneSvg(input({ panels: [] }))).toThrow('figure "fig": 1 panels and 0 legend swatches to draw, got 0 and 0');
    expect(() => standaloneSvg(input({ panels: [], parts: parts({}) }))).toThrow('figure "fig": its graphic has no panel, card or timeline entry to draw');
  });

  test('fails when a style it uses keeps a variable no theme token resolves', () => {
    expect(() => standaloneSvg(input({ css: '.bar { fill: var(--nope); }' }))).toThrow('figure "fig": its standalone SVG still uses a CSS variable');
  });
});
