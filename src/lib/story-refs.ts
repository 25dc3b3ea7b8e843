import { didYouMean } from './suggest';
import { attribute, elements, openingTag, storyTree, type StoryElement } from './story-tree';

/** What an MDX story refers to by id, read from its syntax tree (src/lib/story-tree.ts). */
export interface StoryRefs {
  figures: string[];
  sourceMarks: string[];
}

/** The components that refer to a record by their `id`. */
const REFERRING = ['Figure', 'SourceMark'] as const;

/** The <Figure> or <SourceMark> elements of a body, each with its id as text (undefined when the id is missing or not a plain string). */
export function refElements(body: string, name: (typeof REFERRING)[number]): { element: StoryElement; id?: string }[] {
  return elements(storyTree(body).root, name).map((element) => ({ element, id: attribute(element, 'id')?.text }));
}

/**
 * The figure ids (<Figure id="…" />) and source ids (<SourceMark id="…" />) an MDX body uses, in
 * the order of the text: id="x", id='x' and id={"x"} alike. Tags in code spans and comments are
 * not references. A body the parser cannot read has none (storyProblems reports why).
 */
export function storyRefs(body: string): StoryRefs {
  const ids = (name: (typeof REFERRING)[number]) => refElements(body, name).flatMap(({ id }) => (id === undefined ? [] : [id]));
  return { figures: ids('Figure'), sourceMarks: ids('SourceMark') };
}

/**
 * A story's lead figure: its frontmatter `leadFigure`, which the editorial rules require to be its
 * first <Figure> (src/lib/story-rules.ts, leadFigureProblems), or else the first <Figure> of its
 * body; undefined when it places none. Its page advertises that figure's oEmbed and image.
 */
export function leadFigureOf(story: { data: { leadFigure?: string }; body?: string }): string | undefined {
  return story.data.leadFigure ?? storyRefs(story.body ?? '').figures[0];
}

/**
 * The lead figure sits on a phone's first screen, so it must draw something (a map or a chart):
 * a figure of number cards or a timeline only has no drawing there. Returns the build's message
 * for a lead without a panel, naming the file and the fix, or undefined.
 */
export function leadDrawingProblem(file: string, lead: string, panels: number): string | undefined {
  if (panels > 0) return undefined;
  return `${file}: leadFigure "${lead}" draws no map or chart (only number cards or a timeline), so a phone's first screen would show no drawing; choose a map or chart figure as leadFigure and place it first`;
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

/**
 * The reference problems of a story's body, each with the editorial rule it breaks ("figure", "sources"):
 * an id that names nothing, and an id the build cannot read (missing, or an expression such as id={name}).
 */
export function storyRefProblems(body: string, figureIds: ReadonlySet<string>, storySources: readonly string[]): { rule: 'figure' | 'sources'; message: string }[] {
  const tree = storyTree(body);
  const unreadable = REFERRING.flatMap((name) => refElements(body, name).filter(({ id }) => id === undefined).map(({ element }) => {
    const written = attribute(element, 'id')?.written;
    return {
      rule: name === 'Figure' ? 'figure' as const : 'sources' as const,
      message: `${openingTag(tree, element)} ${written === undefined ? 'has no id' : `has the id ${written}, which is not a plain text`}; write the id in quotes, as in <${name} id="…" />`,
    };
  }));
  const refs = storyRefs(body);
  return [
    ...unreadable,
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

/**
 * leadDrawingProblem for each published story of a list (the English edition, whose pages the
 * build does not render yet): `panels` gives a figure's number of drawn panels, or undefined for
 * an id that names no figure (reported by the story loader). One message per story.
 */
export function leadDrawingProblems(
  stories: readonly { filePath?: string; id: string; body?: string; data: { leadFigure?: string; draft?: boolean } }[],
  panels: (figure: string) => number | undefined,
  folder: string,
): string[] {
  return stories.filter((story) => story.data.draft !== true).flatMap((story) => {
    const lead = leadFigureOf(story);
    const count = lead === undefined ? undefined : panels(lead);
    if (lead === undefined || count === undefined) return [];
    const problem = leadDrawingProblem(story.filePath ?? `${folder}/${story.id}.mdx`, lead, count);
    return problem === undefined ? [] : [problem];
  });
}
