/** national-cluster-map: one panel of Zhejiang's cities per cross-city cluster, the member cities the source lists in its tier colour. */
import { z } from 'astro/zod';
import { ref } from '../../../data/ref';
import { pick } from '../../../data/records';
import { TIER_LABEL } from '../../../tiers';
import { cityBase } from '../../../map/base';
import type { LegendItem } from '../../../map/legend';
import { memberCities } from '../../../map/members';
import { drawMap } from '../../../map/model';
import { mapScene } from '../../../map/scene';
import { clusterName, memberDescription, memberLines } from '../../../map/wording';
import { defineKind, needs } from '../../kind';

export default defineKind({
  name: 'national-cluster-map',
  fields: {
    /** Cross-city clusters, one panel each. */
    clusters: needs('national-cluster-map', 'clusters', z.array(ref('clusters'))),
  },
  scene(figure, data) {
    const base = cityBase();
    const clusters = figure.clusters.map((id) => pick(data, 'clusters', id));
    const maps = clusters.map((cluster) => {
      const cities = memberCities(cluster, base);
      const heading = cluster.fullName ?? clusterName(cluster);
      return drawMap({
        id: `${figure.id}-${cluster.id}`, title: `${figure.title}：${heading}`, heading,
        desc: memberDescription(cluster, cities),
        counties: cities.map((city) => ({
          id: city.id, name: city.shortName, fill: city.member ? cluster.tier : 'base', tier: city.member ? cluster.tier : undefined,
          lines: memberLines(cluster, city),
        })),
        marks: [],
      }, base);
    });
    const tiers = [...new Set(clusters.map((cluster) => cluster.tier))];
    const incomplete = clusters.some((cluster) => cluster.partnersIncomplete);
    const legend: LegendItem[] = [
      ...tiers.map((tier): LegendItem => ({ label: `报道列出的成员城市（${TIER_LABEL[tier]}集群）`, swatch: { kind: 'area', fill: tier } })),
      { label: incomplete ? '报道未列出' : '报道未列为成员', swatch: { kind: 'area', fill: 'base' } },
    ];
    const table = {
      caption: `${figure.title}：浙江各设区市是否为报道列出的成员城市`,
      columns: [
        { key: 'cluster', label: '集群' },
        { key: 'tier', label: '层级' },
        { key: 'city', label: '城市' },
        { key: 'member', label: '报道列出的成员城市' },
      ],
      rows: clusters.flatMap((cluster) => memberCities(cluster, base).map((city) => ({
        cells: {
          cluster: cluster.fullName ?? clusterName(cluster),
          tier: TIER_LABEL[cluster.tier],
          city: city.name,
          member: city.member ? '是' : cluster.partnersIncomplete ? '未列出（名单以“等”结尾）' : '否',
        },
        source: cluster.source,
      }))),
    };
    return mapScene(maps, legend, table);
  },
  // Its panels show Zhejiang's cities, not Jiaxing's places.
  places: () => [],
});
