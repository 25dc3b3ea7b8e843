/**
 * Our own words: the newsroom's copy checker (shared/tools/copycheck.mjs, beside the project)
 * finds runs of 25+ characters in the published stories that are the same as in a source article.
 * It must find none. Skipped only where the tool is absent (a clone without shared/, as in CI).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { needsArticles, sharedDir } from '../helpers/articles';

const shared = sharedDir();

/**
 * The tool reads one folder's .mdx files, not its subfolders: it is run on the Chinese stories and,
 * separately, on the English ones (content/stories/en/), where a copied run could only be a
 * Chinese passage pasted into a name marker.
 */
test.skipIf(!shared).each(['content/stories', 'content/stories/en'])(needsArticles('copycheck finds no copied run in %s', shared), (folder) => {
  let output = '';
  let status = 0;
  try {
    output = execFileSync(process.execPath, [join(shared!, 'tools', 'copycheck.mjs'), folder], { encoding: 'utf8' });
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    status = failed.status;
    output = failed.stdout;
  }
  expect(output).toMatch(/: 0 copied runs/);
  expect(status, output).toBe(0);
});
