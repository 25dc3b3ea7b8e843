/**
 * Claims belong to their speakers (content/data/claims.yaml): each listed claim is in the article
 * of the source it names, and wherever a data file's text uses it, it stands inside quotation
 * marks. (Stories are checked by the build: src/lib/claims.ts.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteDataFromFiles } from '../helpers/site-data';
import { claimProblems, textFields } from '../../src/lib/claims';
import { DATA_FILES } from '../../src/lib/data/files';
import { needsArticles, readArticle, sharedDir } from '../helpers/articles';

const data = siteDataFromFiles();
const claims = [...data.claims.entries()];
const shared = sharedDir();

describe('claims.yaml', () => {
  test.skipIf(!shared).each(claims.map(([id, claim]) => [id, claim] as const))(needsArticles('%s: the claim is in its source\'s article', shared), (_id, claim) => {
    const article = readArticle(shared!, data.sources.get(claim.source)!.article).replace(/\s+/g, '');
    expect(article).toContain(claim.text);
  });
});

/** The text fields of a data file as one line per field value (comments and keys left out). */
const fieldText = (file: string) => readFileSync(resolve(file), 'utf8').split('\n')
  .filter((line) => !line.trimStart().startsWith('#'))
  .map((line) => line.replace(/^\s*(?:-\s+)?[\w-]+:\s*/, ''))
  .join('\n\n');

describe.each((['figures', 'clusters', 'facilities', 'indicators', 'projects', 'milestones', 'counties', 'zones', 'glossary'] as const).map((c) => [DATA_FILES[c]]))('%s', (file) => {
  test('every claim it repeats stands in quotation marks', () => {
    // Data text has no source marks: each record cites its source in a field, so only the quotes are checked.
    const problems = claimProblems(textFields(fieldText(file).split('\n\n')), claims);
    expect(problems).toEqual([]);
  });
});
