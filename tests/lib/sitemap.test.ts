import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { sitemapFilter, unlistedPaths } from '../../src/lib/sitemap';

const root = mkdtempSync(join(tmpdir(), 'jx-sitemap-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'content/stories'), { recursive: true });
const story = (file: string, front: string) => writeFileSync(join(root, 'content/stories', file), `---\n${front}\n---\n正文\n`);
story('Now.mdx', 'published: 2026-01-01\nformerSlugs: [old-now]');
story('later.mdx', 'published: 2030-01-01');
story('draft-later.mdx', 'published: 2030-01-01\ndraft: true');
story('slugged.mdx', 'published: 2031-05-05\nslug: custom');
story('_template.mdx', 'published: 2030-01-01');
mkdirSync(join(root, 'content/stories/en'), { recursive: true });
const english = (file: string, front: string) => writeFileSync(join(root, 'content/stories/en', file), `---\n${front}\n---\nText\n`);
english('Now.mdx', 'published: 2026-01-01\nformerSlugs: [old-now]');
english('later.mdx', 'published: 2030-01-01');

test('unlisted: scheduled stories (by their slug) and former slugs of both editions, the English 404 page; not drafts, templates or published stories', () => {
  const english = ['en/404/', 'en/stories/old-now/'];
  expect([...unlistedPaths(root, '2026-12-04')].sort()).toEqual([...english, 'en/stories/later/', 'stories/custom/', 'stories/later/', 'stories/old-now/'].sort());
  expect([...unlistedPaths(root, '2030-06-01')].sort()).toEqual([...english, 'stories/custom/', 'stories/old-now/'].sort());
});

test('the filter leaves out embeds and unlisted paths, under any base path', () => {
  const keep = sitemapFilter('https://news.example.cn', '/jiaxing/', new Set(['stories/later/']));
  expect(keep('https://news.example.cn/jiaxing/stories/now/')).toBe(true);
  expect(keep('https://news.example.cn/jiaxing/stories/later/')).toBe(false);
  expect(keep('https://news.example.cn/jiaxing/embed/map-x/')).toBe(false);
  expect(keep('https://news.example.cn/jiaxing/en/embed/map-x/')).toBe(false);
  expect(keep('https://news.example.cn/jiaxing/en/stories/now/')).toBe(true);
  expect(keep('https://news.example.cn/jiaxing/')).toBe(true);
});
