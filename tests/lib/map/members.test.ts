import { describe, expect, test } from 'vitest';
import { fixtureData } from '../../helpers/fixture-data';
import type { Cluster } from '../../../src/lib/data/schemas';
import { cityBase } from '../../../src/lib/map/base';
import { memberCities } from '../../../src/lib/map/members';
import { memberDescription, memberLines } from '../../../src/lib/map/wording';

const data = fixtureData();
const cities = cityBase();
const cluster = (partners: string[], partnersIncomplete = false): Cluster => ({
  id: 'n-test', plan: 'national-2024', name: '测试', fullName: '测试集群', tier: 'national', counties: [], zones: [],
  leadFirms: [], institutes: [], funds: [], partners, partnersIncomplete, source: 'daily-2024-national-clusters',
});

describe('memberCities(cluster, base)', () => {
  test('every city of the map once, in topology order, members marked by their short or full name', () => {
    const result = memberCities(cluster(['嘉兴', '湖州市']), cities);
    expect(result.map((c) => c.id)).toEqual([...cities.features.keys()]);
    expect(result.filter((c) => c.member).map((c) => [c.id, c.name, c.shortName])).toEqual([['330400', '嘉兴市', '嘉兴'], ['330500', '湖州市', '湖州']]);
  });

  test('every national cluster with partners names only cities the map can draw', () => {
    const crossCity = [...data.clusters.values()].filter((c) => c.partners.length > 0);
    for (const c of crossCity) expect(memberCities(c, cities).filter((city) => city.member)).toHaveLength(new Set(c.partners).size);
  });

  test('a partner that is not a Zhejiang city is an error naming the record and the field', () => {
    expect(() => memberCities(cluster(['嘉兴', '苏州']), cities))
      .toThrow(/^clusters\.yaml → n-test: partners: expected Zhejiang prefecture-level cities \(.*嘉兴.*\); got "苏州"$/);
    expect(() => memberCities(cluster([]), cities)).toThrow(/partners: .*got none/);
  });
});

describe('memberLines(cluster, city) and memberDescription(cluster, cities)', () => {
  const complete = cluster(['嘉兴', '杭州']);
  const partial = cluster(['嘉兴', '杭州'], true);

  test('a member city is named as such; an unlisted one says how the list ends', () => {
    const [hangzhou, ningbo] = ['330100', '330200'].map((id) => memberCities(complete, cities).find((c) => c.id === id)!);
    expect(memberLines(complete, hangzhou!)).toEqual(['杭州市', '测试集群成员城市（全国性）']);
    expect(memberLines(complete, ningbo!)).toEqual(['宁波市', '不在报道列出的成员城市中']);
    expect(memberLines(partial, ningbo!)).toEqual(['宁波市', '不在报道列出的城市中（名单以“等”结尾）']);
  });

  test('the description lists the members and, for an open list, says others are not ruled out', () => {
    expect(memberDescription(complete, memberCities(complete, cities))).toBe('浙江省地图，测试集群（全国性）：报道列出的成员城市为杭州、嘉兴。');
    expect(memberDescription(partial, memberCities(partial, cities))).toMatch(/成员城市为杭州、嘉兴。报道的名单以“等”结尾/);
  });
});
