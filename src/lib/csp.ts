/**
 * The site's Content-Security-Policy directives besides script-src and style-src, in one place:
 * astro.config.mjs gives them to Astro, which writes them with the hashes of each page's inline
 * scripts and styles into the page's <meta>; embed pages, which Astro leaves alone (they render
 * their whole document: src/layouts/EmbedLayout.astro), write the same policy themselves with
 * cspPolicy(). public/_headers repeats them for hosts.
 */

/** Every directive but script-src and style-src, as astro.config.mjs security.csp.directives takes them. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * The policy of a page that inlines its code and hashes it itself: CSP_DIRECTIVES, then script-src
 * and style-src allowing exactly the given sources: hashes ("sha256-…", cspHash()), and "self"
 * where the page loads a script file of the site later (an embedded map's tooltips). Without
 * "self" such a page loads no script or style sheet at all.
 */
export function cspPolicy(hashes: { scripts: readonly string[]; styles: readonly string[] }): string {
  const list = (name: string, sources: readonly string[]) => [name, ...sources.map((hash) => `'${hash}'`)].join(' ');
  return [...CSP_DIRECTIVES, list('script-src', hashes.scripts), list('style-src', hashes.styles)].join(';');
}
