/**
 * A page's <title>: at most TITLE_MAX characters, the length search results show and the HTML
 * checker (html-validate's long-title rule) allows. A longer one loses the site's name after " | ",
 * then is cut at a word boundary with "…" (English story titles run to 110 characters; the
 * Chinese ones fit). The page's Open Graph title keeps the whole text. Counted as the checker
 * counts, in the page's markup, where ' and " are written as entities.
 */
export const TITLE_MAX = 70;

const ESCAPED: Readonly<Record<string, number>> = { '&': 5, '"': 6, "'": 5, '<': 4, '>': 4 };

/** The length of a text as written in the page's markup (Astro escapes & " ' < >). */
export const markupLength = (text: string): number => [...text].reduce((sum, char) => sum + (ESCAPED[char] ?? 1), 0);

const SEPARATOR = ' | ';

export function documentTitle(full: string, max = TITLE_MAX): string {
  if (markupLength(full) <= max) return full;
  const at = full.lastIndexOf(SEPARATOR);
  const title = at > 0 ? full.slice(0, at) : full;
  if (markupLength(title) <= max) return title;
  let room = '';
  for (const char of title) {
    if (markupLength(`${room}${char}`) > max - 1) break;
    room += char;
  }
  const word = room.replace(/[\s,;:–—-]+\S*$/, '');
  return `${word.length > max / 2 ? word : room}…`;
}

/**
 * A page's title from its parts, most specific first ("headline | Figures | site name"), within
 * `max`: the middle parts go first, then the site's name; a headline still too long is cut by
 * documentTitle(), at a word with "…".
 */
export function pageTitle(parts: readonly string[], max = TITLE_MAX): string {
  if (parts.length === 0) throw new Error('pageTitle: expected at least one part');
  const [first, ...rest] = parts as [string, ...string[]];
  const last = rest.at(-1);
  const tries = [parts, ...(last === undefined ? [] : [[first, last]]), [first]].map((list) => list.join(SEPARATOR));
  return tries.find((title) => markupLength(title) <= max) ?? documentTitle(first, max);
}
