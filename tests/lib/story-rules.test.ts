import { describe, expect, test } from 'vitest';
import {
  dateProblems, figureStoryProblems, fileLine, formatStoryProblems, formerSlugProblems, hanCount, isCalendarDate, leadFigureProblems, MIN_HAN,
  placementProblems, prose, splitStory, storyProblems, unplacedFigureProblems, type FigureUse,
} from '../../src/lib/story-rules';

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
  test('an update before the first publication is refused, naming both dates', () => {
    expect(dateProblems('published: 2026-11-23\nupdated: "2026-11-02"')).toEqual([{
      rule: 'dates',
      message: 'updated: 2026-11-02 is earlier than published: 2026-11-23; a story is updated after it is first published: correct one of the two dates, or delete "updated"',
    }]);
  });
  test('an update on the day of publication or later is fine; an impossible date is reported as such, not compared', () => {
    expect(dateProblems('published: 2026-11-23\nupdated: 2026-11-23')).toEqual([]);
    expect(dateProblems('updated: 2027-01-02\npublished: 2026-11-23')).toEqual([]);
    expect(dateProblems('published: 2026-11-23\nupdated: 2026-02-30').map((problem) => problem.message)).toEqual([
      'updated: "2026-02-30" is not a date; write a real day as YYYY-MM-DD, e.g. 2026-11-23',
    ]);
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
    ['dates', { frontmatter: 'published: 2026-11-23\nupdated: 2026-11-22' }],
    ['figure', { body: `${han(10)}\n\n${good().body}` }],
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
    expect(problem?.message).toBe(`line ${fileLine(good().frontmatter, 4)}: <Figure id="map-x"> is not closed: close the tag with />, as in <Figure id="map-x" />`);
  });

  test('drafts are checked only for dates and open tags, not for length or figures', () => {
    expect(rules(good({ body: '## 一\n草稿', frontmatter: 'published: 2026-02-30' }), true)).toEqual(['dates']);
  });
});

test('prose() drops components, comments and imports but keeps the text around them', () => {
  // MDX reads an import up to the next blank line.
  const body = 'import X from "y";\n\n{/* 注释里的字 */}\n\n正文一句。<SourceMark id="plan-2022-doc" />\n\n<Figure id="map-2022-tiers" />';
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

describe('leadFigureProblems: the leadFigure is the first figure, after at most one paragraph, which does not call it 下图', () => {
  const frontmatter = 'title: 标题\npublished: 2026-11-23';
  /** The line in the file of a body line: the frontmatter's two lines and its two --- lines come first. */
  const line = (bodyLine: number) => fileLine(frontmatter, bodyLine);
  const check = (body: string, lead = 'map-x') => leadFigureProblems({ frontmatter, body }, lead);

  test('file lines count the frontmatter and its --- lines', () => {
    expect(line(1)).toBe(5);
    expect(splitStory(`---\n${frontmatter}\n---\n第一行`)!.body.split('\n')[0]).toBe('第一行');
  });

  test.each([
    ['right after the lede', '导语。\n\n<Figure id="map-x" />\n\n正文。\n\n<Figure id="map-y" />'],
    ['before any text', '<Figure id="map-x" />\n\n导语。'],
    ['after a heading and the lede (headings do not count)', '## 一\n\n导语。<SourceMark id="a" />\n\n<Figure id="map-x" />'],
    ['after a comment and a component on their own (neither is text)', '{/* 编辑注：\n\n两段 */}\n\n<ClusterRoster plan="p" />\n\n导语。\n\n<Figure id="map-x" />'],
    ['in the lede\'s own block, on the next line', '导语。\n<Figure id="map-x" />\n\n正文。'],
  ])('the lead figure %s is fine', (_name, body) => {
    expect(check(body)).toEqual([]);
  });

  test('two paragraphs before it: the line of the figure, the count and the fix', () => {
    expect(check('导语。\n\n第二段。\n\n<Figure id="map-x" />')).toEqual([{
      rule: 'figure',
      message: `line ${line(5)}: the leadFigure <Figure id="map-x" /> comes after 2 paragraphs of text; move it up to right after the opening paragraph (the page shows it above that paragraph, under the title and dek, so that the key graphic is on a phone's first screen)`,
    }]);
  });

  test('the page shows it above the opening paragraph, which therefore cannot call it 下图', () => {
    expect(check('导语，见下图。\n\n<Figure id="map-x" />\n\n正文说下图也无妨。\n\n<Figure id="map-y" />')).toEqual([{
      rule: 'figure',
      message: `line ${line(3)}: the opening paragraph says "下图", but the page shows the leadFigure <Figure id="map-x" /> above it, right under the title and dek; write 上图, or name the figure`,
    }]);
    expect(check('导语。如下面的地图所示，\n<Figure id="map-x" />')[0]?.message).toContain('says "下面的地图"');
    expect(check('导语，见上图。\n\n<Figure id="map-x" />')).toEqual([]);
  });

  test('text before the figure in the same block counts as a paragraph', () => {
    expect(check('导语。\n\n第二段。\n<Figure id="map-x" />')[0]?.message).toMatch(new RegExp(`^line ${line(4)}: .* after 2 paragraphs`));
  });

  test('another figure first: both named, at the line of the first, with the fix', () => {
    expect(check('导语。\n\n<Figure id="map-y" />\n\n<Figure id="map-x" />')).toEqual([{
      rule: 'figure',
      message: `line ${line(3)}: the first figure is <Figure id="map-y" />, but the leadFigure is "map-x"; place <Figure id="map-x" /> first, right after the opening paragraph (or make "map-y" the leadFigure)`,
    }]);
  });

  test('a commented-out figure is not the first figure', () => {
    expect(check('导语。\n\n{/* <Figure id="map-y" /> */}\n\n<Figure id="map-x" />')).toEqual([]);
  });

  test('the build applies it to published stories with a leadFigure, not to drafts or stories without one', () => {
    const late = good({ body: `${han(10)}\n\n${good().body}` });
    expect(storyProblems(late, { draft: false }).map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^line 10: the leadFigure <Figure id="map-x" \/> comes after 2 paragraphs/),
    ]);
    expect(storyProblems(late, { draft: true })).toEqual([]);
    expect(storyProblems({ ...late, data: { ...late.data, leadFigure: undefined } }, { draft: false })).toEqual([]);
  });
});

describe('figureStoryProblems: figures.yaml names stories that exist', () => {
  const stories = { slugs: ['compute-power', 'ports', 'draft-one'], former: new Map([['old-ports', 'ports']]) };
  const check = (figures: [string, FigureUse][]) => figureStoryProblems(figures, stories);

  test('a story:, a stories: entry or no story at all that names existing stories (drafts too) is fine', () => {
    expect(check([['a', { story: 'ports' }], ['b', { story: 'ports', stories: ['compute-power', 'draft-one'] }], ['c', {}]])).toEqual([]);
  });

  test('a story that names no story: the figure, the field, a did-you-mean and the stories', () => {
    expect(check([['chart-x', { story: 'compute-powr' }]])).toEqual([
      'content/data/figures.yaml → chart-x: story: "compute-powr" names no story in content/stories/ (did you mean "compute-power"?); the stories are: compute-power, draft-one, ports',
    ]);
  });

  test('each stories: entry is checked; an old slug of a renamed story gets the new one', () => {
    expect(check([['chart-x', { story: 'ports', stories: ['old-ports', 'nothing-like-it'] }]])).toEqual([
      'content/data/figures.yaml → chart-x: stories: "old-ports" names no story in content/stories/ (the story was renamed: write "ports"); the stories are: compute-power, draft-one, ports',
      'content/data/figures.yaml → chart-x: stories: "nothing-like-it" names no story in content/stories/; the stories are: compute-power, draft-one, ports',
    ]);
  });
});

describe('placementProblems: which figures a story may place', () => {
  const figures = new Map<string, FigureUse>([
    ['mine', { story: 'here' }],
    ['theirs', { story: 'there' }],
    ['shared', { story: 'there', stories: ['here'] }],
    ['free', {}],
    ['lost', { story: 'nowhere' }],
    ['sketch', { story: 'here', draft: true }],
  ]);
  const stories = new Set(['here', 'there']);
  const frontmatter = 'title: 标题';
  const check = (body: string, published = true) => placementProblems({ frontmatter, body, slug: 'here', published }, figures, stories);

  test('its own figures, figures listing it in stories:, figures of no story, and unknown ids (reported elsewhere) are fine', () => {
    expect(check('<Figure id="mine" />\n\n<Figure id="shared" />\n\n<Figure id="free" />\n\n<Figure id="lost" />\n\n<Figure id="no-such" />')).toEqual([]);
  });

  test('another story\'s figure: the line, the figure, its story and the fix, once however often it is placed', () => {
    expect(check('导语。\n\n<Figure id="theirs" />\n\n<Figure id="theirs" />')).toEqual([{
      rule: 'figure',
      message: `line ${fileLine(frontmatter, 3)}: <Figure id="theirs" /> is the figure of the story "there"; add \`stories: [here]\` to the figure in content/data/figures.yaml, or use another figure`,
    }]);
  });

  test('a figure listing the story under an old slug is left to figureStoryProblems (one message per mistake)', () => {
    expect(placementProblems({ frontmatter, body: '<Figure id="shared" />', slug: 'here-now', published: true, formerSlugs: ['here'] }, figures, stories)).toEqual([]);
  });

  test('a draft figure in a published story is refused, naming it and the fix; a scheduled story may place it', () => {
    expect(check('<Figure id="sketch" />')).toEqual([{
      rule: 'figure',
      message: `line ${fileLine(frontmatter, 1)}: <Figure id="sketch" /> is a draft figure (draft: true in content/data/figures.yaml), with no embed page or downloads; delete its "draft: true", or take it out of this story`,
    }]);
    expect(check('<Figure id="sketch" />', false)).toEqual([]);
  });
});

describe('unplacedFigureProblems: a figure made for a story is placed in it', () => {
  const figures = new Map<string, FigureUse>([
    ['mine', { story: 'here' }],
    ['also-mine', { story: 'here' }],
    ['theirs', { story: 'there' }],
    ['sketch', { story: 'here', draft: true }],
  ]);

  test('each figure whose story: names it and that it does not place, with the fix; drafts and other stories\' figures are not its business', () => {
    expect(unplacedFigureProblems({ slug: 'here', body: '<Figure id="mine" />' }, figures)).toEqual([{
      rule: 'figure',
      message: 'content/data/figures.yaml → also-mine is made for this story (story: here) but the story does not place it: add <Figure id="also-mine" /> to the text, or set the figure\'s story: to the story that shows it (or mark it draft: true while you work on it)',
    }]);
    expect(unplacedFigureProblems({ slug: 'here', body: '<Figure id="mine" />\n\n<Figure id="also-mine" />' }, figures)).toEqual([]);
    // A figure in a comment is not placed.
    expect(unplacedFigureProblems({ slug: 'here', body: '<Figure id="mine" />\n\n{/* <Figure id="also-mine" /> */}' }, figures).map((problem) => problem.message.split(' ')[2])).toEqual(['also-mine']);
  });
});

describe('formerSlugProblems: old addresses are free and lead to one story', () => {
  const story = (file: string, slug: string, formerSlugs: string[] = [], draft = false) => ({ file: `content/stories/${file}.mdx`, slug, draft, formerSlugs });
  const problems = (...stories: ReturnType<typeof story>[]) => formerSlugProblems(stories).filter(([, list]) => list.length > 0);

  test('old slugs nobody uses are fine', () => {
    expect(problems(story('ports', 'ports', ['harbour', 'port']), story('compute', 'compute', ['suanli']))).toEqual([]);
  });

  test('an old slug that is another story\'s slug names both files (a draft\'s slug too)', () => {
    expect(problems(story('ports', 'ports', ['compute']), story('compute', 'compute', [], true))).toEqual([['content/stories/ports.mdx', [{
      rule: 'formerSlugs',
      message: '"compute" is the slug of content/stories/compute.mdx, a story of its own, so its address cannot lead here; remove "compute" from formerSlugs (or rename that story)',
    }]]]);
  });

  test('an old slug listed by two stories is reported once, under the second file, naming the first', () => {
    expect(problems(story('b', 'b', ['old']), story('a', 'a', ['old']))).toEqual([['content/stories/b.mdx', [{
      rule: 'formerSlugs',
      message: '"old" is also a former slug of content/stories/a.mdx; an old address can lead to one story only: remove it from one of the two files',
    }]]]);
  });

  test('a story\'s own slug is refused; a draft\'s old slugs are not redirected, so not checked', () => {
    expect(problems(story('a', 'a', ['a']))[0]?.[1][0]?.message).toBe('"a" is this story\'s own slug; list only the slugs it had before, or remove formerSlugs');
    expect(problems(story('a', 'a', ['old']), story('b', 'b', ['old', 'a'], true))).toEqual([]);
  });
});

describe('the rules read the MDX syntax tree, as the build does (src/lib/story-tree.ts)', () => {
  const messages = (story: ReturnType<typeof good>, draft = false) => storyProblems(story, { draft }).map((problem) => `[${problem.rule}] ${problem.message}`);
  const at = (bodyLine: number) => `line ${fileLine(good().frontmatter, bodyLine)}`;

  test('a figure in a code span or a comment is not placed; a figure tag over several lines is', () => {
    const hidden = good({ body: good().body.replace('<Figure id="map-x" />', '`<Figure id="map-x" />`{/* <Figure id="map-x" /> */}') });
    expect(rules(hidden)).toContain('figure');
    expect(storyProblems(good({ body: good().body.replace('<Figure id="map-x" />', '<Figure\n  id="map-x"\n/>') }), { draft: false })).toEqual([]);
  });

  test('headings are read from the tree: "##" in a code block is none, an underlined title is a top heading, with its line', () => {
    const fenced = good({ body: good().body.replace('## 三\n', '```\n## 三\n```\n') });
    expect(rules(fenced)).toContain('subheadings');
    expect(messages(good({ body: `${good().body}\n\n大标题\n===` }))).toEqual([`[subheadings] ${at(12)}: a "# " heading in the text ("大标题"): the title is the only top heading; use "## " for sections`]);
  });

  test('the length counts what a reader reads: text in code spans and <Term>s, not comments, tags or imports', () => {
    expect(hanCount(prose(`正文<Term>算力</Term>\`代码\`{/* 注释 */}<Figure id="图" />\n\nexport const 数 = 1;`))).toBe(6);
  });

  test('a table (Markdown or HTML) or an import or export line gives its line', () => {
    expect(messages(good({ body: `${good().body}\n\n| 年 | 值 |\n|---|---|\n| 1 | 2 |` }))).toEqual([`[no data in the text] ${at(12)}: a table in the text: numbers belong in content/data/*.yaml and reach the page through a figure`]);
    expect(messages(good({ body: `export const x = 1;\n\n${good().body}` }))[0]).toBe(`[no data in the text] ${at(1)}: an export line: Figure, SourceMark, ClusterRoster, Inferred need no import, and data comes from content/data/`);
  });

  test('a story component with a closing tag is refused, with its line and the self-closing form', () => {
    expect(messages(good({ body: good().body.replace('<Figure id="map-x" />', '<Figure id="map-x"></Figure>') }))).toEqual([
      `[components] ${at(4)}: <Figure id="map-x">…</Figure> has a closing tag; Figure takes no text: write one self-closing tag, as in <Figure id="map-x" />`,
    ]);
  });

  test('an open story component is reported with its line, and every other rule still runs', () => {
    const open = good({ body: good().body.replace('<Figure id="map-x" />', '<Figure\n  id="map-x">').replace('<SourceMark id="b" />', '<SourceMark id="b">'), data: { tags: [] } });
    expect(messages(open)).toEqual([
      `[components] ${at(4)}: <Figure\n  id="map-x"> is not closed: close the tag with />, as in <Figure\n  id="map-x" />`,
      `[components] ${at(8)}: <SourceMark id="b"> is not closed: close the tag with />, as in <SourceMark id="b" />`,
      '[tags] no tags: add at least one, e.g. tags: [算力]',
    ]);
  });

  test('MDX the build cannot render is refused with its line and column, in drafts too; the other body rules wait for it', () => {
    const broken = good({ body: good().body.replace('## 二\n', '## 二\n增速<5%。') });
    const expected = `[mdx] ${at(7)}, column 3: the text is not valid MDX, so the page cannot be built: Unexpected character after \`<\`, expected a valid JSX tag`;
    expect(messages(broken)).toEqual([expect.stringContaining(expected)]);
    expect(messages(broken, true)).toEqual([expect.stringContaining(expected)]);
    expect(messages(broken)[0]).toContain('written \\< or \\{');
  });

  test('a commented-out or code-span figure is not the first figure, and not placed', () => {
    expect(leadFigureProblems({ frontmatter: 'title: 标题', body: '`<Figure id="map-y" />`导语。\n\n<Figure id="map-x" />' }, 'map-x')).toEqual([]);
    const figures = new Map<string, FigureUse>([['theirs', { story: 'there' }]]);
    expect(placementProblems({ frontmatter: 'title: 标题', body: '{/* <Figure id="theirs" /> */}', slug: 'here', published: true }, figures, new Set(['here', 'there']))).toEqual([]);
  });

  test('dates are read as YAML, as written: quoted, commented or not; a frontmatter that is not YAML is left to the loader', () => {
    expect(dateProblems("published: '2026-11-23'  # 首发\nupdated: \"2026-11-24\"")).toEqual([]);
    expect(dateProblems('title: [unclosed\npublished: 2026-13-45')).toEqual([]);
  });
});
