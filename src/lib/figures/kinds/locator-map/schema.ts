/** What a locator-map figure takes in content/data/figures.yaml; ./index.ts draws it. */
import { placeRef } from '../../../data/ref';
import { defineSchema } from '../../kind-schema';

export default defineSchema({
  name: 'locator-map',
  fields: {
    /** The county (adcode) or zone (id) to show; without it, every place, none highlighted. */
    place: placeRef().optional(),
  },
});
