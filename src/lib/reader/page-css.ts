/**
 * A reader page's own weight: Astro bundles every style sheet a page's components import (all the
 * figure kinds', the story's…) into one inline <style>, and its CSP <meta> lists the hash of every
 * inline style and script of the whole build. slimPage() cuts the <style> down to the rules this
 * page's markup and scripts can use (PurgeCSS, as embed pages do: src/lib/embed/used-css.ts) and
 * rewrites script-src and style-src to hash exactly the inline code left on the page. It runs on
 * each rendered page (src/middleware.ts), never on dist/.
 */
import { createHash } from 'node:crypto';
import { usedCss } from '../embed/used-css';
import { scriptsNamedIn } from '../../scripts/reader';

const STYLE = /<style>([\s\S]*?)<\/style>/g;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The policy with `name` allowing 'self' and exactly `hashes`; a keyword the page added itself
 * (the search page's 'wasm-unsafe-eval') stays.
 */
function withSources(policy: string, name: string, hashes: readonly string[]): string {
  return policy.split(';').map((part) => {
    const [directive, ...sources] = part.trim().split(/\s+/);
    if (directive !== name) return part;
    const kept = sources.filter((source) => source !== "'self'" && !source.startsWith("'sha256-"));
    return ` ${[name, "'self'", ...kept, ...hashes].join(' ')}`;
  }).join(';');
}

/**
 * `html` (a whole reader page, Astro's CSP <meta> before one or more <style> elements) with one
 * <style> holding only the CSS its markup and scripts can match, and its policy hashing exactly
 * its inline styles and scripts. A page without a CSP <meta> or a <style> comes back as it was.
 */
export async function slimPage(html: string): Promise<string> {
  const sheets = [...html.matchAll(STYLE)].map((match) => match[1] ?? '');
  if (!CSP_META.test(html) || sheets.length === 0) return html;
  const markup = html.replace(STYLE, '');
  const inline = [...markup.matchAll(INLINE_SCRIPT)]
    .filter((match) => !/type="application\/(ld\+)?json"/.test(match[1] ?? ''))
    .map((match) => match[2] ?? '');
  const files = scriptsNamedIn(markup);
  const style = await usedCss(sheets, markup, [...inline, ...files]);
  let first = true;
  const slim = html.replace(STYLE, () => {
    if (!first) return '';
    first = false;
    return `<style>${style}</style>`;
  });
  return slim.replace(CSP_META, (_all, open: string, policy: string, close: string) => {
    const scripts = withSources(policy, 'script-src', [...new Set(inline.map(sha256))]);
    return open + withSources(scripts, 'style-src', [sha256(style)]) + close;
  });
}
