/**
 * Place pages are made from data alone: in a throw-away copy of the project, a new record scoped
 * to a county (an indicator) and one scoped to a zone (a milestone), and a story naming a place in
 * its frontmatter, show up on those places' pages after a real `astro build`, with no code change.
 * A story naming an unknown place stops the build with a message naming the place ids.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { astro, copyProject } from '../helpers/project-copy';

const copies: ReturnType<typeof copyProject>[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

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

describe('place pages follow the data', () => {
  test('a county-scoped indicator, a zone-scoped milestone and a frontmatter place appear on their pages', async () => {
    const copy = copyProject();
    copies.push(copy);
    copy.edit('content/data/indicators.yaml', (text) => text + INDICATOR);
    copy.edit('content/data/milestones.yaml', (text) => text + MILESTONE);
    copy.edit('content/stories/compute.mdx', (text) => text.replace('tags: [', 'places: ["330421"]\ntags: ['));
    const result = await astro(copy.dir, 'build');
    expect(result.code, result.output.slice(-2000)).toBe(0);
    const page = (slug: string) => readFileSync(join(copy.dir, 'dist/places', slug, 'index.html'), 'utf8');

    const haiyan = page('haiyan');
    expect(haiyan).toContain('data-record="x-haiyan-test-figure"');
    expect(haiyan).toContain('测试用海盐指标：4,321.5亿元（2026年测试期，海盐县）。仅供测试的一条记录');
    expect(page('pinghu')).not.toContain('x-haiyan-test-figure');

    const port = page('jx-port');
    expect(port).toContain('data-record="x-port-test-event"');
    expect(port).toContain('2026年测试：测试用港区事件。仅供测试');

    // The story now lists 嘉善县 among its places, and 嘉善县's page lists the story.
    const story = readFileSync(join(copy.dir, 'dist/stories/compute/index.html'), 'utf8');
    expect(story).toMatch(/本文涉及的地区[\s\S]*<a href="\/places\/jiashan\/">嘉善县<\/a>/);
    expect(page('jiashan')).toContain('<a href="/stories/compute/">');
  }, 300_000);

  test('a story naming an unknown place fails, naming the known ones', async () => {
    const copy = copyProject();
    copies.push(copy);
    copy.edit('content/stories/compute.mdx', (text) => text.replace('tags: [', 'places: ["330499"]\ntags: ['));
    const result = await astro(copy.dir, 'sync');
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('unknown place "330499"; expected a county adcode or zone id: 330402 (南湖区)');
  }, 120_000);
});
