/**
 * Checks over the built site (no browser): every page in dist/ has a title, a meta description,
 * exactly one h1 and the site language; no internal link, asset or anchor points at nothing; no
 * "NaN", "undefined" or "[object Object]" reaches a reader.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cssUrls, fileForPath, listPages, outerElements, rawTextElements, readPage, startTags, textContent, type Tag } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { HTML_LANG, langOfPath } from '../../src/lib/i18n/lang';

const root = await builtSite();
const pages = listPages(root);

/** Attributes that carry a URL, by element (meta content only for the social image tags). */
const URL_ATTRS: Record<string, string[]> = {
  a: ['href'], area: ['href'], link: ['href'], script: ['src'], img: ['src', 'srcset'], source: ['src', 'srcset'],
  iframe: ['src'], video: ['src', 'poster'], audio: ['src'], track: ['src'], embed: ['src'], object: ['data'],
  form: ['action'], use: ['href', 'xlink:href'], image: ['href', 'xlink:href'],
};
const URL_META = new Set(['og:image', 'og:url']);

/** The site's own origin, read from a page's canonical link (absolute URLs there are internal). */
function siteOrigin(html: string): string | undefined {
  const canonical = startTags(html, 'link').find((tag) => tag.attrs.rel === 'canonical')?.attrs.href;
  return canonical ? new URL(canonical).origin : undefined;
}

/** Every URL a page refers to, with the tag that holds it. */
function pageUrls(html: string): { url: string; tag: Tag }[] {
  const found: { url: string; tag: Tag }[] = [];
  for (const tag of startTags(html)) {
    for (const attr of URL_ATTRS[tag.name] ?? []) {
      const value = tag.attrs[attr];
      if (value === undefined) continue;
      const urls = attr === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls) if (url) found.push({ url, tag });
    }
    const property = tag.attrs.property ?? tag.attrs.name;
    if (tag.name === 'meta' && property && URL_META.has(property) && tag.attrs.content) found.push({ url: tag.attrs.content, tag });
  }
  return found;
}

/** The CSS a page uses (linked files and inline <style>), with the URL its url()s resolve against. */
function pageCss(html: string, pageUrl: URL): { css: string; base: URL }[] {
  const sheets = startTags(html, 'link')
    .filter((tag) => tag.attrs.rel?.split(/\s+/).includes('stylesheet') && tag.attrs.href)
    .map((tag) => new URL(tag.attrs.href!, pageUrl))
    .filter((url) => url.origin === pageUrl.origin)
    .flatMap((url) => {
      const file = fileForPath(root, url.pathname);
      return file ? [{ css: readFileSync(file, 'utf8'), base: url }] : [];
    });
  return [...sheets, ...rawTextElements(html, 'style').map((style) => ({ css: style.body, base: pageUrl }))];
}

const idCache = new Map<string, Set<string>>();
/** The ids in a built file (for #fragment links). */
function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set(startTags(readFileSync(file, 'utf8')).flatMap((tag) => [tag.attrs.id, tag.name === 'a' ? tag.attrs.name : undefined]).filter((id): id is string => !!id));
    idCache.set(file, ids);
  }
  return ids;
}

/**
 * What is wrong with one internal reference (undefined when it resolves): the file it names must
 * exist in dist/ (directory URLs → index.html) and a #fragment must name an id in that file.
 */
function brokenReference(raw: string, base: URL, origin: string | undefined): string | undefined {
  if (/^(mailto:|tel:|data:)/i.test(raw)) return undefined;
  if (/^javascript:/i.test(raw)) return 'javascript: URL';
  const url = new URL(raw, base);
  const internal = url.origin === base.origin || (origin !== undefined && url.origin === origin);
  if (!internal) return undefined;
  const file = fileForPath(root, url.pathname);
  if (!file) return `no file in dist/ for ${url.pathname}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && file.endsWith('.html') && !idsIn(file).has(fragment)) return `no id="${fragment}" in ${url.pathname}`;
  return undefined;
}

describe('built pages', () => {
  it('dist/ holds the home page and the 404 page', () => {
    expect(pages.map((page) => page.url)).toEqual(expect.arrayContaining(['/', '/404.html']));
  });

  describe.each(pages.map((page) => [page.url, page] as const))('%s', (_url, page) => {
    const html = readPage(page);
    const head = html.slice(0, Math.max(0, html.search(/<\/head>/i)));

    it('has one non-empty <title>, one meta description, exactly one h1 and its edition\'s lang (zh-CN; en under /en/)', () => {
      const titles = outerElements(head, 'title').map((title) => textContent(title.markup).trim());
      expect(titles, 'document <title> in <head>').toHaveLength(1);
      expect(titles[0]!.length, '<title> text').toBeGreaterThan(1);
      const descriptions = startTags(head, 'meta').filter((tag) => tag.attrs.name === 'description');
      expect(descriptions, '<meta name="description">').toHaveLength(1);
      expect(descriptions[0]!.attrs.content?.trim().length ?? 0, 'meta description content').toBeGreaterThan(1);
      expect(startTags(html, 'h1'), '<h1> elements').toHaveLength(1);
      expect(startTags(html, 'html')[0]?.attrs.lang).toBe(HTML_LANG[langOfPath(page.url)]);
    });

    it('shows no NaN, undefined or [object Object] in text or attributes', () => {
      const artefact = /\bNaN\b|\bundefined\b|\[object Object\]/;
      const found: string[] = [];
      const text = textContent(html).replace(/\s+/g, ' ');
      const inText = text.match(new RegExp(`.{0,40}(?:${artefact.source}).{0,40}`));
      if (inText) found.push(`text: …${inText[0].trim()}…`);
      for (const tag of startTags(html)) {
        for (const [name, value] of Object.entries(tag.attrs)) {
          if (name === 'integrity' || (tag.name === 'meta' && tag.attrs['http-equiv']?.toLowerCase() === 'content-security-policy')) continue;
          if (artefact.test(value)) found.push(`<${tag.name} ${name}="${value.slice(0, 80)}">`);
        }
      }
      expect(found, `${page.rel}`).toEqual([]);
    });

    it('links, assets and #anchors all resolve to files and ids in dist/', () => {
      const pageUrl = new URL(page.url, 'http://site.invalid');
      const origin = siteOrigin(html);
      const broken: string[] = [];
      const references = pageUrls(html);
      expect(references.length, 'references found (every page links somewhere)').toBeGreaterThan(0);
      for (const { url, tag } of references) {
        const problem = brokenReference(url, pageUrl, origin);
        if (problem) broken.push(`<${tag.name}> ${url}: ${problem}`);
      }
      for (const { css, base } of pageCss(html, pageUrl)) {
        for (const url of cssUrls(css)) {
          if (url.startsWith('#')) continue; // SVG paint servers in CSS (url(#pattern)) name ids on the page
          const problem = brokenReference(url, base, origin);
          if (problem) broken.push(`css url(${url}): ${problem}`);
        }
      }
      expect([...new Set(broken)], `broken references on ${page.url}`).toEqual([]);
    });
  });
});

describe('the sitemap', () => {
  const locs = [...readFileSync(fileForPath(root, '/sitemap-0.xml')!, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);

  it('lists every figure page, and no embed page, thumbnail or oEmbed file', () => {
    const figurePages = pages.filter((page) => /^\/figures\/[^/]+\/$/.test(page.url)).map((page) => page.url);
    expect(figurePages.length).toBeGreaterThan(0);
    expect(locs).toEqual(expect.arrayContaining(figurePages));
    expect(locs.filter((path) => path.startsWith('/embed/') || path.startsWith('/oembed/') || path.endsWith('.svg'))).toEqual([]);
  });
});
