/**
 * What the site search finds: one record per page a reader can land on (published stories,
 * place pages, figure pages, glossary entries), made from content, never from built pages, in
 * the language of the data set (langOf(data)): the Chinese records link the Chinese pages, the
 * English records (getSiteData('en'), the English stories) the pages under /en/. Each record
 * carries its page type, its title and the text searched; src/lib/search/index.ts turns each
 * edition's records into that edition's Pagefind index.
 *
 * English text keeps its Chinese names marked, `{zh:平湖}` (src/lib/i18n/zh-marks.ts), from the
 * records' `en:` blocks and from the stories' <Zh>平湖</Zh>, so that a page can give them their
 * language; the index reads them as plain text.
 */
import type { SiteData } from '../data/types';
import { langOf } from '../data/types';
import { NAME_MARKER } from '../english-rules';
import { publishedFigures } from '../figures';
import { langRoot, type Lang } from '../i18n/lang';
import { chineseOutsideMarks } from '../i18n/zh-marks';
import { MARK, spoken } from '../inferred';
import { placeList, placeUrl } from '../places';
import { readerText, storyTree, type StoryNode } from '../story-tree';
import { assetUrl, figureUrls, storyUrl } from '../urls';
import { wordingOf } from '../wording';

/** The page types search results name (their words: the wording's `search` group). */
export const SEARCH_TYPES = ['story', 'place', 'figure', 'term'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchRecord {
  /** Site-relative URL of the page (with the base and the edition's folder), an anchor for a glossary entry. */
  url: string;
  type: SearchType;
  /** The page's title as results show it, inference marks spoken ("（推断）", " (inferred)"). */
  title: string;
  /** Everything searched: title, standfirst and text. */
  content: string;
}

/** A published story as search reads it: its slug, frontmatter words and MDX body. */
export interface SearchStory {
  id: string;
  data: { title: string; dek: string; keyPoints: string[] };
  body?: string;
}

/** A record's parts, one a line, each once (a county's short name is its name). */
const join = (...parts: (string | undefined)[]) => [...new Set(parts.filter(Boolean))].join('\n');

/**
 * A text an English record may carry: none with Chinese outside a name mark. (A place's kind,
 * 县级市, is worded in Chinese only until src/lib/places gives it in the data's language.)
 */
const inEdition = (text: string, lang: Lang): string | undefined => (lang === 'zh' || chineseOutsideMarks(text).length === 0 ? text : undefined);

/**
 * A text with its inference marks said in the edition's words: "2025年（推断）", "2025 (inferred)".
 * (outputs-en's spokenIn() in src/lib/inferred.ts says the same for every output: use it here once merged.)
 */
const spokenFor = (text: string, lang: Lang): string =>
  lang === 'zh' ? spoken(text) : text.split(MARK).join(` (${wordingOf(lang).inferred.name})`);

/** A node with each <Zh>…</Zh> of an English story turned into the text mark `{zh:…}` (a copy: the parsed tree is shared). */
function withNameMarks(node: StoryNode): StoryNode {
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === NAME_MARKER) {
    return { type: 'text', value: `{zh:${readerText(node)}}` } as StoryNode;
  }
  if (!('children' in node) || !Array.isArray(node.children)) return node;
  return { ...node, children: (node.children as StoryNode[]).map(withNameMarks) } as StoryNode;
}

/** What a reader reads of a story's body, in the edition's text form (English: names marked). */
function bodyText(body: string | undefined, lang: Lang): string {
  const tree = storyTree(body ?? '');
  if (tree.error) return '';
  return readerText(lang === 'en' ? withNameMarks(tree.root) : tree.root);
}

/**
 * The search records of one edition: stories, places, figures, glossary entries, in that order.
 * `stories` are the edition's published stories, `data` the edition's data set; `base` is the
 * site's base path (the English URLs add /en/ to it).
 */
export function searchRecords(stories: readonly SearchStory[], data: SiteData, base = '/'): SearchRecord[] {
  const lang = langOf(data);
  const root = langRoot(lang, base);
  const say = (text: string) => spokenFor(text, lang);
  const storyRecords = stories.map((story): SearchRecord => ({
    url: storyUrl(story.id, root),
    type: 'story',
    title: say(story.data.title),
    content: say(join(story.data.title, story.data.dek, ...story.data.keyPoints, bodyText(story.body, lang))),
  }));
  const places = placeList(data).map((place): SearchRecord => ({
    url: placeUrl(place.slug, root),
    type: 'place',
    title: place.name,
    content: say(join(place.name, place.shortName, inEdition(place.kindLabel, lang), place.intro)),
  }));
  const figures = publishedFigures(data.figures.values()).map((figure): SearchRecord => ({
    url: figureUrls(figure.id, root).page,
    type: 'figure',
    title: say(figure.title),
    content: say(join(figure.title, figure.dek, ...figure.notes)),
  }));
  const terms = [...data.glossary.entries()].map(([id, entry]): SearchRecord => ({
    url: assetUrl(`glossary/#${id}`, root),
    type: 'term',
    title: entry.term,
    content: say(join(entry.term, ...entry.aliases, entry.definition)),
  }));
  return [...storyRecords, ...places, ...figures, ...terms];
}
