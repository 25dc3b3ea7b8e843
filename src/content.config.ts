import { defineCollection } from 'astro:content';
import { yamlCollection } from './lib/data/yaml-loader';
import { storyCollection } from './lib/data/story-loader';
import { dataSchemas } from './lib/data/collections';
import { storySchema } from './lib/data/schemas';

/**
 * Stories: MDX in content/stories/; files starting with "_" (the template) are not published.
 * The loader also enforces the editorial rules (src/lib/story-rules.ts) and one file per slug.
 */
const stories = defineCollection({
  loader: storyCollection({ base: './content/stories', pattern: '[^_]*.mdx' }),
  schema: storySchema,
});

/**
 * The data files of content/data/, one collection each (src/lib/data/collections.ts has their
 * schemas). Each record is validated alone; the ids records name are checked once everything is
 * loaded (getSiteData(), src/lib/site-data.ts).
 */
export const collections = {
  stories,
  sources: defineCollection({ loader: yamlCollection('sources'), schema: dataSchemas.sources }),
  counties: defineCollection({ loader: yamlCollection('counties'), schema: dataSchemas.counties }),
  zones: defineCollection({ loader: yamlCollection('zones'), schema: dataSchemas.zones }),
  plans: defineCollection({ loader: yamlCollection('plans'), schema: dataSchemas.plans }),
  clusters: defineCollection({ loader: yamlCollection('clusters'), schema: dataSchemas.clusters }),
  indicators: defineCollection({ loader: yamlCollection('indicators'), schema: dataSchemas.indicators }),
  projects: defineCollection({ loader: yamlCollection('projects'), schema: dataSchemas.projects }),
  facilities: defineCollection({ loader: yamlCollection('facilities'), schema: dataSchemas.facilities }),
  milestones: defineCollection({ loader: yamlCollection('milestones'), schema: dataSchemas.milestones }),
  figures: defineCollection({ loader: yamlCollection('figures'), schema: dataSchemas.figures }),
  glossary: defineCollection({ loader: yamlCollection('glossary'), schema: dataSchemas.glossary }),
  claims: defineCollection({ loader: yamlCollection('claims'), schema: dataSchemas.claims }),
  corrections: defineCollection({ loader: yamlCollection('corrections'), schema: dataSchemas.corrections }),
};
