import { describe, expect, test } from 'vitest';
import { galleryGroups, storiesPlacing, type UsingStory } from '../../src/lib/gallery';
import type { Figure } from '../../src/lib/figures/schemas';

/** A figure as the gallery reads it: its id and the story it belongs to. */
const figure = (id: string, story?: string) => ({ id, story, title: id, dek: id, notes: [] }) as unknown as Figure;
const story = (id: string, ...figures: string[]): UsingStory => ({ id, title: `《${id}》`, body: `开头一段。\n\n${figures.map((f) => `<Figure id="${f}" />`).join('\n\n')}\n` });

describe('storiesPlacing', () => {
  test('the stories whose text places the figure, the one it belongs to first, then in the order given', () => {
    const stories = [story('a', 'x'), story('b', 'y'), story('c', 'x', 'y'), story('d', 'x')];
    expect(storiesPlacing(figure('x', 'd'), stories).map((s) => s.id)).toEqual(['d', 'a', 'c']);
    expect(storiesPlacing(figure('x'), stories).map((s) => s.id)).toEqual(['a', 'c', 'd']);
    expect(storiesPlacing(figure('z'), stories)).toEqual([]);
  });

  test('a tag in a code span is not a placement', () => {
    const body = '写法是 `<Figure id="x" />`，不是图。';
    expect(storiesPlacing(figure('x'), [{ id: 'a', title: 'a', body }])).toEqual([]);
  });
});

describe('galleryGroups', () => {
  const stories = [story('first', 'b', 'a'), story('second', 'c', 'a'), story('third')];
  const figures = [figure('a', 'second'), figure('b', 'first'), figure('c', 'unpublished'), figure('d'), figure('p1'), figure('e', 'unpublished'), figure('p2')];
  const groups = galleryGroups(figures, stories, new Set(['p1', 'p2']));
  const summary = groups.map((group) => `${group.kind === 'story' ? group.story.id : group.kind}: ${group.figures.map((f) => f.id).join(' ')}`);

  test('a figure goes with its own story when published, else with the first story that places it; in the order its story shows them', () => {
    expect(summary.slice(0, 2)).toEqual(['first: b', 'second: c a']);
  });

  test('then the generated figures no published story shows, then the rest; a story without figures of its own has no group', () => {
    expect(summary.slice(2)).toEqual(['places: p1 p2', 'other: d e']);
    expect(groups.some((group) => group.kind === 'story' && group.story.id === 'third')).toBe(false);
  });

  test('every figure is in exactly one group', () => {
    const listed = groups.flatMap((group) => group.figures.map((f) => f.id));
    expect(listed.sort()).toEqual(figures.map((f) => f.id).sort());
  });

  test('no figures, no groups', () => {
    expect(galleryGroups([], stories, new Set())).toEqual([]);
  });
});
