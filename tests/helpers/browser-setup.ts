/**
 * Once per run of the slow tests: starts one headless Chromium and hands its address to the test
 * files (`inject('browserEndpoint')`), so each browser test connects in milliseconds instead of
 * launching its own browser. Without a browser (and outside CI) none starts and the browser
 * tests skip.
 */
import type { TestProject } from 'vitest/node';
import { chromePath, launchServer } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const server = chromePath() ? await launchServer() : undefined;
  if (server) project.provide('browserEndpoint', server.wsEndpoint());
  return async () => {
    await server?.close();
  };
}
