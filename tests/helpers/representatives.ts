/**
 * A sample of the built pages for the browser tests that cost a page load (or several widths) per
 * page, chosen by rule from what the build holds, never by name, so that a new story, place or
 * figure keeps the sample meaningful and the run short. Pages are grouped by type (their URL with
 * the last segment generalised: /stories/x/ and /stories/y/ are one type, /about/ another). The
 * sample keeps
 * - from each group its extremes: the longest page (most markup: most marks, rows and text), the
 *   page with the most SVG labels (<text>) and the page with the tallest drawing (largest height
 *   for its width); so a group of one page (the home page, the gallery, /about/…) is kept whole;
 * - then pages until every figure kind the pages show (the `data-kind` of their <figure>s) is
 *   shown by a kept page, each time the page showing the most kinds not yet shown (the longest on
 *   a tie): every kind at least once, on the page type that shows the most of them together (a
 *   list of embed pages alone: one of each kind). A caller may name markup that counts as a kind
 *   too (`shows`: e.g. a roster table).
 */
import { readPage, type DistPage } from '../../scripts/lib/dist-pages';
import { langOfPath, langRoot } from '../../src/lib/i18n/lang';

/** What the sample rules read of a page. */
interface Measured {
  page: DistPage;
  /** The figure kinds it shows. */
  kinds: Set<string>;
  bytes: number;
  labels: number;
  /** The largest height/width of its drawings (SVG viewBoxes at least 100 wide; icons are smaller). */
  tallest: number;
}

/**
 * "/stories/compute/" → "/stories/*\/"; a page at the top ("/", "/about/", "/404.html") is its own
 * type. The English edition's pages are typed the same way under their own root ("/en/stories/x/"
 * → "/en/stories/*\/", "/en/about/" stays itself): an edition's stories are one type, not one type
 * each, and the two editions are never one type.
 */
export function pageType(url: string): string {
  const root = langRoot(langOfPath(url)).slice(0, -1);
  return root + url.slice(root.length).replace(/^(\/[^/]+\/)[^/]+\/$/, '$1*/');
}

function measure(page: DistPage, shows: string[]): Measured {
  const html = readPage(page);
  const kinds = new Set([...html.matchAll(/<figure\b[^>]*\bdata-kind="([^"]+)"/g)].map((match) => match[1]!));
  for (const markup of shows) if (html.includes(markup)) kinds.add(markup);
  const ratios = [...html.matchAll(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/g)]
    .map((match) => [Number(match[1]), Number(match[2])] as const)
    .filter(([width]) => width >= 100)
    .map(([width, height]) => height / width);
  return { page, kinds, bytes: html.length, labels: html.split('<text').length - 1, tallest: Math.max(0, ...ratios) };
}

/** The page of `group` with the most of `value` (the first by URL on a tie). */
const most = (group: Measured[], value: (page: Measured) => number) =>
  group.reduce((best, page) => (value(page) > value(best) ? page : best));

/**
 * The sample of `pages` (any list of built pages, e.g. the map pages alone), in URL order; every
 * piece of markup in `shows` that one of them holds is held by a kept page.
 */
export function representativePages(pages: DistPage[], { shows = [] }: { shows?: string[] } = {}): DistPage[] {
  const groups = new Map<string, Measured[]>();
  for (const page of pages) {
    const type = pageType(page.url);
    groups.set(type, [...(groups.get(type) ?? []), measure(page, shows)]);
  }
  const kept = new Set<Measured>();
  for (const group of groups.values()) {
    for (const extreme of [most(group, (page) => page.bytes), most(group, (page) => page.labels), most(group, (page) => page.tallest)]) kept.add(extreme);
  }
  const measured = [...groups.values()].flat();
  const open = new Set(measured.flatMap((page) => [...page.kinds]));
  for (const page of kept) page.kinds.forEach((kind) => open.delete(kind));
  while (open.size > 0) {
    // The page showing the most kinds not yet shown (the longest on a tie).
    const gain = (page: Measured) => [...page.kinds].filter((kind) => open.has(kind)).length;
    const next = most(measured, (page) => gain(page) + page.bytes / Number.MAX_SAFE_INTEGER);
    kept.add(next);
    next.kinds.forEach((kind) => open.delete(kind));
  }
  return pages.filter((page) => [...kept].some((measured) => measured.page === page));
}

/** The figure ids of the sample of the embed pages (/embed/<id>/) among `pages`. */
export function representativeFigures(pages: DistPage[]): string[] {
  return representativePages(pages.filter((page) => /^\/embed\/[^/]+\/$/.test(page.url))).map((page) => page.url.split('/')[2]!);
}
