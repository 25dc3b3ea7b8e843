/**
 * A page's <title> from its parts, most specific first ("headline | Figures | site name"), kept
 * within TITLE_MAX characters (what search results show, and html-validate's long-title rule): an
 * English headline is often longer than the Chinese. The middle parts go first, then the site's
 * name; a headline still too long is cut at a word boundary with "…".
 */
export const TITLE_MAX = 70;

export function pageTitle(parts: readonly string[], max = TITLE_MAX): string {
  if (parts.length === 0) throw new Error('pageTitle: expected at least one part');
  const [first, ...rest] = parts as [string, ...string[]];
  const last = rest.at(-1);
  const tries = [parts, ...(last === undefined ? [] : [[first, last]]), [first]].map((list) => list.join(' | '));
  const fitting = tries.find((title) => [...title].length <= max);
  if (fitting !== undefined) return fitting;
  const cut = [...first].slice(0, max - 1).join('');
  const word = cut.replace(/[\s,;:.–—-]+\S*$/, '');
  return `${word.length > max / 2 ? word : cut}…`;
}
