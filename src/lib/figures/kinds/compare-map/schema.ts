/** What a compare-map figure takes in content/data/figures.yaml; ./index.ts draws it. */
import { z } from 'astro/zod';
import { ref } from '../../../data/ref';
import { defineSchema, needs } from '../../kind-schema';

export default defineSchema({
  name: 'compare-map',
  fields: {
    /** The two plans, in the order their maps stand (left, right). */
    plans: needs('compare-map', 'plans', z.array(ref('plans')).length(2, 'a compare-map needs exactly two plans')),
  },
});
