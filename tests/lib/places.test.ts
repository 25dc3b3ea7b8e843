import { describe, expect, test } from 'vitest';
import { siteDataFromFiles } from '../helpers/site-data';
import type { SiteData } from '../../src/lib/data/types';
import { figurePlaces, generatedFigures, withGeneratedFigures } from '../../src/lib/figures/registry';
import { figureSchema, type Figure } from '../../src/lib/figures/schemas';
import { sceneOf } from '../../src/lib/figures/scene';
import { clusterPlaces, PLACES_OVERVIEW_ID, placeChartId, placeClusters, placeLinks, placeList, placeMapId, placeOf, placeUrl } from '../../src/lib/places';
import { storyPlaces } from '../../src/lib/places/coverage';
import { placeProfile, placeSummary, planCoverageNote, profileSources } from '../../src/lib/places/profile';
import { TIER_LABEL } from '../../src/lib/tiers';
import { sceneMaps } from '../helpers/scene-maps';
import { figure } from './charts/general-fixtures';

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
  test('a tier map covers the core areas of its plan\'s clusters, and nothing else', () => {
    const plan = [...data.plans.keys()][0]!;
    const expected = new Set([...data.clusters.values()].filter((c) => c.plan === plan).flatMap(clusterPlaces));
    expect(figurePlaces(figure('f', { kind: 'tier-map', plan }), data)).toEqual(expected);
  });

  test('indicators, projects and milestones bring their counties and zones; facilities their county', () => {
    const indicator = { ...[...data.indicators.values()][0]!, id: 'x-indicator', counties: ['330424'], zones: ['jx-port'] };
    const facility = [...data.facilities.values()][0]!;
    const copy = withRecord('indicators', indicator);
    expect(figurePlaces(figure('f', { kind: 'compute-chart', indicators: ['x-indicator'], facilities: [facility.id] }), copy)).toEqual(new Set(['330424', 'jx-port', facility.county]));
  });

  describe('indicators placed in a bar chart\'s groups or a line chart\'s lines count like listed ones', () => {
    const template = [...data.indicators.values()][0]!;
    const at = (id: string, counties: string[], zones: string[], year = 2025) => ({ ...template, id, counties, zones, period: { year, label: `${year}年` } });
    const records = [at('x-g1', ['330424'], []), at('x-g2', [], ['jx-port']), at('x-l1', ['330482'], [], 2024), at('x-l2', ['330481'], [], 2025)];
    const copy = records.reduce((acc, record) => {
      const next = { ...acc, indicators: new Map(acc.indicators) } as SiteData;
      next.indicators.set(record.id, record);
      return next;
    }, data);
    const bars = figure('x-bars', { kind: 'bar-chart', groups: [{ label: '甲', indicators: ['x-g1', 'x-g2'] }], series: ['一', '二'] });
    const lines = figure('x-lines', { kind: 'line-chart', lines: [{ label: '线', indicators: ['x-l1', 'x-l2'] }] });
    const withFigures = { ...copy, figures: new Map<string, Figure>([...copy.figures, ['x-bars', bars], ['x-lines', lines]]) } as SiteData;

    test('figurePlaces reads groups: and lines:', () => {
      expect(figurePlaces(bars, withFigures)).toEqual(new Set(['330424', 'jx-port']));
      expect(figurePlaces(lines, withFigures)).toEqual(new Set(['330482', '330481']));
    });

    test('a story showing such a chart lists its places, and the place pages list the chart and the story', () => {
      const story = { slug: 's', title: '故事', figures: ['x-bars', 'x-lines'], places: [] };
      expect(storyPlaces(story, withFigures).map((place) => place.id)).toEqual(places.map((p) => p.id).filter((id) => ['330424', 'jx-port', '330482', '330481'].includes(id)));
      for (const [placeId, figureId] of [['330424', 'x-bars'], ['jx-port', 'x-bars'], ['330482', 'x-lines'], ['330481', 'x-lines']] as const) {
        const profile = placeProfile(placeOf(withFigures, placeId), withFigures, [story]);
        expect(profile.figures.map((f) => f.id), placeId).toContain(figureId);
        expect(profile.stories.map((s) => s.slug), placeId).toEqual(['s']);
      }
      // A place none of them is scoped to lists neither chart.
      const other = places.find((place) => !['330424', 'jx-port', '330482', '330481'].includes(place.id))!;
      expect(placeProfile(other, withFigures, [story]).figures.map((f) => f.id)).not.toEqual(expect.arrayContaining(['x-bars']));
      expect(placeProfile(other, withFigures, [story]).figures.map((f) => f.id)).not.toContain('x-lines');
    });
  });

  test('a story covers the places of its figures and of its frontmatter, in place order', () => {
    const cluster = [...data.clusters.values()].find((c) => c.counties.length > 0)!;
    const copy = withGeneratedFigures({ ...data, figures: new Map<string, Figure>([['m', figure('m', { kind: 'cluster-map', cluster: cluster.id })]]) });
    const covered = storyPlaces({ slug: 's', title: 't', figures: ['m'], places: ['jx-etdz'] }, copy).map((place) => place.id);
    expect(covered).toEqual(places.map((p) => p.id).filter((id) => clusterPlaces(cluster).includes(id) || id === 'jx-etdz'));
  });
});

describe('placeProfile(place, data, stories)', () => {
  test.each(places.map((place) => [place.name, place] as const))('%s: a plan that names it lists its clusters; one that does not says so once, among what the sources leave out', (_name, place) => {
    const profile = placeProfile(place, data, []);
    expect(profile.plans.map((entry) => entry.plan.id).sort()).toEqual([...data.plans.keys()].sort());
    for (const entry of profile.plans) {
      const named = placeClusters(place, entry.plan.id, data);
      expect(entry.clusters.map((cluster) => cluster.id)).toEqual(named.map((cluster) => cluster.id));
      if (named.length > 0) {
        expect(entry.none).toBeUndefined();
        continue;
      }
      // Either the plan names core areas for some clusters, not this place, or its source names none at all.
      const naming = [...data.clusters.values()].filter((cluster) => cluster.plan === entry.plan.id && clusterPlaces(cluster).length > 0);
      expect(entry.none).toBe(naming.length > 0
        ? `${entry.plan.shortName}为${naming.length}个集群点名了核心区，${place.name}不在其中`
        : `${entry.plan.shortName}的来源没有为任何集群点名嘉兴境内的核心区`);
      expect(profile.unsaid.filter((line) => line === entry.none)).toHaveLength(1);
    }
  });

  test.each(places.map((place) => [place.name, place] as const))('%s: what the sources leave out is said once; a cluster missing a list other clusters of its plan have says which', (_name, place) => {
    const profile = placeProfile(place, data, []);
    expect(new Set(profile.unsaid).size).toBe(profile.unsaid.length);
    const lists = [['leadFirms', '龙头企业'], ['institutes', '研究院所'], ['funds', '基金']] as const;
    const expected: string[] = [];
    for (const entry of profile.plans) {
      for (const { id } of entry.clusters) {
        const cluster = data.clusters.get(id)!;
        const missing = lists.filter(([field]) => cluster[field].length === 0
          && [...data.clusters.values()].some((other) => other.plan === cluster.plan && other[field].length > 0));
        const line = profile.unsaid.find((text) => text.startsWith(`${entry.plan.shortName}没有为${entry.clusters.find((c) => c.id === id)!.heading}集群列出`));
        if (missing.length === 0) expect(line, id).toBeUndefined();
        else expect(line, id).toBe(`${entry.plan.shortName}没有为${entry.clusters.find((c) => c.id === id)!.heading}集群列出${missing.map(([, label]) => label).join('、')}`);
        if (line) expected.push(line);
      }
      if (entry.none) expected.push(entry.none);
    }
    const noRecords = profile.unsaid.filter((line) => line.startsWith(`本站整理的数据记录里没有落在${place.name}的`));
    expect(noRecords.length).toBeLessThanOrEqual(1);
    expect([...profile.unsaid].sort()).toEqual([...expected, ...noRecords].sort());
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

  test('a county-scoped record shows up on that place only; a topic without records has no section, only its words in the one unsaid line', () => {
    const haiyan = placeOf(data, '330424');
    const milestone = { id: 'x-haiyan', date: { year: 2026, label: '2026年' }, kind: 'event' as const, title: '测试事件', description: '测试说明', counties: ['330424'], zones: [], source: [...data.sources.keys()][0]! };
    const copy = withRecord('milestones', milestone);
    const withMilestone = placeProfile(haiyan, copy, []);
    const topic = withMilestone.topics.find((t) => t.key === 'milestones')!;
    expect(topic.entries.map((entry) => entry.id)).toContain('x-haiyan');
    expect(topic.none).toBeUndefined();
    expect(topic.entries.find((entry) => entry.id === 'x-haiyan')!.facts[0]!.text).toBe('2026年：测试事件。测试说明');
    expect(withMilestone.unsaid.join('\n')).not.toContain('专属它的大事或目标');
    for (const other of places.filter((p) => p.id !== '330424')) {
      const profile = placeProfile(other, copy, []);
      expect(profile.topics.find((t) => t.key === 'milestones')?.entries.map((e) => e.id) ?? []).not.toContain('x-haiyan');
    }
    for (const place of places) {
      const profile = placeProfile(place, data, []);
      expect(profile.topics.every((t) => t.entries.length > 0 && t.none === undefined), place.name).toBe(true);
      const shown = new Set(profile.topics.map((t) => t.key));
      const absent = (['facilities', 'projects', 'indicators', 'milestones'] as const).filter((key) => !shown.has(key));
      const line = profile.unsaid.filter((text) => text.startsWith(`本站整理的数据记录里没有落在${place.name}的`));
      expect(line, place.name).toHaveLength(absent.length > 0 ? 1 : 0);
    }
    const unplaced = new Map([...data.milestones].map(([id, record]) => [id, { ...record, counties: [], zones: [] }]));
    const without = placeProfile(haiyan, { ...data, milestones: unplaced }, []);
    expect(without.topics.map((t) => t.key)).not.toContain('milestones');
    expect(without.unsaid.filter((text) => text.startsWith(`本站整理的数据记录里没有落在${haiyan.name}的`) && text.includes('专属它的大事或目标'))).toHaveLength(1);
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

  test('the summary names the kind and, per plan naming core areas, the clusters with their tier or that it names the place as none', () => {
    const naming = [...data.plans.values()].filter((plan) => [...data.clusters.values()].some((c) => c.plan === plan.id && clusterPlaces(c).length > 0));
    for (const place of places) {
      const summary = placeSummary(place, data);
      expect(summary.startsWith(`${place.kindLabel}；`) || summary === `${place.kindLabel}。`, summary).toBe(true);
      expect(summary.endsWith('。')).toBe(true);
      for (const cluster of [...data.clusters.values()].filter((c) => clusterPlaces(c).includes(place.id))) {
        expect(summary).toContain(cluster.name);
        expect(summary).toContain(`（${TIER_LABEL[cluster.tier]}）`);
      }
      for (const plan of naming) {
        const clause = placeClusters(place, plan.id, data).length > 0 ? `${plan.shortName}把它列入` : `${plan.shortName}没有把它点名为任何集群的核心区`;
        expect(summary, place.name).toContain(clause);
      }
      for (const plan of data.plans.values()) {
        if (!naming.includes(plan)) expect(summary, place.name).not.toContain(plan.shortName);
      }
    }
  });
});

describe('generatedFigures(data): the place pages\' figures', () => {
  const generated = generatedFigures(data);

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
      const table = sceneOf(figure, all).table;
      expect(table.rows.length).toBeGreaterThan(0);
      if (figure.kind === 'output-chart') {
        expect(table.rows).toHaveLength(placeClusters(placeOf(data, figure.place!), figure.plan, data).filter((c) => c.valueAdded).length);
      } else if (figure.kind === 'locator-map' && figure.id === PLACES_OVERVIEW_ID) {
        expect(figure.place).toBeUndefined();
      } else if (figure.kind === 'locator-map') {
        const [map] = sceneMaps(sceneOf(figure, all));
        const place = placeOf(data, figure.place!);
        const highlighted = map!.counties.filter((c) => c.fill === 'highlight').map((c) => c.id);
        expect(highlighted).toEqual(place.kind === 'county' ? [place.id] : []);
        if (place.kind === 'zone') expect(map!.marks.map((m) => [m.id, m.className])).toEqual([[place.id, 'map-zone map-fill-highlight']]);
      } else {
        expect.unreachable(`a generated figure of kind ${figure.kind}`);
      }
    }
  });

  test('a locator map\'s table lists the place and the zones it marks, with their kind and mark, never where a zone lies', () => {
    for (const place of places) {
      const table = sceneOf(generated.find((f) => f.id === placeMapId(place))!, data).table;
      expect(table.columns.map((column) => column.label)).toEqual(['地区', '类型', '图中']);
      const marked = place.kind === 'county' ? [place, ...place.zones.map((id) => placeOf(data, id))] : [place];
      expect(table.rows.map((row) => [row.cells.area, row.cells.kind, row.source])).toEqual(marked.map((p) => [p.name, p.kindLabel, p.source]));
      // General geography no source gives (zones.yaml `counties`) is not put in a table whose rows cite sources.
      for (const row of table.rows) expect(Object.values(row.cells).join('')).not.toContain('位于');
    }
  });

  test('the overview map shows every county unhighlighted and every zone', () => {
    const [map] = sceneMaps(sceneOf(data.figures.get(PLACES_OVERVIEW_ID)!, data));
    expect(map!.counties.every((c) => c.fill === 'base')).toBe(true);
    expect(map!.marks.map((m) => m.id)).toEqual([...data.zones.keys()]);
  });

  test('each is a valid record of its kind: the figure schema takes it as it is', () => {
    expect(generated.length).toBeGreaterThanOrEqual(places.length);
    for (const figure of generated) expect(figureSchema.parse(figure), figure.id).toEqual(figure);
  });

  test('a figures.yaml id that a generated place figure needs is an error', () => {
    const taken = placeMapId(places[0]!);
    const clash = { ...data, figures: new Map([[taken, { ...generatedFigure(), id: taken }]]) };
    expect(() => withGeneratedFigures(clash)).toThrow(`content/data/figures.yaml → ${taken}: this id is reserved for a generated place figure`);
  });

  function generatedFigure(): Figure {
    return { ...generated[0]! };
  }
});

describe('planCoverageNote(data): how the plans that name core areas differ, from data', () => {
  const naming = [...data.plans.values()].map((plan) => ({ plan, clusters: [...data.clusters.values()].filter((c) => c.plan === plan.id && clusterPlaces(c).length > 0) }))
    .filter((entry) => entry.clusters.length > 0);
  test('each such plan says whether it names every place or how many clusters it gives core areas', () => {
    const note = planCoverageNote(data)!;
    expect(naming.length).toBeGreaterThanOrEqual(2);
    for (const { plan, clusters } of naming) {
      const all = placeList(data).every((place) => clusters.some((c) => clusterPlaces(c).includes(place.id)));
      expect(note).toContain(all ? `${plan.shortName}给每个县（市、区）和功能区都指定了集群` : `${plan.shortName}只为${clusters.length}个集群点名了核心区`);
    }
  });
  test('one plan naming core areas gives no note', () => {
    const one = naming[0]!.plan.id;
    const only = { ...data, clusters: new Map([...data.clusters].filter(([, c]) => c.plan === one)) } as SiteData;
    expect(planCoverageNote(only)).toBeUndefined();
  });
});
