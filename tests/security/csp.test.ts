/**
 * The Content-Security-Policy of every built page (embed pages included): a <meta> policy before
 * any script or style, no 'unsafe-*' and no other origin, and nothing inline that it does not
 * cover: each inline <script>/<style> hashed, no style="…" attributes, no on…= handlers.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { listPages, rawTextElements, readPage, startTags } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { parseCsp } from './policy';

const pages = listPages(await builtSite());

/** Script types a browser runs (others, such as application/ld+json, are data blocks CSP ignores). */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The one meta CSP of a page, with its offset; throws if there is not exactly one. */
function metaPolicy(html: string): { policy: Map<string, string[]>; index: number } {
  const metas = startTags(html, 'meta').filter((tag) => tag.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) throw new Error(`expected one <meta http-equiv="content-security-policy">, found ${metas.length}`);
  return { policy: parseCsp(metas[0]!.attrs.content ?? ''), index: metas[0]!.index };
}

describe.each(pages.map((page) => [page.url, page] as const))('CSP of %s', (_url, page) => {
  const html = readPage(page);

  it('is a <meta> policy that comes before every script and style', () => {
    const { index } = metaPolicy(html);
    const first = startTags(html).find((tag) => tag.name === 'script' || tag.name === 'style' || (tag.name === 'link' && /stylesheet/.test(tag.attrs.rel ?? '')));
    if (first) expect(index, `the CSP <meta> must precede ${first.raw.slice(0, 60)}`).toBeLessThan(first.index);
  });

  it("allows only 'self', hashes and data: images (and WebAssembly on the editions' search pages): no other 'unsafe-*', no wildcard, no other origin", () => {
    const { policy } = metaPolicy(html);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.has('script-src') && policy.has('style-src')).toBe(true);
    const loose: string[] = [];
    for (const [directive, sources] of policy) {
      for (const source of sources) {
        // WebAssembly (not eval) for Pagefind, on the search pages alone (/search/, /en/search/).
        const wasm = directive === 'script-src' && source === "'wasm-unsafe-eval'" && /^\/(en\/)?search\/$/.test(page.url);
        const fine = source === "'self'" || source === "'none'" || HASH.test(source) || (directive === 'img-src' && source === 'data:') || wasm;
        if (!fine) loose.push(`${directive} ${source}`);
      }
    }
    expect(loose).toEqual([]);
  });

  it('covers every inline <script> and <style> by a sha256 hash', () => {
    const { policy } = metaPolicy(html);
    const scriptHashes = new Set(policy.get('script-src'));
    const styleHashes = new Set(policy.get('style-src'));
    const unhashed = [
      ...rawTextElements(html, 'script')
        .filter((script) => script.attrs.src === undefined && EXECUTABLE.has((script.attrs.type ?? '').toLowerCase()))
        .filter((script) => !scriptHashes.has(sha256(script.body)))
        .map((script) => `<script>${script.body.slice(0, 80)}`),
      ...rawTextElements(html, 'style')
        .filter((style) => !styleHashes.has(sha256(style.body)))
        .map((style) => `<style>${style.body.slice(0, 80)}`),
    ];
    expect(unhashed).toEqual([]);
  });

  it('has no style="…" attribute, no on…= handler and loads scripts, styles and media only from itself', () => {
    const found: string[] = [];
    for (const tag of startTags(html)) {
      for (const name of Object.keys(tag.attrs)) {
        if (name === 'style' || /^on[a-z]+$/.test(name)) found.push(`<${tag.name} ${name}="${tag.attrs[name]!.slice(0, 60)}">`);
      }
      const resource = tag.name === 'link' ? (/stylesheet|preload|modulepreload|icon/.test(tag.attrs.rel ?? '') ? tag.attrs.href : undefined) : tag.attrs.src;
      if (resource && /^(https?:)?\/\//i.test(resource)) found.push(`<${tag.name}> loads ${resource}`);
    }
    expect(found).toEqual([]);
  });
});
