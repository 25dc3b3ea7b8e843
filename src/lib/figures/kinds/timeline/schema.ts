/** What a timeline figure takes in content/data/figures.yaml; ./index.ts draws it. */
import { z } from 'astro/zod';
import { ref } from '../../../data/ref';
import { defineSchema, needs } from '../../kind-schema';

export default defineSchema({
  name: 'timeline',
  fields: {
    /** The milestones, in any order (drawn by date). */
    milestones: needs('timeline', 'milestones', z.array(ref('milestones'))),
  },
});
