/**
 * Which stories use a figure, and how the gallery (/figures/) groups the figures: pure functions
 * over the published figures and the published stories in reading order (src/lib/reading-path.ts).
 */
import type { Figure } from '../figures/schemas';
import { storyRefs } from '../story-refs';

/** A published story as the gallery and the figure pages read it. */
export interface UsingStory {
  id: string;
  title: string;
  /** Its MDX body, where its <Figure> elements are. */
  body: string;
}

/** The figures a story's body places, in the order of its text. */
const placed = (story: UsingStory): string[] => storyRefs(story.body).figures;

/** The published stories that place a figure, the one it belongs to (`story:`) first, then in the given order. */
export function storiesPlacing(figure: Figure, stories: readonly UsingStory[]): UsingStory[] {
  return stories.filter((story) => placed(story).includes(figure.id))
    .map((story, index) => ({ story, index }))
    .sort((a, b) => Number(b.story.id === figure.story) - Number(a.story.id === figure.story) || a.index - b.index)
    .map(({ story }) => story);
}

/** One group of the gallery: a story's figures, the place pages' or the rest. */
export type GalleryGroup =
  | { kind: 'story'; story: UsingStory; figures: Figure[] }
  | { kind: 'places' | 'other'; figures: Figure[] };

/**
 * The gallery's groups. A figure goes with the story it belongs to when that story is published,
 * else with the first story (in `stories` order) that places it; the stories come in that order,
 * each figure in the order its story shows it. The figures no published story shows follow: those
 * made from data for the place pages (`generated`), then the others. Empty groups are left out;
 * every figure is in exactly one group.
 */
export function galleryGroups(figures: readonly Figure[], stories: readonly UsingStory[], generated: ReadonlySet<string>): GalleryGroup[] {
  const home = (figure: Figure): UsingStory | undefined =>
    stories.find((story) => story.id === figure.story) ?? stories.find((story) => placed(story).includes(figure.id));
  const homes = new Map(figures.map((figure) => [figure.id, home(figure)]));
  const groups: GalleryGroup[] = stories.map((story) => {
    const order = placed(story);
    const at = (figure: Figure) => (order.includes(figure.id) ? order.indexOf(figure.id) : order.length);
    const own = figures.map((figure, index) => ({ figure, index })).filter(({ figure }) => homes.get(figure.id) === story)
      .sort((a, b) => at(a.figure) - at(b.figure) || a.index - b.index)
      .map(({ figure }) => figure);
    return { kind: 'story' as const, story, figures: own };
  });
  const homeless = figures.filter((figure) => !homes.get(figure.id));
  groups.push({ kind: 'places', figures: homeless.filter((figure) => generated.has(figure.id)) });
  groups.push({ kind: 'other', figures: homeless.filter((figure) => !generated.has(figure.id)) });
  return groups.filter((group) => group.figures.length > 0);
}
