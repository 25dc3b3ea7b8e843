import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import yaml from 'js-yaml';
import { storyRefProblems } from '../story-refs';
import {
  figureStoryProblems, figureUse, formatStoryProblems, formerSlugProblems, placementProblems, readerProblems, splitStory, storyProblems, unplacedFigureProblems,
  type ReaderContext, type StoryProblem,
} from '../story-rules';
import { buildDate, hasPage, publishedOn, scheduledLine, scheduledOn } from '../stories';
import { isoDay } from '../dates';
import { termIndex } from '../glossary';
import { countySlug } from '../urls';
import { nameProblems, pairingProblems, untranslatedStories, type PairedStory } from '../english-rules';
import { ZH, type StoryLanguage } from '../story-language';
import { DataFileError, readDataFile, type DataCollection } from './files';
import { astroIssues, issueLine, schemaMessage, yamlErrorMessage, type FieldDescriptions } from './messages';

/** A story file that cannot be published as it is, worded for the editor who wrote it. */
export class StoryError extends DataFileError {
  override name = 'StoryError';
}

/** A story's slug (its URL and id): the frontmatter `slug:` if given, else the file name, lower-cased. */
export function storySlug(entry: string, data: Record<string, unknown>): string {
  return data.slug !== undefined ? String(data.slug) : entry.replace(/\.mdx$/, '').toLowerCase();
}

/** What each frontmatter field is, for "expected …" in a schema error (README, "How to add a story"). */
export const STORY_FIELDS: FieldDescriptions = {
  title: 'the headline, a line of text',
  dek: 'the standfirst under the headline, a sentence',
  keyPoints: '2–5 key points (要点), one "- " line each',
  'keyPoints.*': 'a key point, a short sentence',
  published: 'the day of first publication, written YYYY-MM-DD',
  updated: 'the day of the last substantive update, written YYYY-MM-DD',
  byline: 'the byline, a line of text such as "嘉兴集群观察数据组"',
  summary: 'a sentence or two for cards and the meta description',
  sources: 'a list of ids from content/data/sources.yaml',
  'sources.*': 'an id from content/data/sources.yaml',
  leadFigure: 'an id from content/data/figures.yaml',
  tags: 'a list of tags, e.g. [算力, 人工智能]',
  'tags.*': 'a tag, a word or two',
  places: 'a list of county adcodes and zone ids, e.g. ["330482", jx-port]',
  'places.*': 'a county adcode or a zone id',
  draft: 'true or false (delete the line to publish)',
};

/**
 * A frontmatter that glob() could not read (js-yaml's YAMLException) or that does not match the
 * story schema (Astro's InvalidContentEntryDataError), both printed with a location and a stack
 * trace into node_modules, worded like every other story error: the file (with line and column
 * for YAML), then for each field what was found and what is expected. Other errors pass unchanged.
 */
export function frontmatterError(error: unknown, root: string, base: string): unknown {
  const astro = error as { name?: string; message?: string; id?: string; loc?: { file?: string } };
  const path = astro?.loc?.file ?? astro?.id;
  const file = path ? relative(root, path).split('\\').join('/') : base.replace(/^\.\//, '');
  if (astro?.name === 'YAMLException') return new StoryError(yamlErrorMessage(file, error));
  if (astro?.name !== 'InvalidContentEntryDataError' || typeof astro.message !== 'string') return error;
  let frontmatter: unknown = {};
  try {
    frontmatter = yaml.load(splitStory(readFileSync(resolve(root, file), 'utf8'))?.frontmatter ?? '');
  } catch {
    // The values found are only quoted; the message still names each field.
  }
  const lines = astroIssues(astro.message).map((issue) => issueLine(issue, frontmatter, STORY_FIELDS));
  return new StoryError(schemaMessage(file, 'the frontmatter does not match the story schema', lines));
}

/** Where a story collection's files are, and for a second edition, its language and the edition it pairs with. */
export interface StoryCollectionOptions {
  /** The folder, from the project root: './content/stories'. */
  base: string;
  /** The files of the folder (not of its subfolders): '[^_]*.mdx'. */
  pattern: string;
  /** The stories' language (default Chinese): how the editorial rules read them. */
  language?: StoryLanguage;
  /**
   * The folder of the stories this edition tells in its language ('./content/stories'): each story
   * here has one there with its slug and vice versa (drafts there aside), its figures are theirs,
   * and its text is held to the name rule (src/lib/english-rules.ts).
   */
  pairedWith?: string;
}

/**
 * The stories of another edition's folder, for the pairing rule: each file's slug (as
 * storySlug() gives it) and whether it is a draft. A frontmatter that is not YAML counts as
 * empty here; that edition's own loader reports it.
 */
export function pairedStories(root: string, base: string): PairedStory[] {
  const dir = resolve(root, base);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith('.mdx') && !name.startsWith('_')).sort().map((name) => {
    let data: Record<string, unknown> = {};
    try {
      const loaded = yaml.load(splitStory(readFileSync(join(dir, name), 'utf8'))?.frontmatter ?? '');
      if (loaded !== null && typeof loaded === 'object') data = loaded as Record<string, unknown>;
    } catch {
      // Reported by the edition's own loader, with line and column.
    }
    return { file: `${base.replace(/^\.\//, '')}/${name}`, slug: storySlug(name, data), draft: data.draft === true };
  });
}

/**
 * Astro's glob() loader for content/stories/ (and, with `language` and `pairedWith`, for
 * content/stories/en/), made strict for editors:
 * - two files with one slug (names differing only in case, or a `slug:` equal to another file's
 *   name) stop the build, naming both files (glob() only warns and keeps one of them);
 * - a story whose file was removed or renamed is dropped from the content cache first (glob()
 *   would otherwise reuse a cached entry whose content digest matches but whose file is gone,
 *   and the build fails to resolve "astro:content-layer-deferred-module?…" for the old file);
 * - every story must meet the editorial rules of src/lib/story-rules.ts (drafts: dates and open
 *   tags only), and its <Figure> and <SourceMark> ids must exist (with a "did you mean");
 * - drafts are announced: "1 draft not published (draft: true): content/stories/x.mdx", and so are
 *   scheduled stories (`published` after the build's day: src/lib/stories.ts) and draft figures;
 * - figures.yaml's `story:`/`stories:` name stories, a story places another story's figure only if
 *   listed in its `stories:`, a published story places no draft figure, and old slugs
 *   (`formerSlugs`) are free and each lead to one story;
 * - a frontmatter schema error names the file and the field, without a stack trace.
 */
export function storyCollection(options: StoryCollectionOptions): Loader {
  const language = options.language ?? ZH;
  const address = options.pairedWith === undefined ? '/stories/' : `/${language.code}/stories/`;
  const { language: _language, pairedWith: _pairedWith, ...globOptions } = options;
  let slugs = new Map<string, string>();
  let baseDir = '';
  const inner = glob({
    ...globOptions,
    generateId: ({ entry, data }) => {
      const slug = storySlug(entry, data);
      const other = slugs.get(slug);
      if (other !== undefined && other !== entry && existsSync(join(baseDir, other))) {
        const [a, b] = [other, entry].sort().map((name) => `${options.base.replace(/^\.\//, '')}/${name}`);
        throw new StoryError(`${a} and ${b} both have the slug "${slug}" (the address ${address}${slug}/): rename one file, or change its "slug:"`);
      }
      slugs.set(slug, entry);
      return slug;
    },
  });
  return {
    name: 'story-collection',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      slugs = new Map();
      baseDir = resolve(root, options.base);
      for (const [id, entry] of context.store.entries()) {
        if (entry.filePath && !existsSync(resolve(root, entry.filePath))) context.store.delete(id);
      }
      try {
        await inner.load(context);
      } catch (error) {
        throw frontmatterError(error, root, options.base);
      }

      // The records of other files the rules need, read afresh on each sync (a saved edit to
      // figures.yaml is seen at once), with the YAML loader's own reader: their schemas and the
      // ids they name are checked by their own loaders and by the reference check.
      const records = (collection: DataCollection) => readDataFile(root, collection).records;
      const figureRecords = records('figures');
      const figureIds = new Set(figureRecords.map((record) => record.id));
      const figures = new Map(figureRecords.map(({ id, data }) => [id, figureUse(data)]));
      const today = buildDate();
      const entries = [...context.store.values()];
      const storyIds = new Set(entries.map((entry) => entry.id));
      // An edition paired with another (the English one) shares its slugs, and so its figures' `story:`.
      const counterparts = options.pairedWith === undefined ? [] : pairedStories(root, options.pairedWith);
      const figureStories = new Set([...storyIds, ...counterparts.map((story) => story.slug)]);
      const dated = (entry: (typeof entries)[number]) => ({ data: { draft: entry.data.draft === true, published: entry.data.published as Date } });
      const formerSlugs = (entry: (typeof entries)[number]) => (Array.isArray(entry.data.formerSlugs) ? entry.data.formerSlugs.map(String) : []);
      /** Old slugs of stories with a page → their slugs now (each is checked to be listed once: formerSlugProblems). */
      const former = new Map(entries.filter((entry) => hasPage(dated(entry))).flatMap((entry) => formerSlugs(entry).map((slug) => [slug, entry.id] as const)));
      /** The stories a story may link to: those published by the day it is (today, or its own later day). */
      const linkable = (entry: (typeof entries)[number]) => {
        const day = [today, isoDay(dated(entry).data.published)].sort().at(-1)!;
        return new Set(entries.filter((other) => publishedOn(dated(other), day)).map((other) => other.id));
      };
      const reader: Omit<ReaderContext, 'stories'> = {
        terms: termIndex(records('glossary').map(({ id, data }) => [id, data as { term: string; aliases?: string[] }])),
        claims: records('claims').map(({ id, data }) => [id, data as { text: string; speaker: string; source: string }]),
        places: new Set([
          ...records('counties').map(({ data }) => countySlug(String(data.romanised))),
          ...records('zones').map(({ id }) => id),
        ]),
      };
      const results: [string, StoryProblem[]][] = [];
      const drafts: string[] = [];
      const scheduled: { file: string; published: string }[] = [];
      const slugged: Parameters<typeof formerSlugProblems>[0][number][] = [];
      for (const entry of context.store.values()) {
        const file = relative(root, resolve(root, entry.filePath ?? '')).split('\\').join('/');
        const text = readFileSync(resolve(root, file), 'utf8');
        const draft = entry.data.draft === true;
        if (draft) drafts.push(file);
        if (scheduledOn(dated(entry), today)) scheduled.push({ file, published: isoDay(dated(entry).data.published) });
        slugged.push({ file, slug: entry.id, draft, formerSlugs: formerSlugs(entry) });
        const parts = splitStory(text);
        const sources = Array.isArray(entry.data.sources) ? entry.data.sources.map(String) : [];
        if (parts) {
          results.push([file, [
            ...storyProblems({ ...parts, data: entry.data }, { draft, language }),
            ...storyRefProblems(parts.body, figureIds, sources),
            ...(draft ? [] : readerProblems({ ...parts, data: entry.data }, { ...reader, stories: linkable(entry), former, language })),
            ...(draft ? [] : placementProblems({ ...parts, slug: entry.id, published: publishedOn(dated(entry), today), formerSlugs: formerSlugs(entry) }, figures, figureStories)),
            // figures.yaml's `story:` names the Chinese stories: the English edition may place fewer figures.
            ...(draft || options.pairedWith !== undefined ? [] : unplacedFigureProblems({ ...parts, slug: entry.id }, figures)),
            ...(draft || options.pairedWith === undefined ? [] : nameProblems({ ...parts, data: entry.data })),
          ]]);
        }
      }
      for (const [file, problems] of formerSlugProblems(slugged)) results.find(([other]) => other === file)?.[1].push(...problems);
      if (options.pairedWith !== undefined) {
        const english = slugged.map(({ file, slug, draft }) => ({ file, slug, draft }));
        for (const [file, problems] of pairingProblems(english, counterparts)) {
          const listed = results.find(([other]) => other === file);
          if (listed) listed[1].push(...problems);
          else results.push([file, problems]);
        }
      }
      // figures.yaml names the Chinese stories: its references and draft figures are reported once, by their loader.
      const figureProblems = options.pairedWith === undefined ? figureStoryProblems(figures, { slugs: [...storyIds], former }) : [];
      if (figureProblems.length > 0 || results.some(([, problems]) => problems.length > 0)) {
        const storyText = results.some(([, problems]) => problems.length > 0) ? [formatStoryProblems(results.sort(([a], [b]) => a.localeCompare(b)))] : [];
        throw new StoryError([...figureProblems, ...storyText].join('\n\n'));
      }
      if (options.pairedWith !== undefined) {
        const untold = untranslatedStories(slugged, counterparts);
        if (untold.length > 0) context.logger.info(`${untold.length} Chinese ${untold.length === 1 ? 'story has' : 'stories have'} no English story yet (the English edition leaves ${untold.length === 1 ? 'it' : 'them'} out; write ${options.base.replace(/^\.\//, '')}/<slug>.mdx): ${untold.join(', ')}`);
      }
      if (drafts.length > 0) {
        context.logger.warn(`${drafts.length} draft${drafts.length === 1 ? '' : 's'} not published (draft: true): ${drafts.sort().join(', ')}`);
      }
      const scheduledText = scheduledLine(scheduled);
      if (scheduledText) context.logger.warn(scheduledText);
      const draftFigures = options.pairedWith === undefined ? [...figures].filter(([, figure]) => figure.draft).map(([id]) => id) : [];
      if (draftFigures.length > 0) {
        context.logger.warn(`${draftFigures.length} draft figure${draftFigures.length === 1 ? '' : 's'} not published: ${draftFigures.join(', ')}`);
      }
    },
  };
}
