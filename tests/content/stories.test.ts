/**
 * The six stories in content/stories/, read from disk: their frontmatter, length, figures and
 * source marks. (The build checks figure ids and source marks too; these tests also catch a
 * story that is too short, a figure no story uses, or data typed into a story as a table.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { storySchema } from '../../src/lib/data/schemas';
import { siteDataFromFiles } from '../../src/lib/data/from-files';
import { storyRefs } from '../../src/lib/story-refs';
import { ROOT } from '../helpers/project-copy';

const DIR = join(ROOT, 'content/stories');
const SLUGS = ['135n-system', 'one-county-one-cluster', 'compute', 'pinghu-ai', 'national-clusters', 'from-2022-to-2026'];

interface Story {
  slug: string;
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

function readStory(name: string): Story {
  const file = `content/stories/${name}`;
  const text = readFileSync(join(DIR, name), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no YAML frontmatter between --- lines`);
  return { slug: name.replace(/\.mdx$/, ''), file, frontmatter: yaml.load(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
}

/** Body text a reader reads: without MDX comments, components (<Figure … />) and import lines. */
function prose(body: string): string {
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, '')
    .replace(/^import\s.*$/gm, '');
}

const hanCount = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length;

const stories = readdirSync(DIR).filter((name) => name.endsWith('.mdx') && !name.startsWith('_')).sort().map(readStory);
const data = siteDataFromFiles();

describe('helpers', () => {
  test('prose() drops components, comments and imports but keeps the text around them', () => {
    const body = 'import X from "y";\n{/* 注释里的字 */}\n正文一句。<SourceMark id="plan-2022-doc" />\n\n<Figure id="map-2022-tiers" />\n\n<ClusterRoster plan="plan-2022" />';
    expect(prose(body).trim()).toBe('正文一句。');
    expect(hanCount('2022年“一县一集群”，AI与算力')).toBe(9);
  });
});

test('there are exactly the six stories, besides the template', () => {
  expect(stories.map((story) => story.slug)).toEqual([...SLUGS].sort());
  expect(readdirSync(DIR)).toContain('_template.mdx');
});

describe.each(stories)('$file', (story) => {
  const refs = storyRefs(story.body);

  test('frontmatter passes the story schema, with the team byline and a November 2026 date', () => {
    const parsed = storySchema.safeParse(story.frontmatter);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.byline).toBe('嘉兴集群观察数据组');
    expect(parsed.data.draft).toBe(false);
    const day = parsed.data.published.toISOString().slice(0, 10);
    expect(day >= '2026-11-16' && day <= '2026-11-23', `published ${day}`).toBe(true);
    expect(parsed.data.summary.length).toBeLessThanOrEqual(160);
    expect(parsed.data.tags.length).toBeGreaterThan(0);
  });

  test('has at least 1,000 Han characters of body text', () => {
    expect(hanCount(prose(story.body))).toBeGreaterThanOrEqual(1000);
  });

  test('is organised under ## subheadings and writes no 来源 section of its own', () => {
    const headings = [...story.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings.length).toBeGreaterThanOrEqual(3);
    expect(headings).not.toContain('来源');
    expect(story.body).not.toMatch(/^#\s/m);
  });

  test('uses at least one figure, every figure id exists, and the lead figure is one of them', () => {
    expect(refs.figures.length).toBeGreaterThan(0);
    expect((story.body.match(/<Figure\b/g) ?? []).length).toBe(refs.figures.length);
    for (const id of refs.figures) expect(data.figures.has(id), `<Figure id="${id}">`).toBe(true);
    expect(refs.figures).toContain(story.frontmatter.leadFigure);
  });

  test('cites sources inline, each one listed in the frontmatter, and lists no source it never cites', () => {
    const sources = story.frontmatter.sources as string[];
    expect(refs.sourceMarks.length).toBeGreaterThan(0);
    expect((story.body.match(/<SourceMark\b/g) ?? []).length).toBe(refs.sourceMarks.length);
    for (const id of refs.sourceMarks) expect(sources, `<SourceMark id="${id}">`).toContain(id);
    expect([...new Set(refs.sourceMarks)].sort()).toEqual([...sources].sort());
  });

  test('carries no data of its own: no markdown table, no HTML table, no imports', () => {
    expect(story.body).not.toMatch(/^\s*\|.*\|\s*$/m);
    expect(story.body).not.toMatch(/^\s*\|?\s*:?-{3,}:?\s*\|/m);
    expect(story.body).not.toMatch(/<table\b/i);
    expect(story.body).not.toMatch(/^import\s/m);
  });
});

test('stories are published on different days', () => {
  const days = stories.map((story) => String(story.frontmatter.published));
  expect(new Set(days).size).toBe(stories.length);
});

test('every figure that names a story is used by that story', () => {
  const used = new Map(stories.map((story) => [story.slug, new Set(storyRefs(story.body).figures)]));
  const assigned = [...data.figures.values()].filter((figure) => figure.story !== undefined);
  expect(assigned.length).toBeGreaterThan(0);
  for (const figure of assigned) {
    expect(used.has(figure.story ?? ''), `figure "${figure.id}": story "${figure.story}" is not a story slug`).toBe(true);
    expect(used.get(figure.story ?? '')?.has(figure.id), `figure "${figure.id}" is not used by story "${figure.story}"`).toBe(true);
  }
});

test('the one-county-one-cluster story carries the 2022 cluster roster', () => {
  const story = stories.find((s) => s.slug === 'one-county-one-cluster');
  expect(story?.body).toMatch(/<ClusterRoster plan="plan-2022" \/>/);
});

describe('the template (_template.mdx)', () => {
  const template = readStory('_template.mdx');
  test('is a valid draft that shows every story component with real ids', () => {
    const parsed = storySchema.safeParse(template.frontmatter);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
    expect(template.frontmatter.draft).toBe(true);
    const refs = storyRefs(template.body);
    expect(refs.figures.every((id) => data.figures.has(id))).toBe(true);
    expect(refs.figures.length).toBeGreaterThan(0);
    expect(refs.sourceMarks.every((id) => (template.frontmatter.sources as string[]).includes(id))).toBe(true);
    const plan = /<ClusterRoster plan="([^"]+)" \/>/.exec(template.body)?.[1];
    expect(plan && data.plans.has(plan)).toBe(true);
  });
});
