import { describe, expect, test } from 'vitest';
import { fixtureData } from '../../helpers/fixture-data';
import type { Cluster } from '../../../src/lib/data/schemas';
import { cityBase } from '../../../src/lib/map/base';
import { cityName, memberCities } from '../../../src/lib/map/members';
import { memberDescription, memberLines } from '../../../src/lib/map/wording';
import { wordsOf } from '../../../src/lib/map/words';

const data = fixtureData();
const cities = cityBase();
const zh = wordsOf('zh');
const en = wordsOf('en');
const cluster = (partners: string[], partnersIncomplete = false): Cluster => ({
  id: 'n-test', plan: 'national-2024', name: '测试', fullName: '测试集群', tier: 'national', counties: [], zones: [],
  leadFirms: [], institutes: [], funds: [], partners, partnersIncomplete, source: 'daily-2024-national-clusters',
});

describe('memberCities(cluster, base)', () => {
  test('every city of the map once, in topology order, members marked by their short or full name', () => {
    const result = memberCities(cluster(['嘉兴', '湖州市']), cities, zh);
    expect(result.map((c) => c.id)).toEqual([...cities.features.keys()]);
    expect(result.filter((c) => c.member).map((c) => [c.id, c.name, c.shortName])).toEqual([['330400', '嘉兴市', '嘉兴'], ['330500', '湖州市', '湖州']]);
  });

  test('every national cluster with partners names only cities the map can draw', () => {
    const crossCity = [...data.clusters.values()].filter((c) => c.partners.length > 0);
    for (const c of crossCity) expect(memberCities(c, cities, zh).filter((city) => city.member)).toHaveLength(new Set(c.partners).size);
  });

  test('a partner that is not a Zhejiang city is an error naming the record and the field', () => {
    expect(() => memberCities(cluster(['嘉兴', '苏州']), cities, zh))
      .toThrow(/^clusters\.yaml → n-test: partners: expected Zhejiang prefecture-level cities \(.*嘉兴.*\); got "苏州"$/);
    expect(() => memberCities(cluster([]), cities, zh)).toThrow(/partners: .*got none/);
  });
});

describe('memberLines(cluster, city) and memberDescription(cluster, cities)', () => {
  const complete = cluster(['嘉兴', '杭州']);
  const partial = cluster(['嘉兴', '杭州'], true);

  test('a member city is named as such; an unlisted one says how the list ends', () => {
    const [hangzhou, ningbo] = ['330100', '330200'].map((id) => memberCities(complete, cities, zh).find((c) => c.id === id)!);
    expect(memberLines(complete, hangzhou!)).toEqual(['杭州市', '测试集群成员城市（全国性）']);
    expect(memberLines(complete, ningbo!)).toEqual(['宁波市', '不在报道列出的成员城市中']);
    expect(memberLines(partial, ningbo!)).toEqual(['宁波市', '不在报道列出的城市中（名单以“等”结尾）']);
  });

  test('the description lists the members and, for an open list, says others are not ruled out', () => {
    expect(memberDescription(complete, memberCities(complete, cities, zh))).toBe('浙江省地图，测试集群（全国性）：报道列出的成员城市为杭州、嘉兴。');
    expect(memberDescription(partial, memberCities(partial, cities, zh))).toMatch(/成员城市为杭州、嘉兴。报道的名单以“等”结尾/);
  });
});

describe('the cities in English', () => {
  test('every city of the base map has its name in both wordings, the Chinese the topology\'s own', () => {
    for (const feature of cities.features.values()) {
      expect(cityName(feature.id, zh)).toBe(feature.properties.name);
      expect(cityName(feature.id, en)).toMatch(/^[A-Z][a-z]+$/);
    }
    expect(() => cityName('330000', en)).toThrow(/maps has no city330000/);
  });

  test('members are found from the cluster as stored (Chinese partners), the names in English', () => {
    const stored = cluster(['嘉兴', '杭州']);
    const english = { ...stored, name: 'Test', fullName: 'Test Bay cluster', partners: ['Jiaxing', 'Hangzhou'] };
    const result = memberCities(english, cities, en, stored);
    expect(result.filter((c) => c.member).map((c) => [c.id, c.name, c.shortName])).toEqual([['330100', 'Hangzhou', 'Hangzhou'], ['330400', 'Jiaxing', 'Jiaxing']]);
    expect(() => memberCities(english, cities, en)).toThrow(/n-test: partners: .*got "Jiaxing", "Hangzhou"/);
    expect(memberLines(english, result.find((c) => c.id === '330100')!, en)).toEqual(['Hangzhou', 'Member city of the Test Bay cluster (National)']);
    expect(memberDescription(english, result, en)).toBe('Map of Zhejiang, Test Bay cluster (National): the member cities the report lists are Hangzhou, Jiaxing.');
  });
});
