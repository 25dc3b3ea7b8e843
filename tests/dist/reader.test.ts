/**
 * The reader-first rules on the built site, whatever the stories say: every story opens with 要点
 * and ends with a next story; the inference mark is explained once and said seldom in running
 * prose; every glossary link lands on an entry, once per entry per page; no page or CSV shows an
 * internal source id; every correction is listed; every place page opens with its intro.
 * Pages are read with parse5 (the WHATWG parser).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { siteDataFromFiles } from '../helpers/site-data';
import { placeList, placeUrl } from '../../src/lib/places';
import { MAX_INFERRED } from '../../src/lib/story-rules';
import { WORDING } from '../../src/lib/wording';
import { fileForPath, isEmbed, isStory, listPages, readPage, walkFiles } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const root = await builtSite();
const pages = listPages(root);
const stories = pages.filter(isStory);
const data = siteDataFromFiles();

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const classes = (element: Element) => (attr(element, 'class') ?? '').split(/\s+/);

/** Every element under `node` (document order) that matches. */
function all(node: Node, match: (element: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (current: Node) => {
    if (isElement(current) && match(current)) out.push(current);
    const children = 'childNodes' in current ? current.childNodes : [];
    const content = isElement(current) && current.tagName === 'template' ? (current as DefaultTreeAdapterMap['template']).content.childNodes : [];
    for (const child of [...children, ...content]) walk(child);
  };
  walk(node);
  return out;
}
/** Text as a screen reader gets it: every text node, the visually hidden ones included, aria-hidden ones left out. */
function spokenText(node: Node): string {
  if (isElement(node) && attr(node, 'aria-hidden') === 'true') return '';
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return ('childNodes' in node ? node.childNodes : []).map(spokenText).join('');
}
const byClass = (name: string) => (element: Element) => classes(element).includes(name);
const doc = (file: string) => parse(readFileSync(file, 'utf8'));

describe.each(stories.map((page) => [page.url, page] as const))('story %s', (_url, page) => {
  const html = parse(readPage(page));

  test(`has a 要点 box of 2–5 points (under the lead figure)`, () => {
    const box = all(html, byClass('key-points'));
    expect(box).toHaveLength(1);
    expect(spokenText(all(box[0]!, (e) => e.tagName === 'h2')[0]!)).toBe(WORDING.ui.keyPoints);
    const points = all(box[0]!, (e) => e.tagName === 'li');
    expect(points.length).toBeGreaterThanOrEqual(2);
    expect(points.length).toBeLessThanOrEqual(5);
  });

  test('ends with a next story that exists, and links to the corrections page', () => {
    const next = all(html, byClass('story-next'));
    expect(next).toHaveLength(1);
    const links = all(next[0]!, (e) => e.tagName === 'a').map((a) => attr(a, 'href')!);
    expect(links.length).toBeGreaterThanOrEqual(1);
    for (const href of links) expect(fileForPath(root, href), href).toBeDefined();
    expect(links[0]).not.toBe(page.url);
    expect(all(html, (e) => e.tagName === 'a' && attr(e, 'href') === '/corrections/').length).toBeGreaterThanOrEqual(1);
  });

  test(`says "inferred" at most ${MAX_INFERRED + 1} times in running prose (the page's one note included), and explains the mark once`, () => {
    const head = all(html, byClass('story-head'))[0]!;
    const body = all(html, byClass('story-body'))[0]!;
    const prose = body.childNodes.filter((node): node is Element => isElement(node) && ['p', 'h2', 'h3', 'ul', 'ol', 'blockquote'].includes(node.tagName));
    const text = [head, ...prose].map(spokenText).join('');
    expect((text.match(/推断/g) ?? []).length).toBeLessThanOrEqual(MAX_INFERRED + 1);
    expect(all(html, byClass('inferred-note')).length).toBeLessThanOrEqual(1);
    if (all(html, byClass('inf')).length > 0) expect(all(html, byClass('inferred-note'))).toHaveLength(1);
  });

  test('every glossary link lands on an entry, at most once per entry, in the text', () => {
    const glossary = doc(fileForPath(root, '/glossary/')!);
    const entries = new Set(all(glossary, byClass('glossary-entry')).map((e) => attr(e, 'id')));
    const hrefs = all(html, byClass('term')).map((a) => attr(a, 'href')!);
    for (const href of hrefs) expect(entries.has(href.replace(/^\/glossary\/#/, '')), href).toBe(true);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  test('no figure is called left or right (figures stack on phones)', () => {
    const body = spokenText(all(html, byClass('story-body'))[0]!);
    expect(body).not.toMatch(/[左右](?:图|侧|边|幅)/);
  });
});

describe('the glossary and corrections pages', () => {
  test('the glossary has every entry of glossary.yaml, at least 12, in dictionary order, each with an anchor and a definition', () => {
    const glossary = doc(fileForPath(root, '/glossary/')!);
    const entries = all(glossary, byClass('glossary-entry'));
    expect(data.glossary.size).toBeGreaterThanOrEqual(12);
    const byTerm = [...data.glossary.entries()].sort(([, a], [, b]) => a.term.localeCompare(b.term, 'zh-CN')).map(([id]) => id);
    expect(entries.map((e) => attr(e, 'id'))).toEqual(byTerm);
    for (const entry of entries) expect(spokenText(all(entry, (e) => e.tagName === 'dd')[0]!).length).toBeGreaterThan(20);
  });

  test('/corrections/ lists every correction record, each dated and linked to the page it corrects', () => {
    const page = doc(fileForPath(root, '/corrections/')!);
    const items = all(all(page, byClass('corrections'))[0] ?? page, (e) => e.tagName === 'li');
    expect(items).toHaveLength(data.corrections.size);
    for (const item of items) {
      expect(all(item, (e) => e.tagName === 'time')).toHaveLength(1);
      const href = attr(all(item, (e) => e.tagName === 'a')[0]!, 'href')!;
      expect(fileForPath(root, href), href).toBeDefined();
    }
  });

  test('a story with corrections lists them at its end', () => {
    for (const [, correction] of data.corrections) {
      if (!correction.story) continue;
      const page = doc(fileForPath(root, `/stories/${correction.story}/`)!);
      expect(all(page, byClass('story-corrections'))).toHaveLength(1);
    }
  });
});

describe('no internal id reaches a reader', () => {
  const ids = [...data.sources.keys()];
  test.each(pages.filter((page) => !isEmbed(page)).map((page) => [page.url, page] as const))('%s shows no source id in its text', (_url, page) => {
    const text = spokenText(parse(readPage(page)));
    for (const id of ids) expect(text).not.toContain(id);
  });
  test('no CSV holds a source id', () => {
    const csvs = walkFiles(join(root, 'downloads')).filter((file) => file.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(0);
    for (const file of csvs) for (const id of ids) expect(readFileSync(file, 'utf8'), file).not.toContain(id);
  });
});

describe.each(placeList(data).map((place) => [place.name, place] as const))('place page %s', (_name, place) => {
  const html = doc(fileForPath(root, placeUrl(place.slug))!);
  test('opens with what the place makes and what is planned there (its intro), each source cited', () => {
    const intro = all(html, byClass('place-intro'));
    expect(intro).toHaveLength(1);
    expect(all(intro[0]!, byClass('place-cite'))).toHaveLength(place.introSources.length);
  });
  test('says what the sources leave out once, in one line, not a box per topic', () => {
    expect(all(html, byClass('place-unsaid')).length).toBeLessThanOrEqual(1);
    expect(all(html, byClass('place-none')).length).toBeLessThanOrEqual(1);
  });
});

describe('the gallery and the figure pages', () => {
  const gallery = doc(fileForPath(root, '/figures/')!);
  const items = all(gallery, byClass('gallery-item'));
  const storyPages = new Map(stories.map((page) => [page.url, readPage(page)]));

  test('the gallery links every figure page, once, and every item to one', () => {
    const figurePages = pages.filter((page) => /^\/figures\/[^/]+\/$/.test(page.url)).map((page) => page.url);
    expect(figurePages.length).toBeGreaterThan(0);
    const linked = items.flatMap((item) => all(item, (e) => e.tagName === 'a').map((a) => attr(a, 'href')));
    expect(linked.sort()).toEqual([...figurePages].sort());
  });

  test('each figure page lists every published story that places it, the story it belongs to first', () => {
    for (const item of items) {
      const id = attr(item, 'id')!.replace(/^figure-/, '');
      const page = doc(fileForPath(root, `/figures/${id}/`)!);
      const listed = all(page, byClass('figure-page-stories')).flatMap((list) => all(list, (e) => e.tagName === 'a').map((a) => attr(a, 'href')));
      const placing = [...storyPages].filter(([, html]) => html.includes(`data-figure="${id}"`)).map(([url]) => url);
      expect(new Set(listed), id).toEqual(new Set(placing));
      const owner = data.figures.get(id)?.story;
      if (owner && placing.includes(`/stories/${owner}/`)) expect(listed[0], id).toBe(`/stories/${owner}/`);
    }
  });
});
