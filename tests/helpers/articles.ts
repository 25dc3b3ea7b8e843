/**
 * The source articles (shared/articles/) and the copy checker (shared/tools/copycheck.mjs) live
 * beside the project, not in it: the nearest `shared/` folder in the project's parent folders.
 * On a clone without them (CI), `sharedDir()` is null and the tests that need them are skipped.
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

/** The text of an article file (e.g. "000_5a463b015cf49cf5.txt") from a shared folder. */
export function readArticle(shared: string, file: string): string {
  return readFileSync(join(shared, 'articles', file), 'utf8');
}
