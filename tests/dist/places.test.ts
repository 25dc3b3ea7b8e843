/**
 * The built place pages (dist/places/): one per county and zone, opening with the record's intro
 * (with its sources), then the locator map, then the stories and figures that mention the place;
 * every fact from the place's records found on its page with its source, sections only for the
 * plans that name the place and the topics it has records for, what the sources leave out said
 * once in one line, no number on the page that no record supports, and every county and zone on
 * every built map linking to the right place page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteDataFromFiles } from '../helpers/site-data';
import { clusterPlaces, placeClusters, placeList, placeMapId, placeUrl, type Place } from '../../src/lib/places';
import { placeProfile, type PlaceProfile } from '../../src/lib/places/profile';
import { citeSource } from '../../src/lib/sources';
import { ROOT } from '../helpers/project-copy';
import { fileForPath, listPages, markedText, outerElements, readPage, startTags, textContent, tokenize } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { langOfPath, langRoot } from '../../src/lib/i18n/lang';

const root = await builtSite();
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
  const storyTitles = readdirSync(join(ROOT, 'content/stories')).filter((file) => file.endsWith('.mdx'))
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
    // The overview map links every place once in each of its drawings (counties are shared by its
    // narrow and wide drawing, a zone's marker is in each).
    const svgs = html.match(/<svg[^>]*class="map-svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) {
      const [shared, ...drawings] = svg.split(/<g class="map-at-(?:narrow|wide)"/);
      for (const drawing of drawings.length > 0 ? drawings : ['']) {
        const hrefs = startTags(shared + drawing, 'a').filter((tag) => tag.attrs.class === 'map-link').map((tag) => tag.attrs.href);
        expect(hrefs.sort()).toEqual(places.map((place) => placeUrl(place.slug)).sort());
      }
    }
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
        .map((li) => ({ id: startTags(li.markup, 'li')[0]!.attrs.id, text: markedText(li.markup) }));
      for (const fact of facts) {
        const cite = sources.findIndex((source) => source.id === `place-source-${fact.source}`);
        expect(cite, `source ${fact.source}`).toBeGreaterThanOrEqual(0);
        expect(sources[cite]!.text.trim()).toBe(citeSource(data.sources.get(fact.source)!));
        const li = outerElements(html, 'li').find((item) => markedText(item.markup.replace(/<a class="place-cite"[\s\S]*?<\/a>/, '')).trim() === fact.text);
        expect(li, `no list item reads "${fact.text}"`).toBeDefined();
        expect(li!.markup).toContain(`href="#place-source-${fact.source}"><span class="visually-hidden">来源</span>${cite + 1}</a>`);
      }
    });

    test('opens with its name and its locator map (a phone\'s first screen); then its intro and the intro\'s sources, its summary and the one note on inferred dates; then the stories', () => {
      const article = outerElements(html, 'article')[0]!.markup;
      const head = outerElements(article, 'header')[0]!;
      expect(outerElements(head.markup, 'h1')).toHaveLength(1);
      const about = outerElements(article, 'div').find((div) => div.markup.startsWith('<div class="place-about"'));
      expect(about, 'div.place-about after the map').toBeDefined();
      const inside = about!.markup.slice(about!.markup.indexOf('>') + 1);
      const intro = outerElements(inside, 'div').find((div) => div.markup.startsWith('<div class="place-intro"'));
      expect(intro, 'div.place-intro in div.place-about').toBeDefined();
      // One paragraph per line of the record's intro, in order.
      const paragraphs = outerElements(intro!.markup, 'p').map((p) => markedText(p.markup.replace(/<a class="place-cite"[\s\S]*?<\/a>/g, '')).trim());
      expect(paragraphs).toEqual(place.intro.split(/\n+/).map((line) => line.trim()).filter(Boolean));
      const cited = [...intro!.markup.matchAll(/<a class="place-cite" href="#place-source-([^"]+)">/g)].map((m) => m[1]);
      expect(cited).toEqual(place.introSources);
      for (const id of place.introSources) expect(html).toContain(`<li id="place-source-${id}">`);
      const dek = outerElements(inside, 'p').find((p) => p.markup.startsWith('<p class="place-dek"'));
      expect(markedText(dek!.markup).trim()).toBe(profile.summary);
      const notes = startTags(html, 'p').filter((tag) => tag.attrs.class?.split(' ').includes('inferred-note'));
      expect(notes).toHaveLength(1);
      const note = outerElements(html, 'p').find((p) => p.markup.startsWith('<p class="inferred-note'))!.markup;
      expect(startTags(note, 'a').map((tag) => tag.attrs.href)).toEqual(['/about/#dates']);
      // Order: the name, then the locator map, then the intro, then the section of stories.
      const map = article.indexOf(`data-figure="${placeMapId(place)}"`);
      const stories = article.indexOf('aria-labelledby="place-stories"');
      expect(head.end).toBeLessThan(map);
      expect(map).toBeLessThan(article.indexOf('<div class="place-about"'));
      expect(article.indexOf('<div class="place-about"')).toBeLessThan(stories);
      expect(outerElements(article, 'section')[0]!.markup).toContain('aria-labelledby="place-stories"');
    });

    test('a section per topic it has records for, each record in it; no section for a topic without records', () => {
      const sections = startTags(html, 'section').map((tag) => tag.attrs['data-topic']).filter(Boolean);
      expect(sections).toEqual(profile.topics.map((topic) => topic.key));
      for (const topic of profile.topics) {
        expect(topic.entries.length).toBeGreaterThan(0);
        const section = outerElements(html, 'section').find((s) => s.markup.includes(`data-topic="${topic.key}"`))!.markup;
        for (const entry of topic.entries) expect(section).toContain(`data-record="${entry.id}"`);
      }
    });

    test('each plan that names it: a section with the clusters naming it; a plan that does not: no section', () => {
      for (const plan of data.plans.values()) {
        const section = outerElements(html, 'section').find((s) => s.markup.includes(`data-plan="${plan.id}"`));
        const clusters = placeClusters(place, plan.id, data);
        if (clusters.length === 0) {
          expect(section, `${plan.id}: no section`).toBeUndefined();
          continue;
        }
        for (const cluster of clusters) expect(section!.markup).toContain(`data-cluster="${cluster.id}"`);
        expect(section!.markup).not.toContain('class="place-none"');
      }
    });

    test('what the sources and records leave out is said once, in one line', () => {
      const lines = outerElements(html, 'p').filter((p) => p.markup.startsWith('<p class="place-unsaid"'));
      if (profile.unsaid.length === 0) {
        expect(lines).toHaveLength(0);
        return;
      }
      expect(lines).toHaveLength(1);
      const line = markedText(lines[0]!.markup);
      for (const unsaid of profile.unsaid) {
        expect(line.split(unsaid).length - 1, `"${unsaid}" once`).toBe(1);
        // Said there, and nowhere else on the page.
        expect(markedText(html.replace(lines[0]!.markup, '')), `"${unsaid}" only in the unsaid line`).not.toContain(unsaid);
      }
      for (const plan of profile.plans.filter((entry) => entry.clusters.length === 0)) expect(line).toContain(plan.none!);
      const missing = ['facilities', 'projects', 'indicators', 'milestones'].filter((key) => !profile.topics.some((topic) => topic.key === key));
      expect(line.includes(`本站整理的数据记录里没有落在${place.name}的`)).toBe(missing.length > 0);
    });

    test('no number on the page outside its figures that no record of it supports', () => {
      const allowed = new Set(numbers(JSON.stringify(supporting(profile))));
      const stray = numbers(text).filter((number) => !allowed.has(number));
      expect(stray, `numbers without a record: ${stray.join(', ')}`).toEqual([]);
      expect(text).not.toMatch(/NaN|undefined|\[object Object\]/);
    });
  });

  test('a place that a plan naming core areas leaves out says so on its page, in the unsaid line', () => {
    const naming = [...data.plans.values()].filter((plan) => [...data.clusters.values()].some((cluster) => cluster.plan === plan.id && clusterPlaces(cluster).length > 0));
    let checked = 0;
    for (const plan of naming) {
      for (const place of places.filter((p) => placeClusters(p, plan.id, data).length === 0)) {
        const line = outerElements(page(place), 'p').find((p) => p.markup.startsWith('<p class="place-unsaid"'));
        expect(line, place.name).toBeDefined();
        expect(markedText(line!.markup), place.name).toContain(`${place.name}不在其中`);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('the sitemap lists the index and every place page', () => {
    const sitemaps = readdirSync(root).filter((file) => /^sitemap-\d+\.xml$/.test(file)).map((file) => readFileSync(join(root, file), 'utf8')).join('');
    for (const place of [undefined, ...places]) expect(sitemaps).toContain(`${placeUrl(place?.slug)}</loc>`);
  });
});

describe('every map in dist/ links its counties and zones (to the place pages of its own edition)', () => {
  test.each(pages.map((p) => [p.url, p] as const))('%s', (_url, built) => {
    const edition = langRoot(langOfPath(built.url));
    const expected = new Map(places.map((place) => [place.id, placeUrl(place.slug, edition)]));
    const tokens = tokenize(readPage(built));
    let open: string | undefined;
    let countyShapes = 0;
    let linkedShapes = 0;
    for (const token of tokens) {
      if (token.type === 'start' && token.tag.name === 'a' && token.tag.attrs.class === 'map-link') {
        open = token.tag.attrs.href;
        // Never inside an embed's iframe: the top window on our pages, a new tab in an embed (sandbox-safe).
        expect(token.tag.attrs.target, 'map link target').toBe(/^\/(en\/)?embed\//.test(built.url) ? '_blank' : '_top');
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
