/**
 * Each data collection's schema, in one table: the content layer validates with it
 * (src/content.config.ts), the reference check walks it (src/lib/data/references.ts), and the
 * tests' copy of the content layer validates with it too (tests/helpers/site-data.ts).
 */
import type { z } from 'astro/zod';
import type { DataCollection } from './files';
import {
  claimSchema, clusterSchema, correctionSchema, countySchema, facilitySchema, glossarySchema,
  indicatorSchema, milestoneSchema, planSchema, projectSchema, sourceSchema, zoneSchema,
} from './schemas';
import { figureSchema } from '../figures/schemas';

export const dataSchemas = {
  sources: sourceSchema, counties: countySchema, zones: zoneSchema, plans: planSchema,
  clusters: clusterSchema, indicators: indicatorSchema, projects: projectSchema,
  facilities: facilitySchema, milestones: milestoneSchema, figures: figureSchema,
  glossary: glossarySchema, claims: claimSchema, corrections: correctionSchema,
} satisfies Record<DataCollection, z.ZodType>;
