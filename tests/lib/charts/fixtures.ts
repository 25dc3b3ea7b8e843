import { siteDataFromFiles } from '../../../src/lib/data/from-files';
import type { Figure } from '../../../src/lib/data/schemas';
import { pick, type SiteData } from '../../../src/lib/data/types';

const data = siteDataFromFiles();

/** A fresh copy of the site's data, safe to doctor in a test. */
export function siteData(): SiteData {
  return structuredClone(data);
}

/** A figure of the registry by id. */
export function figureOf(id: string, from: SiteData = data): Figure {
  return pick(from, 'figures', id);
}
