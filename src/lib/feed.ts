/**
 * The RSS feed of an edition's published stories, newest first: /rss.xml (Chinese) and
 * /en/rss.xml (English). Reads Astro's content layer, so routes only.
 */
import rss from '@astrojs/rss';
import { HTML_LANG, langRoot, type Lang } from './i18n/lang';
import { plainText } from './i18n/zh-marks';
import { spoken } from './inferred';
import { requireSite } from './site';
import { isPublished, newestFirst } from './stories';
import { storiesOf } from './story-pages';
import { storyUrl } from './urls';
import { wordingOf } from './wording';

export async function storyFeed(lang: Lang, site: URL | undefined, base: string): Promise<Response> {
  const wording = wordingOf(lang);
  const root = langRoot(lang, base);
  const stories = newestFirst(await storiesOf(lang, isPublished));
  // A feed reader shows no note on the mark (an inferred date says （推断） / (inferred) in words), nor a language per word: {zh:…} marks print as their text.
  const text = (value: string) => plainText(spoken(value, lang));
  return rss({
    title: wording.site.name,
    description: wording.site.feedDescription,
    site: new URL(root, requireSite(site)).href,
    customData: `<language>${HTML_LANG[lang]}</language>`,
    items: stories.map((story) => ({
      title: text(story.data.title),
      description: text(story.data.summary),
      pubDate: story.data.published,
      link: storyUrl(story.id, root),
      author: plainText(story.data.byline),
    })),
  });
}
