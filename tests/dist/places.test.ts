/**
 * The built place pages (dist/places/): one per county and zone, every fact from the place's
 * records found on its page with its source, no number on the page that no record supports,
 * plain statements where a plan names the place for nothing, and every county and zone on every
 * built map linking to the right place page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteDataFromFiles } from '../../src/lib/data/from-files';
import { placeList, placeUrl, type Place } from '../../src/lib/places';
import { placeClusters, placeMapId, placeProfile, type PlaceProfile } from '../../src/lib/places-profile';
import { citeSource } from '../../src/lib/sources';
import { ROOT } from '../helpers/project-copy';
import { distDir, fileForPath, listPages, outerElements, readPage, startTags, textContent, tokenize } from '../helpers/dist-pages';

const root = distDir();
const pages = listPages(root);
const data = siteDataFromFiles();
const places = placeList(data);

function page(place: Place | undefined): string {
  const file = fileForPath(root, placeUrl(place?.slug));
  if (!file) throw new Error(`${placeUrl(place?.slug)} is not in dist/`);
  return readFileSync(file, 'utf8');
}

/** The text of a place page's article, without its figures (drawn by the figure tests) and source references. */
function factText(html: string): string {
  const article = outerElements(html, 'article')[0]!.markup;
  let text = article;
  for (const figure of outerElements(article, 'figure').reverse()) text = text.slice(0, figure.start) + text.slice(figure.end);
  return textContent(text.replace(/<a class="place-cite"[^>]*>[\s\S]*?<\/a>/g, ''));
}

/** Every number in a text, thousands separators removed ("5,000" → "5000"). */
const numbers = (text: string) => (text.replace(/(\d),(?=\d{3})/g, '$1').match(/\d+(?:\.\d+)?/g) ?? []);

/** The records a place page may draw numbers from. */
function supporting(profile: PlaceProfile): unknown[] {
  const place = profile.place;
  const storyTitles = readdirSync(join(ROOT, 'content/stories'))
    .map((file) => readFileSync(join(ROOT, 'content/stories', file), 'utf8').match(/^title:\s*(.*)$/m)?.[1] ?? '');
  return [
    place.kind === 'county' ? data.counties.get(place.id) : data.zones.get(place.id),
    [...data.plans.values()],
    ...profile.plans.flatMap((entry) => entry.clusters.map((cluster) => data.clusters.get(cluster.id))),
    ...profile.topics.flatMap((topic) => topic.entries.map((entry) => (data[topic.key] as Map<string, unknown>).get(entry.id))),
    [...data.sources.values()],
    [...data.figures.values()].map((figure) => figure.title),
    storyTitles,
  ];
}

describe('place pages in dist/', () => {
  test('the index links every place and shows its summary', () => {
    const html = page(undefined);
    const hrefs = startTags(html, 'a').map((tag) => tag.attrs.href);
    for (const place of places) expect(hrefs, place.name).toContain(placeUrl(place.slug));
    expect(startTags(html, 'a').filter((tag) => tag.attrs.class === 'map-link')).toHaveLength(places.length);
  });

  test('the header navigation links the index as 地区', () => {
    const html = readFileSync(fileForPath(root, '/')!, 'utf8');
    const nav = outerElements(html, 'nav')[0]!.markup;
    expect(nav).toMatch(/<a href="\/places\/">地区<\/a>/);
  });

  describe.each(places.map((place) => [place.name, place] as const))('%s', (_name, place) => {
    const html = page(place);
    const profile = placeProfile(place, data, []);
    const text = factText(html);

    test('has a title, a description, and the locator map\'s PNG as its social image', () => {
      expect(textContent(outerElements(html, 'title')[0]!.markup)).toContain(place.name);
      const meta = (property: string) => startTags(html, 'meta').find((tag) => tag.attrs.property === property || tag.attrs.name === property)?.attrs.content;
      expect(meta('description')).toContain(place.name);
      const image = new URL(meta('og:image')!).pathname;
      expect(image).toBe(`/downloads/${placeMapId(place)}.png`);
      expect(existsSync(join(root, image))).toBe(true);
      expect(html).toContain(`data-figure="${placeMapId(place)}"`);
    });

    test('every fact of its records is on the page, followed by the number of its source in the source list', () => {
      const facts = [
        ...profile.identity,
        ...profile.plans.flatMap((entry) => entry.clusters.flatMap((cluster) => cluster.facts)),
        ...profile.topics.flatMap((topic) => topic.entries.flatMap((entry) => entry.facts)),
      ];
      expect(facts.length).toBeGreaterThan(2);
      const sources = outerElements(outerElements(html, 'section').find((s) => s.markup.includes('place-sources'))!.markup, 'li')
        .map((li) => ({ id: startTags(li.markup, 'li')[0]!.attrs.id, text: textContent(li.markup) }));
      for (const fact of facts) {
        const cite = sources.findIndex((source) => source.id === `place-source-${fact.source}`);
        expect(cite, `source ${fact.source}`).toBeGreaterThanOrEqual(0);
        expect(sources[cite]!.text.trim()).toBe(citeSource(data.sources.get(fact.source)!));
        const li = outerElements(html, 'li').find((item) => textContent(item.markup.replace(/<a class="place-cite"[\s\S]*?<\/a>/, '')).trim() === fact.text);
        expect(li, `no list item reads "${fact.text}"`).toBeDefined();
        expect(li!.markup).toContain(`href="#place-source-${fact.source}"><span class="visually-hidden">来源</span>${cite + 1}</a>`);
      }
    });

    test('every record located in or scoped to it is on the page; a topic with none says so', () => {
      for (const topic of profile.topics) {
        const section = outerElements(html, 'section').find((s) => s.markup.includes(`data-topic="${topic.key}"`))!.markup;
        for (const entry of topic.entries) expect(section).toContain(`data-record="${entry.id}"`);
        if (topic.entries.length === 0) expect(textContent(section)).toContain(topic.none!);
      }
    });

    test('each plan: the clusters naming it, or a plain statement that the plan names it for none', () => {
      for (const plan of data.plans.values()) {
        const section = outerElements(html, 'section').find((s) => s.markup.includes(`data-plan="${plan.id}"`))!.markup;
        const clusters = placeClusters(place, plan.id, data);
        for (const cluster of clusters) expect(section).toContain(`data-cluster="${cluster.id}"`);
        if (clusters.length === 0) expect(textContent(section)).toMatch(new RegExp(`${place.name}(不在其中|。)`));
        else expect(section).not.toContain('class="place-none"');
      }
    });

    test('no number on the page outside its figures that no record of it supports', () => {
      const allowed = new Set(numbers(JSON.stringify(supporting(profile))));
      const stray = numbers(text).filter((number) => !allowed.has(number));
      expect(stray, `numbers without a record: ${stray.join(', ')}`).toEqual([]);
      expect(text).not.toMatch(/NaN|undefined|\[object Object\]/);
    });
  });

  test('a place the 2026 article names for no cluster says so on its page', () => {
    const system = [...data.plans.values()].find((plan) => plan.year === 2026)!;
    const unnamed = places.filter((place) => placeClusters(place, system.id, data).length === 0);
    expect(unnamed.length).toBeGreaterThan(0);
    for (const place of unnamed) {
      const section = outerElements(page(place), 'section').find((s) => s.markup.includes(`data-plan="${system.id}"`))!.markup;
      expect(textContent(section), place.name).toContain(`${place.name}不在其中`);
    }
  });

  test('the sitemap lists the index and every place page', () => {
    const sitemaps = readdirSync(root).filter((file) => /^sitemap-\d+\.xml$/.test(file)).map((file) => readFileSync(join(root, file), 'utf8')).join('');
    for (const place of [undefined, ...places]) expect(sitemaps).toContain(`${placeUrl(place?.slug)}</loc>`);
  });
});

describe('every map in dist/ links its counties and zones', () => {
  const expected = new Map(places.map((place) => [place.id, placeUrl(place.slug)]));

  test.each(pages.map((p) => [p.url, p] as const))('%s', (_url, built) => {
    const tokens = tokenize(readPage(built));
    let open: string | undefined;
    let countyShapes = 0;
    let linkedShapes = 0;
    for (const token of tokens) {
      if (token.type === 'start' && token.tag.name === 'a' && token.tag.attrs.class === 'map-link') {
        open = token.tag.attrs.href;
        // Never inside an embed's iframe: the top window on our pages, a new tab in an embed (sandbox-safe).
        expect(token.tag.attrs.target, 'map link target').toBe(built.url.startsWith('/embed/') ? '_blank' : '_top');
      } else if (token.type === 'end' && token.name === 'a') {
        open = undefined;
      } else if ((token.type === 'start') && token.tag.name === 'path') {
        const place = token.tag.attrs['data-zone'] ?? (token.tag.attrs.class?.includes('map-county') ? token.tag.attrs['data-county'] : undefined);
        // Shapes of places without a page of their own (the Zhejiang cities of the national-cluster map) are not links.
        if (place === undefined || !expected.has(place)) continue;
        if (token.tag.attrs.class?.includes('map-county')) countyShapes += 1;
        if (open !== undefined) {
          linkedShapes += token.tag.attrs.class?.includes('map-county') ? 1 : 0;
          expect(open, `${place} links to`).toBe(expected.get(place));
        } else {
          expect.fail(`${built.url}: ${place} is drawn without a link to its place page`);
        }
      }
    }
    expect(linkedShapes).toBe(countyShapes);
  });
});
