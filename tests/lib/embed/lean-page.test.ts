import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { inlineScript, leanPage, usedClasses, usedCss, usedVariables } from '../../../src/lib/embed/lean-page';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('usedCss(css, classes)', () => {
  const used = new Set(['map', 'map-svg']);
  test.each([
    ['.map{a:1}.chart{b:2}', '.map{a:1}'],
    ['.map .map-svg,.chart .x{a:1}', '.map .map-svg{a:1}'],
    ['html,body{margin:0}:root[data-theme=dark]{c:1}', 'html,body{margin:0}:root[data-theme=dark]{c:1}'],
    ['@media print{.chart{a:1}.map{b:2}}@media (min-width:40rem){.chart{a:1}}', '@media print{.map{b:2}}'],
    ['.x:not(.chart){a:1}:is(.chart,.map) p{b:2}', '.x:not(.chart){a:1}:is(.chart,.map) p{b:2}'.replace('.x:not(.chart){a:1}', '')],
    ['@font-face{font-family:x}@keyframes k{0%{a:0}to{a:1}}', '@font-face{font-family:x}@keyframes k{0%{a:0}to{a:1}}'],
    ['a[title="a,b"].chart{a:1}', ''],
    // :is(), :where() and :has() need one selector that can match; :not() never drops a rule.
    [':is(.chart,.x) p{a:1}:where(.x,.map-svg) p{b:2}.map:has(>.chart){c:3}.map:not(:is(.x)){d:4}', ':where(.x,.map-svg) p{b:2}.map:not(:is(.x)){d:4}'],
    ['@media (min-width:40rem){@supports (display:grid){:is(.chart){a:1}}.map{b:2}}', '@media (min-width:40rem){.map{b:2}}'],
    // Attribute selectors: what looks like a class inside a value is text, [class~=…] is kept.
    ['a[title=".chart"].map{a:1}[class~=chart]{b:2}', 'a[title=".chart"].map{a:1}[class~=chart]{b:2}'],
  ])('%s → %s', (css, expected) => {
    expect(usedCss(css, used)).toBe(expected);
  });

  test('a syntax error throws, naming where it is', () => {
    expect(() => usedCss('.map{a:1}}', used)).toThrow(/CSS syntax error at line 1, column 10/);
    expect(() => usedCss('.map,{a:1}', used)).toThrow(/CSS syntax error/);
  });
});

test('usedVariables drops custom properties nobody reads: in the CSS, a style attribute or a script', () => {
  const css = ':root{--a:light-dark(#fff,#000);--b:1px;--c:2;--d:3}.x{color:var(--a)}';
  expect(usedVariables(css, '<p style="width:calc(var(--c) * 1px)">var(--b)</p><script>style.getPropertyValue("--d");</script>'))
    .toBe(':root{--a:light-dark(#fff,#000);--c:2;--d:3}.x{color:var(--a)}');
});

test('usedVariables drops a property only a dropped one read, and a rule left empty', () => {
  expect(usedVariables(':root{--a:var(--b);--b:1px}@media print{.y{--c:red}}.x{color:var(--e,var(--f))}:root{--e:1;--f:2}')).toBe('.x{color:var(--e,var(--f))}:root{--e:1;--f:2}');
});

test('usedClasses: class attributes and the words of inline scripts', () => {
  const used = usedClasses('<p class="a  b"></p><svg class="c"></svg><script>x.classList.add("is-open")</script>');
  expect([...used]).toEqual(expect.arrayContaining(['a', 'b', 'c', 'is-open']));
  expect(used.has('d')).toBe(false);
});

test('inlineScript minifies: comments and indentation go, template literals and behaviour stay, "</script" is escaped', () => {
  const code = inlineScript('/* head */\n(function () {\n  // note\n  out.push(`a\n  b`, "</script>");\n})();\n', 'a.js');
  expect(code).not.toMatch(/head|note|\n {2}\(|<\/script/i);
  const out: string[] = [];
  new Function('out', code)(out);
  expect(out).toEqual(['a\n  b', '</script>']);
  expect(() => inlineScript('var = 1;', 'c.js')).toThrow(/c\.js:1/);
});

describe('leanPage', () => {
  const style = '.map{a:1}.chart{b:2}';
  const script = 'go()';
  const page = (csp: string) => `<html><head><meta http-equiv="content-security-policy" content="${csp}"><style>${style}</style></head>`
    + `<body class="map"><script>${script}</script><script src="/scripts/tip.js" defer></script><script src="https://other.example/x.js"></script></body></html>`;
  const policy = `default-src 'self'; script-src 'self' ${hash(script)} 'sha256-other='; style-src 'self' ${hash(style)} 'sha256-more='`;
  const files: Record<string, string> = { '/scripts/tip.js': '/* c */\nel.classList.add("chart");' };

  test('inlines the site\'s script files, keeps the CSS the page can use and lists only its own hashes', () => {
    const lean = leanPage(page(policy), (src) => files[src]);
    expect(lean).toContain('<script>go(),el.classList.add("chart");</script>');
    expect(lean).toContain('<script src="https://other.example/x.js"></script>');
    expect(lean).toContain('<style>.map{a:1}.chart{b:2}</style>');
    const csp = lean.match(/content="([^"]*)"/)![1]!;
    expect(csp).toBe(`default-src 'self'; script-src 'self' ${hash('go(),el.classList.add("chart");')}; style-src 'self' ${hash(style)}`);
  });

  const twice = (inline: string) => `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${hash('zero()')}"><script src="/a.js" defer></script></head>`
    + `<body><p>x</p>${inline}<script src="/b.js" defer></script><script src="/a.js" defer></script><script type="module" src="/m.js"></script><p>y</p></body></html>`;
  const code: Record<string, string> = { '/a.js': 'first();', '/b.js': 'second();', '/m.js': 'export {};' };

  test('puts the script files, each once and in page order, into the first script of <body>: one hash', () => {
    const lean = leanPage(twice('<script>zero()</script>'), (src) => code[src]);
    expect(lean.match(/<script/g)).toHaveLength(2);
    expect(lean).toContain('<p>x</p><script>zero(),first(),second();</script><script type="module" src="/m.js"></script><p>y</p></body>');
    expect(lean).toContain(`script-src 'self' ${hash('zero(),first(),second();')}`);
    expect(lean).not.toContain(hash('zero()'));
  });

  test('without a script in <body>, the files go into a new one before </body>', () => {
    const lean = leanPage(twice(''), (src) => code[src]);
    expect(lean).toContain('<p>y</p><script>first(),second();</script></body>');
    expect(lean).toContain(`script-src 'self' ${hash('first(),second();')}`);
  });

  test('without the script that adds it, an unused class\'s rules go, and the style hash follows', () => {
    const lean = leanPage(page(policy));
    expect(lean).toContain('<style>.map{a:1}</style>');
    expect(lean).toContain(hash('.map{a:1}'));
    expect(lean).not.toContain(hash(style));
  });

  test('refuses a page whose inline code is not in its CSP, or that has none', () => {
    expect(() => leanPage(page("default-src 'self'; script-src 'self'; style-src 'self'"))).toThrow(/CSP lacks the hash of an inline (script|style)/);
    expect(() => leanPage('<html><body></body></html>')).toThrow(/no CSP <meta>/);
  });
});

test('leanPage keeps a custom property another <style> reads, and drops one only a dropped rule read', () => {
  const first = ':root{--a:1px;--b:2px}.chart{width:var(--b)}';
  const second = '.map{width:var(--a)}';
  const html = `<html><head><meta http-equiv="content-security-policy" content="style-src 'self' ${hash(first)} ${hash(second)}">`
    + `<style>${first}</style><style>${second}</style></head><body class="map"></body></html>`;
  expect(leanPage(html)).toContain('<style>:root{--a:1px}</style><style>.map{width:var(--a)}</style>');
});

test('leanPage finds the CSP <meta> by its attributes in any order and case, and leaves other directives alone', () => {
  const style = '.map{a:1}';
  const html = `<html><head><meta content="img-src 'self' data:; style-src 'self' 'sha256-old=' ${hash(style)}; script-src 'self' 'sha256-gone='" http-equiv="Content-Security-Policy">`
    + `<style>${style}</style></head><body class="map"><!-- <script>not code</script> --></body></html>`;
  const lean = leanPage(html);
  expect(lean.match(/content="([^"]*)"/)![1]).toBe(`img-src 'self' data:; style-src 'self' ${hash(style)}; script-src 'self'`);
  expect(lean).toContain('http-equiv="Content-Security-Policy"><style>');
});

test('leanPage reads markup inside quoted attributes as text, not as tags (a headline with "<script>" in it)', () => {
  const style = '.map{a:1}';
  const html = `<html><head><meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self' ${hash(style)}">`
    + `<link rel="alternate" title="x<script>alert(1)</script>&quot;><img class=&quot;chart&quot;>"><style>${style}</style></head><body class="map"></body></html>`;
  const lean = leanPage(html);
  expect(lean).toContain('title="x<script>alert(1)</script>&quot;><img class=&quot;chart&quot;>"');
  expect(lean).toContain(`<style>${style}</style>`);
  expect(lean.match(/content="([^"]*)"/)![1]).toBe(`script-src 'self'; style-src 'self' ${hash(style)}`);
});
