import { describe, expect, test } from 'vitest';
import { parseReadingPath, readingOrder, storyEnd, type PathStory } from '../../src/lib/reading-path';

const story = (id: string, options: { draft?: boolean; day?: number; tags?: string[]; sources?: string[] } = {}): PathStory => ({
  id,
  data: { draft: options.draft, published: new Date(Date.UTC(2026, 10, options.day ?? 1)), title: id, tags: options.tags ?? [], sources: options.sources ?? [] },
});
const ids = (stories: PathStory[]) => stories.map((s) => s.id);

describe('the reading path', () => {
  const all = [story('a'), story('b'), story('c'), story('d', { day: 9 }), story('e', { day: 3 }), story('f', { draft: true })];

  test('the path\'s published stories in its order, then the others newest first; drafts are left out', () => {
    const order = readingOrder(all, ['c', 'f', 'a']);
    expect(ids(order.path)).toEqual(['c', 'a']);
    expect(ids(order.rest)).toEqual(['d', 'e', 'b']);
  });

  test('a slug naming no story fails, naming the file, the slug and a hint', () => {
    expect(() => readingOrder(all, ['a', 'bb'])).toThrow(/content\/reading-path\.yaml: "bb" names no story/);
  });

  test('a scheduled story (published after the build\'s day) is left out until its day, on the path or off it', () => {
    const stories = [story('a', { day: 1 }), story('b', { day: 20 }), story('c', { day: 25 })];
    const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;
    expect(ids(readingOrder(stories, ['b', 'a'], day(19)).path)).toEqual(['a']);
    expect(ids(readingOrder(stories, ['b', 'a'], day(19)).rest)).toEqual([]);
    expect(ids(readingOrder(stories, ['b', 'a'], day(20)).path)).toEqual(['b', 'a']);
    expect(ids(readingOrder(stories, ['b', 'a'], day(25)).rest)).toEqual(['c']);
    expect(storyEnd('a', stories, ['a', 'b'], day(19)).next?.id).toBeUndefined();
    expect(ids(storyEnd('a', stories, ['a'], day(19)).related)).toEqual([]);
  });

  test('the old slug of a renamed story gets the new one', () => {
    const renamed = { ...story('ports'), data: { ...story('ports').data, formerSlugs: ['harbour'] } };
    expect(() => readingOrder([...all, renamed], ['harbour'])).toThrow('"harbour" names no story in content/stories/ (the story was renamed: write "ports")');
  });

  test('every story has a next story: the following one on the path, the first after the last, the first for a story off the path', () => {
    const path = ['a', 'b', 'c'];
    expect(storyEnd('a', all, path).next?.id).toBe('b');
    expect(storyEnd('c', all, path).next?.id).toBe('a');
    expect(storyEnd('d', all, path).next?.id).toBe('a');
    expect(storyEnd('a', [story('a')], ['a']).next).toBeUndefined();
  });

  test('related stories share tags and sources, never the story itself or its next one, at most three', () => {
    const tagged = [story('a', { tags: ['算力'] }), story('b'), story('c', { tags: ['算力'] }), story('d', { sources: ['s'] }), story('e'), story('g')];
    const end = storyEnd('a', tagged, ['a', 'b']);
    expect(end.next?.id).toBe('b');
    expect(ids(end.related)).toHaveLength(3);
    expect(ids(end.related)[0]).toBe('c');
    expect(ids(end.related)).not.toContain('a');
    expect(ids(end.related)).not.toContain('b');
  });

  test('the file: a list of slugs under start:, anything else is refused naming the file', () => {
    expect(parseReadingPath('start: [a, b]')).toEqual(['a', 'b']);
    expect(() => parseReadingPath('start: []')).toThrow(/reading-path\.yaml: expected "start:"/);
    expect(() => parseReadingPath('stories: [a]')).toThrow(/reading-path\.yaml/);
    expect(() => parseReadingPath('start:\n  - a\n  - [b\n  - c\n')).toThrow('content/reading-path.yaml:4:3: not valid YAML: missed comma between flow collection entries\n  4 |   - c\n    |   ^');
  });
});
