/** What a compute-chart figure takes in content/data/figures.yaml; ./index.ts draws it. */
import { z } from 'astro/zod';
import { ref } from '../../../data/ref';
import { defineSchema, needs } from '../../kind-schema';

export default defineSchema({
  name: 'compute-chart',
  fields: {
    /** One share indicator in % (the waffle) and the other compute facts (cards). */
    indicators: needs('compute-chart', 'indicators', z.array(ref('indicators'))),
    facilities: z.array(ref('facilities')).default([]),
    milestones: z.array(ref('milestones')).default([]),
  },
});
