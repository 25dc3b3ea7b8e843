/**
 * Work done once per test run however many test files (in however many worker processes) need
 * it, such as a build of the site: the first file to ask does it in the run's scratch directory
 * (global-setup.ts, which also removes it) and writes its result there; the others wait for that
 * result. A failure is the result too: every file that asked reports it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The value `make` returned (it must survive JSON) the one time it ran in this run under `name`.
 * `make` gets the scratch directory to work in. Throws what `make` threw, or after `timeout` ms
 * of waiting for another file's `make`.
 */
export async function oncePerRun<T>(name: string, make: (scratch: string) => Promise<T>, timeout = 300_000): Promise<T> {
  const scratch = inject('scratchDir');
  const result = join(scratch, `${name}.json`);
  let first = true;
  try {
    mkdirSync(join(scratch, `${name}.lock`));
  } catch {
    first = false;
  }
  if (first) {
    let outcome: { value: T } | { error: string };
    try {
      outcome = { value: await make(scratch) };
    } catch (error) {
      outcome = { error: (error as Error).message };
    }
    writeFileSync(`${result}.part`, JSON.stringify(outcome));
    renameSync(`${result}.part`, result);
  }
  const end = Date.now() + timeout;
  while (!existsSync(result)) {
    if (Date.now() > end) throw new Error(`${name} (tests/helpers/once-per-run.ts): not finished by another test file after ${timeout / 1000} s`);
    await sleep(250);
  }
  const outcome = JSON.parse(readFileSync(result, 'utf8')) as { value: T } | { error: string };
  if ('error' in outcome) throw new Error(outcome.error);
  return outcome.value;
}
