/** What a facility-map figure takes in content/data/figures.yaml; ./index.ts draws it. */
import { z } from 'astro/zod';
import { ref } from '../../../data/ref';
import { defineSchema, needs } from '../../kind-schema';

export default defineSchema({
  name: 'facility-map',
  fields: {
    /** The facilities to mark, in order. */
    facilities: needs('facility-map', 'facilities', z.array(ref('facilities'))),
  },
});
