import { describe, expect, test } from 'vitest';
import { parseCss, resolveValue, rootVariables, splitTopLevel } from '../../../src/lib/download/css';

describe('parseCss', () => {
  test('reads style rules and skips at-rules with their blocks', () => {
    const rules = parseCss(`
      @import url(x.css);
      /* comment { } */
      :root { --ink: light-dark(#111, #eee); }
      .a, svg .b > text { fill: var(--ink); stroke-width: 2 !important }
      @media (prefers-color-scheme: dark) { .a { fill: red; } }
      @container (min-width: 34rem) { .c { display: none } }
      .d { font-family: "A, B", sans-serif; }
    `);
    expect(rules).toEqual([
      { selectors: [':root'], declarations: [['--ink', 'light-dark(#111, #eee)']] },
      { selectors: ['.a', 'svg .b > text'], declarations: [['fill', 'var(--ink)'], ['stroke-width', '2']] },
      { selectors: ['.d'], declarations: [['font-family', '"A, B", sans-serif']] },
    ]);
  });

  test('fails on an unbalanced block', () => {
    expect(() => parseCss('.a { fill: red;')).toThrow(/unbalanced/);
  });
});

describe('resolveValue', () => {
  const variables = rootVariables(parseCss(':root { --paper: light-dark(#fff, #161616); --ink: light-dark(rgb(1, 2, 3), #eee); --alias: var(--ink); }'));

  test('takes the light half of light-dark(), through nested variables', () => {
    expect(resolveValue('var(--paper)', variables)).toBe('#fff');
    expect(resolveValue('var(--alias)', variables)).toBe('rgb(1, 2, 3)');
    expect(resolveValue('0 0 2px var(--paper), var(--ink)', variables)).toBe('0 0 2px #fff, rgb(1, 2, 3)');
  });

  test('uses a fallback for an unknown variable, and fails without one, naming it', () => {
    expect(resolveValue('var(--nope, var(--paper))', variables)).toBe('#fff');
    expect(() => resolveValue('var(--nope)', variables, 'rule .x { fill }')).toThrow('rule .x { fill }: var(--nope) is not defined');
  });

  test('fails on a variable that refers to itself', () => {
    const loop = new Map([['--a', 'var(--b)'], ['--b', 'var(--a)']]);
    expect(() => resolveValue('var(--a)', loop)).toThrow(/refers to itself/);
  });
});

test('splitTopLevel ignores separators inside brackets and quotes', () => {
  expect(splitTopLevel('a, f(b, c), "d, e", [x=","]', ',').map((s) => s.trim())).toEqual(['a', 'f(b, c)', '"d, e"', '[x=","]']);
});
