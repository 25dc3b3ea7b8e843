/** cluster-map: one cluster's core areas in its tier colour, every other county and zone neutral. */
import { ref } from '../../../data/ref';
import { pick } from '../../../data/records';
import { TIER_LABEL } from '../../../tiers';
import { fill, WORDING } from '../../../wording';
import { mapAreas } from '../../../map/areas';
import { countyBase } from '../../../map/base';
import { drawMap, drawWideMap, type MapSpec } from '../../../map/model';
import { mapScene } from '../../../map/scene';
import { clusterName, coreDescription, coreLines } from '../../../map/wording';
import { areaKind, zoneMark } from '../../../map/zone-marks';
import { defineKind, needs } from '../../kind';

export default defineKind({
  name: 'cluster-map',
  fields: {
    /** The cluster whose core areas the map shows. */
    cluster: needs('cluster-map', 'cluster', ref('clusters')),
  },
  scene(figure, data) {
    const base = countyBase();
    const cluster = pick(data, 'clusters', figure.cluster);
    const plan = pick(data, 'plans', cluster.plan);
    const { counties, zones } = mapAreas([cluster], data, [...base.features.keys()]);
    const spec: MapSpec = {
      id: figure.id, title: figure.title,
      desc: coreDescription(plan, cluster, counties, zones),
      counties: counties.map((area) => ({
        id: area.id, name: area.name, fill: area.tier === 'none' ? 'base' : area.tier, tier: area.tier, lines: coreLines(area, cluster),
      })),
      marks: zones.map((area) => zoneMark(area, area.tier === 'none' ? 'map-zone map-zone-other' : `map-zone map-fill-${area.tier}`, coreLines(area, cluster), area.tier, base)),
    };
    const map = drawMap(spec, base);
    const name = clusterName(cluster);
    const legend = [
      { label: fill(WORDING.legend.clusterCore, { cluster: name, tier: TIER_LABEL[cluster.tier] }), swatch: { kind: 'area' as const, fill: cluster.tier } },
      { label: WORDING.legend.notCore, swatch: { kind: 'area' as const, fill: 'base' as const } },
      { label: fill(WORDING.legend.zoneCore, { cluster: name }), swatch: { kind: 'marker' as const, shape: 'circle' as const, className: `map-zone map-fill-${cluster.tier}` } },
      { label: WORDING.legend.zoneNotCore, swatch: { kind: 'marker' as const, shape: 'circle' as const, className: 'map-zone map-zone-other' } },
    ];
    const table = {
      caption: `${name}的核心区（${plan.shortName}）`,
      columns: [
        { key: 'area', label: '地区' },
        { key: 'kind', label: '类型' },
        { key: 'core', label: `是否为${name}核心区` },
        { key: 'tier', label: '集群层级' },
      ],
      rows: [...counties, ...zones].map((area) => {
        const core = area.clusters.length > 0;
        return {
          cells: { area: area.name, kind: areaKind(area), core: core ? '是' : '报道未列为核心区', tier: core ? TIER_LABEL[cluster.tier] : null },
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
