import { describe, expect, test } from 'vitest';
import { checkStoryRefs, storyRefs } from '../../src/lib/story-refs';

const body = `正文。\n\n<Figure id="map-2022-tiers" />\n\n文字<SourceMark id='plan-2022-doc' />。\n\n<Figure id={"chart-timeline"} />`;

describe('storyRefs', () => {
  test('finds figure ids and source marks in every quoting style', () => {
    expect(storyRefs(body)).toEqual({ figures: ['map-2022-tiers', 'chart-timeline'], sourceMarks: ['plan-2022-doc'] });
  });
});

describe('checkStoryRefs', () => {
  const figures = new Set(['map-2022-tiers', 'chart-timeline']);
  test('passes when every id is known', () => {
    expect(checkStoryRefs('content/stories/a.mdx', body, figures, ['plan-2022-doc']).figures).toHaveLength(2);
  });
  test('an unknown figure id fails with the story file named', () => {
    expect(() => checkStoryRefs('content/stories/a.mdx', '<Figure id="no-such-map" />', figures, []))
      .toThrow('content/stories/a.mdx:\n  <Figure id="no-such-map"> names no figure in content/data/figures.yaml');
  });
  test('a source mark for a source the story does not list fails', () => {
    expect(() => checkStoryRefs('content/stories/a.mdx', body, figures, ['evening-2026-135n']))
      .toThrow(/SourceMark id="plan-2022-doc".*frontmatter "sources"/);
  });
});
