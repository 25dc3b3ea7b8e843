import { expect, test } from 'vitest';
import { CSP_DIRECTIVES, cspPolicy } from '../../src/lib/csp';
import { parseCsp } from '../security/policy';

test('cspPolicy: the site\'s directives, then script-src and style-src with exactly the given hashes and no file source', () => {
  const policy = parseCsp(cspPolicy({ scripts: ['sha256-a', 'sha256-b'], styles: ['sha256-c'] }));
  expect([...policy.keys()]).toEqual([...CSP_DIRECTIVES.map((directive) => directive.split(' ')[0]), 'script-src', 'style-src']);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')).toEqual(["'sha256-a'", "'sha256-b'"]);
  expect(policy.get('style-src')).toEqual(["'sha256-c'"]);
});

test('CSP_DIRECTIVES leave script-src and style-src to Astro and the embed pages', () => {
  expect(CSP_DIRECTIVES.filter((directive) => /^(script|style)-src\b/.test(directive))).toEqual([]);
});
