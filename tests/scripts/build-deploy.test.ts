/** The production build (`npm run build:deploy`) refuses a missing or placeholder SITE_URL before it builds anything. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/project-copy';

const run = (siteUrl?: string) => spawnSync(process.execPath, [join(ROOT, 'scripts/build-deploy.mjs')], {
  cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, ...(siteUrl === undefined ? {} : { SITE_URL: siteUrl }) },
});

test.each([
  [undefined, 'SITE_URL is not set'],
  ['https://jiaxing-clusters.example.org', 'is a placeholder'],
  ['http://localhost:4321', 'is a placeholder'],
  ['ftp://news.cn', 'is not an http(s) address'],
  ['news.cn', 'is not a URL'],
])('SITE_URL=%s is refused: %s', (siteUrl, reason) => {
  const result = run(siteUrl);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(reason);
  expect(result.stderr).toContain('npm run build:deploy');
});
