import { describe, expect, test } from 'vitest';
import { dateProblems, formatStoryProblems, hanCount, isCalendarDate, MIN_HAN, prose, splitStory, storyProblems } from '../../src/lib/story-rules';

const han = (n: number) => '字'.repeat(n);
/** A story meeting every rule, to break one rule at a time. */
function good(overrides: { body?: string; frontmatter?: string; data?: object } = {}) {
  const body = overrides.body ?? [
    `## 一\n${han(400)}<SourceMark id="a" />\n\n<Figure id="map-x" />`,
    `## 二\n${han(400)}<SourceMark id="b" />`,
    `## 三\n${han(200)}`,
  ].join('\n\n');
  return {
    frontmatter: overrides.frontmatter ?? 'title: 标题\npublished: 2026-11-23',
    data: { sources: ['a', 'b'], leadFigure: 'map-x', tags: ['算力'], ...overrides.data },
    body,
  };
}
const rules = (story: ReturnType<typeof good>, draft = false) => storyProblems(story, { draft }).map((problem) => problem.rule);

describe('isCalendarDate(text)', () => {
  test.each([['2026-11-23', true], ['2024-02-29', true], ['2026-13-45', false], ['2026-02-29', false], ['2026-11-31', false], ['2026-1-5', false], ['', false]])('%s → %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});

describe('dateProblems(frontmatter)', () => {
  test('names the field and the written value, quoted or not', () => {
    expect(dateProblems('published: 2026-13-45\nupdated: "2026-02-30"').map((problem) => problem.message)).toEqual([
      'published: "2026-13-45" is not a date; write a real day as YYYY-MM-DD, e.g. 2026-11-23',
      'updated: "2026-02-30" is not a date; write a real day as YYYY-MM-DD, e.g. 2026-11-23',
    ]);
  });
  test('accepts real days and an absent updated field', () => {
    expect(dateProblems('published: 2026-11-23 # 首发')).toEqual([]);
  });
});

describe('storyProblems(story, { draft })', () => {
  test('a story meeting every rule has no problems', () => {
    expect(storyProblems(good(), { draft: false })).toEqual([]);
  });

  test.each([
    ['length', { body: good().body.replace(han(400), han(10)) }],
    ['subheadings', { body: good().body.replace('## 三\n', '') }],
    ['subheadings', { body: `# 大标题\n\n${good().body}` }],
    ['sources', { body: `${good().body}\n\n## 来源\n` }],
    ['figure', { body: good().body.replace('<Figure id="map-x" />', '') }],
    ['sources', { data: { sources: ['a', 'b', 'c'] } }],
    ['tags', { data: { tags: [] } }],
    ['no data in the text', { body: `${good().body}\n\n| 年 | 值 |\n|---|---|` }],
    ['no data in the text', { body: `${good().body}\n\n<table><tr><td>1</td></tr></table>` }],
    ['no data in the text', { body: `import X from './x';\n${good().body}` }],
    ['dates', { frontmatter: 'published: 2026-13-45' }],
    ['components', { body: good().body.replace('<Figure id="map-x" />', '<Figure id="map-x"></Figure>') }],
  ])('breaking [%s] is reported under that rule', (rule, overrides) => {
    expect(rules(good(overrides))).toContain(rule);
  });

  test('a lead figure not placed in the text is named, with the figures that are', () => {
    const problems = storyProblems(good({ data: { leadFigure: 'map-y' } }), { draft: false });
    expect(problems).toEqual([{ rule: 'figure', message: 'leadFigure "map-y" is not placed in the text; add <Figure id="map-y" /> or choose one of: map-x' }]);
  });

  test('an open component tag gets the hint to close it with />', () => {
    const [problem] = storyProblems(good({ body: good().body.replace('<Figure id="map-x" />', '<Figure id="map-x">') }), { draft: false });
    expect(problem?.message).toBe('<Figure id="map-x"> is not closed: close the tag with />, as in <Figure id="map-x" />');
  });

  test('drafts are checked only for dates and open tags, not for length or figures', () => {
    expect(rules(good({ body: '## 一\n草稿', frontmatter: 'published: 2026-02-30' }), true)).toEqual(['dates']);
  });
});

test('prose() drops components, comments and imports but keeps the text around them', () => {
  const body = 'import X from "y";\n{/* 注释里的字 */}\n正文一句。<SourceMark id="plan-2022-doc" />\n\n<Figure id="map-2022-tiers" />';
  expect(prose(body).trim()).toBe('正文一句。');
  expect(hanCount('2022年“一县一集群”，AI与算力')).toBe(9);
  expect(MIN_HAN).toBeGreaterThan(0);
});

test('splitStory() separates frontmatter and body, and finds none without --- lines', () => {
  expect(splitStory('---\ntitle: x\n---\n正文')).toEqual({ frontmatter: 'title: x', body: '正文' });
  expect(splitStory('正文')).toBeNull();
});

test('formatStoryProblems() names each failing file and each rule', () => {
  const text = formatStoryProblems([
    ['content/stories/a.mdx', [{ rule: 'length', message: 'too short' }]],
    ['content/stories/b.mdx', []],
  ]);
  expect(text).toBe('A story breaks the editorial rules (README, "How to add a story"):\ncontent/stories/a.mdx:\n  - [length] too short');
});
