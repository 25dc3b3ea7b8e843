import { describe, expect, test } from 'vitest';
import { fixtureData } from '../../helpers/fixture-data';
import type { SiteData } from '../../../src/lib/data/types';
import { kindOf } from '../../../src/lib/figures/registry';
import { sceneOf } from '../../../src/lib/figures/scene';
import { cityBase, countyBase, wideBase } from '../../../src/lib/map/base';
import { overlapArea, segmentHitsBox } from '../../../src/lib/map/labels';
import { sceneDrawnMaps, sceneMaps } from '../../helpers/scene-maps';
import { placeOf } from '../../../src/lib/map/model';
import { figureOf } from '../charts/fixtures';

const data = fixtureData();
const figure = (id: string) => data.figures.get(id)!;
/** A map figure's county maps and legend, from its scene. */
const mapFigure = (id: string, from: SiteData = data) => {
  const scene = sceneOf(from.figures.get(id)!, from);
  return { maps: sceneMaps(scene), legend: scene.legend };
};
/** Every map figure in content/data/figures.yaml, so a new map is held to the same rules. */
const MAP_IDS = [...data.figures.values()].filter((f) => sceneOf(f, data).styles.includes('maps')).map((f) => f.id);
/** Whether a leader line (M x,y L x,y) ends on the edge or inside of `box`. */
const endsOn = (leader: string, box: { x: number; y: number; width: number; height: number }) => {
  const [x, y] = leader.split('L')[1]!.split(',').map(Number) as [number, number];
  return x >= box.x - 0.1 && x <= box.x + box.width + 0.1 && y >= box.y - 0.1 && y <= box.y + box.height + 0.1;
};
const baseOf = (id: string) => (figure(id).kind === 'national-cluster-map' ? cityBase() : countyBase());
/** Every drawing of a map figure (wide and narrow) with the base it was laid out on. */
const drawnWithBase = (id: string) => sceneDrawnMaps(sceneOf(figure(id), data)).map((map) => ({ map, base: map.width === baseOf(id).width ? baseOf(id) : wideBase(baseOf(id)) }));

describe("a map figure's scene: its county maps (one per panel) and legend", () => {
  test('tier-map 2022: seven counties with their tiers, two zone markers, legend of the tiers present', () => {
    const { maps, legend } = mapFigure('map-2022-tiers');
    expect(maps).toHaveLength(1);
    const [map] = maps;
    expect(Object.fromEntries(map!.counties.map((c) => [c.id, c.tier]))).toEqual({
      330402: 'regional', 330411: 'national', 330421: 'national', 330424: 'national',
      330481: 'regional', 330482: 'regional', 330483: 'global',
    });
    expect(map!.marks.map((m) => [m.id, m.attrs['data-tier']])).toEqual([['jx-etdz', 'regional'], ['jx-port', 'regional']]);
    expect(map!.hatched).toBe(false);
    expect(legend.map((item) => item.label)).toEqual(['全球性', '全国性', '长三角区域性', '功能区（圆点颜色表示其集群层级）']);
  });

  test('tier-map 2026: "none" counties are hatched and in the legend as 报道未点名', () => {
    const { maps, legend } = mapFigure('map-2026-tiers');
    const none = maps[0]!.counties.filter((c) => c.tier === 'none').map((c) => c.id);
    expect(none).toEqual(['330411', '330424', '330481']);
    expect(maps[0]!.counties.filter((c) => c.fill === 'none')).toHaveLength(3);
    expect(maps[0]!.hatched).toBe(true);
    expect(legend.map((item) => item.label)).toEqual(['全球性', '长三角区域性', '报道未点名', '功能区（圆点颜色表示其集群层级）']);
  });

  test('compare-map: two maps on the same projection, ids unique, legend covering both', () => {
    const { maps, legend } = mapFigure('map-2022-vs-2026');
    expect(maps.map((m) => m.id)).toEqual(['map-2022-vs-2026-plan-2022', 'map-2022-vs-2026-system-2026']);
    expect(maps.map((m) => m.heading)).toEqual(['2022年“一县一集群”方案', '2026年“135N”集群体系']);
    expect(maps[0]!.counties.map((c) => c.d)).toEqual(maps[1]!.counties.map((c) => c.d));
    expect(maps[0]!.outline).toBe(maps[1]!.outline);
    expect(legend.filter((item) => item.swatch.kind === 'area').map((item) => item.label)).toEqual(['全球性', '全国性', '长三角区域性', '报道未点名']);
  });

  test('cluster-map: core counties in the cluster\'s tier, the others neutral', () => {
    const { maps } = mapFigure('map-cluster-materials');
    const fills = Object.fromEntries(maps[0]!.counties.map((c) => [c.id, c.fill]));
    expect(fills).toEqual({ 330402: 'base', 330411: 'base', 330421: 'base', 330424: 'base', 330481: 'base', 330482: 'global', 330483: 'global' });
    expect(maps[0]!.marks.map((m) => [m.id, m.className])).toEqual([
      ['jx-etdz', 'map-zone map-zone-other'],
      ['jx-port', 'map-zone map-fill-global'],
    ]);
  });

  test('facility-map: one marker and one label per facility, in its mapLabel lines; the two at the 平湖 point set apart', () => {
    const { maps, legend } = mapFigure('map-compute-facilities');
    const [map] = maps;
    expect(map!.marks.map((m) => m.id)).toEqual(['wuzhen-supercomputer', 'pinghu-intelligent-computing-centre', 'runze-pinghu', 'yuxin-ai-park']);
    expect(map!.counties.every((c) => c.fill === 'base' && c.tip === undefined && c.tier === undefined)).toBe(true);
    const markLabels = map!.labels.filter((label) => label.className.includes('map-label-mark')).map((label) => label.lines.map((l) => l.text));
    expect(markLabels).toEqual(map!.marks.map((m) => data.facilities.get(m.id)!.mapLabel ?? [data.facilities.get(m.id)!.name]));
    const [a, b] = map!.marks.filter((m) => m.attrs['data-county'] === '330482');
    expect(a!.d).not.toBe(b!.d);
    expect(legend.map((item) => item.label)).toEqual(['超算中心', '智算中心', '产业园']);
  });

  test('national-cluster-map: one Zhejiang panel per cluster, its listed cities in the cluster tier, the others neutral', () => {
    const { maps, legend } = mapFigure('map-national-clusters');
    expect(maps.map((m) => m.heading)).toEqual(figureOf('map-national-clusters', 'national-cluster-map', data).clusters.map((id) => data.clusters.get(id)!.fullName));
    for (const [index, map] of maps.entries()) {
      const cluster = data.clusters.get(figureOf('map-national-clusters', 'national-cluster-map', data).clusters[index]!)!;
      expect(map.counties).toHaveLength(11);
      const listed = map.counties.filter((c) => c.fill === cluster.tier).map((c) => c.title!.split('：')[0]!.replace(/市$/, ''));
      expect(listed.sort()).toEqual([...cluster.partners].sort());
      expect(map.counties.filter((c) => c.fill === 'base')).toHaveLength(11 - cluster.partners.length);
    }
    expect(legend.map((item) => item.swatch)).toEqual([{ kind: 'area', fill: 'national' }, { kind: 'area', fill: 'base' }]);
  });

  test.each(MAP_IDS)('%s: no two labels overlap, none crosses a border or the outline, all stay inside the viewBox (every drawing)', (id) => {
    for (const { map, base } of drawnWithBase(id)) {
      const boxes = map.labels.map((label) => label.box);
      boxes.forEach((box, i) => {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(map.width);
        expect(box.y + box.height).toBeLessThanOrEqual(map.height);
        boxes.slice(i + 1).forEach((other) => expect(overlapArea(box, other)).toBe(0));
        expect(base.lines.filter((line) => segmentHitsBox(line, box)), `${map.labels[i]!.lines[0]!.text} lies across a line`).toEqual([]);
      });
      expect(map.labels.filter((l) => l.className.includes('map-label-county'))).toHaveLength(base.features.size);
      expect(map.labels.filter((l) => l.className.includes('map-label-mark'))).toHaveLength(map.marks.length);
    }
  });

  test.each(MAP_IDS)("%s: a marker's label lies over the marker's own county, or off the map with a leader to the marker; never over a neighbour", (id) => {
    for (const { map, base } of drawnWithBase(id)) {
      const markLabels = map.labels.filter((l) => l.className.includes('map-label-mark'));
      map.marks.forEach((mark, index) => {
        const county = mark.attrs['data-county'];
        if (county === undefined) return;
        const { box } = markLabels[index]!;
        const where = placeOf([box.x + box.width / 2, box.y + box.height / 2], base.features.get(county)!, base);
        expect(where, `${mark.id}: its label "${markLabels[index]!.lines.map((l) => l.text).join('')}" lies over another county`).not.toBe('other');
        if (where === 'off') expect(map.leaders.some((leader) => endsOn(leader, box)), `${mark.id}: label off the map without a leader`).toBe(true);
      });
    }
  });

  test('a facility label that would sit over the neighbouring county is moved back over its own (平湖 points at the 海盐 border)', () => {
    // Doctored: a Pinghu facility right on the Haiyan border, whose label would otherwise go below, over Haiyan.
    const runze = data.facilities.get('runze-pinghu')!;
    const doctored: SiteData = { ...data, facilities: new Map(data.facilities).set(runze.id, { ...runze, point: [121.0, 30.62] }) };
    const [map] = mapFigure('map-compute-facilities', doctored).maps;
    const index = map!.marks.findIndex((m) => m.id === runze.id);
    const { box } = map!.labels.filter((l) => l.className.includes('map-label-mark'))[index]!;
    expect(placeOf([box.x + box.width / 2, box.y + box.height / 2], countyBase().features.get('330482')!, countyBase())).not.toBe('other');
  });

  test('a single map is drawn wide as well: twice the units, the same (half-unit) path data drawn unscaled instead of under scale(0.5), the same texts', () => {
    const drawn = sceneDrawnMaps(sceneOf(figure('map-compute-facilities'), data));
    expect(drawn.map((map) => [map.width, map.geometryScale])).toEqual([[620, 1], [310, 0.5]]);
    const [wide, narrow] = drawn;
    expect(wide!.height).toBe(2 * narrow!.height);
    expect(wide!.counties.map((c) => c.d)).toEqual(narrow!.counties.map((c) => c.d));
    expect([wide!.borders, wide!.outline]).toEqual([narrow!.borders, narrow!.outline]);
    expect(wide!.labels.map((l) => l.lines.map((line) => line.text))).toEqual(narrow!.labels.map((l) => l.lines.map((line) => line.text)));
    expect(wide!.id).toBe(`${narrow!.id}-wide`);
    expect(sceneDrawnMaps(sceneOf(figure('map-2022-vs-2026'), data)).map((map) => map.width)).toEqual([310, 310]);
  });

  test('is deterministic', () => {
    // Drawn twice by the kind itself (sceneOf would hand back the one scene it keeps).
    const draw = () => {
      const scene = kindOf(figure('map-2026-tiers')).scene(figure('map-2026-tiers'), data);
      return JSON.stringify({ maps: sceneMaps(scene), legend: scene.legend, table: scene.table });
    };
    expect(draw()).toBe(draw());
  });

  test('a facility whose point lies far from its county fails, naming the record', () => {
    const wuzhen = data.facilities.get('wuzhen-supercomputer')!;
    const doctored: SiteData = { ...data, facilities: new Map(data.facilities).set(wuzhen.id, { ...wuzhen, county: '330424' }) };
    expect(() => mapFigure('map-compute-facilities', doctored)).toThrow(/facilities\.yaml → wuzhen-supercomputer: point \[120\.49, 30\.74\] is [\d.]+ km outside 330424/);
  });
});
