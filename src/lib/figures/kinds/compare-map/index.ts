/** compare-map: two plans' tier maps side by side, with one legend. */
import { z } from 'astro/zod';
import { ref } from '../../../data/ref';
import { pick } from '../../../data/records';
import { countyBase } from '../../../map/base';
import { planPlaces, planTierMap, tierLegend, tierTable } from '../../../map/plan-tiers';
import { mapScene } from '../../../map/scene';
import { mapWords } from '../../../map/words';
import { defineKind, needs } from '../../kind';

export default defineKind({
  name: 'compare-map',
  fields: {
    /** The two plans, in the order their maps stand (left, right). */
    plans: needs('compare-map', 'plans', z.array(ref('plans')).length(2, 'a compare-map needs exactly two plans')),
  },
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
