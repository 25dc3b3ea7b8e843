import type { z } from 'astro/zod';
import { readCollection, withDataRoot, type DataCollection } from './files';
import {
  claimSchema, clusterSchema, correctionSchema, countySchema, facilitySchema, glossarySchema,
  indicatorSchema, milestoneSchema, planSchema, projectSchema, sourceSchema, zoneSchema,
} from './schemas';
import { figureSchema } from '../figures/registry';
import type { SiteData } from './types';
import { withGeneratedFigures } from '../figures/registry';

const schemas = {
  sources: sourceSchema, counties: countySchema, zones: zoneSchema, plans: planSchema,
  clusters: clusterSchema, indicators: indicatorSchema, projects: projectSchema,
  facilities: facilitySchema, milestones: milestoneSchema, figures: figureSchema,
  glossary: glossarySchema, claims: claimSchema, corrections: correctionSchema,
} satisfies Record<DataCollection, z.ZodType>;

function load<C extends DataCollection>(collection: C, root?: string): Map<string, z.infer<(typeof schemas)[C]>> {
  const entries = readCollection(collection, root, { strict: true }).map(({ id, data }) => {
    const parsed = schemas[collection].safeParse(data);
    if (!parsed.success) throw new Error(`${collection} → ${id}: ${parsed.error.message}`);
    return [id, parsed.data] as const;
  });
  return new Map(entries) as Map<string, z.infer<(typeof schemas)[C]>>;
}

/**
 * Reads and validates every data file straight from content/data/ of `root` (by default the
 * working directory; its cross-file checks look there too), without Astro's content layer: for
 * unit tests and scripts (figures: with the generated place figures). Pages use `getSiteData()`
 * (src/lib/site-data.ts) instead.
 */
export function siteDataFromFiles(root?: string): SiteData {
  return withDataRoot(root, () => withGeneratedFigures({
    sources: load('sources', root), counties: load('counties', root), zones: load('zones', root),
    plans: load('plans', root), clusters: load('clusters', root), indicators: load('indicators', root),
    projects: load('projects', root), facilities: load('facilities', root),
    milestones: load('milestones', root), figures: load('figures', root),
    glossary: load('glossary', root), claims: load('claims', root), corrections: load('corrections', root),
  }));
}
