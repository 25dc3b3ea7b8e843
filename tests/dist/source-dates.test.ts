/**
 * An inferred date never reads as a printed one: in every built file a reader gets (pages,
 * embeds, CSV and SVG downloads, figures.json), wherever a source whose date is inferred is named
 * with its date, "推断" follows the date. Rule-based: it reads the sources from content/data/.
 * (PNG downloads are drawn from the same source line as the SVG ones.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { siteDataFromFiles } from '../../src/lib/data/from-files';
import { decodeEntities, distDir, walkFiles } from '../helpers/dist-pages';

const files = walkFiles(distDir()).filter((file) => /\.(html|csv|svg|json)$/.test(file));
const inferred = [...siteDataFromFiles().sources.values()].filter((source) => source.dateBasis.kind === 'inferred');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.skipIf(inferred.length === 0)('inferred source dates in dist/', () => {
  test('there are built files to read', () => expect(files.length).toBeGreaterThan(10));

  test.each(inferred.map((source) => [source.id, source] as const))('%s: its date is printed with "推断" everywhere', (_id, source) => {
    const names = [source.publication, source.publication.replace(/（.*?）/g, ''), `《${source.headline}》`].map(escape);
    // A name, then （ or ，, then the date label, then anything but the inference.
    const bare = new RegExp(`(?:${names.join('|')})[（，]${escape(source.date.label)}(?![^）〕<"\\n]*推断)`, 'g');
    const named = new RegExp(`(?:${names.join('|')})[（，]${escape(source.date.label)}`, 'g');
    let seen = 0;
    const problems: string[] = [];
    for (const file of files) {
      const raw = readFileSync(file, 'utf8');
      // A standalone SVG sets a long source line as several <text> lines: read it as one.
      const text = decodeEntities(file.endsWith('.svg') ? raw.replace(/<[^>]*>/g, '') : raw);
      seen += text.match(named)?.length ?? 0;
      for (const match of text.matchAll(bare)) problems.push(`${file.slice(distDir().length)}: …${text.slice(match.index, match.index + 80)}…`);
    }
    expect(seen, 'the source is cited with its date somewhere').toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
