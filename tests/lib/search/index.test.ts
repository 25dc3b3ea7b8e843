/**
 * The search indexes (src/lib/search/index.ts): one Pagefind index per edition, in the language
 * Pagefind's script looks up for a page of that edition (its <html lang>), with every record, and
 * the same bytes from one build to the next (the bench's determinism check compares whole builds).
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { englishSiteDataFromFiles, siteDataFromFiles } from '../../helpers/site-data';
import { HTML_LANG, langRoot, LANGS, type Lang } from '../../../src/lib/i18n/lang';
import { buildSearchIndexes, indexLanguage } from '../../../src/lib/search';
import { searchRecords, type SearchRecord } from '../../../src/lib/search/records';

// Under a base path, as a deploy with BASE_PATH builds it.
const BASE = '/jiaxing/';
const RECORDS: Record<Lang, SearchRecord[]> = {
  zh: searchRecords([], siteDataFromFiles(), BASE),
  en: searchRecords([], englishSiteDataFromFiles(), BASE),
};
const build = () => buildSearchIndexes(async (lang) => ({ root: langRoot(lang, BASE), records: RECORDS[lang] }));
const [first, second] = [await build(), await build()];

interface Entry { languages: Record<string, { page_count: number; wasm: string | null }> }
const entryOf = (lang: Lang): Entry => JSON.parse(new TextDecoder().decode(first.get(lang)!.get('pagefind-entry.json')));

describe.each(LANGS.map((lang) => [lang] as const))('the %s index', (lang) => {
  test('holds one language, the one Pagefind\'s script picks for the edition\'s <html lang>, with every record', () => {
    const { languages } = entryOf(lang);
    // pagefind.js looks up the page's lang in lower case, then its primary subtag.
    const looked = HTML_LANG[lang].toLowerCase();
    expect(Object.keys(languages)).toEqual([indexLanguage(lang)]);
    expect(languages[looked] ?? languages[looked.split('-')[0]!]).toBeDefined();
    expect(languages[indexLanguage(lang)]!.page_count).toBe(RECORDS[lang].length);
  });

  test('has the files the search page loads: script, worker, its WebAssembly, metadata, index and fragments', () => {
    const files = [...first.get(lang)!.keys()];
    const { wasm } = entryOf(lang).languages[indexLanguage(lang)]!;
    for (const name of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', `wasm.${wasm ?? 'unknown'}.pagefind`]) expect(files).toContain(name);
    expect(files.some((file) => /^pagefind\.[\w-]+\.pf_meta$/.test(file))).toBe(true);
    expect(files.some((file) => file.startsWith('index/'))).toBe(true);
    expect(files.filter((file) => file.startsWith('fragment/')).length).toBe(RECORDS[lang].length);
    expect(files.filter((file) => /ui\.(js|css)$/.test(file))).toEqual([]);
    expect(files.filter((file) => file.startsWith('wasm.')), 'only the WebAssembly its language loads').toEqual([`wasm.${wasm ?? 'unknown'}.pagefind`]);
  });

  test('is the same bytes when built again', () => {
    const [a, b] = [first.get(lang)!, second.get(lang)!];
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [path, bytes] of a) expect(Buffer.compare(Buffer.from(bytes), Buffer.from(b.get(path)!)), path).toBe(0);
  });

  test('a fragment is the record: its URL from the edition\'s root (Pagefind\'s script puts the root before it), its title and type as metadata, its text without name marks', () => {
    const fragments = [...first.get(lang)!].filter(([path]) => path.startsWith('fragment/'))
      .map(([, bytes]) => JSON.parse(gunzipSync(bytes).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string; meta: Record<string, string> });
    const byUrl = new Map(fragments.map((fragment) => [`${langRoot(lang, BASE)}${fragment.url}`, fragment]));
    for (const record of RECORDS[lang]) {
      const fragment = byUrl.get(record.url);
      expect(fragment, record.url).toBeDefined();
      expect(fragment!.meta.type).toBe(record.type);
      expect(`${fragment!.meta.title} ${fragment!.content}`, record.url).not.toMatch(/\{zh:/);
    }
  });
});

test('a record outside its edition stops the build, naming it', async () => {
  await expect(buildSearchIndexes(async (lang) => ({ root: langRoot(lang, BASE), records: lang === 'en' ? RECORDS.zh.slice(0, 1) : [] })))
    .rejects.toThrow(`search index (en): ${RECORDS.zh[0]!.url} is not a page of the edition at ${BASE}en/`);
});
