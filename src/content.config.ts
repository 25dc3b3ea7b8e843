import { defineCollection } from 'astro:content';
import { yamlCollection } from './lib/data/yaml-loader';
import { storyCollection } from './lib/data/story-loader';
import {
  claimSchema, clusterSchema, correctionSchema, countySchema, glossarySchema, facilitySchema, indicatorSchema, milestoneSchema,
  planSchema, projectSchema, sourceSchema, storySchema, zoneSchema,
} from './lib/data/schemas';
import { figureSchema } from './lib/figures/registry';

/**
 * Stories: MDX in content/stories/; files starting with "_" (the template) are not published.
 * The loader also enforces the editorial rules (src/lib/story-rules.ts) and one file per slug.
 */
const stories = defineCollection({
  loader: storyCollection({ base: './content/stories', pattern: '[^_]*.mdx' }),
  schema: storySchema,
});

export const collections = {
  stories,
  sources: defineCollection({ loader: yamlCollection('sources'), schema: sourceSchema }),
  counties: defineCollection({ loader: yamlCollection('counties'), schema: countySchema }),
  zones: defineCollection({ loader: yamlCollection('zones'), schema: zoneSchema }),
  plans: defineCollection({ loader: yamlCollection('plans'), schema: planSchema }),
  clusters: defineCollection({ loader: yamlCollection('clusters'), schema: clusterSchema }),
  indicators: defineCollection({ loader: yamlCollection('indicators'), schema: indicatorSchema }),
  projects: defineCollection({ loader: yamlCollection('projects'), schema: projectSchema }),
  facilities: defineCollection({ loader: yamlCollection('facilities'), schema: facilitySchema }),
  milestones: defineCollection({ loader: yamlCollection('milestones'), schema: milestoneSchema }),
  figures: defineCollection({ loader: yamlCollection('figures'), schema: figureSchema }),
  glossary: defineCollection({ loader: yamlCollection('glossary'), schema: glossarySchema }),
  claims: defineCollection({ loader: yamlCollection('claims'), schema: claimSchema }),
  corrections: defineCollection({ loader: yamlCollection('corrections'), schema: correctionSchema }),
};
