/** What a page hands down to the components it renders (Astro.locals). */
declare namespace App {
  interface Locals {
    /** The page's edition, from its path (src/middleware.ts): 'en' under /en/, else 'zh'. */
    lang: import('./lib/i18n/lang').Lang;
    /** On a story page: the ids of its 来源 list, in order (SourceMark.astro numbers its marks from them). */
    storySources?: string[];
    /**
     * On a story page: its leadFigure, which the layout shows under the title and dek; the text's own
     * <Figure> of it then draws nothing (StoryFigure.astro), so the page has it once.
     */
    storyLead?: string;
  }
}
