import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import MapGraphic from '../../../src/components/map/MapGraphic.astro';
import { fixtureData } from '../../helpers/fixture-data';
import type { SiteData } from '../../../src/lib/data/types';
import { sceneOf } from '../../../src/lib/figures/scene';
import { figureOf } from '../../lib/charts/fixtures';
import { tipLines } from '../../../src/lib/map/wording';
import { WORDING } from '../../../src/lib/wording';

const data = fixtureData();
/** Every map figure in content/data/figures.yaml. */
const MAP_IDS = [...data.figures.values()].filter((f) => sceneOf(f, data).styles.includes('maps')).map((f) => f.id);
let container: AstroContainer;
const rendered = new Map<string, string>();
/** A map figure as its page graphic draws it, from its scene. */
const renderMap = (id: string, from: SiteData = data) => container.renderToString(MapGraphic, { props: { scene: sceneOf(from.figures.get(id)!, from), data: from } });

beforeAll(async () => {
  container = await AstroContainer.create();
  for (const id of MAP_IDS) {
    rendered.set(id, await renderMap(id));
  }
});

const html = (id: string) => rendered.get(id)!;

/** Attributes of every start tag named `name` (values unescaped only for &quot; and &amp;). */
function tags(markup: string, name: string): Record<string, string>[] {
  return [...markup.matchAll(new RegExp(`<${name}(\\s[^>]*)?>`, 'g'))].map((match) =>
    Object.fromEntries([...(match[1] ?? '').matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, (a[2] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&')])));
}

/** Each top-level map <svg> … </svg> (legend swatches excluded). */
function svgsOf(markup: string): string[] {
  return markup.match(/<svg[^>]*class="map-svg[\s\S]*?<\/svg>/g) ?? [];
}

/**
 * Each map as a phone shows it: an SVG holding a narrow and a wide drawing (CountyMap's `wide`)
 * without its wide drawing's group, which maps.css hides there (its own test below looks at both).
 */
function maps(markup: string): string[] {
  return svgsOf(markup).map((svg) => svg.replace(/<g class="map-at-wide">[\s\S]*(?=<\/svg>$)/, ''));
}

/** Each map link (<a>) with the attributes of the path it wraps and its tooltip lines (its title cut at its data-tip). */
function linked(markup: string): { a: Record<string, string>; path: Record<string, string>; tip: string[] }[] {
  return [...markup.matchAll(/(<a\s[^>]*>)\s*<title>([^<]*)<\/title>\s*(<path\s[^>]*>)/g)].map((match) => {
    const a = tags(match[1]!, 'a')[0]!;
    return { a, path: tags(match[3]!, 'path')[0]!, tip: tipLines(match[2]!, a['data-tip']!) };
  });
}

/** Each focusable path (not a link) with its attributes and its tooltip lines. */
function focusable(markup: string): { path: Record<string, string>; tip: string[] }[] {
  return [...markup.matchAll(/(<path\s[^>]*tabindex="0"[^>]*>)<title>([^<]*)<\/title>/g)].map((match) => {
    const path = tags(match[1]!, 'path')[0]!;
    return { path, tip: tipLines(match[2]!, path['data-tip']!) };
  });
}

const tiersOf = (svg: string) => Object.fromEntries(tags(svg, 'path').filter((a) => a['data-county'] && !a['data-facility']).map((a) => [a['data-county'], a['data-tier']]));

describe('MapGraphic: tier map 2022', () => {
  test('seven county paths with the 2022 tiers, each focusable and named by its <title>', () => {
    const [svg] = maps(html('map-2022-tiers'));
    expect(tiersOf(svg!)).toEqual({
      330402: 'regional', 330411: 'national', 330421: 'national', 330424: 'national',
      330481: 'regional', 330482: 'regional', 330483: 'global',
    });
    const counties = linked(svg!).filter((link) => link.path['data-county']);
    expect(counties).toHaveLength(7);
    for (const { a, path, tip } of counties) {
      expect(path).toMatchObject({ class: `map-county map-fill-${path['data-tier']}` });
      expect(path.tabindex).toBeUndefined();
      expect(a.class).toBe('map-link');
      expect(tip.length).toBeGreaterThanOrEqual(2);
    }
    expect(counties.find(({ path }) => path['data-county'] === '330483')!.tip).toEqual(['桐乡市', '新材料集群（全球性）', '2021年增加值：150亿元', '2025年目标：430亿元']);
    expect(svg).toContain('<title>桐乡市：新材料集群（全球性）；2021年增加值：150亿元；2025年目标：430亿元</title>');
  });

  test('two zone markers carrying their own cluster and tier', () => {
    const zones = linked(maps(html('map-2022-tiers'))[0]!).filter((link) => link.path['data-zone']);
    expect(zones.map(({ path }) => [path['data-zone'], path['data-tier'], path.class])).toEqual([
      ['jx-etdz', 'regional', 'map-mark map-zone map-fill-regional'],
      ['jx-port', 'regional', 'map-mark map-zone map-fill-regional'],
    ]);
    expect(zones[1]!.tip).toEqual(['嘉兴港区（功能区）', '氢能集群（长三角区域性）', '2021年增加值：25亿元', '2025年目标：70亿元']);
    expect(zones.map(({ a }) => [a.href, a['data-link']])).toEqual([['/places/jx-etdz/', '查看嘉兴经济技术开发区 →'], ['/places/jx-port/', '查看嘉兴港区 →']]);
  });

  test('a legend of the tiers present and the zone marker', () => {
    const legend = html('map-2022-tiers').match(/<ul class="map-legend"[\s\S]*?<\/ul>/)![0];
    expect([...legend.matchAll(/<span>([^<]*)<\/span>/g)].map((m) => m[1])).toEqual(['全球性', '全国性', '长三角区域性', '功能区（圆点颜色表示其集群层级）']);
  });

  test('the svg is a labelled group: title and desc ids derived from the figure id', () => {
    const [svg] = maps(html('map-2022-tiers'));
    const [root] = tags(svg!, 'svg');
    expect(root).toMatchObject({ role: 'group', 'aria-labelledby': 'map-2022-tiers-svg-title map-2022-tiers-svg-desc' });
    expect(root!.viewBox, 'the narrow drawing\'s 310 units, twice that with a wide drawing').toMatch(/^0 0 (310|620) \d+$/);
    expect(root).not.toHaveProperty('width');
    expect(svg).toContain(`<title id="map-2022-tiers-svg-title">${data.figures.get('map-2022-tiers')!.title}</title>`);
    expect(svg).toMatch(/<desc id="map-2022-tiers-svg-desc">2022年“一县一集群”方案中各地集群的层级——全球性：桐乡市；全国性：秀洲区、嘉善县、海盐县；/);
  });

  test('one borders path, one outline path, seven county labels, a scale bar', () => {
    const [svg] = maps(html('map-2022-tiers'));
    expect(tags(svg!, 'path').filter((a) => a.class === 'map-borders')).toHaveLength(1);
    expect(tags(svg!, 'path').filter((a) => a.class === 'map-outline')).toHaveLength(1);
    expect(tags(svg!, 'text').filter((a) => a.class?.includes('map-label-county'))).toHaveLength(7);
    expect(svg).toMatch(/<text x="[\d.]+" y="[\d.]+" text-anchor="end">20公里<\/text>/);
  });

  test('the tooltip box is in the markup, hidden; the script is the tooltip loader, external and deferred', () => {
    expect(html('map-2022-tiers')).toContain(`<div class="map-tip" hidden data-close="${WORDING.ui.mapTipClose}"></div>`);
    expect(tags(html('map-2022-tiers'), 'script')).toEqual([{ src: '/scripts/map-tips.js', defer: '' }]);
    // The loader fetches the tooltips from the map's data-tip-src on first touch.
    expect(html('map-2022-tiers')).toContain('data-tip-src="/scripts/map-tooltip.js"');
  });

  test('matches the SVG snapshot', async () => {
    await expect(svgsOf(html('map-2022-tiers'))[0]).toMatchFileSnapshot('./__snapshots__/map-2022-tiers.svg');
  });

  test('both drawings in one SVG: the wide drawing\'s units, the shapes once and unscaled (the same path data as the narrow drawing\'s, in half units), then the narrow drawing\'s parts under scale(2) and the wide one\'s', () => {
    const markup = html('map-2022-tiers');
    const svgs = svgsOf(markup);
    expect(svgs).toHaveLength(1);
    const [svg] = svgs;
    const drawings = sceneOf(data.figures.get('map-2022-tiers')!, data).panels[0]!.drawings;
    const wideSize = drawings.find((drawing) => drawing.variant === 'wide')!.size;
    expect(tags(svg!, 'svg')[0]).toMatchObject({ viewBox: `0 0 ${wideSize.width} ${wideSize.height}`, class: 'map-svg map-svg-dual', 'aria-labelledby': 'map-2022-tiers-svg-title map-2022-tiers-svg-desc' });
    expect(markup).not.toContain('map-variant');
    expect(tags(svg!, 'g').find((g) => g.class === 'map-counties')!.transform).toBeUndefined();
    const counties = tags(svg!, 'path').filter((p) => p['data-county']).length;
    expect(counties, 'each county shape once').toBe(new Set(tags(svg!, 'path').map((p) => p['data-county']).filter(Boolean)).size);
    expect(tags(svg!, 'path').filter((p) => p.class === 'map-borders' || p.class === 'map-outline').map((p) => p.transform)).toEqual([undefined, undefined]);
    const groups = tags(svg!, 'g').filter((g) => g.class?.startsWith('map-at-'));
    expect(groups.map((g) => [g.class, g.transform])).toEqual([['map-at-narrow', 'scale(2)'], ['map-at-wide', undefined]]);
    // Each group holds its drawing's labels (a name for every county) and its scale bar.
    const [narrow, wide] = svg!.split('<g class="map-at-wide">');
    for (const part of [narrow!.slice(narrow!.indexOf('<g class="map-at-narrow"')), wide!]) {
      expect(tags(part, 'text').filter((t) => t.class?.includes('map-label-county'))).toHaveLength(counties);
      expect(tags(part, 'g').filter((g) => g.class === 'map-scale')).toHaveLength(1);
    }
  });
});

describe('MapGraphic: tier map 2026', () => {
  test('tiers from the clusters naming each county, "none" for 秀洲, 海盐, 海宁', () => {
    const [svg] = maps(html('map-2026-tiers'));
    expect(tiersOf(svg!)).toEqual({
      330402: 'regional', 330411: 'none', 330421: 'regional', 330424: 'none',
      330481: 'none', 330482: 'global', 330483: 'global',
    });
  });

  test('"none" counties are hatched with the map\'s own pattern, and labelled 报道未点名', () => {
    const [svg] = maps(html('map-2026-tiers'));
    expect(svg).toContain('<pattern id="map-2026-tiers-hatch"');
    const none = tags(svg!, 'path').filter((a) => a['data-tier'] === 'none' && a['data-county']);
    expect(none.map((a) => a.fill)).toEqual(Array(3).fill('url(#map-2026-tiers-hatch)'));
    expect(svg).toContain('<title>海宁市：报道未点名为任何集群的核心区</title>');
    expect(html('map-2026-tiers')).toContain('<span>报道未点名</span>');
  });

  test('zones take the highest tier naming them', () => {
    const zones = tags(maps(html('map-2026-tiers'))[0]!, 'path').filter((a) => a['data-zone']);
    expect(zones.map((a) => [a['data-zone'], a['data-tier']])).toEqual([['jx-etdz', 'regional'], ['jx-port', 'global']]);
  });
});

describe('MapGraphic: compare, cluster and facility maps', () => {
  test('the compare map has two maps, each with its own heading and unique ids', () => {
    const markup = html('map-2022-vs-2026');
    const svgs = maps(markup);
    expect(svgs).toHaveLength(2);
    expect([...markup.matchAll(/<figcaption class="map-heading">([^<]*)<\/figcaption>/g)].map((m) => m[1])).toEqual(['2022年“一县一集群”方案', '2026年“135N”集群体系']);
    expect(tiersOf(svgs[0]!)['330411']).toBe('national');
    expect(tiersOf(svgs[1]!)['330411']).toBe('none');
    const ids = tags(markup, '[a-z]+').map((a) => a.id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('map-2022-vs-2026-system-2026-svg-desc');
  });

  test('a cluster map highlights its core areas in the cluster\'s tier colour, the rest neutral', () => {
    const [svg] = maps(html('map-cluster-ai'));
    const counties = tags(svg!, 'path').filter((a) => a['data-county']);
    expect(counties.filter((a) => a.class === 'map-county map-fill-regional').map((a) => a['data-county'])).toEqual(['330402', '330421']);
    expect(counties.filter((a) => a.class === 'map-county map-fill-base')).toHaveLength(5);
    expect(tags(svg!, 'svg')[0]!.class!.split(' ')).toContain('map-svg-neutral');
    expect(tags(svg!, 'path').filter((a) => a['data-zone']).map((a) => [a['data-zone'], a.class])).toEqual([
      ['jx-etdz', 'map-mark map-zone map-fill-regional'],
      ['jx-port', 'map-mark map-zone map-zone-other'],
    ]);
  });

  test('a facility map marks each facility by kind, each with its own label; counties are plain links', () => {
    const [svg] = maps(html('map-compute-facilities'));
    const marks = tags(svg!, 'path').filter((a) => a['data-facility']);
    expect(marks.map((a) => [a['data-facility'], a['data-kind']])).toEqual([
      ['wuzhen-supercomputer', 'supercomputing-centre'],
      ['pinghu-intelligent-computing-centre', 'intelligent-computing-centre'],
      ['runze-pinghu', 'intelligent-computing-centre'],
      ['yuxin-ai-park', 'industrial-park'],
    ]);
    expect(new Set(marks.map((a) => a.d)).size).toBe(4);
    const labels = [...svg!.matchAll(/<text class="map-label map-label-mark"[^>]*>([\s\S]*?)<\/text>/g)]
      .map((m) => [...m[1]!.matchAll(/>([^<]+)<\/tspan>/g)].map((t) => t[1]).join(''));
    expect(labels).toHaveLength(4);
    for (const [index, mark] of marks.entries()) expect(data.facilities.get(mark['data-facility']!)!.name).toContain(labels[index]);
    // Counties carry no data here: each is only a link to its place page, its tip just the name.
    const counties = linked(svg!).filter((link) => link.path['data-county'] && !link.path['data-facility']);
    expect(counties).toHaveLength(7);
    expect(counties.every(({ path, tip }) => path.tabindex === undefined && tip.length === 1)).toBe(true);
  });
});

describe('MapGraphic: national-cluster map', () => {
  test('one Zhejiang panel per cluster under its heading, listed cities focusable with a tip saying so', () => {
    const figure = figureOf('map-national-clusters', 'national-cluster-map', data);
    const markup = html('map-national-clusters');
    const svgs = maps(markup);
    expect(svgs).toHaveLength(figure.clusters.length);
    expect([...markup.matchAll(/<figcaption class="map-heading">([^<]*)<\/figcaption>/g)].map((m) => m[1]))
      .toEqual(figure.clusters.map((id) => data.clusters.get(id)!.fullName));
    for (const [index, svg] of svgs.entries()) {
      const cluster = data.clusters.get(figure.clusters[index]!)!;
      const cities = tags(svg, 'path').filter((a) => a['data-county']);
      expect(cities).toHaveLength(11);
      expect(cities.filter((a) => a.class === `map-county map-fill-${cluster.tier}`)).toHaveLength(cluster.partners.length);
      expect(cities.every((a) => a.tabindex === '0')).toBe(true);
      expect(focusable(svg).map(({ tip }) => tip.length)).toEqual(Array(11).fill(2));
    }
    expect(svgs[0]).toContain('<title>嘉兴市：环杭州湾现代纺织服装集群成员城市（全国性）</title>');
  });

  test('matches the SVG snapshot', async () => {
    await expect(maps(html('map-national-clusters'))[1]).toMatchFileSnapshot('./__snapshots__/map-national-clusters-machine-tools.svg');
  });
});

describe('MapGraphic: every map', () => {
  const ids = MAP_IDS;

  test.each(ids)('%s: each map svg is under 20 KB', (id) => {
    for (const svg of maps(html(id))) expect(Buffer.byteLength(svg, 'utf8')).toBeLessThan(20 * 1024);
  });

  test.each(ids)('%s: no colours or var() in attributes, no inline styles, no NaN, coordinates to 1 decimal', (id) => {
    const markup = html(id);
    expect(markup).not.toMatch(/\s(fill|stroke|color|stop-color)="(#|rgb|hsl|var\()/);
    expect(markup).not.toMatch(/\sstyle="/);
    expect(markup).not.toMatch(/NaN|undefined|Infinity/);
    for (const path of tags(markup, 'path')) expect(path.d).not.toMatch(/\d\.\d\d/);
  });

  test.each(ids)('%s: every focusable mark has an accessible name and a tooltip', (id) => {
    const markup = html(id);
    const marks = [...markup.matchAll(/<path(\s[^>]*tabindex="0"[^>]*)>([\s\S]*?)<\/path>/g)];
    for (const [, attrs, inner] of marks) {
      expect(attrs).toMatch(/role="img"/);
      expect(attrs).toMatch(/data-tip="\d+( \d+)*"/);
      expect(inner).toMatch(/^<title>[^<]+<\/title>$/);
    }
    const links = [...markup.matchAll(/<a(\s[^>]*)>\s*<title>([^<]*)<\/title>/g)];
    expect(marks.length + links.length).toBeGreaterThan(0);
    for (const [, attrs, title] of links) {
      expect(attrs).toMatch(/ href="\/places\/[a-z0-9-]+\/"/);
      expect(attrs).toMatch(/data-tip="\d+( \d+)*"/);
      expect(title).not.toBe('');
    }
  });

  test('renders byte-identical markup twice', async () => {
    // From a copy of the data, so the scene is drawn again rather than reused.
    const again = await renderMap('map-2026-tiers', fixtureData());
    expect(again).toBe(html('map-2026-tiers'));
  });
});
