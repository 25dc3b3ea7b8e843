import { describe, expect, test } from 'vitest';
import { decodeEntities, svgMarkupToXml, viewBoxOf } from '../../../src/lib/download/xml';

describe('svgMarkupToXml', () => {
  test('quotes bare attributes, closes void tags, re-escapes text and drops comments', () => {
    const html = '<svg viewBox="0 0 10 10"><!-- c --><g data-i><text x=1>A&nbsp;&amp;&lt;B&#x4E00;</text><br></g><path d="M0,0"/></svg>';
    expect(svgMarkupToXml(html)).toBe('<svg viewBox="0 0 10 10"><g data-i="data-i"><text x="1">A\u00a0&amp;&lt;B一</text><br/></g><path d="M0,0"/></svg>');
  });

  test('escapes quotes in attribute values', () => {
    expect(svgMarkupToXml(`<g aria-label='say "hi"'></g>`)).toBe('<g aria-label="say &quot;hi&quot;"></g>');
  });

  test('fails on unbalanced markup, naming the tags', () => {
    expect(() => svgMarkupToXml('<svg><g></svg>')).toThrow(/<\/svg> closes <g>/);
    expect(() => svgMarkupToXml('<svg><g>')).toThrow(/never closed/);
  });

  test('fails on an unknown named entity rather than writing invalid XML', () => {
    expect(() => decodeEntities('&bogus;')).toThrow(/unknown character reference/);
  });
});

describe('viewBoxOf', () => {
  test('reads four numbers', () => {
    expect(viewBoxOf('<svg class="x" viewBox="0 0 640 480.5">')).toEqual([0, 0, 640, 480.5]);
  });
  test('fails without a usable viewBox', () => {
    expect(() => viewBoxOf('<svg width="100%">', 'map "x"')).toThrow(/map "x": the <svg> needs a viewBox/);
    expect(() => viewBoxOf('<svg viewBox="0 0 0 10">')).toThrow(/positive width/);
  });
});

