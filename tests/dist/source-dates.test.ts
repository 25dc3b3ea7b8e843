/**
 * An inferred date never reads as a printed one: in every built file a reader gets (pages,
 * embeds, CSV and SVG downloads, figures.json), wherever a source whose date is inferred is named
 * with its date, the site's one inference mark follows the date straight away: `*` in plain text,
 * data and attributes, the rendered mark (a `*` with its words for screen readers) in page text,
 * or its spoken form "（推断）" where a mark cannot be shown. Rule-based: it reads the sources from
 * content/data/. (PNG downloads are drawn from the same source line as the SVG ones.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { siteDataFromFiles } from '../helpers/site-data';
import { MARK, spoken } from '../../src/lib/inferred';
import { WORDING } from '../../src/lib/wording';
import { decodeEntities, fileForPath, isStory, listPages, markedText, outerElements, readPage, RENDERED_MARK, startTags, walkFiles } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';

const root = await builtSite();
const files = walkFiles(root).filter((file) => /\.(html|csv|svg|json)$/.test(file));
const sources = siteDataFromFiles().sources;
const inferred = [...sources.values()].filter((source) => source.dateBasis.kind === 'inferred');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What may follow an inferred date: the mark, as text or as a page draws it, or its spoken form. */
const marks = [MARK, RENDERED_MARK, spoken(MARK)].map(escape).join('|');

describe.skipIf(inferred.length === 0)('inferred source dates in dist/', () => {
  test('there are built files to read', () => expect(files.length).toBeGreaterThan(10));

  test('the rendered mark is the one src/lib/inferred.ts describes', () => {
    expect(RENDERED_MARK).toContain(`role="img" aria-label="${WORDING.inferred.name}">${MARK}<`);
    expect(spoken(MARK)).toBe(`（${WORDING.inferred.name}）`);
  });

  test.each(inferred.map((source) => [source.id, source] as const))('%s: its date is printed with the inference mark everywhere', (_id, source) => {
    const names = [source.publication, source.publication.replace(/（.*?）/g, ''), `《${source.headline}》`].map(escape);
    // A name, then （ or ，, then the date label, then anything but the mark straight after it.
    const bare = new RegExp(`(?:${names.join('|')})[（，]${escape(source.date.label)}(?!${marks})`, 'g');
    const named = new RegExp(`(?:${names.join('|')})[（，]${escape(source.date.label)}`, 'g');
    let seen = 0;
    const problems: string[] = [];
    for (const file of files) {
      const raw = readFileSync(file, 'utf8');
      // A standalone SVG sets a long source line as several <text> lines: read it as one.
      const text = decodeEntities(file.endsWith('.svg') ? raw.replace(/<[^>]*>/g, '') : raw);
      seen += text.match(named)?.length ?? 0;
      for (const match of text.matchAll(bare)) problems.push(`${file.slice(root.length)}: …${text.slice(match.index, match.index + 80)}…`);
    }
    expect(seen, 'the source is cited with its date somewhere').toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

/** The one explanation of the mark on a page (InferredNote.astro): its paragraphs. */
const notes = (html: string) => outerElements(html, 'p').filter((p) => startTags(p.markup, 'p')[0]!.attrs.class?.split(' ').includes('inferred-note'));

describe.skipIf(inferred.length === 0)('how a page explains an inferred date', () => {
  const stories = listPages(root).filter(isStory);

  test('the about page gives the basis of every inferred source date under the #dates note', () => {
    const html = readFileSync(fileForPath(root, '/about/')!, 'utf8');
    expect(startTags(html).some((tag) => tag.attrs.id === 'dates'), 'the #dates note the pages link to').toBe(true);
    for (const source of inferred) {
      const item = outerElements(html, 'li').find((li) => startTags(li.markup, 'li')[0]!.attrs.id === `source-${source.id}`);
      expect(item, source.id).toBeDefined();
      expect(markedText(item!.markup), source.id).toContain(source.dateBasis.basis);
    }
  });

  test.each(stories.map((page) => [page.url, page] as const))('%s: one note linking to the about page where it shows a mark; its source list gives dates with the mark, not the reasoning', (_url, page) => {
    const html = readPage(page);
    const list = outerElements(html, 'section').find((section) => section.markup.startsWith('<section class="story-sources"'))!.markup;
    const listed = [...list.matchAll(/<li id="source-([^"]+)"/g)].map((match) => sources.get(match[1]!)!);
    expect(listed.length).toBeGreaterThan(0);
    for (const source of listed) {
      const item = outerElements(list, 'li').find((li) => li.markup.startsWith(`<li id="source-${source.id}"`))!.markup;
      if (source.dateBasis.kind === 'inferred') {
        expect(markedText(item), source.id).toContain(`（${source.date.label}${MARK}）`);
        expect(markedText(item), `${source.id}: the reasoning is on the about page, not here`).not.toContain(source.dateBasis.basis);
      }
      expect(markedText(item)).not.toContain('日期系推断');
    }
    const shown = html.includes(RENDERED_MARK);
    expect(notes(html), 'inferred-note').toHaveLength(shown ? 1 : 0);
    if (shown) expect(startTags(notes(html)[0]!.markup, 'a').map((tag) => tag.attrs.href)).toEqual(['/about/#dates']);
  });
});
