/**
 * The site's search indexes: Pagefind's (https://pagefind.app), one per edition, built once per
 * build from each edition's search records (./records.ts) through its Node API, never from the
 * built pages. The Chinese index is served under /pagefind/, the English one under /en/pagefind/
 * (src/pages/pagefind/[...file].ts, src/pages/en/pagefind/[...file].ts); an edition's search page
 * loads its own, so a search on /search/ never finds an English page and one on /en/search/ never a
 * Chinese page. Each index is in its edition's language (the primary subtag of its <html lang>):
 * Chinese text goes in cut into words as the browser cuts a query (./segment.ts), so a
 * two-character query such as 平湖, 算力 or 海宁 finds the pages that contain it; English is
 * stemmed, so "computing" finds "compute".
 *
 * The files are the same bytes from one build to the next: each index holds one language (the
 * entry file lists languages in the order of a hash map) and no filters (Pagefind writes a
 * filter's values in hash-map order too); results read a page's type from its metadata.
 */
import * as pagefind from 'pagefind';
import { HTML_LANG, LANGS, type Lang } from '../i18n/lang';
import { plainText } from '../i18n/zh-marks';
import type { SearchRecord } from './records';
import { indexedText, unspaced } from './segment';

/** Pagefind's files the search page uses: its script, its WebAssembly, the index and fragments. Its own UIs are left out. */
const USED = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|index\/.+\.pf_index|fragment\/.+\.pf_fragment|filter\/.+\.pf_filter)$/;

/**
 * The language of an edition's index: its <html lang>'s primary subtag, lower case ("zh-CN" →
 * "zh"), which is the key Pagefind's script looks up for the page it runs on.
 */
export const indexLanguage = (lang: Lang): string => HTML_LANG[lang].toLowerCase().split('-')[0]!;

/** One edition's index files by path (under its pagefind/ folder). */
export type SearchFiles = Map<string, Uint8Array>;

/** What an edition's index is made of: its records, and its root ("/", "/en/", with the base path), where its pagefind/ folder is. */
export interface EditionRecords {
  root: string;
  records: readonly SearchRecord[];
}

/**
 * A record's URL as the index keeps it: relative to the edition's root, which Pagefind's script
 * puts back (it prefixes the folder its pagefind/ is in), so that "/en/stories/x/" is found as
 * itself and never as "/en/en/stories/x/", under any base path.
 */
function indexUrl(url: string, root: string, lang: Lang): string {
  if (!url.startsWith(root)) throw new Error(`search index (${lang}): ${url} is not a page of the edition at ${root}`);
  return url.slice(root.length);
}

/** Builds one edition's index in `language` with a running Pagefind service. */
async function buildIndex({ root, records }: EditionRecords, language: string, lang: Lang): Promise<SearchFiles> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index (${lang}): Pagefind did not start: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addCustomRecord({
      url: indexUrl(record.url, root, lang),
      content: unspaced(language) ? indexedText(plainText(record.content), language) : plainText(record.content),
      language,
      meta: { title: plainText(record.title), type: record.type },
    });
    if (added.errors.length > 0) throw new Error(`search index (${lang}): the record of ${record.url}: ${added.errors.join('; ')}`);
  }
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length > 0) throw new Error(`search index (${lang}): ${fileErrors.join('; ')}`);
  await index.deleteIndex();
  // The one WebAssembly file the index's language loads (its stemmer's, or the plain one).
  const entry = files.find((file) => file.path === 'pagefind-entry.json');
  const languages = entry ? (JSON.parse(new TextDecoder().decode(entry.content)) as { languages: Record<string, { wasm: string | null }> }).languages : {};
  const wasm = new Set(Object.values(languages).map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`));
  return new Map(files.filter((file) => USED.test(file.path) && (!file.path.startsWith('wasm.') || wasm.has(file.path))).map((file) => [file.path, file.content]));
}

/** Every edition's index from its records, one Pagefind service for all, closed when done. */
export async function buildSearchIndexes(records: (lang: Lang) => Promise<EditionRecords>): Promise<Map<Lang, SearchFiles>> {
  try {
    const built = new Map<Lang, SearchFiles>();
    for (const lang of LANGS) built.set(lang, await buildIndex(await records(lang), indexLanguage(lang), lang));
    return built;
  } finally {
    await pagefind.close();
  }
}

let built: Promise<Map<Lang, SearchFiles>> | undefined;

/** One edition's index files (under its /pagefind/), every edition's built on the first call of a build. */
export async function searchFiles(lang: Lang, records: (lang: Lang) => Promise<EditionRecords>): Promise<SearchFiles> {
  built ??= buildSearchIndexes(records);
  return (await built).get(lang)!;
}
