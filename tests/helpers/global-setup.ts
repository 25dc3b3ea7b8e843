/**
 * Starts one headless Chromium for the whole test run and hands its address to the test files
 * (`inject('browserEndpoint')`), so each browser test connects in milliseconds instead of
 * launching its own browser. Without a browser (and outside CI) nothing starts and the browser
 * tests skip, as before.
 */
import type { TestProject } from 'vitest/node';
import { chromePath, launchServer } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (!chromePath()) return undefined;
  const server = await launchServer();
  project.provide('browserEndpoint', server.wsEndpoint());
  return async () => {
    await server.close();
  };
}
