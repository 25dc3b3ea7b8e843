import { defineCollection } from 'astro:content';
import { yamlCollection } from './lib/data/yaml-loader';
import { storyCollection } from './lib/data/story-loader';
import { dataSchemas } from './lib/data/collections';
import { storySchema } from './lib/data/schemas';
import { englishStorySchema } from './lib/data/english-story-schema';
import { EN } from './lib/story-language';

/**
 * Stories: MDX in content/stories/; files starting with "_" (the template) are not published.
 * The loader also enforces the editorial rules (src/lib/story-rules.ts) and one file per slug.
 */
const stories = defineCollection({
  loader: storyCollection({ base: './content/stories', pattern: '[^_]*.mdx' }),
  schema: storySchema,
});

/**
 * The English edition's stories: MDX in content/stories/en/, one per Chinese story, with its slug
 * (a missing one on either side stops the build). The same editorial rules, read in English
 * (src/lib/story-language.ts), and no Chinese characters outside a marked name, <Zh>平湖</Zh>
 * (src/lib/english-rules.ts). The Chinese collection's pattern does not reach into en/.
 */
const storiesEn = defineCollection({
  loader: storyCollection({ base: './content/stories/en', pattern: '[^_]*.mdx', language: EN, pairedWith: './content/stories' }),
  schema: englishStorySchema,
});

/**
 * The data files of content/data/, one collection each (src/lib/data/collections.ts has their
 * schemas). Each record is validated alone; the ids records name are checked once everything is
 * loaded (getSiteData(), src/lib/site-data.ts).
 */
export const collections = {
  stories,
  storiesEn,
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
