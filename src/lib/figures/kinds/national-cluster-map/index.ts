/** national-cluster-map: one panel of Zhejiang's cities per cross-city cluster, the member cities the source lists in its tier colour. */
import { pick } from '../../../data/records';
import { cityBase } from '../../../map/base';
import type { LegendItem } from '../../../map/legend';
import { memberCities } from '../../../map/members';
import { drawMap } from '../../../map/model';
import { mapScene } from '../../../map/scene';
import { crossCityName, memberDescription, memberLines } from '../../../map/wording';
import { mapWords } from '../../../map/words';
import { langOf, storedOf } from '../../../data/types';
import { defineKind } from '../../kind';
import schema from './schema';

export default defineKind(schema, {
  scene(figure, data) {
    const base = cityBase();
    const words = mapWords(data);
    const stored = storedOf(data);
    const clusters = figure.clusters.map((id) => pick(data, 'clusters', id));
    /** The cities of a cluster's map, members matched by the cluster as stored (its partners as the data file names them). */
    const citiesOf = (cluster: (typeof clusters)[number]) => memberCities(cluster, base, words, pick(stored, 'clusters', cluster.id));
    const maps = clusters.map((cluster) => {
      const cities = citiesOf(cluster);
      const heading = crossCityName(cluster, words);
      return drawMap({
        id: `${figure.id}-${cluster.id}`, title: words.fill(words.maps.panelTitle, { title: figure.title, heading }), heading, lang: langOf(data),
        desc: memberDescription(cluster, cities, words),
        counties: cities.map((city) => ({
          id: city.id, name: city.shortName, fill: city.member ? cluster.tier : 'base', tier: city.member ? cluster.tier : undefined,
          lines: memberLines(cluster, city, words),
        })),
        marks: [],
      }, base);
    });
    const tiers = [...new Set(clusters.map((cluster) => cluster.tier))];
    const incomplete = clusters.some((cluster) => cluster.partnersIncomplete);
    const legend: LegendItem[] = [
      ...tiers.map((tier): LegendItem => ({ label: words.fill(words.maps.memberKey, { tier: words.tier[tier] }), swatch: { kind: 'area', fill: tier } })),
      { label: incomplete ? words.maps.notListedKey : words.maps.notMemberKey, swatch: { kind: 'area', fill: 'base' } },
    ];
    const table = {
      caption: words.fill(words.maps.memberCaption, { title: figure.title }),
      columns: [
        { key: 'cluster', label: words.maps.colCluster },
        { key: 'tier', label: words.maps.colTier },
        { key: 'city', label: words.maps.colCity },
        { key: 'member', label: words.maps.colMember },
      ],
      rows: clusters.flatMap((cluster) => citiesOf(cluster).map((city) => ({
        cells: {
          cluster: crossCityName(cluster, words),
          tier: words.tier[cluster.tier],
          city: city.name,
          member: city.member ? words.maps.yes : cluster.partnersIncomplete ? words.maps.notListedCell : words.maps.no,
        },
        source: cluster.source,
      }))),
    };
    return mapScene(maps, legend, table);
  },
  // Its panels show Zhejiang's cities, not Jiaxing's places.
  places: () => [],
});
