import { describe, expect, test } from 'vitest';
import { nameProblems, pairingProblems, untranslatedStories, type PairedStory } from '../../src/lib/english-rules';
import { EN, wordCount, ZH } from '../../src/lib/story-language';
import { fileLine, leadFigureProblems, readerProblems, storyProblems, type ReaderContext } from '../../src/lib/story-rules';
import { termIndex, unknownTermIds } from '../../src/lib/glossary';
import { leadDrawingProblems } from '../../src/lib/story-refs';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
/** An English story meeting every rule, to break one rule at a time. */
function good(overrides: { body?: string; data?: object } = {}) {
  const body = overrides.body ?? [
    `Pinghu (<Zh>平湖</Zh>) opens. <SourceMark id="a" />`,
    '<Figure id="map-x" />',
    `## One\n\n${words(300)} <SourceMark id="b" />`,
    `## Two\n\n${words(300)}`,
    `## Three\n\n${words(10)}`,
  ].join('\n\n');
  return { frontmatter: 'title: A title\npublished: 2026-11-23', data: { sources: ['a', 'b'], leadFigure: 'map-x', tags: ['compute'], ...overrides.data }, body };
}
const rules = (story: ReturnType<typeof good>) => storyProblems(story, { draft: false, language: EN });
const context: ReaderContext = {
  terms: termIndex([['suanli', { term: '算力' }], ['guishang', { term: '规上工业' }]]),
  claims: [['top', { text: '国内前三', speaker: 'a report', source: 'a' }]],
  stories: new Set(['one']),
  places: new Set(['pinghu']),
  language: EN,
};
const data = { title: 'A title', dek: 'A dek', keyPoints: ['One point', 'Two points'] };

describe('wordCount(text)', () => {
  test('counts words with inner hyphens and apostrophes as one, and numbers', () => {
    expect(wordCount("Jiaxing's county-level city grew 45.3% in 2025, to 2,278.3.")).toBe(9);
    expect(wordCount('')).toBe(0);
  });
});

describe('storyProblems with the English profile', () => {
  test('a story meeting the rules has no problems', () => expect(rules(good())).toEqual([]));

  test('length is counted in words, not Han characters', () => {
    const short = good({ body: good().body.replace(words(300), words(10)).replace(words(300), words(10)) });
    expect(rules(short).map((problem) => problem.message)).toEqual([expect.stringMatching(/^the text has \d+ words; a story needs at least 600 \(/)]);
    // The same text is far too short for a Chinese story, whose length is in Han characters.
    expect(storyProblems(good(), { draft: false }).map((problem) => problem.rule)).toContain('length');
  });

  test('a "## Sources" section is refused like 来源', () => {
    const problems = rules(good({ body: `${good().body}\n\n## Sources\n\nA list.` }));
    expect(problems).toEqual([expect.objectContaining({ rule: 'sources', message: expect.stringContaining('a "## Sources" section in the text') })]);
  });

  test('the tags message gives an English example', () => {
    expect(rules(good({ data: { tags: [] } })).map((problem) => problem.message)).toEqual(['no tags: add at least one, e.g. tags: [computing power]']);
  });
});

describe('leadFigureProblems with the English profile', () => {
  test('an opening that points down to the lead figure is refused, with the line and the English fix', () => {
    const body = 'The chart below shows it.\n\n<Figure id="map-x" />\n';
    expect(leadFigureProblems({ frontmatter: 'a: 1', body }, 'map-x', EN)).toEqual([{
      rule: 'figure',
      message: `line ${fileLine('a: 1', 3)}: the opening paragraph says "chart below", but the page shows the leadFigure <Figure id="map-x" /> above it, right under the title and dek; write "the chart above" or "the map above", or name the figure`,
    }]);
    expect(leadFigureProblems({ frontmatter: 'a: 1', body: 'As the chart above shows.\n\n<Figure id="map-x" />\n' }, 'map-x', EN)).toEqual([]);
    // The Chinese words are not looked for in English, nor the English ones in Chinese.
    expect(leadFigureProblems({ frontmatter: 'a: 1', body: '下图\n\n<Figure id="map-x" />\n' }, 'map-x', EN)).toEqual([]);
    expect(leadFigureProblems({ frontmatter: 'a: 1', body }, 'map-x', ZH)).toEqual([]);
  });
});

describe('readerProblems with the English profile', () => {
  const named = (body: string, fields: object = data) => readerProblems({ body, data: fields }, context);

  test('a term names its glossary entry by id; the text is English', () => {
    expect(named('<Term id="suanli">computing power</Term> and <Term id="guishang">above-scale</Term> firms.')).toEqual([]);
    const problems = named('<Term>computing power</Term> and <Term id="suanly">compute</Term>.').map((problem) => problem.message);
    expect(problems).toEqual([
      expect.stringMatching(/^<Term>computing power<\/Term> has no id: name the entry of content\/data\/glossary\.yaml it explains, as in <Term id="/),
      '<Term id="suanly">compute</Term>: content/data/glossary.yaml has no entry with the id "suanly" (did you mean "suanli"?); use the id of an entry, or add one there',
    ]);
  });

  test('"inferred" in words counts with the marks, and is refused in the title, dek or key points', () => {
    const body = 'In 2025<Inferred />, 2026<Inferred />, inferred, inferred and inferred.';
    expect(named(body).map((problem) => problem.rule)).toEqual(['inferred']);
    expect(named('Text.', { ...data, dek: 'The year is inferred.' }).map((problem) => problem.message)).toEqual([
      'the title, dek or key points say "inferred" in words; mark an inferred date with * straight after it, e.g. "2025*"',
    ]);
  });

  test('left and right figures are refused, with the line when the frontmatter is given', () => {
    const problems = readerProblems({ body: 'Text.\n\nAs the map on the left shows.', data, frontmatter: 'a: 1' }, context);
    expect(problems).toEqual([{ rule: 'phones', message: `line ${fileLine('a: 1', 3)}: "on the left": on a phone figures stack, so there is no left or right; name the figure, or write "above"/"below"` }]);
  });

  test('the Chinese claims are not looked for in English text', () => {
    expect(named('A report says it is among the top three.')).toEqual([]);
  });
});

describe('unknownTermIds(body, ids, lineOffset)', () => {
  test('gives the line of each mark without a plain id', () => {
    expect(unknownTermIds('Text.\n\n<Term id={x}>compute</Term>', new Set(['suanli']), 10)).toEqual([
      'line 13: <Term>compute</Term> has the id {x}, which is not a plain text: name the entry of content/data/glossary.yaml it explains, as in <Term id="suanli">compute</Term>',
    ]);
  });
});

describe('nameProblems(story): Chinese only inside <Zh>', () => {
  const story = (body: string, fields: Record<string, unknown> = data) => ({ frontmatter: 'a: 1\nb: 2', body, data: fields });

  test('names in pinyin with the characters marked pass', () => {
    expect(nameProblems(story('Pinghu (<Zh>平湖</Zh>) and Tongxiang (<Zh>桐乡</Zh>), in [Pinghu](../../places/pinghu/).'))).toEqual([]);
  });

  test('Han characters outside the marker are refused with the line, in text, links, headings and code', () => {
    const body = 'Pinghu 平湖.\n\n## A 标题\n\n[嘉兴](../../places/pinghu/) and `代码`.';
    expect(nameProblems(story(body))).toEqual([
      { rule: 'names', message: `line ${fileLine('a: 1\nb: 2', 1)}: "平湖" in Chinese characters outside a name marker; English text carries Chinese only as a marked name after its pinyin, at its first mention: Pinghu (<Zh>平湖</Zh>)` },
      expect.objectContaining({ message: expect.stringMatching(/^line 7: "标题"/) }),
      expect.objectContaining({ message: expect.stringMatching(/^line 9: "嘉兴"/) }),
      expect.objectContaining({ message: expect.stringMatching(/^line 9: "代码"/) }),
    ]);
  });

  test('comments and component attributes are not text', () => {
    expect(nameProblems(story('{/* 注释 */}Text <SourceMark id="a" />.'))).toEqual([]);
  });

  test('the frontmatter has no marker: any Han character there is refused, naming the field', () => {
    const problems = nameProblems(story('Text.', { title: 'Pinghu (平湖) grows', keyPoints: ['One', 'Two 两'], tags: ['算力'], summary: 'Fine.' }));
    expect(problems.map((problem) => problem.message)).toEqual([
      'title: "平湖" in Chinese characters; the frontmatter has no name marker, so write names in pinyin only (Pinghu, not 平湖)',
      'keyPoints.1: "两" in Chinese characters; the frontmatter has no name marker, so write names in pinyin only (Pinghu, not 平湖)',
      'tags.0: "算力" in Chinese characters; the frontmatter has no name marker, so write names in pinyin only (Pinghu, not 平湖)',
    ]);
  });

  test('a marker around text that is not Chinese is refused', () => {
    expect(nameProblems(story('<Zh>Pinghu</Zh> grows.')).map((problem) => problem.message)).toEqual([
      'line 5: <Zh>Pinghu</Zh> holds no Chinese characters; the marker is for a name in Chinese (it tells screen readers to read it as Chinese): remove it',
    ]);
  });
});

describe('pairingProblems(english, chinese)', () => {
  const zh = (slug: string, draft = false): PairedStory => ({ file: `content/stories/${slug}.mdx`, slug, draft });
  const en = (slug: string, draft = false): PairedStory => ({ file: `content/stories/en/${slug}.mdx`, slug, draft });

  test('stories paired by slug pass, whichever side is a draft', () => {
    expect(pairingProblems([en('a'), en('b', true)], [zh('a', true), zh('b')])).toEqual([]);
  });

  test('an English story without its Chinese story is reported under its own file, with a hint', () => {
    expect(pairingProblems([en('compute'), en('pinghu-aj')], [zh('compute'), zh('pinghu-ai')])).toEqual([
      ['content/stories/en/pinghu-aj.mdx', [{ rule: 'pairing', message: 'no Chinese story has the slug "pinghu-aj" (did you mean "pinghu-ai"?); an English story takes the slug of the Chinese story it tells (its file name in content/stories/, or its "slug:"): rename this file, or set "slug:"' }]],
    ]);
  });

  test('a Chinese story may wait for its English one: it is listed, not a problem (drafts are not listed)', () => {
    expect(pairingProblems([en('a')], [zh('a'), zh('b'), zh('c', true)])).toEqual([]);
    expect(untranslatedStories([en('a')], [zh('b'), zh('a'), zh('c', true)])).toEqual(['content/stories/b.mdx']);
  });
});

describe('leadDrawingProblems(stories, panels, folder)', () => {
  const story = (id: string, leadFigure: string, draft = false) => ({ id, data: { leadFigure, draft } });
  test('a published story whose lead draws nothing is reported, naming its file; drafts and unknown figures are left out', () => {
    const panels = (id: string) => ({ 'map-x': 1, 'cards-x': 0 } as Record<string, number>)[id];
    expect(leadDrawingProblems([story('a', 'map-x'), story('b', 'cards-x'), story('c', 'cards-x', true), story('d', 'nothing')], panels, 'content/stories/en')).toEqual([
      'content/stories/en/b.mdx: leadFigure "cards-x" draws no map or chart (only number cards or a timeline), so a phone\'s first screen would show no drawing; choose a map or chart figure as leadFigure and place it first',
    ]);
  });
});
