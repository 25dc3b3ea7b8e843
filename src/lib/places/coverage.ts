/** Which places a story covers: those its figures carry data about, and those its frontmatter lists. */
import type { SiteData } from '../data/types';
import { figurePlaces } from '../figures/registry';
import { placeList, type Place, type StoryPlaces } from '.';

/** The places a story covers: those of its figures and those its frontmatter lists, in place order. */
export function storyPlaces(story: StoryPlaces, data: SiteData): Place[] {
  const ids = new Set(story.places);
  for (const id of story.figures) {
    const figure = data.figures.get(id);
    if (figure) figurePlaces(figure, data).forEach((place) => ids.add(place));
  }
  return placeList(data).filter((place) => ids.has(place.id));
}
