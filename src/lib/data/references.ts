/**
 * The check of what records say about each other, run once all collections are loaded, against
 * the loaded data (getSiteData() in src/lib/site-data.ts; tests/helpers/site-data.ts for tests):
 * - every reference field (`ref('plans')`, `placeRef()`: src/lib/data/ref.ts) of every data record
 *   and story frontmatter names a record that exists, else the message gives the unknown id, a
 *   "did you mean" (for places, with names) and the ids it could be;
 * - a target year (a cluster's value-added targets, a target indicator's period) does not precede
 *   the year its plan was issued.
 * Every problem is listed in one error, each naming the file, the entry and the field.
 */
import { didYouMeanNamed, knownList, type Named } from '../suggest';
import { dataSchemas } from './collections';
import { DATA_FILES, DataFileError, type DataCollection } from './files';
import { schemaMessage } from './messages';
import { referencesIn, type FoundReference } from './ref';
import { storySchema } from './schemas';
import type { SiteData } from './types';

/** A story as the content layer holds it: its file (from the project root) and its frontmatter. */
export interface StoryEntry {
  filePath?: string;
  data: Record<string, unknown>;
}

/** The records a reference may name, as a message lists them: counties and zones with their names. */
function knownRecords(data: SiteData, collection: DataCollection): Named[] {
  const records = [...(data[collection] as Map<string, { name?: unknown }>)];
  const withNames = collection === 'counties' || collection === 'zones';
  return records.map(([id, record]) => ({ id, name: withNames ? String(record.name) : undefined }));
}

/** The line for each reference in `found` that names no record: "field: unknown … id "x" (did you mean …); expected …". */
function unknownLines(found: FoundReference[], data: SiteData): string[] {
  return found.flatMap(({ path, references, id }) => {
    if (references === 'place') {
      const places = [...knownRecords(data, 'counties'), ...knownRecords(data, 'zones')];
      if (places.some((place) => place.id === id)) return [];
      return [`${path}: unknown place "${id}"${didYouMeanNamed(id, places)}; expected a county adcode or zone id: ${knownList(places, Infinity)}`];
    }
    if (data[references].has(id)) return [];
    const known = knownRecords(data, references);
    return [`${path}: unknown ${references} id "${id}"${didYouMeanNamed(id, known)}; expected one of: ${knownList(known)}`];
  });
}

/** The line for a target year that precedes its plan (a plan that does not exist is the reference's problem). */
function targetLine(data: SiteData, planId: string | undefined, year: number | undefined, path: string): string[] {
  const issued = planId === undefined ? undefined : data.plans.get(planId)?.year;
  if (issued === undefined || year === undefined || year >= issued) return [];
  return [`${path}: target year ${year} precedes its plan "${planId}" (issued ${issued}); expected ${issued} or later`];
}

/** The target years of a record that must not precede its plan's, with their fields. */
function targetLines(data: SiteData, collection: DataCollection, id: string): string[] {
  if (collection === 'clusters') {
    const cluster = data.clusters.get(id)!;
    return (cluster.valueAdded?.targets ?? []).flatMap((target, index) => targetLine(data, cluster.plan, target.year, `valueAdded.targets.${index}.year`));
  }
  if (collection === 'indicators') {
    const indicator = data.indicators.get(id)!;
    return targetLine(data, indicator.plan, indicator.period.year, 'period.year');
  }
  return [];
}

/** One message per record or story that names what does not exist or disagrees with it, in file order. */
export function referenceProblems(data: SiteData, stories: readonly StoryEntry[] = []): string[] {
  const problems: string[] = [];
  const add = (where: string, lines: string[]) => {
    if (lines.length > 0) problems.push(schemaMessage(where, 'disagrees with the records it names', lines));
  };
  for (const collection of Object.keys(DATA_FILES) as DataCollection[]) {
    for (const [id, record] of data[collection] as Map<string, unknown>) {
      add(`${DATA_FILES[collection]} → ${id}`, [
        ...unknownLines(referencesIn(dataSchemas[collection], record), data),
        ...targetLines(data, collection, id),
      ]);
    }
  }
  for (const story of [...stories].sort((a, b) => (a.filePath ?? '').localeCompare(b.filePath ?? ''))) {
    add(story.filePath ?? 'content/stories/', unknownLines(referencesIn(storySchema, story.data), data));
  }
  return problems;
}

/**
 * Throws one DataFileError listing every reference problem of the loaded data and stories (no
 * stack trace: the message is the maintainer's); returns quietly when there is none.
 */
export function checkReferences(data: SiteData, stories: readonly StoryEntry[] = []): void {
  const problems = referenceProblems(data, stories);
  if (problems.length === 1) throw new DataFileError(problems[0]!);
  if (problems.length > 1) {
    throw new DataFileError(`${problems.length} records disagree with the records they name, fix each:\n\n${problems.join('\n\n')}`);
  }
}
