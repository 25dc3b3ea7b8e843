import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import yaml from 'js-yaml';

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../..');

/** A record of a content/data file, as js-yaml reads it. */
export type DataRecord = Record<string, any>;

/** A throw-away copy of the project (sources and content; node_modules linked) to break on purpose. */
export interface ProjectCopy {
  dir: string;
  /** Changes a file of the copy; an edit that changes nothing is a test-setup error. */
  edit: (file: string, change: (text: string) => string) => void;
  /**
   * Changes a YAML list of records (content/data/*.yaml) through its parsed records, so a test
   * breaks or adds a record whatever today's wording of the file (its comments are not kept).
   */
  editRecords: (file: string, change: (records: DataRecord[]) => void) => void;
  /** Writes a new file (or overwrites one) in the copy. */
  write: (file: string, text: string) => void;
  /** Reads a file of the copy (e.g. a built page under dist/). */
  read: (file: string) => string;
  /** Deletes the copy. */
  remove: () => void;
}

/** Copies the project into a new directory (under `parent`, by default the system's temp directory). */
export function copyProject(parent = tmpdir()): ProjectCopy {
  const dir = mkdtempSync(join(parent, 'jx-project-'));
  for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // Astro keeps its content cache in node_modules/.astro by default: give the copy its own, so
  // that building it never touches the checkout's cache (node_modules is shared through the link).
  const config = join(dir, 'astro.config.mjs');
  const text = readFileSync(config, 'utf8');
  // Vite keeps its own cache in node_modules/.vite: the copy's, so copies syncing at the same time
  // do not race on one directory (seen: ENOENT while one moved its optimised dependencies in).
  for (const anchor of ["output: 'static',", '  vite: {\n']) {
    if (!text.includes(anchor)) throw new Error(`test setup: astro.config.mjs no longer has "${anchor.trim()}"`);
  }
  writeFileSync(config, text
    .replace("output: 'static',", "output: 'static',\n  cacheDir: './.astro-cache',")
    .replace('  vite: {\n', "  vite: {\n    cacheDir: './.vite-cache',\n"));
  return projectCopyAt(dir);
}

/** A copy made by copyProject (maybe in another test process), by its directory. */
export function projectCopyAt(dir: string): ProjectCopy {
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`test setup: the edit to ${file} changed nothing`);
      writeFileSync(path, after);
    },
    editRecords(file, change) {
      const path = join(dir, file);
      const records = yaml.load(readFileSync(path, 'utf8')) as DataRecord[];
      const before = JSON.stringify(records);
      change(records);
      if (JSON.stringify(records) === before) throw new Error(`test setup: the edit to the records of ${file} changed nothing`);
      writeFileSync(path, yaml.dump(records, { lineWidth: -1 }));
    },
    write: (file, text) => writeFileSync(join(dir, file), text),
    read: (file) => readFileSync(join(dir, file), 'utf8'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs an astro command in a directory; resolves with its exit code and all output. */
export function astro(dir: string, ...args: string[]): Promise<{ code: number; output: string }> {
  return astroWith({}, dir, ...args);
}

/** Runs an astro command with more environment variables (e.g. BUILD_DATE). */
export async function astroWith(env: Record<string, string>, dir: string, ...args: string[]): Promise<{ code: number; output: string }> {
  const bin = join(ROOT, 'node_modules/.bin/astro');
  const node = join(ROOT, 'node_modules/.bin/node');
  try {
    const { stdout, stderr } = await run(node, [bin, ...args], { cwd: dir, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' }, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}
