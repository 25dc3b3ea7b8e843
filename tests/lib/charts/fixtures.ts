import { fixtureData } from '../../helpers/fixture-data';
import type { Figure } from '../../../src/lib/data/schemas';
import { pick, type SiteData } from '../../../src/lib/data/types';

/** A fresh copy of the frozen test data (tests/helpers/fixture-data.ts), safe to doctor in a test. */
export { fixtureData as siteData };

const data = fixtureData();

/** A figure of the registry by id. */
export function figureOf(id: string, from: SiteData = data): Figure {
  return pick(from, 'figures', id);
}
