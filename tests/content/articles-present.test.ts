/**
 * The source articles and the copy checker (../shared) are what the citation, claim, number and
 * copy tests read. In a contributor's clone without them those tests are skipped with the reason
 * (tests/helpers/articles.ts); in CI (`CI` set, as `.ci/run` runs) a missing folder is this
 * test's failure, so a run that checked no citation never passes as green.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { MISSING, sharedDir } from '../helpers/articles';
import { siteDataFromFiles } from '../helpers/site-data';

const shared = sharedDir();
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';

test.skipIf(!shared && !inCi)(`the source articles every source cites are beside the project${shared || inCi ? '' : ` [skipped outside CI: ${MISSING}]`}`, () => {
  if (!shared) throw new Error(`CI: the tests that check citations, claims, English numbers and copied text could not run: ${MISSING}`);
  const files = [...new Set([...siteDataFromFiles().sources.values()].map((source) => source.article))];
  expect(files.length).toBeGreaterThan(0);
  expect(files.filter((file) => !existsSync(join(shared, 'articles', file))), `articles named in content/data/sources.yaml but missing from ${shared}/articles`).toEqual([]);
  expect(existsSync(join(shared, 'tools', 'copycheck.mjs')), `${shared}/tools/copycheck.mjs`).toBe(true);
});
