/** compare-map: two plans' tier maps side by side, with one legend. */
import { pick } from '../../../data/records';
import { countyBase } from '../../../map/base';
import { planPlaces, planTierMap, tierLegend, tierTable } from '../../../map/plan-tiers';
import { mapScene } from '../../../map/scene';
import { mapWords } from '../../../map/words';
import { defineKind } from '../../kind';
import schema from './schema';

export default defineKind(schema, {
  scene(figure, data) {
    const base = countyBase();
    const words = mapWords(data);
    const panels = figure.plans.map((planId) => {
      const heading = pick(data, 'plans', planId).shortName;
      return planTierMap(`${figure.id}-${planId}`, planId, data, words.fill(words.maps.panelTitle, { title: figure.title, heading }), heading, base);
    });
    return mapScene(panels.map((panel) => panel.map), tierLegend(panels.flatMap((panel) => panel.areas), words), tierTable(figure.title, figure.plans, data, base));
  },
  places: (figure, data) => figure.plans.flatMap((plan) => planPlaces(plan, data)),
});
