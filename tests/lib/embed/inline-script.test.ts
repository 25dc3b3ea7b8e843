import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { cspHash, inlineScript } from '../../../src/lib/embed/inline-script';

test('inlineScript minifies: comments and indentation go, template literals and behaviour stay, "</script" is escaped', () => {
  const code = inlineScript('/* head */\n(function () {\n  // note\n  out.push(`a\n  b`, "</script>");\n})();\n', 'a.js');
  expect(code).not.toMatch(/head|note|\n {2}\(|<\/script/i);
  const out: string[] = [];
  new Function('out', code)(out);
  expect(out).toEqual(['a\n  b', '</script>']);
  expect(() => inlineScript('var = 1;', 'c.js')).toThrow(/c\.js:1/);
});

test('cspHash is the base64 SHA-256 of the UTF-8 text, as a CSP source without quotes', () => {
  expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  expect(cspHash('图')).toBe(`sha256-${createHash('sha256').update(Buffer.from('图', 'utf8')).digest('base64')}`);
  expect(cspHash('a')).not.toBe(cspHash('a '));
});
