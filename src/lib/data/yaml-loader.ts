import type { Loader, LoaderContext } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearCollectionCache, DATA_FILES, fileProblems, findIds, parseRecords, type DataCollection } from './files';
import { astroIssues, issueLine, schemaMessage } from './messages';

/**
 * A content-layer loader for one YAML list in content/data/. Unlike Astro's `file()` loader,
 * a parse error, a missing or duplicate id and a schema error all stop the build, and each
 * message starts with the file and the entry; one run lists every problem in the file. Like
 * `file()`, it watches its file in the dev server and reloads the records when it is saved.
 */
export function yamlCollection(collection: DataCollection): Loader {
  const file = DATA_FILES[collection];

  async function sync({ store, parseData }: LoaderContext, path: string): Promise<void> {
    clearCollectionCache();
    const { records, problems } = findIds(file, parseRecords(file, await readFile(path, 'utf8')));
    const parsed: { id: string; data: Record<string, unknown> }[] = [];
    // Every record is checked, so that one run lists everything wrong in the file.
    for (const { id, data } of records) {
      try {
        parsed.push({ id, data: await parseData({ id, data, filePath: path }) });
      } catch (error) {
        // Anything but a schema mismatch is another file's problem met by a cross-file check (a
        // YAML mistake in sources.yaml, read by every source: field): that file's message, once.
        if ((error as { name?: string }).name !== 'InvalidContentEntryDataError') throw error;
        const lines = astroIssues((error as Error).message).map((issue) => issueLine(issue, data));
        problems.push(schemaMessage(`${file} → ${id}`, `does not match the ${collection} schema`, lines));
      }
    }
    if (problems.length > 0) throw fileProblems(file, problems);
    // Replace the records only once the whole file is valid: a half-typed edit in the dev server
    // leaves the last good data on the page (and the error in the terminal).
    store.clear();
    for (const { id, data } of parsed) store.set({ id, data, filePath: file });
  }

  return {
    name: `yaml-collection:${collection}`,
    load: async (context) => {
      const path = resolve(fileURLToPath(context.config.root), file);
      await sync(context, path);
      const { watcher, logger } = context;
      if (!watcher) return;
      watcher.add(path);
      watcher.on('change', async (changed) => {
        if (changed !== path) return;
        try {
          await sync(context, path);
          logger.info(`Reloaded ${file}`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
    },
  };
}
