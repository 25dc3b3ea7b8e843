/**
 * Once per run of the slow tests:
 * - starts one headless Chromium and hands its address to the test files
 *   (`inject('browserEndpoint')`), so each browser test connects in milliseconds instead of
 *   launching its own browser. Without a browser (and outside CI) none starts and the browser
 *   tests skip, as before;
 * - makes a scratch directory the test files share (`inject('scratchDir')`; see
 *   edited-build.ts), removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromePath, launchServer } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    browserEndpoint: string;
    scratchDir: string;
  }
}

export default async function setup(project: TestProject) {
  const scratch = mkdtempSync(join(tmpdir(), 'jx-tests-'));
  project.provide('scratchDir', scratch);
  const server = chromePath() ? await launchServer() : undefined;
  if (server) project.provide('browserEndpoint', server.wsEndpoint());
  return async () => {
    await server?.close();
    rmSync(scratch, { recursive: true, force: true });
  };
}
