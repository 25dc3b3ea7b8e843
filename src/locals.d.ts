/** What a page hands down to the components it renders (Astro.locals). */
declare namespace App {
  interface Locals {
    /** On a story page: the ids of its 来源 list, in order (SourceMark.astro numbers its marks from them). */
    storySources?: string[];
  }
}
