/** What a cluster-map figure takes in content/data/figures.yaml; ./index.ts draws it. */
import { ref } from '../../../data/ref';
import { defineSchema, needs } from '../../kind-schema';

export default defineSchema({
  name: 'cluster-map',
  fields: {
    /** The cluster whose core areas the map shows. */
    cluster: needs('cluster-map', 'cluster', ref('clusters')),
  },
});
