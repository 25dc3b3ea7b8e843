import type { Loader, LoaderContext } from 'astro/loaders';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILES, fileProblems, readDataFile, type DataCollection } from './files';
import { astroIssues, issueLine, schemaMessage, type SchemaIssue } from './messages';
import { englishIssues, textFieldsOf } from '../i18n/text-fields';

/**
 * The message for a record that does not match its collection's schema: the file and the entry,
 * then each field with what was found and what is expected (also used by tests/helpers/site-data.ts).
 */
export function recordMessage(collection: DataCollection, id: string, issues: SchemaIssue[], data: Record<string, unknown>): string {
  return schemaMessage(`${DATA_FILES[collection]} → ${id}`, `does not match the ${collection} schema`, issues.map((issue) => issueLine(issue, data)));
}

/**
 * A content-layer loader for one YAML list in content/data/. Unlike Astro's `file()` loader,
 * a parse error, a missing or duplicate id and a schema error all stop the build, and each
 * message starts with the file and the entry; one run lists every problem in the file. Like
 * `file()`, it watches its file in the dev server and reloads the records when it is saved.
 * Each record is checked alone: the ids it names are checked once every collection is loaded
 * (src/lib/data/references.ts).
 */
/** How long a watched file's changes must pause before it is read again (ms). */
const SETTLE_MS = 150;

export function yamlCollection(collection: DataCollection): Loader {
  const file = DATA_FILES[collection];

  async function sync({ store, parseData }: LoaderContext, root: string): Promise<void> {
    const { records, problems } = readDataFile(root, collection);
    const path = resolve(root, file);
    const parsed: { id: string; data: Record<string, unknown> }[] = [];
    // Every record is checked, so that one run lists everything wrong in the file.
    for (const { id, data } of records) {
      // Its English is checked beside its schema (src/lib/i18n/text-fields.ts), in the same message.
      const english = englishIssues(textFieldsOf(collection, data), data);
      try {
        const valid = await parseData({ id, data, filePath: path });
        if (english.length > 0) problems.push(recordMessage(collection, id, english, data));
        else parsed.push({ id, data: valid });
      } catch (error) {
        // Anything but a schema mismatch is not this record's to word: passed on as it is.
        if ((error as { name?: string }).name !== 'InvalidContentEntryDataError') throw error;
        problems.push(recordMessage(collection, id, [...astroIssues((error as Error).message), ...english], data));
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
      const root = fileURLToPath(context.config.root);
      const path = resolve(root, file);
      await sync(context, root);
      const { watcher, logger } = context;
      if (!watcher) return;
      watcher.add(path);
      // A save can be seen mid-write (the file empty or half there) and its last event lost among
      // the first: the file is read once its events have paused for SETTLE_MS.
      let settling: ReturnType<typeof setTimeout> | undefined;
      watcher.on('change', (changed) => {
        if (changed !== path) return;
        clearTimeout(settling);
        settling = setTimeout(async () => {
          try {
            await sync(context, root);
            logger.info(`Reloaded ${file}`);
          } catch (error) {
            logger.error((error as Error).message);
          }
        }, SETTLE_MS);
      });
    },
  };
}
