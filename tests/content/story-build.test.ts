/**
 * What a maintainer adds builds with no code change, checked on real builds of one throw-away
 * copy of the project (tests/helpers/edited-build.ts, whose build escaping.test.ts shares):
 * - a new story (written by the test: tests/helpers/story-fixture.ts) appears on the home page,
 *   in the RSS feed and in the sitemap;
 * - place pages follow the data: a new record scoped to a county (an indicator) and one scoped to
 *   a zone (a milestone), and a story naming a place in its frontmatter, show up on those places'
 *   pages;
 * - a story dated after the build's day (BUILD_DATE) is a preview at its address that no other page,
 *   feed or sitemap lists; a renamed story (`formerSlugs`) keeps its old address: a redirect page
 *   and a line in _redirects;
 * - renaming one story and removing another never breaks the next build (Astro's content cache
 *   used to keep an entry for the old file: "Rolldown failed to resolve import
 *   astro:content-layer-deferred-module?…").
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ADDED, TRIAL, BUILD_DATE, editedBuild, RENAMED, SCHEDULED, type EditedBuild } from '../helpers/edited-build';
import { astroWith } from '../helpers/project-copy';

/** A page's text without its tags (headlines are wrapped in phrase spans that keep words whole). */
const text = (html: string) => html.replace(/<[^>]*>/g, '');
/** A story page's "本文涉及的地区" section (from its heading to the section's end). */
const placesSection = (html: string) => {
  const start = html.indexOf('class="story-places"');
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
};
/** A link to a place page whose text (its tags aside) is the place's name. */
const linkTo = (place: { slug: string; name: string }) => new RegExp(`<a href="/places/${place.slug}/">(?:<[^>]+>)*${place.name}(?:<[^>]+>)*</a>`);

describe('a maintainer\'s additions, built', () => {
  let first: EditedBuild['build'];
  let copy: EditedBuild['copy'];
  let page: (path: string, dist?: string) => string;
  beforeAll(async () => {
    ({ copy, build: first } = await editedBuild());
    page = (path, dist = 'dist') => copy.read(join(dist, path, 'index.html'));
  }, 300_000);

  test('the build succeeds', () => {
    expect(first.code, first.output.slice(-2000)).toBe(0);
  });

  test('a new story is listed on the home page, in rss.xml and in the sitemap', () => {
    expect(text(page(''))).toContain(ADDED.title);
    expect(page('')).toContain('/stories/new-story/');
    expect(copy.read('dist/rss.xml')).toContain(ADDED.title);
    expect(copy.read('dist/sitemap-0.xml')).toContain('/stories/new-story/</loc>');
    expect(text(page('stories/new-story'))).toContain(ADDED.title);
  });

  test('a county-scoped indicator, a zone-scoped milestone and a frontmatter place appear on their place pages', () => {
    const { county, otherCounty, zone, place, indicator, milestone } = ADDED;
    const countyPage = page(`places/${county.slug}`);
    expect(countyPage).toContain(`data-record="${indicator.id}"`);
    expect(text(countyPage)).toContain(`${indicator.label}：4,321.5亿元（${indicator.period.label}，${indicator.scope}）。${indicator.measures}`);
    expect(page(`places/${otherCounty.slug}`)).not.toContain(indicator.id);

    const zonePage = page(`places/${zone.slug}`);
    expect(zonePage).toContain(`data-record="${milestone.id}"`);
    expect(text(zonePage)).toContain(`${milestone.date.label}：${milestone.title}。${milestone.description}`);

    // The story now lists the county among its places, and the county's page lists the story.
    expect(placesSection(page(`stories/${ADDED.slug}`))).toMatch(linkTo(place));
    expect(page(`places/${place.slug}`)).toContain(`<a href="/stories/${ADDED.slug}/">`);
  });

  test('the newcomer\'s trial: a story with one three-line chart and no map builds, lists its counties, and the groups: chart reaches its place pages', () => {
    const html = page(`stories/${TRIAL.slug}`);
    expect(html).toContain('data-figure="x-trial-lines"');
    expect(html).not.toMatch(/data-kind="[a-z-]*map"/);
    // Three lines, three different series colours.
    const series = new Set([...html.matchAll(/<g class="chart-row gchart-s(\d)"/g)].map((m) => m[1]));
    expect(series.size).toBe(3);
    for (const county of TRIAL.counties) {
      expect(placesSection(html)).toMatch(linkTo(county));
      expect(page(`places/${county.slug}`)).toContain('x-trial-groups');
    }
    expect(page('')).toContain(`/stories/${TRIAL.slug}/`);
  });

  test('a scheduled story is a preview that nothing lists; a renamed story keeps its old address', () => {
    expect(first.output).toContain(`1 story scheduled, not published until ${SCHEDULED.published}: ${SCHEDULED.file}`);
    const preview = page(`stories/${SCHEDULED.slug}`);
    expect(text(preview)).toContain(SCHEDULED.title);
    expect(preview).toContain('<meta name="robots" content="noindex">');
    // No other page links it or names it: home, reading path, next and related, places, glossary, gallery, embeds…
    const htmlFiles = (dir: string): string[] => readdirSync(join(copy.dir, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : []);
    const others = htmlFiles('dist').filter((file) => file !== join('dist/stories', SCHEDULED.slug, 'index.html'));
    expect(others.length).toBeGreaterThan(20);
    for (const file of [...others, 'dist/rss.xml', 'dist/sitemap-0.xml', 'dist/figures.json']) {
      const content = copy.read(file);
      expect(content.includes(`/stories/${SCHEDULED.slug}/`) || content.includes(SCHEDULED.title), file).toBe(false);
    }

    const { from, to } = RENAMED;
    const old = page(`stories/${from}`);
    expect(old).toContain(`<meta http-equiv="refresh" content="0; url=/stories/${to}/">`);
    expect(old).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+/stories/${to}/">`));
    expect(old).toContain('<meta name="robots" content="noindex">');
    expect(old).toContain(`<a href="/stories/${to}/">`);
    expect(copy.read('dist/_redirects').split('\n')).toContain(`/stories/${from}/ /stories/${to}/ 301`);
    expect(copy.read('dist/sitemap-0.xml')).toContain(`/stories/${to}/</loc>`);
    expect(copy.read('dist/sitemap-0.xml')).not.toContain(`/stories/${from}/</loc>`);
    expect(page('')).toContain(`/stories/${to}/`);
  });

  test('renaming one story and removing another rebuilds cleanly', async () => {
    // Same slug, same content, another file name: the cached entry still points at the old file.
    renameSync(join(copy.dir, 'content/stories/new-story.mdx'), join(copy.dir, 'content/stories/New-Story.mdx'));
    rmSync(join(copy.dir, 'content/stories/other-story.mdx'));
    // A removed story leaves figures.yaml too (the build names every `stories:` entry that names no story).
    copy.editRecords('content/data/figures.yaml', (records) => {
      for (const record of records) if (record.stories) record.stories = record.stories.filter((slug: string) => slug !== 'other-story');
    });
    // Into dist-next/: escaping.test.ts may still be reading the first build's dist/.
    const next = await astroWith({ BUILD_DATE }, copy.dir, 'build', '--outDir', 'dist-next');
    expect(next.code, next.output.slice(-2000)).toBe(0);
    expect(next.output).not.toContain('content-layer-deferred-module');
    expect(text(page('stories/new-story', 'dist-next'))).toContain(ADDED.title);
    expect(existsSync(join(copy.dir, 'dist-next/stories/other-story/index.html'))).toBe(false);
    expect(text(page('', 'dist-next'))).not.toContain(ADDED.otherTitle);
  }, 300_000);
});
