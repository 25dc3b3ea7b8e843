/**
 * The data as the content layer gives it to pages, without Astro: for unit tests and scripts.
 * It goes the content layer's way, with its parts: each file of content/data/ read by the
 * loaders' reader (readDataFile), each record validated with its collection's schema
 * (src/lib/data/collections.ts) and worded as the YAML loader words it, then the ids records
 * name checked as getSiteData() checks them (src/lib/data/references.ts); figures get the
 * generated place figures. Pages use `getSiteData()` (src/lib/site-data.ts).
 */
import { dataSchemas } from '../../src/lib/data/collections';
import { DATA_FILES, fileProblems, readDataFile, type DataCollection } from '../../src/lib/data/files';
import { checkReferences } from '../../src/lib/data/references';
import type { SiteData } from '../../src/lib/data/types';
import { recordMessage } from '../../src/lib/data/yaml-loader';
import { withGeneratedFigures } from '../../src/lib/figures/registry';
import { englishIssues, textFieldsOf } from '../../src/lib/i18n/text-fields';
import { englishData } from '../../src/lib/english-data';

/** One collection's valid records by id; a problem in the file throws, listing every one. */
function load(root: string, collection: DataCollection, english: boolean): Map<string, unknown> {
  const { records, problems } = readDataFile(root, collection);
  const valid = new Map<string, unknown>();
  for (const { id, data } of records) {
    const parsed = dataSchemas[collection].safeParse(data);
    const issues = [
      ...(parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))),
      ...(english ? englishIssues(textFieldsOf(collection, data), data) : []),
    ];
    if (parsed.success && issues.length === 0) valid.set(id, parsed.data);
    else problems.push(recordMessage(collection, id, issues, data));
  }
  if (problems.length > 0) throw fileProblems(DATA_FILES[collection], problems);
  return valid;
}

/**
 * Every data file of the project at `root` (by default the working directory), validated and
 * cross-checked, the English of every record too unless `english` is false (the frozen fixture
 * data of tests/fixtures/, copied before records had their English).
 */
export function siteDataFromFiles(root = process.cwd(), { english = true } = {}): SiteData {
  const data = Object.fromEntries((Object.keys(DATA_FILES) as DataCollection[]).map((collection) => [collection, load(root, collection, english)])) as unknown as SiteData;
  checkReferences(data);
  return withGeneratedFigures(data);
}

/** The same data in English, as getSiteData('en') gives it to the /en/ pages (src/lib/english-data.ts). */
export function englishSiteDataFromFiles(root = process.cwd()): SiteData {
  return englishData(siteDataFromFiles(root));
}
