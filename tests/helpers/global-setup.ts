/**
 * Once per test run, for both projects: makes a scratch directory the test files share
 * (`inject('scratchDir')`; see once-per-run.ts), removed when the run ends. Nothing is built
 * here: a run of unit tests alone builds nothing, and the build of the site happens only when a
 * test file asks for it (built-site.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    scratchDir: string;
  }
}

export default function setup(project: TestProject) {
  const scratch = mkdtempSync(join(tmpdir(), 'jx-tests-'));
  project.provide('scratchDir', scratch);
  return () => rmSync(scratch, { recursive: true, force: true });
}
