import { describe, expect, test } from 'vitest';
import { MAX_INFERRED, readerProblems, type ReaderContext } from '../../src/lib/story-rules';
import { claimProblems, storyParagraphs } from '../../src/lib/claims';
import { markedTerms, termIndex, unknownTerms } from '../../src/lib/glossary';
import { markParts, spoken } from '../../src/lib/inferred';
import { lineUnits } from '../../src/lib/linebreak';
import { DataFileError } from '../../src/lib/data/files';

const context: ReaderContext = {
  terms: termIndex([['suanli', { term: '算力', aliases: ['已投运算力'] }], ['guishang', { term: '规上工业', aliases: ['规上企业'] }]]),
  claims: [['top', { text: '国内前三', speaker: '那篇报道', source: 'src-a' }]],
  stories: new Set(['one', 'two']),
  places: new Set(['pinghu', 'jx-port']),
};
const rules = (body: string, data: object = { title: '标题', dek: '导语', keyPoints: ['一', '二'] }) =>
  readerProblems({ body, data }, context);
const named = (body: string, data?: object) => rules(body, data).map((problem) => problem.rule);

describe('readerProblems: what a story that a stranger can read must meet', () => {
  test('a story using glossary terms, a quoted and cited claim, two marks and valid links has no problems', () => {
    const body = [
      '## 一',
      '<Term>算力</Term>和<Term>规上企业</Term>。2025年<Inferred />。',
      '报道称其“国内前三”。<SourceMark id="src-a" />',
      '见[另一篇](../two/)和[平湖](../../places/pinghu/)，以及[名词解释](../../glossary/#suanli)。',
    ].join('\n\n');
    expect(rules(body)).toEqual([]);
  });

  test('a term the glossary lacks is refused, naming the term and the glossary file, with a hint', () => {
    const problems = rules('<Term>算例</Term>');
    expect(problems.map((p) => p.rule)).toEqual(['terms']);
    expect(problems[0]!.message).toContain('<Term>算例</Term>');
    expect(problems[0]!.message).toContain('content/data/glossary.yaml');
    expect(problems[0]!.message).toContain('did you mean "算力"');
  });

  test('a claim in the site\'s voice is refused; quoted without its source in the paragraph, too; in a heading the quotes suffice', () => {
    expect(named('计算能力达到国内前三水平。<SourceMark id="src-a" />')).toEqual(['claims']);
    expect(rules('计算能力达到国内前三水平。')[0]!.message).toContain('content/data/claims.yaml → top');
    expect(named('报道称“国内前三”。')).toEqual(['claims']);
    expect(rules('报道称“国内前三”。')[0]!.message).toContain('<SourceMark id="src-a" />');
    expect(named('## 为什么说“国内前三”')).toEqual([]);
    expect(named('正文', { title: '国内前三的超算', dek: '导语', keyPoints: ['一', '二'] })).toEqual(['claims']);
  });

  test(`more than ${MAX_INFERRED} inference marks and words are refused; so is 推断 in words in the title, dek or key points`, () => {
    const marks = (n: number) => Array.from({ length: n }, (_, i) => `${2020 + i}年<Inferred />`).join('，');
    expect(named(marks(MAX_INFERRED))).toEqual([]);
    expect(named(marks(MAX_INFERRED + 1))).toEqual(['inferred']);
    expect(named(`${marks(MAX_INFERRED - 1)}（年份系推断）`)).toEqual([]);
    expect(named(`${marks(MAX_INFERRED)}（年份系推断）`)).toEqual(['inferred']);
    expect(named(marks(MAX_INFERRED - 1), { title: '2025年*的标题', dek: '2026年*导语', keyPoints: ['一', '二'] })).toEqual(['inferred']);
    expect(named('正文', { title: '标题', dek: '导语（推断）', keyPoints: ['一', '二'] })).toEqual(['inferred']);
  });

  test.each(['左图', '右图', '右侧', '左边'])('"%s" is refused on phones\' behalf', (word) => {
    const problems = rules(`如${word}所示。`);
    expect(problems.map((p) => p.rule)).toEqual(['phones']);
    expect(problems[0]!.message).toContain('上图/下图');
  });

  test('links name a published story or a place page; other relative links are refused with the forms to use', () => {
    expect(rules('[x](../three/)')[0]!.message).toContain('names no published story; expected one of: one, two');
    expect(rules('[x](../../places/shanghai/)')[0]!.message).toContain('names no place page');
    expect(named('[x](/stories/one/)')).toEqual(['links']);
    expect(named('[x](https://example.com/a)')).toEqual([]);
  });

  test('a link to the old address of a renamed story names the new one', () => {
    const problems = readerProblems({ body: '[x](../uno/)', data: {} }, { ...context, former: new Map([['uno', 'one']]) });
    expect(problems).toEqual([{ rule: 'links', message: '[…](../uno/) is the old address of a renamed story; link it as ../one/' }]);
  });
});

describe('claimProblems(body, claims)', () => {
  test('every occurrence is checked, and quotes must open before and close after it', () => {
    const claims = context.claims;
    expect(claimProblems(storyParagraphs('“国内前三”。<SourceMark id="src-a" />\n\n又是国内前三。'), claims)).toHaveLength(1);
    expect(claimProblems(storyParagraphs('“甲”国内前三“乙”。<SourceMark id="src-a" />'), claims)).toHaveLength(1);
  });
});

describe('the glossary index', () => {
  test('maps every term and alias to its entry; a text naming two entries is an error naming the file', () => {
    expect(context.terms.get('规上企业')).toBe('guishang');
    expect(() => termIndex([['a', { term: '算力' }], ['b', { term: '算力规模', aliases: ['算力'] }]])).toThrow(DataFileError);
    expect(() => termIndex([['a', { term: '算力' }], ['b', { term: '算力规模', aliases: ['算力'] }]])).toThrow(/glossary\.yaml → b: "算力" already names the entry "a"/);
  });
  test('markedTerms reads the <Term> texts in order; unknownTerms reports each unknown text once', () => {
    expect(markedTerms('<Term>算力</Term>，<Term> 规上企业 </Term>')).toEqual(['算力', '规上企业']);
    expect(unknownTerms('<Term>甲</Term><Term>甲</Term><Term>算力</Term>', context.terms)).toHaveLength(1);
  });
});

describe('the inference mark', () => {
  test('markParts cuts a text at its marks; spoken() says each mark as （推断）', () => {
    expect(markParts('2025年*上半年*')).toEqual([{ text: '2025年', mark: false }, { text: '*', mark: true }, { text: '上半年', mark: false }, { text: '*', mark: true }]);
    expect(spoken('2026年*“135N”')).toBe('2026年（推断）“135N”');
  });
  test('a line never breaks between a date and its mark', () => {
    for (const text of ['嘉兴2025年*人工智能营收增长', '2026年上半年*落地项目', '截至2026年*2月底的订单']) {
      const parts = lineUnits(text);
      expect(parts.join('')).toBe(text);
      expect(parts.every((part) => !part.startsWith('*'))).toBe(true);
    }
  });
});

describe('readerProblems reads the MDX syntax tree, as the build does', () => {
  test('a link in a code span is text, not a link; a reference-style link is checked by its definition', () => {
    expect(rules('写作`[x](../three/)`即可。')).toEqual([]);
    expect(rules('见[另一篇][r]。\n\n[r]: ../three/')[0]!.message).toContain('[…](../three/) names no published story');
  });

  test('what a reader does not read is not counted: 推断 and 左图 in a comment, an <Inferred /> in a code span', () => {
    expect(named(`${'2025年<Inferred />，'.repeat(MAX_INFERRED)}{/* 推断 左图 */}\`<Inferred />\``)).toEqual([]);
  });

  test('a term is the text of its <Term>, markup and spaces aside; a <Term> in a code span is no mark', () => {
    expect(markedTerms('<Term>*算力*</Term>和`<Term>甲</Term>`')).toEqual(['算力']);
    expect(rules('<Term>**规上企业**</Term>')).toEqual([]);
  });

  test('straight quotes count: the build prints them as “…”', () => {
    expect(named('报道称"国内前三"。<SourceMark id="src-a" />')).toEqual([]);
  });

  test('with the frontmatter, each problem in the body gives the file\'s line', () => {
    const body = '## 一\n\n如左图所示，<Term>算例</Term>达到国内前三。\n\n见[x](../three/)。';
    const messages = readerProblems({ frontmatter: 'title: 标题', body, data: {} }, context).map((problem) => problem.message.split(':')[0]);
    expect(messages).toEqual(['line 6', 'line 6', 'line 6', 'line 8']);
  });
});
