/**
 * The editorial rules every published story meets, checked by the build (src/lib/data/story-loader.ts)
 * and listed in the README. Each problem names its rule, so an editor can look it up.
 * Pure functions over a story's source text: no Astro, no file system. The body is read as the
 * build reads it, as an MDX syntax tree (src/lib/story-tree.ts); the frontmatter as YAML.
 */
import yaml from 'js-yaml';
import { refElements, storyRefs } from './story-refs';
import { claimProblems, storyParagraphs, textFields, type ClaimRule } from './claims';
import { unknownTermIds, unknownTerms } from './glossary';
import { MARK } from './inferred';
import { hanCount } from './han';
import { ZH, type StoryLanguage } from './story-language';
import { didYouMean } from './suggest';
import {
  elements, lineOf, openingTag, readerText, readerTextBefore, selfClosing, STORY_COMPONENTS, storyTree, walk, type StoryElement, type StoryNode, type StoryTree,
} from './story-tree';

export { STORY_COMPONENTS } from './story-tree';

/**
 * How often a story may say that something is inferred, in its own text: <Inferred /> marks, the
 * word 推断, and marks in its dek and key points. The page's one explanation of the mark makes five.
 */
export const MAX_INFERRED = 4;

/** The minimum length of a Chinese story's text, in Han characters (components and comments not counted). */
export const MIN_HAN = ZH.length.min;
/** The minimum number of `## ` subheadings. */
export const MIN_SUBHEADINGS = 3;

/** One broken rule: its short name (as in the README) and what to do. */
export interface StoryProblem {
  rule: string;
  message: string;
}

/** A story's source: the raw frontmatter text (between the --- lines), the parsed fields, the body. */
export interface StorySource {
  frontmatter: string;
  data: { sources?: string[]; leadFigure?: string; tags?: string[] };
  body: string;
}

/** Splits an MDX file into its frontmatter text and body; null when there is no frontmatter. */
export function splitStory(text: string): { frontmatter: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontmatter: match[1] ?? '', body: match[2] ?? '' } : null;
}

/** Body text a reader reads: without MDX comments and expressions, components' tags, and import or export lines. */
export function prose(body: string): string {
  return readerText(storyTree(body).root);
}

export { hanCount };

/**
 * Whether YYYY-MM-DD is a day of the calendar (2026-13-45 is not: YAML would roll it over to
 * 2027-02-14 without a word).
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The frontmatter's fields as written: YAML without its date type (CORE_SCHEMA), so that a date is
 * the text the editor wrote, never a day rolled over. Empty when it is not YAML (the loader has
 * reported that, with line and column).
 */
function writtenFields(frontmatter: string): Record<string, unknown> {
  try {
    const fields = yaml.load(frontmatter, { schema: yaml.CORE_SCHEMA });
    return fields !== null && typeof fields === 'object' ? (fields as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Date fields whose written value must be a real YYYY-MM-DD day (checked on drafts too). */
export function dateProblems(frontmatter: string): StoryProblem[] {
  const fields = writtenFields(frontmatter);
  const problems: StoryProblem[] = [];
  const days: Record<string, string> = {};
  for (const field of ['published', 'updated']) {
    if (!(field in fields)) continue;
    const value = fields[field] === null ? '' : String(fields[field]);
    if (isCalendarDate(value)) days[field] = value;
    else problems.push({ rule: 'dates', message: `${field}: "${value}" is not a date; write a real day as YYYY-MM-DD, e.g. 2026-11-23` });
  }
  const { published, updated } = days;
  if (published && updated && updated < published) {
    problems.push({ rule: 'dates', message: `updated: ${updated} is earlier than published: ${published}; a story is updated after it is first published: correct one of the two dates, or delete "updated"` });
  }
  return problems;
}

/** The file's line number of a body line (1 = the body's first line), counting the frontmatter and its --- lines. */
export function fileLine(frontmatter: string, bodyLine: number): number {
  return frontmatter.split('\n').length + 2 + bodyLine;
}

/**
 * MDX the build cannot render (with the parser's reason), and story components not written as one
 * self-closing tag: left open (<Figure id="x">, which MDX refuses) or given a closing tag.
 * Checked on drafts too. Each problem gives the file's line.
 */
function componentProblems(tree: StoryTree, frontmatter: string): StoryProblem[] {
  const line = (bodyLine: number) => `line ${fileLine(frontmatter, bodyLine)}`;
  const closed = (tag: string) => `${tag.slice(0, -1).trimEnd()} />`;
  const problems: StoryProblem[] = tree.unclosed.map(({ line: at, tag }) => ({
    rule: 'components',
    message: `${line(at)}: ${tag} is not closed: close the tag with />, as in ${closed(tag)}`,
  }));
  for (const element of elements(tree.root)) {
    if (!(STORY_COMPONENTS as readonly string[]).includes(element.name ?? '') || selfClosing(tree, element)) continue;
    const tag = openingTag(tree, element);
    problems.push({ rule: 'components', message: `${line(lineOf(element))}: ${tag}…</${element.name}> has a closing tag; ${element.name} takes no text: write one self-closing tag, as in ${closed(tag)}` });
  }
  if (tree.error) {
    problems.push({
      rule: 'mdx',
      message: `${line(tree.error.line)}, column ${tree.error.column}: the text is not valid MDX, so the page cannot be built: ${tree.error.reason}; a < or { meant as text is written \\< or \\{`,
    });
  }
  return problems;
}

/**
 * The editorial rules a published story must meet (drafts are checked only for dates and for MDX
 * the build cannot render). Returns every problem found; an empty list means the story may be published.
 */
export function storyProblems(story: StorySource, options: { draft: boolean; language?: StoryLanguage }): StoryProblem[] {
  const language = options.language ?? ZH;
  const tree = storyTree(story.body);
  const problems = [...dateProblems(story.frontmatter), ...componentProblems(tree, story.frontmatter)];
  if (options.draft || tree.error) return problems;
  const { body, data } = story;
  const add = (rule: string, message: string) => problems.push({ rule, message });
  const line = (node: StoryNode) => `line ${fileLine(story.frontmatter, lineOf(node))}`;

  const { count, min, unit, hint } = language.length;
  const length = count(readerText(tree.root));
  if (length < min) add('length', `the text has ${length} ${unit}; a story needs at least ${min} (${hint})`);

  const headings: { depth: number; text: string; node: StoryNode }[] = [];
  walk(tree.root, (node) => {
    if (node.type === 'heading') headings.push({ depth: node.depth, text: readerText(node).trim(), node });
  });
  const subheadings = headings.filter((heading) => heading.depth === 2);
  if (subheadings.length < MIN_SUBHEADINGS) add('subheadings', `found ${subheadings.length} "## " subheadings; organise the text under at least ${MIN_SUBHEADINGS}`);
  for (const top of headings.filter((heading) => heading.depth === 1)) {
    add('subheadings', `${line(top.node)}: a "# " heading in the text ("${top.text}"): the title is the only top heading; use "## " for sections`);
  }
  const sourcesSection = subheadings.find((heading) => language.sourcesHeadings.includes(heading.text));
  if (sourcesSection) add('sources', `${line(sourcesSection.node)}: a "## ${sourcesSection.text}" section in the text: the page lists the frontmatter "sources" itself; delete the section`);

  const refs = storyRefs(body);
  if (refs.figures.length === 0) add('figure', 'no <Figure id="…" />: place at least one map or chart from content/data/figures.yaml');
  if (data.leadFigure && !refs.figures.includes(data.leadFigure)) {
    add('figure', `leadFigure "${data.leadFigure}" is not placed in the text; add <Figure id="${data.leadFigure}" /> or choose one of: ${refs.figures.join(', ') || 'none placed'}`);
  } else if (data.leadFigure) {
    problems.push(...leadFigureProblems(story, data.leadFigure, language));
  }
  if (refs.sourceMarks.length === 0) add('sources', 'no <SourceMark id="…" />: cite each fact\'s source after its sentence');
  const uncited = (data.sources ?? []).filter((id) => !refs.sourceMarks.includes(id));
  if (uncited.length > 0) add('sources', `"sources" lists ${uncited.map((id) => `"${id}"`).join(', ')} but the text never cites it with <SourceMark />; cite it or remove it from the list`);
  if ((data.tags ?? []).length === 0) add('tags', `no tags: add at least one, e.g. ${language.tagExample}`);

  walk(tree.root, (node) => {
    if (node.type === 'table' || ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name?.toLowerCase() === 'table')) {
      add('no data in the text', `${line(node)}: a table in the text: numbers belong in content/data/*.yaml and reach the page through a figure`);
    } else if (node.type === 'mdxjsEsm') {
      const kind = /^\s*export\b/.test(node.value) ? 'an export line' : 'an import line';
      add('no data in the text', `${line(node)}: ${kind}: ${STORY_COMPONENTS.join(', ')} need no import, and data comes from content/data/`);
    }
  });
  return problems;
}

/** How many paragraphs of text may come before the lead figure (the lede). */
export const MAX_PARAGRAPHS_BEFORE_LEAD = 1;

/**
 * The lead figure comes first: the story's first <Figure> is its `leadFigure`, with at most one
 * paragraph of text before it (headings, comments and components do not count). The page shows
 * it above that paragraph, right under the title and dek, so that a drawn figure is on a phone's first
 * screen (src/layouts/StoryLayout.astro); the text before it therefore cannot call it 下图.
 * Each problem gives the file's line and the fix.
 */
export function leadFigureProblems(story: Pick<StorySource, 'frontmatter' | 'body'>, leadFigure: string, language: StoryLanguage = ZH): StoryProblem[] {
  const tree = storyTree(story.body);
  const placed = refElements(story.body, 'Figure').find(({ id }) => id !== undefined);
  if (!placed) return [];
  const { element, id: first } = placed as { element: StoryElement; id: string };
  const figureLine = fileLine(story.frontmatter, lineOf(element));
  if (first !== leadFigure) {
    return [{ rule: 'figure', message: `line ${figureLine}: the first figure is <Figure id="${first}" />, but the leadFigure is "${leadFigure}"; place <Figure id="${leadFigure}" /> first, right after the opening paragraph (or make "${first}" the leadFigure)` }];
  }
  // The top-level blocks before the figure's own, and the text before it in its own block.
  const at = tree.root.children.findIndex((block) => elements(block as StoryNode).includes(element));
  const isText = (block: StoryNode) => block.type !== 'heading' && readerText(block).trim() !== '';
  const own = tree.root.children[at] as StoryNode;
  const before = tree.root.children.slice(0, at).filter((block) => isText(block as StoryNode)).length + (readerTextBefore(own, element).trim() !== '' ? 1 : 0);
  if (before > MAX_PARAGRAPHS_BEFORE_LEAD) {
    return [{ rule: 'figure', message: `line ${figureLine}: the leadFigure <Figure id="${leadFigure}" /> comes after ${before} paragraphs of text; move it up to right after the opening paragraph (the page shows it above that paragraph, under the title and dek, so that the key graphic is on a phone's first screen)` }];
  }
  const opening = [...tree.root.children.slice(0, at).filter((block) => isText(block as StoryNode)).map((block) => readerText(block as StoryNode)), readerTextBefore(own, element)].join('');
  return [...new Set(opening.match(language.pointsDown) ?? [])].map((words) => ({
    rule: 'figure',
    message: `line ${figureLine}: the opening paragraph says "${words}", but the page shows the leadFigure <Figure id="${leadFigure}" /> above it, right under the title and dek; ${language.pointsDownFix}`,
  }));
}

/** What the reader-first rules check a story against: the glossary, the claims, and the pages a link may name. */
export interface ReaderContext {
  /** Glossary texts (terms and aliases) → entry id. */
  terms: ReadonlyMap<string, string>;
  claims: Iterable<[id: string, claim: ClaimRule]>;
  /** Published story slugs. */
  stories: ReadonlySet<string>;
  /** Old slugs of renamed stories → their slugs now (frontmatter formerSlugs), for a hint. */
  former?: ReadonlyMap<string, string>;
  /** Place page slugs. */
  places: ReadonlySet<string>;
  /** The story's language (default Chinese): how terms are marked, which words the rules look for. */
  language?: StoryLanguage;
}

/** The frontmatter text a reader sees before the story: title, dek and key points. */
interface ReaderFrontmatter {
  title?: unknown;
  dek?: unknown;
  keyPoints?: unknown;
}

const texts = (data: ReaderFrontmatter): string[] =>
  [data.title, data.dek, ...(Array.isArray(data.keyPoints) ? data.keyPoints : [])].filter((t): t is string => typeof t === 'string');

/**
 * The rules that keep a story readable for someone who knows none of the documents: marked terms
 * are in the glossary, claims are quoted and attributed, inference is marked one way and seldom,
 * figures are named by what they are (phones stack them: no 左图/右图), and links to other stories
 * and places name pages that exist. With the story's `frontmatter` (its raw text), each problem in
 * the body gives the file's line.
 */
export function readerProblems(story: { body: string; data: ReaderFrontmatter; frontmatter?: string }, context: ReaderContext): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const tree = storyTree(story.body);
  if (tree.error) return problems;
  const add = (rule: string, message: string) => problems.push({ rule, message });
  const offset = story.frontmatter === undefined ? undefined : fileLine(story.frontmatter, 0);
  const at = (node: StoryNode) => (offset === undefined ? '' : `line ${offset + lineOf(node)}: `);

  const language = context.language ?? ZH;
  const termProblems = language.terms === 'text' ? unknownTerms(story.body, context.terms, offset) : unknownTermIds(story.body, new Set(context.terms.values()), offset);
  for (const message of termProblems) add('terms', message);
  if (language.claims) {
    for (const message of claimProblems([...textFields(texts(story.data)), ...storyParagraphs(story.body, offset)], context.claims)) add('claims', message);
  }

  const word = language.inferredWord;
  const inferred = elements(tree.root, 'Inferred').length + (readerText(tree.root).match(word) ?? []).length
    + texts(story.data).join('').split(MARK).length - 1;
  if (inferred > MAX_INFERRED) {
    add('inferred', `the story says "inferred" ${inferred} times (<Inferred />, ${language.inferredName}, and * in the title, dek and key points); at most ${MAX_INFERRED}: give an inferred date once, marked, then refer back to it ${language.referBack}`);
  }
  if (texts(story.data).some((line) => line.match(word) !== null)) {
    add('inferred', `the title, dek or key points say ${language.inferredName} in words; mark an inferred date with * straight after it, e.g. ${language.markedExample}`);
  }

  walk(tree.root, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    for (const match of readerText(node).matchAll(language.sides)) {
      add('phones', `${at(node)}"${match[0]}": on a phone figures stack, so there is no left or right; ${language.sidesFix}`);
    }
  });

  walk(tree.root, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const href = node.url;
    const storyLink = /^\.\.\/([a-z0-9-]+)\/(?:#[\w-]+)?$/.exec(href);
    const placeLink = /^\.\.\/\.\.\/places\/([a-z0-9-]+)\/$/.exec(href);
    if (storyLink) {
      const renamed = context.former?.get(storyLink[1]!);
      if (renamed !== undefined && context.stories.has(renamed)) add('links', `${at(node)}[…](${href}) is the old address of a renamed story; link it as ../${renamed}/`);
      else if (!context.stories.has(storyLink[1]!)) add('links', `${at(node)}[…](${href}) names no published story; expected one of: ${[...context.stories].join(', ')}`);
    } else if (placeLink) {
      if (!context.places.has(placeLink[1]!)) add('links', `${at(node)}[…](${href}) names no place page; expected one of: ${[...context.places].join(', ')}`);
    } else if (!/^(?:https?:|#|\.\.\/\.\.\/(?:glossary|about|corrections|figures)\/)/.test(href)) {
      add('links', `${at(node)}[…](${href}): link another story as ../<slug>/, a place as ../../places/<slug>/, or a full https:// address`);
    }
  });
  return problems;
}

/** One error text for all problems of all stories: each file, then its problems with their rules. */
export function formatStoryProblems(byFile: [file: string, problems: StoryProblem[]][]): string {
  const failing = byFile.filter(([, problems]) => problems.length > 0);
  const lines = failing.map(([file, problems]) => `${file}:\n${problems.map((p) => `  - [${p.rule}] ${p.message}`).join('\n')}`);
  return `${failing.length === 1 ? 'A story breaks' : `${failing.length} stories break`} the editorial rules (README, "How to add a story"):\n${lines.join('\n')}`;
}

/** What the figure rules read of a figure in content/data/figures.yaml. */
export interface FigureUse {
  /** The story the figure belongs to. */
  story?: string;
  /** Other stories that may place it too. */
  stories?: string[];
  /** A draft figure has no figure page, embed page, downloads or gallery entry, and no published story may place it. */
  draft?: boolean;
}

/** A figure's fields as written in figures.yaml (not yet checked by its schema), read for the figure rules. */
export function figureUse(data: Record<string, unknown>): FigureUse {
  const list = (value: unknown) => (value === undefined || value === null ? undefined : (Array.isArray(value) ? value : [value]).map(String));
  return { story: data.story === undefined || data.story === null ? undefined : String(data.story), stories: list(data.stories), draft: data.draft === true };
}

/** The stories that exist, for the figure rules: every slug (drafts too), and old slugs → the story they became. */
export interface StoryIndex {
  slugs: readonly string[];
  former?: ReadonlyMap<string, string>;
}

/** " (did you mean …?)", or for an old slug of a renamed story, what to write instead. */
function storyHint(slug: string, stories: StoryIndex): string {
  const renamed = stories.former?.get(slug);
  return renamed !== undefined ? ` (the story was renamed: write "${renamed}")` : didYouMean(slug, stories.slugs);
}

/**
 * figures.yaml's references to stories: each `story:` and `stories:` entry must name a story in
 * content/stories/ (a draft or scheduled one too). One line per problem, naming the figure.
 */
export function figureStoryProblems(figures: Iterable<[id: string, figure: FigureUse]>, stories: StoryIndex, file = 'content/data/figures.yaml'): string[] {
  const known = new Set(stories.slugs);
  const problems: string[] = [];
  for (const [id, figure] of figures) {
    const named: [string, string][] = [
      ...(figure.story === undefined ? [] : [['story', figure.story] as [string, string]]),
      ...(figure.stories ?? []).map((slug) => ['stories', slug] as [string, string]),
    ];
    for (const [field, slug] of named) {
      if (!known.has(slug)) {
        problems.push(`${file} → ${id}: ${field}: "${slug}" names no story in content/stories/${storyHint(slug, stories)}; the stories are: ${[...stories.slugs].sort().join(', ')}`);
      }
    }
  }
  return problems;
}

/**
 * The figures a story places that it may not:
 * - another story's figure (its `story:` names another story) unless the figure lists this story
 *   in `stories:`, so that a figure's embed page and own page lead to the story it was made for;
 * - a draft figure (`draft: true`), when the story is published: a draft has no embed page or downloads.
 * A figure whose `story:` names no story is left to figureStoryProblems (one message per mistake).
 */
export function placementProblems(
  story: Pick<StorySource, 'frontmatter' | 'body'> & { slug: string; published: boolean; formerSlugs?: readonly string[] },
  figures: ReadonlyMap<string, FigureUse>,
  stories: ReadonlySet<string>,
): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const seen = new Set<string>();
  for (const { element, id } of refElements(story.body, 'Figure')) {
    if (id === undefined) continue;
    const figure = figures.get(id);
    if (!figure || seen.has(id)) continue;
    seen.add(id);
    const line = `line ${fileLine(story.frontmatter, lineOf(element))}: <Figure id="${id}" />`;
    // A figure listing the story under an old slug is reported once, by figureStoryProblems.
    const listed = (figure.stories ?? []).some((slug) => slug === story.slug || story.formerSlugs?.includes(slug));
    if (figure.story !== undefined && figure.story !== story.slug && stories.has(figure.story) && !listed) {
      problems.push({ rule: 'figure', message: `${line} is the figure of the story "${figure.story}"; add \`stories: [${story.slug}]\` to the figure in content/data/figures.yaml, or use another figure` });
    }
    if (figure.draft && story.published) {
      problems.push({ rule: 'figure', message: `${line} is a draft figure (draft: true in content/data/figures.yaml), with no embed page or downloads; delete its "draft: true", or take it out of this story` });
    }
  }
  return problems;
}

/**
 * The figures made for a story (their `story:` names it) that it does not place: their embed page
 * and own page would lead readers to a story that never shows them. A draft figure is work in
 * progress and not reported; the caller skips draft stories.
 */
export function unplacedFigureProblems(story: Pick<StorySource, 'body'> & { slug: string }, figures: ReadonlyMap<string, FigureUse>, file = 'content/data/figures.yaml'): StoryProblem[] {
  const placed = new Set(storyRefs(story.body).figures);
  return [...figures].filter(([id, figure]) => figure.story === story.slug && !figure.draft && !placed.has(id))
    .map(([id]) => ({ rule: 'figure', message: `${file} → ${id} is made for this story (story: ${story.slug}) but the story does not place it: add <Figure id="${id}" /> to the text, or set the figure's story: to the story that shows it (or mark it draft: true while you work on it)` }));
}

/** A story's slug and old slugs, for the formerSlugs rule. */
export interface SluggedStory {
  file: string;
  slug: string;
  draft: boolean;
  formerSlugs: readonly string[];
}

/**
 * Old addresses (`formerSlugs`, redirected to the story) must be free and each lead to one story:
 * not the slug of any story (its own included), not listed by two stories. Drafts have no page,
 * so their former slugs are not redirected and not checked. Each problem is reported once, under
 * the file that lists the old slug (the second of two files, in name order), naming the other.
 */
export function formerSlugProblems(stories: readonly SluggedStory[]): [file: string, problems: StoryProblem[]][] {
  const owner = new Map(stories.map((story) => [story.slug, story.file]));
  const listedBy = new Map<string, string>();
  return [...stories].sort((a, b) => a.file.localeCompare(b.file)).filter((story) => !story.draft).map((story) => {
    const problems: StoryProblem[] = [];
    for (const former of new Set(story.formerSlugs)) {
      const live = owner.get(former);
      const other = listedBy.get(former);
      if (live === story.file) {
        problems.push({ rule: 'formerSlugs', message: `"${former}" is this story's own slug; list only the slugs it had before, or remove formerSlugs` });
      } else if (live !== undefined) {
        problems.push({ rule: 'formerSlugs', message: `"${former}" is the slug of ${live}, a story of its own, so its address cannot lead here; remove "${former}" from formerSlugs (or rename that story)` });
      } else if (other !== undefined) {
        problems.push({ rule: 'formerSlugs', message: `"${former}" is also a former slug of ${other}; an old address can lead to one story only: remove it from one of the two files` });
      } else {
        listedBy.set(former, story.file);
      }
    }
    return [story.file, problems];
  });
}
