/** What a tier-map figure takes in content/data/figures.yaml; ./index.ts draws it. */
import { ref } from '../../../data/ref';
import { defineSchema, needs } from '../../kind-schema';

export default defineSchema({
  name: 'tier-map',
  fields: {
    /** The plan whose clusters the map draws. */
    plan: needs('tier-map', 'plan', ref('plans')),
  },
});
