import { describe, expect, test } from 'vitest';
import { inlineStyles, parseXml, serializeXml } from '../../../src/lib/download/cascade';

const TOKENS = ':root { --ink: light-dark(#1a1a1a, #ececec); --paper: light-dark(#ffffff, #161616); --tier-global: light-dark(#b34f00, #f08c3a); --muted: light-dark(#5f5f5f, #a8a8a8); --font-sans: system-ui, sans-serif; }';

/** The style attribute of the first element with `cls`. */
const styleOf = (svg: string, cls: string) => svg.match(new RegExp(`class="${cls}"[^>]*style="([^"]*)"`))?.[1];

describe('inlineStyles', () => {
  test('writes each element its winning declarations with literal light colours', () => {
    const css = `${TOKENS} .bar { fill: var(--ink); } .bar.target { fill: var(--paper); stroke: var(--ink); } .a:hover { fill: red; }`;
    const out = inlineStyles('<svg viewBox="0 0 1 1"><rect class="bar"/><rect class="bar target"/></svg>', css);
    expect(styleOf(out, 'bar')).toBe('fill:#1a1a1a');
    expect(styleOf(out, 'bar target')).toBe('fill:#ffffff;stroke:#1a1a1a');
    expect(out).not.toMatch(/var\(|light-dark\(|red/);
  });

  test('resolves custom properties set on an ancestor, nearest first, and keeps the cascade order', () => {
    const css = `${TOKENS}
      .tier-global { --tier: var(--tier-global); }
      .key { --tier: var(--muted); }
      .dot { fill: var(--tier); }
      .dot--target { fill: var(--paper); }`;
    const out = inlineStyles('<svg viewBox="0 0 1 1"><g class="tier-global"><circle class="dot"/><circle class="dot dot--target"/><g class="key"><circle class="dot"/></g></g></svg>', css);
    const dots = [...out.matchAll(/<circle class="([^"]*)" style="([^"]*)"/g)].map((m) => m[2]);
    expect(dots).toEqual(['fill:#b34f00', 'fill:#ffffff', 'fill:#5f5f5f']);
  });

  test('matches selectors through the page elements around the SVG, and not those of other graphics', () => {
    const css = `${TOKENS} .map-scale text { font-size: 22px; } .chart text { fill: var(--ink); } .wrap > svg .x { stroke: var(--ink); }`;
    const out = inlineStyles('<svg viewBox="0 0 1 1"><text class="x">a</text></svg>', css, ['<div class="chart">', '<div class="wrap">']);
    expect(styleOf(out, 'x')).toBe('fill:#1a1a1a;stroke:#1a1a1a');
    expect(out).not.toContain('22px');
  });

  test('passes down what the page gives the SVG (font, colour) unless the SVG sets it', () => {
    const css = `${TOKENS} body { color: var(--ink); font-family: var(--font-sans); font-size: 1.0625rem; margin: 0 }`;
    const out = inlineStyles('<svg viewBox="0 0 1 1" font-size="13"><text>a</text></svg>', css, ['<body class="embed">']);
    expect(out).toMatch(/^<svg viewBox="0 0 1 1" font-size="13" style="color:#1a1a1a;font-family:system-ui, sans-serif">/);
  });

  test('drops layout properties and display values other than none', () => {
    const out = inlineStyles('<svg viewBox="0 0 1 1"><g class="a"/></svg>', '.a { width: 100%; margin: 1rem; display: block; opacity: .5 }');
    expect(styleOf(out, 'a')).toBe('opacity:.5');
  });

  test('fails loudly on a variable nobody defines, naming the rule and element', () => {
    expect(() => inlineStyles('<svg viewBox="0 0 1 1"><rect class="bar"/></svg>', '.bar { fill: var(--nope); }')).toThrow(/CSS rule ".bar" \{ fill \} on <rect class="bar">: var\(--nope\)/);
  });
});

test('parseXml and serializeXml round-trip well-formed markup', () => {
  const xml = '<svg viewBox="0 0 1 1"><g class="a &amp; b"><text>x &lt; y</text></g><path d="M0"/></svg>';
  expect(serializeXml(parseXml(xml))).toBe(xml);
  expect(() => parseXml('<svg><g></svg>')).toThrow(/closes <g>/);
});
