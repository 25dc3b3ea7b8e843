/** The reader pages' scripts by name (served minified at /scripts/<name>.js: src/pages/scripts/[name].js.ts). */
import { transformSync } from 'esbuild';
import copySnippet from './copy-snippet.js?raw';
import mapTips from './map-tips.js?raw';
import mapTooltip from './map-tooltip.js?raw';
import mapTooltipStyles from '../../styles/map-tooltip.css?raw';
import printTables from './print-tables.js?raw';
import search from './search.js?raw';

/** Where map-tooltip.js takes its styles: the string it adopts as a style sheet when it starts. */
const STYLES_SLOT = "'{map-tooltip.css}'";

/** map-tooltip.js with its style sheet written in, minified: no page carries the tip's styles before a reader touches a map. */
function withStyles(script: string, css: string): string {
  if (script.split(STYLES_SLOT).length !== 2) throw new Error(`src/scripts/reader/map-tooltip.js: expected one ${STYLES_SLOT} for its styles (src/styles/map-tooltip.css)`);
  const minified = transformSync(css, { loader: 'css', minify: true }).code.trim();
  return script.replace(STYLES_SLOT, () => JSON.stringify(minified));
}

export const READER_SCRIPTS: Record<string, string> = {
  'copy-snippet': copySnippet,
  'map-tips': mapTips,
  'map-tooltip': withStyles(mapTooltip, mapTooltipStyles),
  'print-tables': printTables,
  search,
};

/** A reader script's URL in markup: a <script src> (loaded now) or a data-*-src (a map's tooltips, loaded on first touch). */
const NAMED = /\b(?:src|data-[\w-]+-src)="[^"]*\/scripts\/([\w-]+)\.js"/g;

/** The text of each reader script that `markup` loads, now or later: what its CSS must keep, what its policy must allow. */
export function scriptsNamedIn(markup: string): string[] {
  return [...new Set([...markup.matchAll(NAMED)].map((match) => match[1]!))].flatMap((name) => READER_SCRIPTS[name] ?? []);
}
