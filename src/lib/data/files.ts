import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import { yamlErrorMessage } from './messages';

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
  glossary: 'content/data/glossary.yaml',
  claims: 'content/data/claims.yaml',
  corrections: 'content/data/corrections.yaml',
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

/** A content file's YAML; a syntax error is one DataFileError naming the file, line and column. */
export function loadYaml(file: string, text: string): unknown {
  try {
    return yaml.load(text, { filename: file });
  } catch (error) {
    throw new DataFileError(yamlErrorMessage(file, error, text));
  }
}

/** Parses a YAML data file into its list of records; a file that is not a list is an error. */
export function parseRecords(file: string, text: string): Record<string, unknown>[] {
  const data = loadYaml(file, text);
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

/** A data file's records with their ids, and what is wrong with those ids (one line each). */
export interface IdentifiedRecords {
  records: { id: string; data: Record<string, unknown> }[];
  problems: string[];
}

/**
 * Gives each record its id and lists every record without one and every id used twice.
 * Numeric ids (an adcode written without quotes) are read as strings. A record without an id
 * is left out of `records`; a repeated one stays in, so its fields can still be checked.
 */
export function findIds(file: string, records: Record<string, unknown>[]): IdentifiedRecords {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  const identified: IdentifiedRecords['records'] = [];
  records.forEach((data, index) => {
    const raw = data.id;
    if (typeof raw !== 'string' && typeof raw !== 'number') {
      problems.push(`${file}: record #${index + 1} has no "id" field (expected a string such as "my-record").`);
      return;
    }
    const id = String(raw);
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push(`${file} → ${id}: duplicate id; records #${first + 1} and #${index + 1} both use "${id}" (expected each id once).`);
    } else {
      seen.set(id, index);
    }
    identified.push({ id, data: { ...data, id } });
  });
  return { records: identified, problems };
}

/** Everything wrong in one data file, as one error: each problem on its own, under a count when there are several. */
export function fileProblems(file: string, problems: string[]): DataFileError {
  if (problems.length === 1) return new DataFileError(problems[0]!);
  return new DataFileError(`${file}: ${problems.length} problems, fix each:\n\n${problems.join('\n\n')}`);
}

/**
 * A data file's records with their ids, read from `root` (the project) each time it is asked:
 * no cache, so a saved edit is read at once. The one way content/data is read: by the YAML
 * loader (src/lib/data/yaml-loader.ts), by the story loader and the glossary plugin for the raw
 * records their rules need (story-loader.ts, src/lib/glossary-terms.ts), and by the tests' copy
 * of the content layer (tests/helpers/site-data.ts). A YAML mistake throws, naming the file;
 * missing and repeated ids are left in `problems`, for the YAML loader to report.
 */
export function readDataFile(root: string, collection: DataCollection): IdentifiedRecords {
  const file = DATA_FILES[collection];
  return findIds(file, parseRecords(file, readFileSync(resolve(root, file), 'utf8')));
}
