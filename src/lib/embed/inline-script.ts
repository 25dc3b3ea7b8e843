/**
 * Script files written into a page as one inline <script> (embed pages: src/layouts/EmbedLayout.astro),
 * minified by esbuild, with the CSP hash the page's policy lists for it.
 */
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';

/** Script files as one piece of inline code, minified by esbuild (which also writes any "</script" as "<\/script"). */
export function inlineScript(text: string, src: string): string {
  return transformSync(text, { loader: 'js', minify: true, sourcefile: src }).code.trim();
}

/** The CSP source of an inline script's or style's text, as Astro.csp's insertScriptHash / insertStyleHash take it. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
