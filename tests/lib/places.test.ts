import { describe, expect, test } from 'vitest';
import { siteDataFromFiles } from '../../src/lib/data/from-files';
import type { Figure } from '../../src/lib/data/schemas';
import type { SiteData } from '../../src/lib/data/types';
import { placeFigures, withPlaceFigures } from '../../src/lib/figures/places';
import { figureTable } from '../../src/lib/figures';
import { mapFigure } from '../../src/lib/map/figure';
import { clusterPlaces, figurePlaces, placeLinks, placeList, placeOf, placeUrl, storyPlaces } from '../../src/lib/places';
import { placeChartId, placeClusters, placeMapId, placeProfile, placeSummary, profileSources } from '../../src/lib/places-profile';
import { overviewFigure } from '../../src/lib/places-map';

const data = siteDataFromFiles();
const places = placeList(data);

/** A copy of the data with one collection's record added or replaced. */
function withRecord<K extends keyof SiteData>(collection: K, record: SiteData[K] extends Map<string, infer V> ? V & { id: string } : never): SiteData {
  const copy = { ...data, [collection]: new Map(data[collection] as Map<string, unknown>) } as SiteData;
  (copy[collection] as Map<string, unknown>).set(record.id, record);
  return copy;
}

describe('placeList(data)', () => {
  test('one place per county and per zone, counties first, with unique slugs and URL-safe ids', () => {
    expect(places.map((place) => place.id)).toEqual([...data.counties.keys(), ...data.zones.keys()]);
    expect(new Set(places.map((place) => place.slug)).size).toBe(places.length);
    for (const place of places) expect(placeUrl(place.slug, '/base/')).toMatch(/^\/base\/places\/[a-z0-9-]+\/$/);
  });

  test('a county lists the zones lying in it; a zone lists its counties', () => {
    for (const zone of data.zones.values()) {
      expect(placeOf(data, zone.id).counties).toEqual(zone.counties);
      for (const county of zone.counties) expect(placeOf(data, county).zones).toContain(zone.id);
    }
  });

  test('an unknown place id is an error naming the known ones', () => {
    expect(() => placeOf(data, '330499')).toThrow(/unknown place "330499"; expected .*330402/);
  });

  test('placeLinks gives every county and zone a link under the base path with "查看<name> →"', () => {
    const links = placeLinks(data, '/jx/');
    expect([...links.keys()]).toEqual(places.map((place) => place.id));
    for (const place of places) expect(links.get(place.id)).toEqual({ href: `/jx/places/${place.slug}/`, label: `查看${place.name} →`, name: place.name });
  });
});

describe('figurePlaces(figure, data)', () => {
  const figure = (fields: Partial<Figure>): Figure => ({
    id: 'f', kind: 'key-figures', title: 'tt', dek: 'dd', notes: [], indicators: [], projects: [], facilities: [], milestones: [], clusters: [], ...fields,
  });

  test('a tier map covers the core areas of its plan\'s clusters, and nothing else', () => {
    const plan = [...data.plans.keys()][0]!;
    const expected = new Set([...data.clusters.values()].filter((c) => c.plan === plan).flatMap(clusterPlaces));
    expect(figurePlaces(figure({ kind: 'tier-map', plan }), data)).toEqual(expected);
  });

  test('indicators, projects and milestones bring their counties and zones; facilities their county', () => {
    const indicator = { ...[...data.indicators.values()][0]!, id: 'x-indicator', counties: ['330424'], zones: ['jx-port'] };
    const facility = [...data.facilities.values()][0]!;
    const copy = withRecord('indicators', indicator);
    expect(figurePlaces(figure({ indicators: ['x-indicator'], facilities: [facility.id] }), copy)).toEqual(new Set(['330424', 'jx-port', facility.county]));
  });

  test('a story covers the places of its figures and of its frontmatter, in place order', () => {
    const cluster = [...data.clusters.values()].find((c) => c.counties.length > 0)!;
    const copy = withPlaceFigures({ ...data, figures: new Map([['m', figure({ id: 'm', kind: 'cluster-map', cluster: cluster.id })]]) });
    const covered = storyPlaces({ slug: 's', title: 't', figures: ['m'], places: ['jx-etdz'] }, copy).map((place) => place.id);
    expect(covered).toEqual(places.map((p) => p.id).filter((id) => clusterPlaces(cluster).includes(id) || id === 'jx-etdz'));
  });
});

describe('placeProfile(place, data, stories)', () => {
  test.each(places.map((place) => [place.name, place] as const))('%s: a plan that names it as no core area says so; one that does lists its clusters', (_name, place) => {
    const profile = placeProfile(place, data, []);
    expect(profile.plans.map((entry) => entry.plan.id).sort()).toEqual([...data.plans.keys()].sort());
    for (const entry of profile.plans) {
      const named = placeClusters(place, entry.plan.id, data);
      expect(entry.clusters.map((cluster) => cluster.id)).toEqual(named.map((cluster) => cluster.id));
      if (named.length === 0) expect(entry.none).toContain(place.name);
      else expect(entry.none).toBeUndefined();
    }
  });

  test('every fact cites the source of the record it comes from', () => {
    for (const place of places) {
      const profile = placeProfile(place, data, []);
      for (const entry of profile.plans) {
        for (const cluster of entry.clusters) {
          for (const fact of cluster.facts) expect(fact.source).toBe(data.clusters.get(cluster.id)!.source);
        }
      }
      for (const topic of profile.topics) {
        const records = data[topic.key] as Map<string, { source: string }>;
        for (const entry of topic.entries) for (const fact of entry.facts) expect(fact.source).toBe(records.get(entry.id)!.source);
      }
      expect(profileSources(profile).every((id) => data.sources.has(id))).toBe(true);
    }
  });

  test('a county-scoped record shows up on that place only, and a topic without records says so', () => {
    const haiyan = placeOf(data, '330424');
    const milestone = { id: 'x-haiyan', date: { year: 2026, label: '2026年' }, kind: 'event' as const, title: '测试事件', description: '测试说明', counties: ['330424'], zones: [], source: [...data.sources.keys()][0]! };
    const copy = withRecord('milestones', milestone);
    const topic = placeProfile(haiyan, copy, []).topics.find((t) => t.key === 'milestones')!;
    expect(topic.entries.map((entry) => entry.id)).toContain('x-haiyan');
    expect(topic.none).toBeUndefined();
    expect(topic.entries.find((entry) => entry.id === 'x-haiyan')!.facts[0]!.text).toBe('2026年：测试事件。测试说明');
    for (const other of places.filter((p) => p.id !== '330424')) {
      expect(placeProfile(other, copy, []).topics.find((t) => t.key === 'milestones')!.entries.map((e) => e.id)).not.toContain('x-haiyan');
    }
    const without = placeProfile(haiyan, data, []).topics.find((t) => t.key === 'milestones')!;
    if (without.entries.length === 0) expect(without.none).toContain(haiyan.name);
  });

  test('stories: by frontmatter place or by a figure carrying data about the place, never otherwise', () => {
    const place = places[0]!;
    const other = places.find((p) => p.id !== place.id)!;
    const stories = [
      { slug: 'by-frontmatter', title: 'A', figures: [], places: [place.id] },
      { slug: 'elsewhere', title: 'B', figures: [], places: [other.id] },
    ];
    expect(placeProfile(place, data, stories).stories.map((s) => s.slug)).toEqual(['by-frontmatter']);
  });

  test('the summary names the kind and, per plan naming core areas, the clusters or 报道未点名', () => {
    for (const place of places) {
      const summary = placeSummary(place, data);
      expect(summary.startsWith(place.kindLabel)).toBe(true);
      for (const cluster of [...data.clusters.values()].filter((c) => clusterPlaces(c).includes(place.id))) expect(summary).toContain(cluster.name);
    }
  });
});

describe('placeFigures(data)', () => {
  const generated = placeFigures(data);

  test('a locator map per place and a value-added chart per plan whose clusters name it with values', () => {
    for (const place of places) {
      expect(generated.find((f) => f.id === placeMapId(place))).toMatchObject({ kind: 'locator-map', place: place.id });
      for (const plan of data.plans.keys()) {
        const withValues = placeClusters(place, plan, data).some((c) => c.valueAdded);
        expect(generated.some((f) => f.id === placeChartId(place, plan))).toBe(withValues);
      }
    }
    expect(generated.every((figure) => /^[a-z0-9-]+$/.test(figure.id))).toBe(true);
  });

  test('each draws and tabulates: a chart only the place\'s clusters, a locator map the place highlighted', () => {
    const all = data; // siteDataFromFiles already adds the generated figures
    for (const figure of generated) {
      expect(all.figures.get(figure.id)).toEqual(figure);
      const table = figureTable(figure, all);
      expect(table.rows.length).toBeGreaterThan(0);
      if (figure.kind === 'output-chart') {
        expect(table.rows).toHaveLength(placeClusters(placeOf(data, figure.place!), figure.plan!, data).filter((c) => c.valueAdded).length);
      } else {
        const [map] = mapFigure(figure, all).maps;
        const place = placeOf(data, figure.place!);
        const highlighted = map!.counties.filter((c) => c.fill === 'highlight').map((c) => c.id);
        expect(highlighted).toEqual(place.kind === 'county' ? [place.id] : []);
        if (place.kind === 'zone') expect(map!.marks.map((m) => [m.id, m.className])).toEqual([[place.id, 'map-zone map-fill-highlight']]);
      }
    }
  });

  test('the overview map shows every county unhighlighted and every zone', () => {
    const [map] = mapFigure(overviewFigure(), data).maps;
    expect(map!.counties.every((c) => c.fill === 'base')).toBe(true);
    expect(map!.marks.map((m) => m.id)).toEqual([...data.zones.keys()]);
  });

  test('a figures.yaml id that a generated place figure needs is an error', () => {
    const taken = placeMapId(places[0]!);
    const clash = { ...data, figures: new Map([[taken, { ...generatedFigure(), id: taken }]]) };
    expect(() => withPlaceFigures(clash)).toThrow(`content/data/figures.yaml → ${taken}: this id is reserved for a generated place figure`);
  });

  function generatedFigure(): Figure {
    return { ...generated[0]! };
  }
});
