/** tier-map: one plan's clusters on Jiaxing's county map, each county in the colour of its highest tier, zones as dots. */
import { countyBase } from '../../../map/base';
import { planPlaces, planTierMap, tierLegend, tierTable } from '../../../map/plan-tiers';
import { mapScene } from '../../../map/scene';
import { mapWords } from '../../../map/words';
import { defineKind } from '../../kind';
import schema from './schema';

export default defineKind(schema, {
  scene(figure, data) {
    const base = countyBase();
    const { map, wide, areas } = planTierMap(figure.id, figure.plan, data, figure.title, undefined, base);
    return mapScene([map], tierLegend(areas, mapWords(data)), tierTable(figure.title, [figure.plan], data, base), undefined, wide());
  },
  places: (figure, data) => planPlaces(figure.plan, data),
});
