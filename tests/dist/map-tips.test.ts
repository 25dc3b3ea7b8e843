/**
 * Without JavaScript a map's tooltips never show (src/scripts/reader/map-tooltip.js), so what they say
 * must be on the page already: in every built page's maps, every mark whose tip carries data (more
 * than its name: a tier, a value, a description) has its place's name and each of its numbers in
 * the figure's data table. Left out: a tip of a name alone (a county a facility map draws as
 * ground), and a locator map's other counties, ground too, whose tips give the name and kind of
 * division: their <title> says it without JavaScript (the accessible name, the browser's own
 * tooltip), as does the place page each links to.
 */
import { describe, expect, test } from 'vitest';
import { isEmbed, listPages, readPage } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';

const root = await builtSite();
const mapPages = listPages(root).filter((page) => !isEmbed(page) && readPage(page).includes('data-map='));
const decode = (text: string) => text.replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code))).replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** Each map figure of a page: its id, its table's text, and its marks' titles and tip lengths. */
function mapFigures(html: string) {
  return html.split('<figure class="figure"').slice(1).filter((part) => part.includes('data-map=')).map((part) => ({
    id: /data-figure="([^"]+)"/.exec(part)?.[1] ?? '?',
    kind: /data-kind="([^"]+)"/.exec(part)?.[1] ?? '?',
    // Cells apart, the spans inside a cell (kept units, src/lib/keep-whole.ts) joined.
    table: decode(part.slice(part.indexOf('<table'), part.indexOf('</table>')).replace(/<\/t[hd]>/g, ' ').replace(/<[^>]+>/g, '')),
    marks: [...part.matchAll(/<(?:a|path)\b[^>]*\bdata-tip="([^"]+)"[^>]*>\s*<title>([^<]+)<\/title>/g)].map((match) => ({ tip: match[1]!, title: decode(match[2]!) })),
  }));
}

describe('map tips say nothing the data table does not', () => {
  test('there are maps with marks to check', () => {
    expect(mapPages.length).toBeGreaterThan(0);
    expect(mapPages.flatMap((page) => mapFigures(readPage(page))).flatMap((figure) => figure.marks).length).toBeGreaterThan(20);
  });

  test.each(mapPages.map((page) => [page.url, page] as const))('%s', (_url, page) => {
    const missing: string[] = [];
    for (const figure of mapFigures(readPage(page)).filter((map) => map.kind !== 'locator-map')) {
      for (const { tip, title } of figure.marks) {
        if (tip.split(' ').length < 2) continue;
        const name = title.split(/：|: /)[0]!.replace(/（功能区）| \(functional zone\)/, '');
        // Both editions: an English tip's "15 billion yuan" is 15 in its table's "billion yuan" column.
        const numbers = (title.match(/\d[\d,.]*/g) ?? []).map((number) => number.replace(/[.,]$/, ''));
        for (const needed of [name, ...numbers]) if (!figure.table.includes(needed)) missing.push(`${figure.id}: "${title}": ${needed}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
