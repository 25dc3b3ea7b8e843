/**
 * A maintainer adds a story by copying one and giving it a new slug: the site builds and the
 * story appears on the home page, in the RSS feed and in the sitemap. Renaming or removing a
 * story afterwards never breaks the next build (Astro's content cache used to keep an entry
 * for the old file: "Rolldown failed to resolve import astro:content-layer-deferred-module?…").
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { astro, copyProject } from '../helpers/project-copy';

const copy = copyProject();
afterAll(() => copy.remove());

const TITLE = '测试用的新稿件：构建后出现在首页、订阅和网站地图';

/** A page's text without its tags (headlines are wrapped in phrase spans that keep words whole). */
const text = (html: string) => html.replace(/<[^>]*>/g, '');

test('a new story builds and is listed on the home page, in rss.xml and in the sitemap; renaming or removing it rebuilds cleanly', async () => {
  copy.write('content/stories/new-story.mdx', copy.read('content/stories/compute.mdx').replace(/^title: .*$/m, `title: ${TITLE}`));
  const first = await astro(copy.dir, 'build');
  expect(first.code, first.output).toBe(0);
  expect(text(copy.read('dist/index.html'))).toContain(TITLE);
  expect(copy.read('dist/index.html')).toContain('/stories/new-story/');
  expect(copy.read('dist/rss.xml')).toContain(TITLE);
  expect(copy.read('dist/sitemap-0.xml')).toContain('/stories/new-story/</loc>');
  expect(text(copy.read('dist/stories/new-story/index.html'))).toContain(TITLE);

  // Same slug, same content, another file name: the cached entry still points at the old file.
  renameSync(join(copy.dir, 'content/stories/new-story.mdx'), join(copy.dir, 'content/stories/New-Story.mdx'));
  const renamed = await astro(copy.dir, 'build');
  expect(renamed.code, renamed.output).toBe(0);
  expect(renamed.output).not.toContain('content-layer-deferred-module');
  expect(text(copy.read('dist/stories/new-story/index.html'))).toContain(TITLE);

  rmSync(join(copy.dir, 'content/stories/New-Story.mdx'));
  const removed = await astro(copy.dir, 'build');
  expect(removed.code, removed.output).toBe(0);
  expect(existsSync(join(copy.dir, 'dist/stories/new-story/index.html'))).toBe(false);
  expect(text(copy.read('dist/index.html'))).not.toContain(TITLE);
}, 400_000); // three builds: about 20 s on a quiet machine, minutes on a busy one
