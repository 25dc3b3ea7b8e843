/** The reader pages' scripts by name (served minified at /scripts/<name>.js: src/pages/scripts/[name].js.ts). */
import copySnippet from './copy-snippet.js?raw';
import mapTips from './map-tips.js?raw';
import mapTooltip from './map-tooltip.js?raw';
import printTables from './print-tables.js?raw';
import search from './search.js?raw';

export const READER_SCRIPTS: Record<string, string> = {
  'copy-snippet': copySnippet,
  'map-tips': mapTips,
  'map-tooltip': mapTooltip,
  'print-tables': printTables,
  search,
};

/** A reader script's URL in markup: a <script src> (loaded now) or a data-*-src (a map's tooltips, loaded on first touch). */
const NAMED = /\b(?:src|data-[\w-]+-src)="[^"]*\/scripts\/([\w-]+)\.js"/g;

/** The text of each reader script that `markup` loads, now or later: what its CSS must keep, what its policy must allow. */
export function scriptsNamedIn(markup: string): string[] {
  return [...new Set([...markup.matchAll(NAMED)].map((match) => match[1]!))].flatMap((name) => READER_SCRIPTS[name] ?? []);
}
