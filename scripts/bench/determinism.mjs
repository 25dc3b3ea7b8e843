/** Whether two builds are byte-identical: a sha256 of every file in each dist/, compared. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { walkFiles } from '../lib/dist-pages.ts';

/** dist-relative path → sha256 of every file in a build (dot-folders skipped). */
export function hashTree(root) {
  const hashes = new Map();
  for (const file of walkFiles(root)) hashes.set(relative(root, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  return hashes;
}

/** The files that differ between two builds: changed, only in the first, only in the second. */
export function compareTrees(a, b) {
  const changed = [];
  const onlyA = [];
  const onlyB = [];
  for (const [path, hash] of a) {
    if (!b.has(path)) onlyA.push(path);
    else if (b.get(path) !== hash) changed.push(path);
  }
  for (const path of b.keys()) if (!a.has(path)) onlyB.push(path);
  return { files: a.size, changed, onlyA, onlyB, identical: changed.length + onlyA.length + onlyB.length === 0 };
}
