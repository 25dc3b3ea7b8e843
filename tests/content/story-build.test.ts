/**
 * What a maintainer adds builds with no code change, checked on real builds of one throw-away
 * copy of the project (two builds in all):
 * - a story copied from another, with a new slug, appears on the home page, in the RSS feed and
 *   in the sitemap;
 * - place pages follow the data: a new record scoped to a county (an indicator) and one scoped to
 *   a zone (a milestone), and a story naming a place in its frontmatter, show up on those places'
 *   pages;
 * - renaming one story and removing another never breaks the next build (Astro's content cache
 *   used to keep an entry for the old file: "Rolldown failed to resolve import
 *   astro:content-layer-deferred-module?…").
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astro, copyProject } from '../helpers/project-copy';

const copy = copyProject();
afterAll(() => copy.remove());

const TITLE = '测试用的新稿件：构建后出现在首页、订阅和网站地图';
const OTHER_TITLE = '测试用的第二篇稿件：删除后不再出现';

const INDICATOR = `
- id: x-haiyan-test-figure
  label: 测试用海盐指标
  value: 4321.5
  unit: 亿元
  kind: actual
  period: { year: 2026, label: 2026年测试期 }
  scope: 海盐县
  counties: ["330424"]
  measures: 仅供测试的一条记录
  topic: clusters
  source: plan-2022-doc
`;

const MILESTONE = `
- { id: x-port-test-event, date: { year: 2026, label: 2026年测试 }, kind: event, title: 测试用港区事件, description: 仅供测试, zones: [jx-port], source: plan-2022-doc }
`;

/** A page's text without its tags (headlines are wrapped in phrase spans that keep words whole). */
const text = (html: string) => html.replace(/<[^>]*>/g, '');
const page = (path: string) => copy.read(join('dist', path, 'index.html'));

describe('a maintainer\'s additions, built', () => {
  let first: { code: number; output: string };
  beforeAll(async () => {
    const template = copy.read('content/stories/compute.mdx');
    copy.write('content/stories/new-story.mdx', template.replace(/^title: .*$/m, `title: ${TITLE}`));
    copy.write('content/stories/other-story.mdx', template.replace(/^title: .*$/m, `title: ${OTHER_TITLE}`));
    copy.edit('content/data/indicators.yaml', (yaml) => yaml + INDICATOR);
    copy.edit('content/data/milestones.yaml', (yaml) => yaml + MILESTONE);
    copy.edit('content/stories/compute.mdx', (mdx) => mdx.replace('tags: [', 'places: ["330421"]\ntags: ['));
    first = await astro(copy.dir, 'build');
  }, 300_000);

  test('the build succeeds', () => {
    expect(first.code, first.output.slice(-2000)).toBe(0);
  });

  test('a new story is listed on the home page, in rss.xml and in the sitemap', () => {
    expect(text(page(''))).toContain(TITLE);
    expect(page('')).toContain('/stories/new-story/');
    expect(copy.read('dist/rss.xml')).toContain(TITLE);
    expect(copy.read('dist/sitemap-0.xml')).toContain('/stories/new-story/</loc>');
    expect(text(page('stories/new-story'))).toContain(TITLE);
  });

  test('a county-scoped indicator, a zone-scoped milestone and a frontmatter place appear on their place pages', () => {
    const haiyan = page('places/haiyan');
    expect(haiyan).toContain('data-record="x-haiyan-test-figure"');
    expect(haiyan).toContain('测试用海盐指标：4,321.5亿元（2026年测试期，海盐县）。仅供测试的一条记录');
    expect(page('places/pinghu')).not.toContain('x-haiyan-test-figure');

    const port = page('places/jx-port');
    expect(port).toContain('data-record="x-port-test-event"');
    expect(port).toContain('2026年测试：测试用港区事件。仅供测试');

    // The story now lists 嘉善县 among its places, and 嘉善县's page lists the story.
    expect(page('stories/compute')).toMatch(/本文涉及的地区[\s\S]*<a href="\/places\/jiashan\/">嘉善县<\/a>/);
    expect(page('places/jiashan')).toContain('<a href="/stories/compute/">');
  });

  test('renaming one story and removing another rebuilds cleanly', async () => {
    // Same slug, same content, another file name: the cached entry still points at the old file.
    renameSync(join(copy.dir, 'content/stories/new-story.mdx'), join(copy.dir, 'content/stories/New-Story.mdx'));
    rmSync(join(copy.dir, 'content/stories/other-story.mdx'));
    const next = await astro(copy.dir, 'build');
    expect(next.code, next.output.slice(-2000)).toBe(0);
    expect(next.output).not.toContain('content-layer-deferred-module');
    expect(text(page('stories/new-story'))).toContain(TITLE);
    expect(existsSync(join(copy.dir, 'dist/stories/other-story/index.html'))).toBe(false);
    expect(text(page(''))).not.toContain(OTHER_TITLE);
  }, 300_000);
});
