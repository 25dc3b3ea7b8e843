import { describe, expect, test } from 'vitest';
import { checkStoryRefs, leadDrawingProblem, leadFigureOf, storyRefProblems, storyRefs } from '../../src/lib/story-refs';

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

describe('storyRefs reads the MDX syntax tree, as the build does', () => {
  test('a tag in a code span or a comment is not a reference; a tag over several lines is', () => {
    const text = '写作`<Figure id="in-code" />`即可。{/* <Figure id="in-comment" /> */}\n\n{/*\n<SourceMark id="old" />\n*/}\n\n<Figure\n  id="multi-line"\n/>\n\n```\n<Figure id="in-block" />\n```';
    expect(storyRefs(text)).toEqual({ figures: ['multi-line'], sourceMarks: [] });
  });
  test('a whole file, frontmatter and all, is read too', () => {
    expect(storyRefs('---\ntitle: 标题 <x>\n---\n正文<SourceMark id="a" />')).toEqual({ figures: [], sourceMarks: ['a'] });
  });
});

describe('storyRefProblems refuses ids the build cannot read', () => {
  const problems = (text: string) => storyRefProblems(text, new Set(['x']), ['a']);
  test('an id given as an expression other than a plain string, or no id at all, is named with the fix', () => {
    expect(problems('<Figure id={name} />\n\n<SourceMark />\n\n<Figure id={`x`} />')).toEqual([
      { rule: 'figure', message: '<Figure id={name} /> has the id {name}, which is not a plain text; write the id in quotes, as in <Figure id="…" />' },
      { rule: 'sources', message: '<SourceMark /> has no id; write the id in quotes, as in <SourceMark id="…" />' },
    ]);
  });
});

describe('leadFigureOf', () => {
  const body = '开头。\n\n<Figure id="first" />\n\n中间。\n\n<Figure id="second" />\n';
  test('the frontmatter leadFigure, else the first <Figure> of the body, else none', () => {
    expect(leadFigureOf({ data: { leadFigure: 'second' }, body })).toBe('second');
    expect(leadFigureOf({ data: {}, body })).toBe('first');
    expect(leadFigureOf({ data: {}, body: '只有文字。' })).toBeUndefined();
    expect(leadFigureOf({ data: {} })).toBeUndefined();
  });
});

describe('leadDrawingProblem', () => {
  test('a lead figure with a panel passes; one without names the file, the figure and the fix', () => {
    expect(leadDrawingProblem('content/stories/x.mdx', 'map-a', 1)).toBeUndefined();
    const message = leadDrawingProblem('content/stories/x.mdx', 'cards-a', 0);
    expect(message).toMatch(/^content\/stories\/x\.mdx: leadFigure "cards-a" draws no map or chart/);
    expect(message).toContain('choose a map or chart figure as leadFigure');
  });
});
