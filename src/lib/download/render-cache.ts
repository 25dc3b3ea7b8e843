/**
 * A disk cache for the figures' image files (PNG and SVG downloads): rendering them is about half of
 * a build (resvg and the font subsets, some 20 CPU-seconds for the two editions), and most builds
 * draw most figures exactly as the last one did. An entry is the file's bytes, named by a SHA-256
 * of everything that decides them: the standalone SVG (all the figure's text and geometry), what
 * is made of it (format, scale, density), the code that makes it (the source text of the modules
 * that draw, passed in by download-files.ts) and the installed packages
 * (node_modules/.package-lock.json: resvg, the fonts, the font subsetter). Change any of them and
 * the key changes, so a stale file is never served.
 *
 * Lives in node_modules/.cache/jiaxing-figure-files (like other build tools' caches: deleted with
 * node_modules, shared by the throw-away project copies the tests build, which link the
 * checkout's node_modules). Entries unused for two weeks are deleted the first time a process
 * uses the cache. `DOWNLOAD_CACHE=off` turns it off (the benchmark does, to time real work), and
 * it is off in Vitest, whose tests may replace the modules that draw.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(process.cwd(), 'node_modules', '.cache', 'jiaxing-figure-files');
const INSTALLED = join(process.cwd(), 'node_modules', '.package-lock.json');
/** Entries unused for this long are deleted. */
export const KEEP_MS = 14 * 24 * 3600 * 1000;

export type MakeFile = () => Promise<Uint8Array>;
/** Bytes by the strings that decide them (see cachedFile). */
export type FileCache = (parts: readonly string[], make: MakeFile) => Promise<Uint8Array>;

/**
 * A cache in `dir`, its keys salted with the text of `installed` (the installed packages'
 * lockfile). Each entry's bytes are `make()`'s for the same `parts`: read from `dir` when an
 * earlier build stored them, else made now and stored. A cache that cannot be read or written is
 * skipped: the file is made as if there were none.
 */
export function fileCache(dir: string, installed: string): FileCache {
  let pruned = false;
  return async (parts, make) => {
    const hash = createHash('sha256');
    for (const part of [installed, ...parts]) hash.update(`${part.length}:`).update(part);
    const file = join(dir, hash.digest('hex'));
    try {
      const bytes = readFileSync(file);
      const now = new Date();
      utimesSync(file, now, now);
      return new Uint8Array(bytes);
    } catch {
      // Not cached yet (or unreadable): make it.
    }
    const bytes = await make();
    try {
      if (!pruned) {
        pruned = true;
        prune(dir);
      }
      mkdirSync(dir, { recursive: true });
      // Written under a name of its own, then renamed: a build running at the same time never reads half a file.
      const temporary = `${file}.tmp${process.pid}`;
      writeFileSync(temporary, bytes);
      renameSync(temporary, file);
    } catch {
      // A read-only node_modules: the build goes on without the cache.
    }
    return bytes;
  };
}

/** Deletes entries unused (not read or written) for KEEP_MS; a file another build is writing is left alone. */
function prune(dir: string) {
  if (!existsSync(dir)) return;
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    if (name.includes('.tmp')) continue;
    try {
      if (now - statSync(join(dir, name)).mtimeMs > KEEP_MS) rmSync(join(dir, name), { force: true });
    } catch {
      // Another build pruned it first.
    }
  }
}

const enabled = process.env.DOWNLOAD_CACHE !== 'off' && import.meta.env.MODE !== 'test' && existsSync(INSTALLED);
let shared: FileCache | undefined;

/**
 * The build's cache (node_modules/.cache/jiaxing-figure-files): `make()`'s bytes for `parts`,
 * strings that together decide them. With the cache off, `make()` every time.
 */
export function cachedFile(parts: readonly string[], make: MakeFile): Promise<Uint8Array> {
  if (!enabled) return make();
  shared ??= fileCache(DIR, readFileSync(INSTALLED, 'utf8'));
  return shared(parts, make);
}
