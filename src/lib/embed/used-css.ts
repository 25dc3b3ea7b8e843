/**
 * The CSS a page uses, found while the page renders (embed pages: src/layouts/EmbedLayout.astro):
 * the page's style sheets cut down by PurgeCSS to the rules that can match its markup or a word of
 * its scripts (which may add classes and attributes), without the custom properties nothing reads,
 * then minified by esbuild as one sheet.
 */
import { transformSync } from 'esbuild';
import { PurgeCSS } from 'purgecss';
import { KEEP_CLASS } from '../keep-whole';

/**
 * Pseudo-classes of the reader's interaction (focus, hover…): nothing in the markup names them, and
 * PurgeCSS drops a selector that is one of them alone (global.css's focus ring, `:focus-visible`).
 */
const INTERACTION = /^:(focus-visible|focus-within|focus|hover|active|target)$/;

/**
 * `sheets` joined and cut down to what `markup` (the page's HTML) and `scripts` (its inline code)
 * can use. A custom property stays when the CSS reads it with var() or the markup or a script
 * names it (a script may read it with getPropertyValue).
 */
export async function usedCss(sheets: readonly string[], markup: string, scripts: readonly string[] = []): Promise<string> {
  const named = new Set([markup, ...scripts].flatMap((text) => text.match(/--[\w-]+/g) ?? []));
  const [result] = await new PurgeCSS().purge({
    content: [{ raw: markup, extension: 'html' }, ...scripts.map((raw) => ({ raw, extension: 'js' }))],
    css: [{ raw: sheets.join('\n') }],
    variables: true,
    keyframes: true,
    fontFace: true,
    // The middleware adds KEEP_CLASS spans after the page renders (src/lib/keep-whole.ts).
    safelist: { standard: [INTERACTION, KEEP_CLASS], variables: [...named] },
  });
  return transformSync(result?.css ?? '', { loader: 'css', minify: true }).code.trim();
}
