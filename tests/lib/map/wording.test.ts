import { describe, expect, test } from 'vitest';
import { fixtureData } from '../../helpers/fixture-data';
import { mapAreas, planClusters } from '../../../src/lib/map/areas';
import {
  clusterName, clusterNameOf, coreDescription, coreLines, facilityDescription, facilityLines, tierDescription, tierLines, tipLines, tipOf, titleOf, valueLines,
} from '../../../src/lib/map/wording';
import { inSentence, mapWords, wordsOf } from '../../../src/lib/map/words';
import { chineseOutsideMarks } from '../../../src/lib/i18n/zh-marks';
import { englishSiteDataFromFiles } from '../../helpers/site-data';
import { jiaxingTopology } from '../../../src/lib/geo';
import { generatedFigures } from '../../../src/lib/figures/registry';

const data = fixtureData();
const FEATURES = jiaxingTopology.objects.counties.geometries.map((g) => String(g.id));
const areas2022 = mapAreas(planClusters('plan-2022', data), data, FEATURES);
const areas2026 = mapAreas(planClusters('system-2026', data), data, FEATURES);

describe('tier map wording', () => {
  test('the 2022 description names every county and zone under its tier', () => {
    expect(tierDescription(data.plans.get('plan-2022')!, areas2022.counties, areas2022.zones)).toBe(
      '2022年“一县一集群”方案中各地集群的层级——全球性：桐乡市；全国性：秀洲区、嘉善县、海盐县；'
      + '长三角区域性：南湖区、海宁市、平湖市，功能区嘉兴经济技术开发区、嘉兴港区。',
    );
  });

  test('the 2026 description lists the counties the report does not name', () => {
    expect(tierDescription(data.plans.get('system-2026')!, areas2026.counties, areas2026.zones)).toBe(
      '2026年“135N”集群体系中各地集群的层级——全球性：平湖市、桐乡市，功能区嘉兴港区；'
      + '长三角区域性：南湖区、嘉善县，功能区嘉兴经济技术开发区；报道未点名：秀洲区、海盐县、海宁市。',
    );
  });

  test('a county\'s lines: name, cluster with tier, value added in the source\'s units', () => {
    const tongxiang = areas2022.counties.find((area) => area.id === '330483')!;
    expect(tierLines(tongxiang)).toEqual(['桐乡市', '新材料集群（全球性）', '2021年增加值：150亿元', '2025年目标：430亿元']);
    expect(titleOf(tierLines(tongxiang))).toBe('桐乡市：新材料集群（全球性）；2021年增加值：150亿元；2025年目标：430亿元');
  });

  test('zones are marked as such; a county no cluster names says so', () => {
    const port = areas2022.zones.find((area) => area.id === 'jx-port')!;
    expect(tierLines(port)[0]).toBe('嘉兴港区（功能区）');
    const haiyan = areas2026.counties.find((area) => area.id === '330424')!;
    expect(tierLines(haiyan)).toEqual(['海盐县', '报道未点名为任何集群的核心区']);
  });

  test('clusters without value added get no value lines', () => {
    expect(valueLines(data.clusters.get('s26-ai')!)).toEqual([]);
  });
});

describe('cluster and facility wording', () => {
  const ai = data.clusters.get('s26-ai')!;
  const areas = mapAreas([ai], data, FEATURES);

  test('the core-area description names the core counties and zone', () => {
    expect(coreDescription(data.plans.get('system-2026')!, ai, areas.counties, areas.zones))
      .toBe('2026年“135N”集群体系中，人工智能集群（长三角区域性）的核心区为南湖区、嘉善县和功能区嘉兴经济技术开发区；其余地区报道未列为核心区。');
  });

  test('core and other areas say which they are', () => {
    expect(coreLines(areas.counties.find((a) => a.id === '330421')!, ai)).toEqual(['嘉善县', '人工智能集群核心区（长三角区域性）']);
    expect(coreLines(areas.counties.find((a) => a.id === '330482')!, ai)).toEqual(['平湖市', '报道未列为人工智能集群核心区']);
  });

  test('facilities: name, kind and place, then the source\'s description', () => {
    const wuzhen = data.facilities.get('wuzhen-supercomputer')!;
    expect(facilityLines(wuzhen).slice(0, 2)).toEqual(['“乌镇之光”超算中心', '超算中心，桐乡市乌镇']);
    expect(facilityDescription([wuzhen])).toBe('图中以符号标出1处设施所在城镇的大致位置：“乌镇之光”超算中心（超算中心，桐乡市乌镇）。');
  });

  test('tipOf gives where the title breaks into lines; tipLines cuts it back, a "；" inside a line staying there', () => {
    const lines = ['平湖润泽国际信息港', '智算中心，平湖市', '两栋智算中心楼；报道称它是重要一环。'];
    expect(tipOf(lines)).toBe('9 8 18');
    expect(tipLines(titleOf(lines), tipOf(lines))).toEqual(lines);
    expect(tipLines(titleOf(['秀洲区']), tipOf(['秀洲区']))).toEqual(['秀洲区']);
    expect(() => tipOf([])).toThrow(/no lines/);
  });

  test('titleOf needs at least one line', () => {
    expect(titleOf(['秀洲区'])).toBe('秀洲区');
    expect(() => titleOf([])).toThrow(/no lines/);
  });
});

describe('the same wording in English (mapWords of English data)', () => {
  const en = englishSiteDataFromFiles();
  const words = mapWords(en);
  const english = mapAreas(planClusters('plan-2022', en), en, FEATURES);

  test('titleOf and tipOf: an English title joins its lines with ": " and "; ", and tipLines cuts it back into the lines', () => {
    const lines = ['Pinghu', 'High-end CNC machine tools cluster (Yangtze River Delta regional)', 'Value added in 2021: 3 billion yuan'];
    expect(titleOf(lines, 'en')).toBe(`${lines[0]}: ${lines[1]}; ${lines[2]}`);
    expect(tipOf(lines, 'en')).toBe(`${lines[0]!.length} ${lines[1]!.length + 1} ${lines[2]!.length + 1}`);
    expect(tipLines(titleOf(lines, 'en'), tipOf(lines, 'en'))).toEqual(lines);
    expect(tipOf(['{zh:平湖市}'], 'en')).toBe('3');
  });

  test('value added is converted from the stored 亿元, never printed with 亿 or 万', () => {
    for (const cluster of [...en.clusters.values()].filter((c) => c.valueAdded)) {
      const stored = en.stored!.clusters.get(cluster.id)!;
      const lines = valueLines(cluster, words);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toContain(String(stored.valueAdded!.actual.year));
      expect(lines.join(' ')).not.toMatch(/[亿万]|NaN|undefined/);
      expect(lines.every((line) => /\d (billion|million) yuan$|\d yuan$/.test(line))).toBe(true);
    }
  });

  test('every area\'s lines and the descriptions are English, names from the English records', () => {
    for (const area of [...english.counties, ...english.zones]) {
      const lines = tierLines(area, words);
      expect(lines[0]).toContain(en[area.kind === 'zone' ? 'zones' : 'counties'].get(area.id)!.name);
      expect(lines.flatMap(chineseOutsideMarks)).toEqual([]);
    }
    const plan = en.plans.get('plan-2022')!;
    expect(chineseOutsideMarks(tierDescription(plan, english.counties, english.zones, words))).toEqual([]);
    const cluster = [...en.clusters.values()].find((c) => c.plan === 'plan-2022')!;
    const core = mapAreas([cluster], en, FEATURES);
    expect(chineseOutsideMarks(coreDescription(plan, cluster, core.counties, core.zones, words))).toEqual([]);
    expect(chineseOutsideMarks(facilityDescription([...en.facilities.values()], words))).toEqual([]);
  });

  test('clusterName stays Chinese with one argument (clusters.map(clusterName)); clusterNameOf speaks the words\' language', () => {
    const cluster = data.clusters.get('s26-ai')!;
    expect([cluster].map(clusterName)).toEqual(['人工智能集群']);
    expect(clusterNameOf(cluster, wordsOf('zh'))).toBe('人工智能集群');
    expect(clusterNameOf({ ...cluster, name: 'Artificial intelligence' }, wordsOf('en'))).toBe('Artificial intelligence cluster');
  });
});

test('inSentence: an English name in running text loses its capital, unless it is a proper name or starts with an acronym', () => {
  expect(inSentence('Artificial intelligence cluster')).toBe('artificial intelligence cluster');
  expect(inSentence('Hangzhou Bay modern textile and apparel cluster')).toBe('Hangzhou Bay modern textile and apparel cluster');
  expect(inSentence('CNC machine tools cluster')).toBe('CNC machine tools cluster');
  expect(inSentence('High-end CNC machine tools cluster')).toBe('high-end CNC machine tools cluster');
  expect(wordsOf('zh').inText('人工智能集群')).toBe('人工智能集群');
});

describe("a place map's dek", () => {
  const editions = [['zh', fixtureData()], ['en', englishSiteDataFromFiles()]] as const;
  test.each(editions)('%s: says what kind of place a county is, once (海宁市（县级市）, never 海盐县（县）)', (_lang, site) => {
    const words = mapWords(site);
    const maps = generatedFigures(site).filter((figure) => figure.kind === 'locator-map');
    const counties = [...site.counties.values()];
    expect(counties.length).toBeGreaterThan(0);
    for (const county of counties) {
      const dek = maps.find((figure) => 'place' in figure && figure.place === county.id)?.dek ?? '';
      const kind = words.placeKind(county.kind).toLowerCase();
      expect(dek, county.name).toContain(county.name);
      expect(dek.toLowerCase(), county.name).toContain(kind);
      expect(dek.toLowerCase().split(kind).length - 1, `${county.name}: ${dek}`).toBe(1);
    }
  });
});
