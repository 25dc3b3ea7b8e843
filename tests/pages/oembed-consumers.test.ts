/**
 * oEmbed as three consumer libraries see it (exact-pinned devDependencies): unfurl.js, oembetter
 * and @extractus/oembed-extractor, each given a figure's page URL, its embed page URL and the URL
 * of a published story, must find our discovery link and get the figure's oEmbed (for a story, its
 * lead figure's): its title and html, an iframe of its embed page.
 *
 * The built site is served on loopback as it would be deployed there: a copy of it whose absolute
 * URLs (the build's `site`, which the discovery links, canonical URLs and oEmbed html use) name
 * the loopback server instead. None of the three refuses a loopback or unknown provider (read in
 * their sources): unfurl.js and oembed-extractor fetch any http(s) URL, and extractor's provider
 * list matches no loopback URL, so it goes by discovery; oembetter fetches any domain unless an
 * allowlist is set, and its README recommends setting one: the test sets it to the loopback host,
 * as a newsroom would to ours.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { unfurl } from 'unfurl.js';
import oembetter from 'oembetter';
import { extract, findProvider } from '@extractus/oembed-extractor';
import { serveDist, type StaticServer } from '../../scripts/lib/serve-dist';
import { walkFiles } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { siteDataFromFiles } from '../helpers/site-data';
import { readStories } from '../helpers/stories';
import { publishedFigures } from '../../src/lib/figures';
import { leadFigureOf } from '../../src/lib/story-refs';
import { buildDate, publishedOn } from '../../src/lib/stories';
import { FALLBACK_WIDTH } from '../../src/lib/embed/snippet';
import { oembedProblems } from '../helpers/oembed-spec';

const dist = await builtSite();
const data = siteDataFromFiles();
const figures = publishedFigures(data.figures.values());
const today = buildDate();
const stories = readStories()
  .filter((story) => publishedOn(story, today))
  .map((story) => ({ slug: story.slug, lead: leadFigureOf({ data: { leadFigure: story.frontmatter.leadFigure as string | undefined }, body: story.body }) }))
  .filter((story): story is { slug: string; lead: string } => story.lead !== undefined && !data.figures.get(story.lead)?.draft);

let server: StaticServer;
let copy: string;
beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'jx-oembed-'));
  cpSync(dist, copy, { recursive: true });
  server = await serveDist(copy);
  // The origin the build wrote into absolute URLs, read from an oEmbed response.
  const first = JSON.parse(readFileSync(join(dist, `oembed/${figures[0]!.id}.json`), 'utf8')) as { provider_url: string };
  const origin = new URL(first.provider_url).origin;
  for (const file of walkFiles(copy).filter((name) => /\.(html|json)$/.test(name))) {
    const text = readFileSync(file, 'utf8');
    if (text.includes(origin)) writeFileSync(file, text.split(origin).join(server.url));
  }
});
afterAll(async () => {
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** The embed page URL the html's iframe must show. */
const iframeSrc = (html: string) => /<iframe\b[^>]*\ssrc="([^"]+)"/.exec(html)?.[1];

/** Each URL a consumer is given, and the figure whose oEmbed it must get. */
const cases = () => [
  ...figures.flatMap((figure) => [
    { what: 'figure page', path: `/figures/${figure.id}/`, figure },
    { what: 'embed page', path: `/embed/${figure.id}/`, figure },
  ]),
  ...stories.map((story) => ({ what: 'story', path: `/stories/${story.slug}/`, figure: data.figures.get(story.lead)! })),
];

const CONSUMERS = {
  'unfurl.js': async (url: string) => {
    const result = await unfurl(url);
    return result.oEmbed as unknown as Record<string, unknown> | undefined;
  },
  oembetter: (url: string) => new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
    const client = oembetter();
    client.allowlist([new URL(url).hostname]);
    client.fetch(url, {}, (error, response) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(response)));
  }),
  '@extractus/oembed-extractor': async (url: string) => (await extract(url)) as Record<string, unknown>,
} as const;

describe.each(Object.entries(CONSUMERS))('%s', (_name, consume) => {
  test('gets the figure\'s oEmbed from each figure page, embed page and published story', async () => {
    expect(figures.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const { what, path, figure } of cases()) {
      const url = `${server.url}${path}`;
      const response: Record<string, unknown> | undefined = await consume(url).catch((error: unknown) => ({ error: String(error) }));
      const html = String(response?.html ?? '');
      if (response?.title !== figure.title || iframeSrc(html) !== `${server.url}/embed/${figure.id}/`) {
        wrong.push(`${what} ${path}: ${JSON.stringify(response).slice(0, 200)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

test('oembed-extractor knows no provider for our URLs, so it goes by discovery', () => {
  expect(findProvider(`${server.url}/figures/${figures[0]!.id}/`)).toBeNull();
});

test('a consumer asking for ?maxwidth= gets the default file, valid and sized for a phone\'s column (a static host ignores the query)', async () => {
  for (const figure of figures) {
    const response = await extract(`${server.url}/figures/${figure.id}/`, { maxwidth: 1200, maxheight: 800 }) as Record<string, unknown>;
    expect(oembedProblems(response), figure.id).toEqual([]);
    expect(response.width, figure.id).toBe(FALLBACK_WIDTH);
  }
});
