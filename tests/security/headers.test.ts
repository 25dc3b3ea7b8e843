/**
 * public/_headers: it parses, reader pages may not be framed while /embed/* pages may, the usual
 * hardening headers are set, and its CSP repeats the pages' <meta> policy (see the file's comment
 * for why script-src/style-src/default-src stay in the <meta> tag only).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEmbed, listPages, readPage, startTags } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { headersFor, parseCsp, parseHeadersFile, pathMatches } from './policy';

const pages = listPages(await builtSite());
const rules = parseHeadersFile(readFileSync(resolve(import.meta.dirname, '../../public/_headers'), 'utf8'));

describe('parseHeadersFile', () => {
  it('reads path blocks with "Name: value" and "! Name" lines, skipping comments', () => {
    const parsed = parseHeadersFile('# c\n/a/*\n  X-One: 1\n  ! X-Two\n\n/b\n  X-Three: a: b\n');
    expect(parsed).toEqual([
      { path: '/a/*', line: 2, set: [['X-One', '1']], unset: ['X-Two'] },
      { path: '/b', line: 6, set: [['X-Three', 'a: b']], unset: [] },
    ]);
  });

  it('rejects a header before any path, a line that is no header, and a path with spaces', () => {
    expect(() => parseHeadersFile('  X-One: 1\n')).toThrow(/line 1: header line before any path/);
    expect(() => parseHeadersFile('/a\n  no colon here\n')).toThrow(/line 2: expected "Name: value"/);
    expect(() => parseHeadersFile('/a b\n')).toThrow(/line 1: a path must start/);
  });

  it('matches splats and placeholders, and later rules append to or remove earlier headers', () => {
    expect(pathMatches('/*', '/stories/x/')).toBe(true);
    expect(pathMatches('/embed/*', '/embed/map/')).toBe(true);
    expect(pathMatches('/embed/*', '/stories/embed/')).toBe(false);
    expect(pathMatches('/embed/:id/', '/embed/map/')).toBe(true);
    const sample = parseHeadersFile('/*\n  A: 1\n  B: 2\n/x/*\n  ! B\n  A: 3\n');
    expect(Object.fromEntries(headersFor(sample, '/x/y'))).toEqual({ a: '1, 3' });
    expect(Object.fromEntries(headersFor(sample, '/z'))).toEqual({ a: '1', b: '2' });
  });
});

describe('public/_headers', () => {
  it('has a /* block, an /embed/* block and CORS blocks for /oembed/*, /downloads/* and /figures.json, and the same four for the English edition', () => {
    expect(rules.map((rule) => rule.path)).toEqual(['/*', '/embed/*', '/oembed/*', '/downloads/*', '/figures.json', '/en/embed/*', '/en/oembed/*', '/en/downloads/*', '/en/figures.json']);
  });

  it('lets any origin fetch oEmbed responses, downloads and the figure catalogue, and nothing else', () => {
    for (const path of ['/oembed/map-2022-tiers.json', '/downloads/map-2022-tiers.csv', '/downloads/map-2022-tiers.json', '/figures.json', '/en/oembed/map-2022-tiers.json', '/en/downloads/map-2022-tiers.csv', '/en/figures.json']) {
      expect(headersFor(rules, path).get('access-control-allow-origin'), path).toBe('*');
    }
    for (const path of ['/', '/embed/map-2022-tiers/', '/figures/', '/en/figures/']) expect(headersFor(rules, path).has('access-control-allow-origin'), path).toBe(false);
  });

  it('forbids framing reader pages and sets nosniff and the referrer policy', () => {
    for (const path of ['/stories/any-story/', ...pages.filter((page) => !isEmbed(page)).map((page) => page.url)]) {
      const headers = headersFor(rules, path);
      expect(parseCsp(headers.get('content-security-policy') ?? '').get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(headers.get('x-frame-options'), path).toBe('DENY');
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
  });

  it('lets any site frame /embed/* pages: one policy with frame-ancestors *, no X-Frame-Options', () => {
    for (const path of ['/embed/map-2022-tiers/', ...pages.filter(isEmbed).map((page) => page.url)]) {
      const headers = headersFor(rules, path);
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp, `${path}: a second, joined policy would still forbid framing`).not.toContain(',');
      expect(parseCsp(csp).get('frame-ancestors'), path).toEqual(['*']);
      expect(headers.has('x-frame-options'), path).toBe(false);
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
  });

  it("repeats the pages' <meta> policy for every directive it sets, and adds no 'unsafe-*' or other origin", () => {
    const page = pages.find((candidate) => candidate.url === '/')!;
    const meta = startTags(readPage(page), 'meta').find((tag) => tag.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
    const pagePolicy = parseCsp(meta?.attrs.content ?? '');
    for (const path of ['/', '/embed/x/']) {
      const headerPolicy = parseCsp(headersFor(rules, path).get('content-security-policy') ?? '');
      expect([...headerPolicy.keys()].filter((name) => ['default-src', 'script-src', 'style-src'].includes(name))).toEqual([]);
      for (const [directive, sources] of headerPolicy) {
        if (directive === 'frame-ancestors') continue;
        expect(sources, `${path} ${directive}`).toEqual(pagePolicy.get(directive));
      }
    }
  });
});
