/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Two projects, so a maintainer can run the quick checks alone (`npm run test:fast`):
 * - fast: unit, component, built-output and content-rule tests, in shared workers (no per-file
 *   isolation: these tests neither mock modules nor change global state);
 * - fast-mocks: the few fast files that replace modules with vi.mock, each in its own module
 *   graph, so a mock never leaks into a file that shares its worker;
 * - slow: what drives a browser (one Chromium per run, started by tests/helpers/browser-setup.ts)
 *   or runs `astro sync`/`build`/`dev` in throw-away copies of the project, also in shared
 *   workers (nothing there mocks a module or changes global state; each file starts its own
 *   servers and contexts). The browser tests check a sample of the built pages chosen by rule
 *   (tests/helpers/representatives.ts), so a new story or figure adds little to the run.
 * `npm test` runs both. The built-output and browser tests of both check one build of the site,
 * made in the run by the first test file that needs it (tests/helpers/built-site.ts), never the
 * checkout's dist/: no `npm run build` is needed first.
 */
const SLOW = [
  'tests/browser/**/*.test.ts',
  'tests/security/escaping.test.ts',
  'tests/content/data-validation.test.ts',
  'tests/content/story-mistakes.test.ts',
  'tests/content/english-mistakes.test.ts',
  'tests/content/story-build.test.ts',
  'tests/content/dev-server.test.ts',
];

/**
 * The order files start in: the longest (20–35 s each alone on two cores) first, then the rest
 * of the slow project, then the many short files of the fast one, so that the run ends on short
 * files instead of one long file running alone. (Vitest orders by past durations when it has
 * them, but a project at a time; a fresh clone, as in CI, has none, and it goes by file size.)
 * story-build.test.ts comes first: its edited copy builds while the first browser file builds
 * the site (tests/helpers/built-site.ts), so neither worker sits waiting for a build.
 */
/** Fast files that vi.mock a module: isolated, since the fast project shares module graphs. */
const MOCKS = ['tests/components/figure/figure-download.test.ts'];

const LONGEST = [
  'tests/content/story-build.test.ts',
  'tests/browser/tooltips.test.ts',
  'tests/browser/pages.test.ts',
  'tests/browser/embed-frames.test.ts',
  'tests/browser/a11y.test.ts',
  'tests/browser/layout.test.ts',
  'tests/browser/embed.test.ts',
  'tests/content/dev-server.test.ts',
  'tests/content/data-validation.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const at = LONGEST.findIndex((path) => spec.moduleId.endsWith(path));
      if (at !== -1) return at;
      return spec.project.name === 'slow' ? LONGEST.length : LONGEST.length + 1;
    };
    return (await super.sort(files)).map((spec, order) => ({ spec, order }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.order - b.order)
      .map(({ spec }) => spec);
  }
}

export default getViteConfig({
  test: {
    // Two test files at a time even on two cores (Vitest's default there is one): browser tests
    // and builds spend much of their time in Chromium or in a child process, not in the worker.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongestFirst },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { TZ: 'Asia/Shanghai' },
    // The downloads read the graphics' style sheets (?raw): give tests their text, not Vitest's empty stand-in.
    css: { include: [/src\/styles\/.+\.css/] },
    // Once per run whatever projects run (Vitest does not pass the root's global setup on to them):
    // the scratch directory the site's build and the edited copy's build are shared through.
    globalSetup: ['tests/helpers/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'fast', include: ['tests/**/*.test.ts'], exclude: [...SLOW, ...MOCKS], isolate: false } },
      { extends: true, test: { name: 'fast-mocks', include: MOCKS, isolate: true } },
      // Builds and browsers on a busy 2-core machine take minutes, not the 60 s a unit test gets.
      { extends: true, test: { name: 'slow', include: SLOW, isolate: false, globalSetup: ['tests/helpers/browser-setup.ts'], testTimeout: 300_000 } },
    ],
  },
});
