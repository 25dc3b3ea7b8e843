import { describe, expect, test } from 'vitest';
import { DataFileError } from '../../src/lib/data/files';
import {
  buildDate, formerAddresses, hasPage, isPublished, newestFirst, publishedOn, redirectsFile, scheduledLine, scheduledOn,
} from '../../src/lib/stories';

const story = (title: string, day: string) => ({ data: { title, published: new Date(day) } });

test('newestFirst puts the latest story first and breaks ties by title', () => {
  const sorted = newestFirst([story('乙', '2026-11-20'), story('甲', '2026-11-22'), story('丙', '2026-11-20')]);
  // Same day: 丙 (bǐng) sorts before 乙 (yǐ) in zh-CN (pinyin) collation.
  expect(sorted.map((s) => s.data.title)).toEqual(['甲', '丙', '乙']);
});

test('newestFirst does not mutate its input', () => {
  const input = [story('a', '2026-01-01'), story('b', '2026-02-01')];
  newestFirst(input);
  expect(input[0]?.data.title).toBe('a');
});

describe('which stories are published: one predicate for every list of stories', () => {
  const dated = (published: string, draft = false) => ({ data: { draft, published: new Date(published) } });

  test('buildDate() is BUILD_DATE when set, else today in the site\'s time zone (UTC+8)', () => {
    expect(buildDate({ BUILD_DATE: '2030-01-01' })).toBe('2030-01-01');
    expect(buildDate({ BUILD_DATE: ' 2030-01-01 ' })).toBe('2030-01-01');
    // 20:00 UTC on New Year's Eve is already New Year's Day in Jiaxing.
    expect(buildDate({}, new Date('2026-12-31T20:00:00Z'))).toBe('2027-01-01');
    expect(buildDate({ BUILD_DATE: '' }, new Date('2026-12-31T12:00:00Z'))).toBe('2026-12-31');
  });

  test('a BUILD_DATE that is not a day stops the build, saying how to write it', () => {
    expect(() => buildDate({ BUILD_DATE: '2030-02-30' })).toThrow('BUILD_DATE="2030-02-30" is not a date; write a real day as YYYY-MM-DD');
    expect(() => buildDate({ BUILD_DATE: 'tomorrow' })).toThrow(DataFileError);
  });

  test('a story is published from its day on; before that it is scheduled; a draft is neither', () => {
    const story = dated('2030-01-01');
    expect([publishedOn(story, '2029-12-31'), scheduledOn(story, '2029-12-31')]).toEqual([false, true]);
    expect([publishedOn(story, '2030-01-01'), scheduledOn(story, '2030-01-01')]).toEqual([true, false]);
    expect([publishedOn(story, '2030-06-01'), scheduledOn(story, '2030-06-01')]).toEqual([true, false]);
    const draft = dated('2020-01-01', true);
    expect([publishedOn(draft, '2030-01-01'), scheduledOn(draft, '2030-01-01'), hasPage(draft)]).toEqual([false, false, false]);
    expect(hasPage(story)).toBe(true);
  });

  test('isPublished asks about the build\'s day (BUILD_DATE)', () => {
    const before = process.env.BUILD_DATE;
    try {
      process.env.BUILD_DATE = '2029-12-31';
      expect(isPublished(dated('2030-01-01'))).toBe(false);
      process.env.BUILD_DATE = '2030-01-01';
      expect(isPublished(dated('2030-01-01'))).toBe(true);
    } finally {
      if (before === undefined) delete process.env.BUILD_DATE;
      else process.env.BUILD_DATE = before;
    }
  });

  test('the build log line names the day and the files', () => {
    expect(scheduledLine([])).toBeUndefined();
    expect(scheduledLine([{ file: 'content/stories/x.mdx', published: '2030-01-01' }]))
      .toBe('1 story scheduled, not published until 2030-01-01: content/stories/x.mdx');
    expect(scheduledLine([{ file: 'content/stories/b.mdx', published: '2030-01-01' }, { file: 'content/stories/a.mdx', published: '2030-01-01' }]))
      .toBe('2 stories scheduled, not published until 2030-01-01: content/stories/a.mdx, content/stories/b.mdx');
    expect(scheduledLine([{ file: 'content/stories/b.mdx', published: '2030-03-01' }, { file: 'content/stories/a.mdx', published: '2030-01-01' }]))
      .toBe('2 stories scheduled, not published until their dates: content/stories/a.mdx (2030-01-01), content/stories/b.mdx (2030-03-01)');
  });
});

describe('old addresses of renamed stories', () => {
  const story = (id: string, formerSlugs: string[], draft = false) => ({ id, data: { draft, published: new Date('2026-11-01'), formerSlugs } });

  test('every old slug of a story with a page leads to it, in slug order; a draft\'s do not', () => {
    expect(formerAddresses([story('ports', ['port', 'harbour']), story('compute', ['suanli']), story('sketch', ['old-sketch'], true)])).toEqual([
      { from: 'harbour', to: 'ports' }, { from: 'port', to: 'ports' }, { from: 'suanli', to: 'compute' },
    ]);
  });

  test('_redirects: one 301 line per old address, under the base path', () => {
    const addresses = [{ from: 'port', to: 'ports' }];
    expect(redirectsFile(addresses).split('\n').filter((line) => !line.startsWith('#'))).toEqual(['/stories/port/ /stories/ports/ 301', '']);
    expect(redirectsFile(addresses, '/jiaxing')).toContain('\n/jiaxing/stories/port/ /jiaxing/stories/ports/ 301\n');
    expect(redirectsFile([]).trim().split('\n').every((line) => line.startsWith('#'))).toBe(true);
  });
});
