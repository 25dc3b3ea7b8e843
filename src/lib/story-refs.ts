import { didYouMean } from './suggest';

/** What an MDX story refers to by id, read from its source text. */
export interface StoryRefs {
  figures: string[];
  sourceMarks: string[];
}

const attr = (tag: string) => new RegExp(`<${tag}\\b[^>]*?\\bid=(?:"([^"]*)"|'([^']*)'|\\{\\s*["']([^"']*)["']\\s*\\})`, 'g');

/** The figure ids (<Figure id="…">) and source ids (<SourceMark id="…">) an MDX body uses. */
export function storyRefs(body: string): StoryRefs {
  const ids = (tag: string) => [...body.matchAll(attr(tag))].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  return { figures: ids('Figure'), sourceMarks: ids('SourceMark') };
}

/**
 * Checks a story's references and throws one error listing every problem, naming the file:
 * a figure id that is not in figures.yaml, a source mark for a source the story does not list.
 */
export function checkStoryRefs(file: string, body: string, figureIds: Set<string>, storySources: string[]): StoryRefs {
  const problems = storyRefProblems(body, figureIds, storySources);
  if (problems.length > 0) throw new Error(`${file}:\n  ${problems.map((problem) => problem.message).join('\n  ')}`);
  return storyRefs(body);
}

/** The reference problems of a story's body, each with the editorial rule it breaks ("figure", "sources"). */
export function storyRefProblems(body: string, figureIds: ReadonlySet<string>, storySources: readonly string[]): { rule: 'figure' | 'sources'; message: string }[] {
  const refs = storyRefs(body);
  return [
    ...refs.figures.filter((id) => !figureIds.has(id)).map((id) => ({
      rule: 'figure' as const,
      message: `<Figure id="${id}"> names no figure in content/data/figures.yaml${didYouMean(id, figureIds)}`,
    })),
    ...refs.sourceMarks.filter((id) => !storySources.includes(id)).map((id) => ({
      rule: 'sources' as const,
      message: `<SourceMark id="${id}"> cites a source missing from the frontmatter "sources" list (${storySources.join(', ')})${didYouMean(id, storySources)}`,
    })),
  ];
}
