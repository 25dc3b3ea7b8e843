/** What a national-cluster-map figure takes in content/data/figures.yaml; ./index.ts draws it. */
import { z } from 'astro/zod';
import { ref } from '../../../data/ref';
import { defineSchema, needs } from '../../kind-schema';

export default defineSchema({
  name: 'national-cluster-map',
  fields: {
    /** Cross-city clusters, one panel each. */
    clusters: needs('national-cluster-map', 'clusters', z.array(ref('clusters'))),
  },
});
