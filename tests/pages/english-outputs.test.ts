/**
 * The English edition's figure outputs in the built site (tests/helpers/built-site.ts), as rules
 * over every figure: each Chinese figure page, thumbnail, embed page, AMP placeholder, download
 * and oEmbed file has its English counterpart under /en/; the English embed page is lang="en" and
 * names its own canonical URL and oEmbed files; the English oEmbed responses are valid and frame
 * the English embed; /en/figures.json has the Chinese file's shape with the English titles and
 * URLs; the English pages print none of the Chinese words of the figure frame.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtSite } from '../helpers/built-site';
import { siteDataFromFiles } from '../helpers/site-data';
import { oembedProblems } from '../helpers/oembed-spec';
import { outerElements, startTags, walkFiles } from '../../scripts/lib/dist-pages';
import { publishedFigures } from '../../src/lib/figures';
import { OEMBED_VARIANTS, oembedName } from '../../src/lib/embed/oembed';
import { chineseOutsideMarks } from '../../src/lib/i18n/zh-marks';
import { WORDING } from '../../src/lib/wording';

const dist = await builtSite();
const chinese = siteDataFromFiles();
/** The Chinese an English text may show: the names the records mark {zh:…} in their English. */
const markedNames = readdirSync('content/data').filter((name) => name.endsWith('.yaml'))
  .flatMap((name) => [...readFileSync(join('content/data', name), 'utf8').matchAll(/\{zh:([^{}]+)\}/g)].map((match) => match[1]!));
/** Whether an English text (plain, its marks written as their Chinese) shows no Chinese but marked names. */
const english = (text: string) => chineseOutsideMarks(text).every((run) => markedNames.some((name) => name.includes(run)));
const ids = publishedFigures(chinese.figures.values()).map((figure) => figure.id);
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;
/** The words of the Chinese figure frame and embed tools (wording groups outputs and figures). */
const frameWords = [...Object.values(WORDING.outputs), ...Object.values(WORDING.figures)]
  .flatMap((text) => text.split(/\{\w+\}|\*\*|`/)).map((text) => text.trim()).filter((text) => /\p{Script=Han}{2}/u.test(text));

describe('every Chinese figure output has its English counterpart under /en/', () => {
  const folders = ['figures', 'embed', 'downloads', 'oembed'];
  const files = folders.flatMap((folder) => walkFiles(join(dist, folder)).map((file) => relative(dist, file).split(sep).join('/')));

  test('the Chinese outputs are there to compare (every published figure has a page)', () => {
    for (const id of ids) expect(files, id).toContain(`figures/${id}/index.html`);
  });

  test.each(folders)('%s/: each file has an en/ twin', (folder) => {
    const missing = files.filter((file) => file.startsWith(`${folder}/`) && !existsSync(join(dist, 'en', file)));
    expect(missing).toEqual([]);
  });

  test('/en/figures.json is there with the Chinese file\'s shape: the same figures, the same keys', () => {
    const zh = JSON.parse(read('figures.json')) as Record<string, unknown>[];
    const en = JSON.parse(read('en/figures.json')) as Record<string, unknown>[];
    expect(en.map((entry) => entry.id)).toEqual(zh.map((entry) => entry.id));
    en.forEach((entry, at) => expect(Object.keys(entry), String(entry.id)).toEqual(Object.keys(zh[at]!)));
  });
});

describe.each(ids)('English outputs of %s', (id) => {
  const chineseTitle = chinese.figures.get(id)!.title;
  const englishTitle = () => String((JSON.parse(read('en/figures.json')) as Record<string, unknown>[]).find((item) => item.id === id)!.title);

  test('embed page: lang="en", its own canonical URL, image and oEmbed discovery links under /en/', () => {
    const html = read(`en/embed/${id}/index.html`);
    expect(startTags(html, 'html')[0]?.attrs.lang).toBe('en');
    const links = startTags(html, 'link');
    const canonical = links.find((tag) => tag.attrs.rel === 'canonical')?.attrs.href ?? '';
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+/(.+/)?en/embed/${id}/$`));
    const meta = (property: string) => startTags(html, 'meta').find((tag) => tag.attrs.property === property)?.attrs.content;
    expect(meta('og:image')).toBe(canonical.replace(`en/embed/${id}/`, `en/downloads/${id}.png`));
    const oembed = links.filter((tag) => tag.attrs.type === 'application/json+oembed').map((tag) => tag.attrs.href ?? '');
    expect(oembed.length).toBeGreaterThan(0);
    for (const href of oembed) expect(href).toContain(`/en/oembed/${id}`);
  });

  test('embed and figure page: none of the Chinese frame\'s words (notes, data table, tools, downloads, links)', () => {
    for (const path of [`en/embed/${id}/index.html`, `en/figures/${id}/index.html`]) {
      const html = read(path);
      const frame = outerElements(html, 'figure').map((element) => element.markup).join('\n');
      expect(frameWords.filter((words) => frame.includes(words)), path).toEqual([]);
    }
  });

  test('figure page: the embed and AMP codes frame the English embed page', () => {
    const html = read(`en/figures/${id}/index.html`).replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    const codes = outerElements(html, 'textarea').map((element) => element.markup);
    expect(codes.length).toBeGreaterThanOrEqual(2);
    for (const code of codes) expect(code).toMatch(new RegExp(`src="https?://[^"]+/en/embed/${id}/"`));
  });

  test.each(OEMBED_VARIANTS.map((variant) => oembedName(id, variant)))('oEmbed %s.json: valid, English, framing /en/embed/', (name) => {
    const response = json(`en/oembed/${name}.json`);
    expect(oembedProblems(response)).toEqual([]);
    expect(response.title).toBe(englishTitle());
    expect(String(response.html)).toMatch(new RegExp(`<iframe title="[^"]*" src="https?://[^"]+/en/embed/${id}/(\\?theme=\\w+)?"`));
    expect(String(response.thumbnail_url)).toMatch(new RegExp(`/en/downloads/${id}\\.png$`));
    expect(String(response.provider_url)).toMatch(/\/en\/$/);
    expect(response.provider_name).not.toBe(WORDING.site.name);
  });

  test('/en/figures.json: the English title and URLs under /en/', () => {
    const entry = (JSON.parse(read('en/figures.json')) as Record<string, unknown>[]).find((item) => item.id === id)!;
    expect(entry.title).not.toBe(chineseTitle);
    expect(english(String(entry.title)), String(entry.title)).toBe(true);
    for (const source of entry.sources as { citation: string }[]) expect(english(source.citation), source.citation).toBe(true);
    for (const key of ['page', 'embed', 'thumbnail', 'svg', 'png', 'printPng', 'csv', 'csvMeta', 'xlsx', 'oembed', 'placeholder']) {
      expect(String(entry[key]), key).toMatch(/^\/(.+\/)?en\//);
    }
  });
});
