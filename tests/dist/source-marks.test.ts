/**
 * Source marks in the built stories (SourceMark.astro): each is a superscript number whose link
 * points at the entry of the story's 来源 list that carries that number; a screen reader hears
 * "来源：<publication>，见来源第N条" (the publication without its bracketed description), and the
 * link's title gives the publication and date in full, an inferred date with its mark.
 */
import { describe, expect, it } from 'vitest';
import { siteDataFromFiles } from '../helpers/site-data';
import { shortPublication, sourceWithDate } from '../../src/lib/sources';
import { decodeEntities, isStory, listPages, readPage } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';

const stories = listPages(await builtSite()).filter(isStory);
const sources = siteDataFromFiles().sources;

describe('source marks in built stories', () => {
  it('there are stories with source marks', () => {
    expect(stories.filter((page) => readPage(page).includes('class="source-mark"')).length).toBeGreaterThan(0);
  });

  it.each(stories.map((page) => [page.url, page] as const))('%s: every mark\'s number is its source\'s place in the 来源 list', (_url, page) => {
    const html = readPage(page);
    const list = html.match(/<section class="story-sources"[\s\S]*?<ol>([\s\S]*?)<\/ol>/)?.[1] ?? '';
    const order = [...list.matchAll(/<li id="(source-[^"]+)"/g)].map((match) => match[1]);
    const marks = [...html.matchAll(/<sup class="source-mark"><a href="#([^"]+)" title="([^"]+)">([\s\S]*?)<\/a><\/sup>/g)];
    expect(marks.length, 'marks found').toBe((html.match(/class="source-mark"/g) ?? []).length);
    for (const [, target, title, inner] of marks) {
      const visible = inner!.replace(/<span class="visually-hidden">[^<]*<\/span>/g, '');
      expect(visible, `mark for ${target}`).toMatch(/^\d+$/);
      expect(order[Number(visible) - 1], `mark ${visible} points at the ${visible}th source`).toBe(target);
      const source = sources.get(target!.replace(/^source-/, ''));
      expect(source, `mark for ${target} names a known source`).toBeDefined();
      const heard = decodeEntities(inner!.replace(/<span class="visually-hidden">([^<]*)<\/span>/g, '$1'));
      expect(heard, `mark for ${target} names its source for screen readers`).toBe(`来源：${shortPublication(source!)}，见来源第${visible}条`);
      expect(decodeEntities(title!), `mark for ${target}: its title gives publication and date`).toBe(sourceWithDate(source!));
      if (source!.dateBasis.kind === 'inferred') expect(decodeEntities(title!)).toContain(`（${source!.date.label}*）`);
    }
  });
});
