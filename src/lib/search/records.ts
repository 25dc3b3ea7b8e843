/**
 * What the site search finds: one record per page a reader can land on (published stories,
 * place pages, figure pages, glossary entries), made from content, never from built pages. Each
 * record carries its page type, its title and the text searched; src/lib/search/index.ts turns
 * them into Pagefind's index.
 */
import type { SiteData } from '../data/types';
import { publishedFigures } from '../figures';
import { spoken } from '../inferred';
import { placeList, placeUrl } from '../places';
import { readerText, storyTree } from '../story-tree';
import { assetUrl, figureUrls, storyUrl } from '../urls';

/** The page types search results name (their words: WORDING.search). */
export const SEARCH_TYPES = ['story', 'place', 'figure', 'term'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchRecord {
  /** Site-relative URL of the page (with the base), an anchor for a glossary entry. */
  url: string;
  type: SearchType;
  /** The page's title as results show it, inference marks spoken ("（推断）"). */
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

const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('\n');

/** The search records of the site: stories, places, figures, glossary entries, in that order. */
export function searchRecords(stories: readonly SearchStory[], data: SiteData, base = '/'): SearchRecord[] {
  const storyRecords = stories.map((story): SearchRecord => {
    const tree = storyTree(story.body ?? '');
    return {
      url: storyUrl(story.id, base),
      type: 'story',
      title: spoken(story.data.title),
      content: spoken(join(story.data.title, story.data.dek, ...story.data.keyPoints, tree.error ? '' : readerText(tree.root))),
    };
  });
  const places = placeList(data).map((place): SearchRecord => ({
    url: placeUrl(place.slug, base),
    type: 'place',
    title: place.name,
    content: spoken(join(place.name, place.shortName, place.kindLabel, place.intro)),
  }));
  const figures = publishedFigures(data.figures.values()).map((figure): SearchRecord => ({
    url: figureUrls(figure.id, base).page,
    type: 'figure',
    title: spoken(figure.title),
    content: spoken(join(figure.title, figure.dek, ...figure.notes)),
  }));
  const terms = [...data.glossary.entries()].map(([id, entry]): SearchRecord => ({
    url: assetUrl(`glossary/#${id}`, base),
    type: 'term',
    title: entry.term,
    content: spoken(join(entry.term, ...entry.aliases, entry.definition)),
  }));
  return [...storyRecords, ...places, ...figures, ...terms];
}
