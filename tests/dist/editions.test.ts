/**
 * The linked editions, checked over the built site (no browser): every reading page of one
 * edition and its counterpart in the other name each other (hreflang), every hreflang link and
 * language switch leads to a built page, English pages say lang="en" and carry no Chinese outside
 * an element marked lang="zh-CN", and each edition's RSS feed and the sitemap list its pages.
 * Rules over whatever pages the build makes: adding a story or a place keeps them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { fileForPath, listPages, readPage, startTags, type DistPage } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { counterpartPath, HTML_LANG, langOfPath, type Lang } from '../../src/lib/i18n/lang';

const root = await builtSite();
const pages = listPages(root);

/** The reading pages: home, stories, the places index and pages, glossary, about, corrections (either edition). */
const READING = /^\/(?:en\/)?(?:stories\/[^/]+\/|places\/(?:[^/]+\/)?|glossary\/|about\/|corrections\/)?$/;
const reading = pages.filter((page) => READING.test(page.url));
const head = (html: string) => html.slice(0, Math.max(0, html.search(/<\/head>/i)));
const isMoved = (html: string) => startTags(head(html), 'meta').some((tag) => tag.attrs['http-equiv'] === 'refresh');
const noindex = (html: string) => startTags(head(html), 'meta').some((tag) => tag.attrs.name === 'robots' && /noindex/.test(tag.attrs.content ?? ''));

/** A page's hreflang alternates, as site paths by hreflang. */
function alternates(html: string): Map<string, string> {
  return new Map(startTags(head(html), 'link')
    .filter((tag) => tag.attrs.rel === 'alternate' && tag.attrs.hreflang)
    .map((tag) => [tag.attrs.hreflang!, new URL(tag.attrs.href!).pathname]));
}

/** Whether a site path is a built page. */
const exists = (path: string) => fileForPath(root, path) !== undefined;

const other = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

describe('linked editions', () => {
  it('every Chinese reading page but a story has its English counterpart (a story may wait for its English)', () => {
    const chinese = reading.filter((page) => langOfPath(page.url) === 'zh' && !/^\/stories\//.test(page.url));
    expect(chinese.length).toBeGreaterThan(0);
    expect(chinese.filter((page) => !exists(counterpartPath(page.url, 'en'))).map((page) => page.url)).toEqual([]);
  });

  it('every English reading page has its Chinese counterpart', () => {
    const missing = reading.filter((page) => langOfPath(page.url) === 'en' && !exists(counterpartPath(page.url, 'zh')));
    expect(missing.map((page) => page.url)).toEqual([]);
  });

  describe.each(reading.map((page) => [page.url, page] as const))('%s', (url, page: DistPage) => {
    const html = readPage(page);
    const lang = langOfPath(url);
    const twin = counterpartPath(url, other(lang));
    const links = alternates(html);

    it(`says lang="${HTML_LANG[lang]}"`, () => {
      expect(startTags(html, 'html')[0]?.attrs.lang).toBe(HTML_LANG[lang]);
    });

    it('names both editions with hreflang exactly when the other edition has the page, and each alternate is a built page', () => {
      if (isMoved(html)) return;
      if (exists(twin)) {
        expect(links.get(HTML_LANG[lang]), 'hreflang of this edition').toBe(url);
        expect(links.get(HTML_LANG[other(lang)]), 'hreflang of the other edition').toBe(twin);
        expect(links.get('x-default'), 'x-default: the Chinese').toBe(lang === 'zh' ? url : twin);
        // Both ways: the counterpart names this page.
        expect(alternates(readFileSync(fileForPath(root, twin)!, 'utf8')).get(HTML_LANG[lang]), `${twin} names ${url}`).toBe(url);
      } else {
        expect([...links.keys()], 'no hreflang without a counterpart').toEqual([]);
      }
      for (const href of links.values()) expect(exists(href), href).toBe(true);
    });

    it('has a language switch that leads to the same page in the other edition, or to its home', () => {
      if (isMoved(html)) return;
      const switches = startTags(html, 'a').filter((tag) => tag.attrs['data-lang-switch'] !== undefined);
      expect(switches).toHaveLength(1);
      const target = switches[0]!.attrs;
      expect(target['data-lang-switch']).toBe(other(lang));
      expect(target.hreflang).toBe(HTML_LANG[other(lang)]);
      expect(exists(target.href!), target.href).toBe(true);
      expect(target.href).toBe(exists(twin) ? twin : counterpartPath('/', other(lang)));
    });

    it('points its search form at its own edition\'s search page', () => {
      const forms = startTags(html, 'form').filter((tag) => tag.attrs.role === 'search');
      for (const form of forms) expect(langOfPath(form.attrs.action!)).toBe(lang);
    });
  });
});

/** Text and reader-facing attribute values of a document outside elements marked lang="zh-CN" (and outside `skip` elements). */
interface Node { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node }
const READ_ATTRS = new Set(['title', 'alt', 'aria-label', 'placeholder', 'content', 'aria-description']);
const HAN = /\p{Script=Han}+/u;

function chineseOutsideMarks(html: string, skip: (node: Node) => boolean): string[] {
  const found: string[] = [];
  const walk = (node: Node, zh: boolean) => {
    const attrs = new Map((node.attrs ?? []).map((attr) => [attr.name, attr.value]));
    const lang = attrs.get('lang');
    const inZh = lang === undefined ? zh : lang.toLowerCase().startsWith('zh');
    if (skip(node) || node.nodeName === 'script' || node.nodeName === 'style') return;
    if (node.nodeName === '#text' && !inZh && HAN.test(node.value ?? '')) found.push(node.value!.trim().slice(0, 60));
    if (!inZh) {
      for (const [name, value] of attrs) {
        // meta content only for the page's description and social text; link hrefs and the like are not read.
        if (READ_ATTRS.has(name) && HAN.test(value) && (name !== 'content' || node.nodeName === 'meta')) found.push(`${node.nodeName}[${name}]: ${value.slice(0, 60)}`);
      }
    }
    for (const child of [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])]) walk(child, inZh);
  };
  walk(parse(html) as unknown as Node, false);
  return found;
}

/**
 * Left to the figure engineers (issue 25: outputs-en, maps-en, charts-en): the figures drawn in a
 * page, and the oEmbed discovery links of its lead figure (their titles come from src/lib/embed/oembed.ts).
 */
const isFigure = (node: Node) => node.nodeName === 'figure'
  || (node.nodeName === 'link' && (node.attrs ?? []).some((attr) => attr.name === 'type' && attr.value === 'application/json+oembed'));
const english = reading.filter((page) => langOfPath(page.url) === 'en' && !isMoved(readPage(page)));

/**
 * Straight quotation marks and apostrophes a reader sees in a page: its text and reader-facing
 * attributes (a <meta>'s content only where it is text: description, og:, twitter:), outside code,
 * the embed codes' text boxes, scripts and styles.
 */
function straightQuotes(html: string): string[] {
  const found: string[] = [];
  const CODE = new Set(['code', 'pre', 'textarea', 'script', 'style']);
  const walk = (node: Node) => {
    if (CODE.has(node.nodeName)) return;
    const attrs = new Map((node.attrs ?? []).map((attr) => [attr.name, attr.value]));
    if (node.nodeName === '#text' && /["']/.test(node.value ?? '')) found.push(node.value!.trim().slice(0, 60));
    const textMeta = node.nodeName === 'meta' && (attrs.get('name') === 'description' || /^(og|twitter):/.test(attrs.get('property') ?? attrs.get('name') ?? ''));
    for (const [name, value] of attrs) {
      if (READ_ATTRS.has(name) && /["']/.test(value) && (name !== 'content' || textMeta)) found.push(`${node.nodeName}[${name}]: ${value.slice(0, 60)}`);
    }
    for (const child of [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])]) walk(child);
  };
  walk(parse(html) as unknown as Node);
  return found;
}

describe('English pages: typographic quotation marks', () => {
  it.each(english.map((page) => [page.url, page] as const))('%s: no straight quotation mark or apostrophe in what a reader sees (curlyQuotes())', (_url, page) => {
    expect(straightQuotes(readPage(page))).toEqual([]);
  });
});

describe('English pages: no Chinese outside marked names', () => {
  it.each(english.map((page) => [page.url, page] as const))('%s: page text, title and descriptions (figures aside)', (_url, page) => {
    expect(chineseOutsideMarks(readPage(page), isFigure)).toEqual([]);
  });
  it.each(english.map((page) => [page.url, page] as const))('%s: its figures and oEmbed discovery titles too', (_url, page) => {
    expect(chineseOutsideMarks(readPage(page), () => false)).toEqual([]);
  });
});

describe('feeds and sitemap', () => {
  const feedLinks = (path: string) => [...readFileSync(join(root, path), 'utf8').matchAll(/<link>([^<]+)<\/link>/g)].map((match) => new URL(match[1]!).pathname);
  const stories = (lang: Lang) => reading.filter((page) => langOfPath(page.url) === lang && /\/stories\/[^/]+\/$/.test(page.url))
    .filter((page) => { const html = readPage(page); return !isMoved(html) && !noindex(html); }).map((page) => page.url);

  it.each(['zh', 'en'] as const)('the %s feed lists that edition\'s published stories and nothing of the other edition', (lang) => {
    const path = lang === 'zh' ? 'rss.xml' : 'en/rss.xml';
    expect(existsSync(join(root, path))).toBe(true);
    const xml = readFileSync(join(root, path), 'utf8');
    expect(xml).toContain(`<language>${HTML_LANG[lang]}</language>`);
    const links = feedLinks(path).filter((link) => /\/stories\//.test(link));
    expect(links.sort()).toEqual(stories(lang).sort());
  });

  it('the sitemap lists the reading pages of both editions', () => {
    const maps = readdirSync(root).filter((name) => /^sitemap-\d+\.xml$/.test(name));
    const listed = new Set(maps.flatMap((name) => [...readFileSync(join(root, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)));
    const expected = reading.filter((page) => { const html = readPage(page); return !isMoved(html) && !noindex(html); }).map((page) => page.url);
    expect(expected.some((url) => langOfPath(url) === 'en')).toBe(true);
    expect(expected.filter((url) => !listed.has(url))).toEqual([]);
    expect([...listed].filter((url) => url.includes('/404'))).toEqual([]);
  });

  it('the sitemap pairs each page with its counterpart where both are listed, and names no other', () => {
    const xml = readdirSync(root).filter((name) => /^sitemap-\d+\.xml$/.test(name)).map((name) => readFileSync(join(root, name), 'utf8')).join('');
    const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((match) => ({
      path: new URL(match[1]!).pathname,
      alternates: new Map([...match[2]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((link) => [link[1]!, new URL(link[2]!).pathname])),
    }));
    const listed = new Set(entries.map((entry) => entry.path));
    for (const { path, alternates } of entries) {
      const lang = langOfPath(path);
      const twin = counterpartPath(path, other(lang));
      if (listed.has(twin)) expect(alternates.get(HTML_LANG[other(lang)]), path).toBe(twin);
      for (const href of alternates.values()) expect(listed.has(href), `${path} → ${href}`).toBe(true);
    }
  });
});

