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
