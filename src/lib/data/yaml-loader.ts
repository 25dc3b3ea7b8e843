import type { Loader } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { clearCollectionCache, DATA_FILES, DataFileError, identify, parseRecords, type DataCollection } from './files';

/**
 * A content-layer loader for one YAML list in content/data/. Unlike Astro's `file()` loader,
 * a parse error, a missing or duplicate id and a schema error all stop the build, and each
 * message starts with the file and the entry.
 */
export function yamlCollection(collection: DataCollection): Loader {
  const file = DATA_FILES[collection];
  return {
    name: `yaml-collection:${collection}`,
    load: async ({ store, parseData, config }) => {
      clearCollectionCache();
      const root = new URL('.', config.root).pathname;
      const path = resolve(root, file);
      const records = identify(file, parseRecords(file, await readFile(path, 'utf8')));
      store.clear();
      for (const { id, data } of records) {
        let parsed: Record<string, unknown>;
        try {
          parsed = await parseData({ id, data, filePath: path });
        } catch (error) {
          const detail = (error as Error).message
            .replace(/\*\*/g, '')
            .replace(/^.*data does not match collection schema\.\s*/, '')
            .trim();
          throw new DataFileError(`${file} → ${id}: does not match the ${collection} schema:\n${detail}`);
        }
        store.set({ id, data: parsed, filePath: file });
      }
    },
  };
}
