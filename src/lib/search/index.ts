/**
 * The site's search index: Pagefind's (https://pagefind.app), built once per build from the
 * search records (./records.ts) through its Node API, never from the built pages. Its files
 * are served under /pagefind/ by src/pages/pagefind/[...file].ts; the search page
 * (src/pages/search.astro) loads them when a reader searches. Pagefind's extended build segments
 * Chinese, so a two-character query such as 平湖 or 算力 finds the pages that contain it.
 */
import * as pagefind from 'pagefind';
import { SITE_LANG } from '../site';
import type { SearchRecord } from './records';

/** Pagefind's files the search page uses: its script, its WebAssembly, the index and fragments. Its own UIs are left out. */
const USED = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|index\/.+\.pf_index|fragment\/.+\.pf_fragment|filter\/.+\.pf_filter)$/;

let built: Promise<Map<string, Uint8Array>> | undefined;

/** The index's files by path (under /pagefind/), for `records`; built on the first call of a build. */
export function searchFiles(records: () => Promise<SearchRecord[]>): Promise<Map<string, Uint8Array>> {
  built ??= (async () => {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`search index: Pagefind did not start: ${errors.join('; ')}`);
    for (const record of await records()) {
      const added = await index.addCustomRecord({
        url: record.url,
        content: record.content,
        language: SITE_LANG,
        meta: { title: record.title, type: record.type },
        filters: { type: [record.type] },
      });
      if (added.errors.length > 0) throw new Error(`search index: the record of ${record.url}: ${added.errors.join('; ')}`);
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(`search index: ${fileErrors.join('; ')}`);
    await pagefind.close();
    return new Map(files.filter((file) => USED.test(file.path)).map((file) => [file.path, file.content]));
  })();
  return built;
}
