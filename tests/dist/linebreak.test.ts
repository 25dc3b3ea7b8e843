/**
 * The line-breaking rule (src/lib/linebreak.ts) in every built SVG download: where the scene
 * wrapped a title, dek, note, source line or label over several <text> lines, no line ends inside
 * a number with its unit, a short parenthetical or a name of the data, and no last line holds a
 * single character.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_NAME, MAX_PAREN, namesOf, NUMBER_UNIT } from '../../src/lib/linebreak';
import { decodeEntities } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';
import { siteDataFromFiles } from '../helpers/site-data';

const downloads = join(await builtSite(), 'downloads');
const svgs = readdirSync(downloads).filter((file) => file.endsWith('.svg'));
const data = siteDataFromFiles();
const names = namesOf(data).filter((name) => [...name].length >= 2 && [...name].length <= MAX_NAME && !/\s/.test(name));

interface Line { x: string; y: number; style: string; size: number; text: string }

/** The one-line <text> elements of an SVG, in document order. */
function lines(svg: string): Line[] {
  return [...svg.matchAll(/<text x="([^"]+)" y="([^"]+)"([^>]*)>([^<]*)<\/text>/g)].map(([, x, y, rest, text]) => ({
    x: x!, y: Number(y), style: rest!.replace(/\s+$/, ''), text: decodeEntities(text!),
    size: Number(/font-size(?:="|:)([\d.]+)/.exec(rest!)?.[1] ?? 16),
  }));
}

/** Runs of lines that continue one another: same x and style, each a line height or so below the last. */
function blocks(svg: string): string[][] {
  const out: string[][] = [];
  let previous: Line | undefined;
  for (const line of lines(svg)) {
    const continues = previous && line.x === previous.x && line.style === previous.style && line.y > previous.y && line.y - previous.y <= line.size * 1.8;
    if (continues) out.at(-1)!.push(line.text);
    else out.push([line.text]);
    previous = line;
  }
  return out.filter((block) => block.length > 1);
}

/** Ranges no line may end inside: numbers with units, short parentheticals, the data's names. */
function wholeRanges(text: string): [number, number, string][] {
  const found: [number, number, string][] = [];
  for (const match of text.matchAll(NUMBER_UNIT)) found.push([match.index, match.index + match[0].length, match[0]]);
  for (const match of text.matchAll(new RegExp(`（[^（）\\s]{1,${MAX_PAREN - 2}}）`, 'gu'))) found.push([match.index, match.index + match[0].length, match[0]]);
  for (const name of names) for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) found.push([at, at + name.length, name]);
  return found;
}

describe('wrapped text in the SVG downloads', () => {
  test('there are downloads with wrapped text', () => {
    expect(svgs.filter((file) => blocks(readFileSync(join(downloads, file), 'utf8')).length > 0).length).toBeGreaterThan(0);
  });

  test.each(svgs)('%s: no line ends inside a number with its unit, a short parenthetical or a name; no lone last character', (file) => {
    for (const block of blocks(readFileSync(join(downloads, file), 'utf8'))) {
      const text = block.join('');
      let at = 0;
      for (const line of block.slice(0, -1)) {
        at += line.length;
        const inside = wholeRanges(text).filter(([start, end]) => at > start && at < end).map(([, , whole]) => whole);
        expect(inside, `${block.join(' / ')}`).toEqual([]);
      }
      expect([...block.at(-1)!.trim()].length, `${block.join(' / ')}`).toBeGreaterThan(1);
    }
  });
});
