import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';

/** Where each data collection lives, relative to the project root. */
export const DATA_FILES = {
  sources: 'content/data/sources.yaml',
  counties: 'content/data/counties.yaml',
  zones: 'content/data/zones.yaml',
  plans: 'content/data/plans.yaml',
  clusters: 'content/data/clusters.yaml',
  indicators: 'content/data/indicators.yaml',
  projects: 'content/data/projects.yaml',
  facilities: 'content/data/facilities.yaml',
  milestones: 'content/data/milestones.yaml',
  figures: 'content/data/figures.yaml',
} as const;

export type DataCollection = keyof typeof DATA_FILES;

/**
 * A problem in a content file, worded for the maintainer who edits it (the message names the
 * file, entry and field). It carries no stack trace, so Astro prints the message alone, without
 * "Location:" and "Stack trace:" lines that point into our code or node_modules.
 */
export class DataFileError extends Error {
  override name = 'DataFileError';
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}

/** Parses a YAML data file into its list of records; a file that is not a list is an error. */
export function parseRecords(file: string, text: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = yaml.load(text, { filename: file });
  } catch (error) {
    throw new DataFileError(`${file}: not valid YAML. ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) {
    throw new DataFileError(`${file}: expected a YAML list of records ("- id: …"), got ${data === null ? 'an empty file' : typeof data}.`);
  }
  return data.map((record, index) => {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw new DataFileError(`${file}: record #${index + 1} is not a mapping of fields.`);
    }
    return record as Record<string, unknown>;
  });
}

/**
 * Gives each record its id, checking that every record has one and that no id repeats.
 * Numeric ids (an adcode written without quotes) are read as strings.
 */
export function identify(file: string, records: Record<string, unknown>[]): { id: string; data: Record<string, unknown> }[] {
  const seen = new Map<string, number>();
  return records.map((data, index) => {
    const raw = data.id;
    if (typeof raw !== 'string' && typeof raw !== 'number') {
      throw new DataFileError(`${file}: record #${index + 1} has no "id" field (expected a string such as "my-record").`);
    }
    const id = String(raw);
    const first = seen.get(id);
    if (first !== undefined) {
      throw new DataFileError(`${file} → ${id}: duplicate id; records #${first + 1} and #${index + 1} both use "${id}" (expected each id once).`);
    }
    seen.set(id, index);
    return { id, data: { ...data, id } };
  });
}

const cache = new Map<string, { id: string; data: Record<string, unknown> }[]>();

/** Reads a collection's records from disk (once per process), for cross-file checks. */
export function readCollection(collection: DataCollection, root = process.cwd()): { id: string; data: Record<string, unknown> }[] {
  const file = DATA_FILES[collection];
  const path = resolve(root, file);
  let records = cache.get(path);
  if (!records) {
    records = identify(file, parseRecords(file, readFileSync(path, 'utf8')));
    cache.set(path, records);
  }
  return records;
}

/** Forgets what readCollection read, so that a changed file is read again. */
export function clearCollectionCache(): void {
  cache.clear();
}
