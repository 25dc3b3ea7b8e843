/** What an investment-chart figure takes in content/data/figures.yaml; ./index.ts draws it. */
import { z } from 'astro/zod';
import { ref } from '../../../data/ref';
import { defineSchema, needs } from '../../kind-schema';

export default defineSchema({
  name: 'investment-chart',
  fields: {
    /** One share in % with the two counts it is a share of, and any other investment figures (cards). */
    indicators: needs('investment-chart', 'indicators', z.array(ref('indicators'))),
    /** Named projects: CNY ones drawn as bars, USD ones listed. */
    projects: z.array(ref('projects')).default([]),
  },
});
