/**
 * Source marks in the built stories (SourceMark.astro): each is a superscript number whose link
 * points at the entry of the story's 来源 list that carries that number, and names the source for
 * screen readers and in its title.
 */
import { describe, expect, it } from 'vitest';
import { distDir, isStory, listPages, readPage } from '../helpers/dist-pages';

const stories = listPages(distDir()).filter(isStory);

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
      expect(inner, `mark for ${target} names its source for screen readers`).toContain(`来源：${title}`);
    }
  });
});
