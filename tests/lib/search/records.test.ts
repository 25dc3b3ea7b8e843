/**
 * The search records of each edition (src/lib/search/records.ts): one per story, place page,
 * published figure and glossary entry, linking the edition's own pages, in its language. Checked
 * on the project's data in both languages and on stories written here, never on today's titles.
 */
import { describe, expect, test } from 'vitest';
import { englishSiteDataFromFiles, siteDataFromFiles } from '../../helpers/site-data';
import { publishedFigures } from '../../../src/lib/figures';
import { langRoot, LANGS, type Lang } from '../../../src/lib/i18n/lang';
import { chineseOutsideMarks } from '../../../src/lib/i18n/zh-marks';
import { placeList } from '../../../src/lib/places';
import { searchRecords, SEARCH_TYPES, type SearchStory } from '../../../src/lib/search/records';
import { wordingOf } from '../../../src/lib/wording';

const DATA = { zh: siteDataFromFiles(), en: englishSiteDataFromFiles() } as const;

/** A story of each edition as search reads it, with a marked name (English), an inferred year and a component. */
const STORIES: Record<Lang, SearchStory> = {
  zh: {
    id: 'test-story',
    data: { title: '测试报道：2025年*的集群', dek: '导语', keyPoints: ['要点一', '要点二'] },
    body: '正文第一段，2025年<Inferred />。<SourceMark id="x" />\n\n## 小标题\n\n第二段。',
  },
  en: {
    id: 'test-story',
    data: { title: 'A test story: clusters in 2025*', dek: 'The standfirst', keyPoints: ['One point', 'Another point'] },
    body: 'Pinghu (<Zh>平湖</Zh>) is a county-level city, 2025<Inferred />. <SourceMark id="x" />\n\n## A subheading\n\nThe second paragraph.',
  },
};

describe.each(LANGS.map((lang) => [lang] as const))('searchRecords() of the %s edition', (lang) => {
  const data = DATA[lang];
  const records = searchRecords([STORIES[lang]], data, '/base/');
  const root = langRoot(lang, '/base/');

  test('one record per story, place page, published figure and glossary entry, every page type', () => {
    const count = (type: string) => records.filter((record) => record.type === type).length;
    expect(count('story')).toBe(1);
    expect(count('place')).toBe(placeList(data).length);
    expect(count('figure')).toBe(publishedFigures(data.figures.values()).length);
    expect(count('term')).toBe(data.glossary.size);
    expect(new Set(records.map((record) => record.type))).toEqual(new Set(SEARCH_TYPES));
  });

  test("each links a page of its own edition under the base path, once", () => {
    for (const record of records) {
      expect(record.url, record.title).toMatch(new RegExp(`^${root}(stories|places|figures)/[^/]+/$|^${root}glossary/#[\\w-]+$`));
    }
    expect(new Set(records.map((record) => record.url)).size).toBe(records.length);
    expect(records[0]!.url).toBe(`${root}stories/test-story/`);
  });

  test('titles and texts are words: never empty, undefined, NaN or an object', () => {
    for (const record of records) {
      expect(record.title.trim(), record.url).not.toBe('');
      expect(record.content, record.url).toContain(record.title.split(/[（(]/)[0]!.trim().slice(0, 10));
      expect(`${record.title} ${record.content}`, record.url).not.toMatch(/undefined|NaN|\[object Object\]/);
    }
  });

  test('an inference mark is spoken in the edition\'s words, in the title and the text', () => {
    const story = records[0]!;
    const name = wordingOf(lang).inferred.name;
    expect(story.title).toContain(name);
    expect(story.title).not.toContain('*');
    expect(story.content).toContain(STORIES[lang].data.dek);
    for (const record of records) expect(record.content, record.url).not.toContain('*');
  });
});

describe('the English records', () => {
  const records = searchRecords([STORIES.en], DATA.en, '/');

  test('a story\'s <Zh> names become {zh:…} marks', () => {
    expect(records[0]!.content).toContain('Pinghu ({zh:平湖})');
    expect(chineseOutsideMarks(records[0]!.content)).toEqual([]);
  });

  test('carry no Chinese outside {zh:…} marks (a place\'s kind is left out while it is worded in Chinese only)', () => {
    for (const record of records) {
      expect(chineseOutsideMarks(record.title), `${record.url}: title`).toEqual([]);
      expect(chineseOutsideMarks(record.content), `${record.url}: text`).toEqual([]);
    }
  });
});
