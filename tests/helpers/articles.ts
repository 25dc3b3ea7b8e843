/**
 * The source articles (shared/articles/) and the copy checker (shared/tools/copycheck.mjs) live
 * beside the project, not in it: the nearest `shared/` folder in the project's parent folders.
 * On a clone without them `sharedDir()` is null and the tests that need them are skipped, with the
 * reason; in CI tests/content/articles-present.test.ts fails instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function sharedDir(start = process.cwd()): string | null {
  let dir = resolve(start, '..');
  for (;;) {
    const candidate = join(dir, 'shared');
    if (existsSync(join(candidate, 'articles')) && existsSync(join(candidate, 'tools'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * The title of a test that needs the articles: as given where they are, and with the reason it
 * is skipped, and how to run it, where they are not (vitest lists a skipped test by its title).
 */
export function needsArticles(title: string, shared: string | null): string {
  if (shared) return title;
  if (!warned) console.warn(`Skipping the tests that read the source articles: ${MISSING}.`);
  warned = true;
  return `${title} [skipped: ${MISSING}]`;
}

export const MISSING = "no shared/articles and shared/tools beside this clone; they are the desk's source articles and copy checker, kept out of this repository: ask the data desk for the shared/ folder and put it next to the project folder (../shared) to run them";
let warned = false;

/** The text of an article file (e.g. "000_5a463b015cf49cf5.txt") from a shared folder. */
export function readArticle(shared: string, file: string): string {
  return readFileSync(join(shared, 'articles', file), 'utf8');
}
