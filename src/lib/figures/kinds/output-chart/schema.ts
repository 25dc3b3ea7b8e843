/** What an output-chart figure takes in content/data/figures.yaml; ./index.ts draws it. */
import { placeRef, ref } from '../../../data/ref';
import { defineSchema, needs } from '../../kind-schema';

export default defineSchema({
  name: 'output-chart',
  fields: {
    /** The plan whose clusters' value added the chart draws. */
    plan: needs('output-chart', 'plan', ref('plans')),
    /** Only the clusters naming this county or zone as a core area (the place pages' charts). */
    place: placeRef().optional(),
  },
});
