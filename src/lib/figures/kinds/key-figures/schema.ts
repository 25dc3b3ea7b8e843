/** What a key-figures figure takes in content/data/figures.yaml; ./index.ts draws it. */
import { z } from 'astro/zod';
import { ref } from '../../../data/ref';
import { defineSchema, needs } from '../../kind-schema';

export default defineSchema({
  name: 'key-figures',
  fields: {
    /** The numbers, one card each. */
    indicators: needs('key-figures', 'indicators', z.array(ref('indicators'))),
  },
});
