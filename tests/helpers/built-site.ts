/**
 * The built site the dist/, security and browser tests check: the checkout's sources as they are
 * now, built once per test run into a throw-away copy of the project (the first test file to ask
 * builds it, the others wait: once-per-run.ts). Tests never read the checkout's own dist/, which
 * a fresh clone lacks and which may be older than the sources.
 *
 * $SITE_DIST names a build to check instead, and nothing is built: for instance
 * `SITE_DIST=dist npm run test:fast` right after `npm run build`, or a deploy build.
 */
import { join, resolve } from 'node:path';
import { astro, copyProject } from './project-copy';
import { oncePerRun } from './once-per-run';

let site: Promise<string> | undefined;

/** The folder of the built site (what `npm run build` writes to dist/). */
export function builtSite(): Promise<string> {
  if (process.env.SITE_DIST) return Promise.resolve(resolve(process.env.SITE_DIST));
  site ??= oncePerRun('site-build', async (scratch) => {
    const copy = copyProject(scratch);
    const build = await astro(copy.dir, 'build');
    if (build.code !== 0) throw new Error(`the site's build for the tests failed (exit ${build.code}):\n${build.output.slice(-4000)}`);
    return join(copy.dir, 'dist');
  });
  return site;
}
