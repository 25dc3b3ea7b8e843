/** cluster-map: one cluster's core areas in its tier colour, every other county and zone neutral. */
import { pick } from '../../../data/records';
import { mapAreas } from '../../../map/areas';
import { countyBase } from '../../../map/base';
import { drawMap, drawWideMap, type MapSpec } from '../../../map/model';
import { mapScene } from '../../../map/scene';
import { clusterNameOf, coreDescription, coreLines } from '../../../map/wording';
import { areaKind, zoneMark } from '../../../map/zone-marks';
import { countyLabel, mapWords } from '../../../map/words';
import { langOf } from '../../../data/types';
import { defineKind } from '../../kind';
import schema from './schema';

export default defineKind(schema, {
  scene(figure, data) {
    const base = countyBase();
    const words = mapWords(data);
    const cluster = pick(data, 'clusters', figure.cluster);
    const plan = pick(data, 'plans', cluster.plan);
    const { counties, zones } = mapAreas([cluster], data, [...base.features.keys()]);
    const spec: MapSpec = {
      id: figure.id, title: figure.title, lang: langOf(data),
      desc: coreDescription(plan, cluster, counties, zones, words),
      counties: counties.map((area) => ({
        id: area.id, name: countyLabel(area.record, words), fill: area.tier === 'none' ? 'base' : area.tier, tier: area.tier, lines: coreLines(area, cluster, words),
      })),
      marks: zones.map((area) => zoneMark(area, area.tier === 'none' ? 'map-zone map-zone-other' : `map-zone map-fill-${area.tier}`, coreLines(area, cluster, words), area.tier, base)),
    };
    const map = drawMap(spec, base);
    const name = clusterNameOf(cluster, words);
    const tier = words.tier[cluster.tier];
    const legend = [
      { label: words.fill(words.legend.clusterCore, { cluster: name, tier }), swatch: { kind: 'area' as const, fill: cluster.tier } },
      { label: words.legend.notCore, swatch: { kind: 'area' as const, fill: 'base' as const } },
      { label: words.fill(words.legend.zoneCore, { cluster: words.inText(name) }), swatch: { kind: 'marker' as const, shape: 'circle' as const, className: `map-zone map-fill-${cluster.tier}` } },
      { label: words.legend.zoneNotCore, swatch: { kind: 'marker' as const, shape: 'circle' as const, className: 'map-zone map-zone-other' } },
    ];
    const table = {
      caption: words.fill(words.maps.coreCaption, { cluster: words.inText(name), plan: plan.shortName }),
      columns: [
        { key: 'area', label: words.maps.colArea },
        { key: 'kind', label: words.maps.colKind },
        { key: 'core', label: words.fill(words.maps.colCore, { cluster: words.inText(name) }) },
        { key: 'tier', label: words.maps.colClusterTier },
      ],
      rows: [...counties, ...zones].map((area) => {
        const core = area.clusters.length > 0;
        return {
          cells: { area: area.name, kind: areaKind(area, words), core: core ? words.maps.yes : words.legend.notCore, tier: core ? tier : null },
          source: cluster.source,
        };
      }),
    };
    return mapScene([map], legend, table, undefined, drawWideMap(spec, base));
  },
  places: (figure, data) => {
    const cluster = pick(data, 'clusters', figure.cluster);
    return [...cluster.counties, ...cluster.zones];
  },
});
