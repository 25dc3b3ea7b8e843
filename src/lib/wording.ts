/**
 * The words an editor changes without a programmer: site name and description, footer, tier
 * names, legend labels and interface strings, all in content/wording.yaml. Read once, validated
 * against `wordingSchema`; a missing, empty or unknown field stops the build naming the field.
 * Other modules keep their own access points (SITE_NAME in site.ts, TIER_LABEL in tiers.ts…),
 * backed by this file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { DataFileError, loadYaml } from './data/files';
import { issueLine } from './data/messages';
import { chineseOutsideMarks } from './i18n/zh-marks';
import { curlyQuotes } from './i18n/punctuation';
import type { Lang } from './i18n/lang';

export const WORDING_FILE = 'content/wording.yaml';
/** The same words in English, key for key (the edition at /en/). */
export const WORDING_EN_FILE = 'content/wording.en.yaml';

const text = z.string().trim().min(1, 'expected some text');
const group = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, text])) as Record<K, typeof text>).strict();

export const wordingSchema = z.object({
  site: group(['name', 'homeTitle', 'description', 'feedDescription', 'footer']),
  masthead: group(['desk', 'who', 'contact']),
  inferred: group(['name', 'note', 'link']),
  tiers: group(['global', 'national', 'regional', 'rising', 'none']),
  legend: group(['zones', 'clusterCore', 'notCore', 'zoneCore', 'zoneNotCore']),
  facilities: group(['supercomputing-centre', 'intelligent-computing-centre', 'industrial-park']),
  ui: group([
    'skipLink', 'navLabel', 'navStories', 'navPlaces', 'navFigures', 'navAbout', 'footerAbout', 'homeLatest', 'homeReadMore', 'homeMore', 'published', 'updated', 'sources',
    'keyPoints', 'readOn', 'nextStory', 'relatedStories', 'corrections', 'correctionsLink', 'correctionWas', 'correctionNow',
    'homeStart', 'navGlossary',
    'notFoundTitle', 'notFoundHeading', 'notFoundText', 'notFoundHome', 'notFoundFigures',
    'scheduled', 'moved', 'mapTipClose',
  ]),
  figures: group([
    'galleryTitle', 'sourceLine', 'galleryPlaces', 'galleryOther', 'galleryCount', 'usedIn', 'places',
    'jsonDownload', 'jsonHint', 'printPng', 'printPngHint', 'oembedLabel', 'oembedLight', 'oembedDark', 'oembedAuto', 'oembedWide', 'embedNotes', 'toolsLink',
  ]),
  search: group([
    'label', 'placeholder', 'button', 'title', 'intro', 'noScript', 'searching', 'found', 'none', 'failed', 'index',
    'story', 'place', 'figure', 'term',
  ]),
  embedHosts: group(['heading', 'ours', 'wordpress', 'stripped', 'amp', 'sandbox']),
  // The maps' words (src/lib/map/words.ts): tooltips, descriptions, tables, scale bar, place kinds, Zhejiang's cities.
  maps: group([
    'clusterName', 'named', 'zoneName', 'valueActual', 'valueTarget', 'valueUnit', 'noCluster', 'notCoreOf', 'kindPlace', 'both', 'plansBoth',
    'tierSegment', 'zoneOne', 'zoneMany', 'tierDescription', 'coreNone', 'coreSome', 'facilityDescription',
    'member', 'notListedOpen', 'notListed', 'memberDescription', 'memberDescriptionOpen', 'memberKey', 'notListedKey', 'notMemberKey',
    'panelTitle', 'scale', 'legendLabel', 'placeLink', 'yes', 'no',
    'colArea', 'colPlan', 'colKind', 'colCluster', 'colTier', 'colActual', 'colTarget', 'tierCaption', 'tierCaptionValues',
    'coreCaption', 'colCore', 'colClusterTier',
    'facilityCaption', 'colFacility', 'colPlace', 'colCounty', 'colDescription',
    'memberCaption', 'colCity', 'colMember', 'notListedCell',
    'locatorZone', 'locatorCounty', 'locatorCountyZones', 'locatorAll', 'zoneIn', 'locatorCaption', 'colMark', 'markHighlightDot', 'markHighlight', 'markDot',
    'overviewTitle', 'overviewDek', 'placeTitle', 'placeZoneDek', 'placeCountyDek', 'placeCountyDekZones', 'placeNamedKind',
    'city330100', 'city330200', 'city330300', 'city330400', 'city330500', 'city330600', 'city330700', 'city330800', 'city330900', 'city331000', 'city331100',
  ]),
  // The charts' words (src/lib/charts/words.ts): labels, keys, axes, descriptions and table captions of the chart kinds, cards and timelines.
  charts: group([
    'bracket', 'year', 'kindActual', 'kindPlanned', 'kindSize', 'kindGrowth', 'kindShare', 'kindRate', 'kindCount', 'kindRank', 'kindTarget', 'tagPlanned', 'kindFacility', 'kindEvent',
    'keyActual', 'keyTarget', 'keyAllTargets', 'unitCaption', 'missing', 'withTarget', 'sentence', 'rowItems', 'markNamed', 'pointValue',
    'barCaption', 'barGap', 'barDescription', 'barStacked', 'barHorizontal', 'lineCaption', 'lineGap', 'lineDescription',
    'outputActual', 'outputTarget', 'outputAxis', 'tierGroup', 'clusterName', 'outputCaption', 'outputSay', 'outputTop', 'outputLowest', 'outputOne', 'placeTitle', 'placeDek', 'yuan',
    'computeCaption', 'computeCards', 'waffleCell', 'waffleDescription',
    'investmentCaption', 'investmentCards', 'shownWhole', 'shownPart', 'shownShare', 'shownBar', 'shownListed', 'shownCard', 'investmentWhole', 'investmentTop', 'investmentForeign', 'partShare', 'projectsHeading', 'foreignNote',
    'keyFiguresCaption', 'timelineCaption', 'note',
  ]),
  // The data tables' words (src/lib/figures/table.ts, src/lib/csv.ts, src/lib/xlsx.ts): columns, qualifiers, the CSV sidecar and the workbook.
  tables: group([
    'colItem', 'colIndicator', 'colValue', 'colValueUnit', 'colKind', 'colDate', 'colScope', 'colPlace', 'colNote', 'colGroup', 'colSeries', 'colLine', 'colDay', 'colEvent', 'colShown', 'colArea', 'colCluster', 'colTier',
    'qualifierAbout', 'qualifierNearly', 'qualifierOver', 'qualifierAtLeast', 'qualifierUpTo', 'qualifierOrder', 'qualifierTop', 'asReported',
    'csvHeader', 'csvEmpty', 'csvQualifier', 'csvQualifierNote', 'csvNumber', 'csvNumberUnits', 'csvUnit', 'csvUnitNote', 'csvSource', 'csvSourceNote',
    'sheetData', 'sheetNotes', 'notesTitle', 'notesTable', 'notesNotes', 'notesColumns', 'notesColumn', 'notesType', 'notesDescription', 'typeNumber', 'typeText', 'notesSources',
  ]),
  edition: group([
    'switchLabel', 'feedTitle', 'homeLede', 'homePlacesLink', 'homeLedeEnd', 'homeOnward', 'storyPlaces', 'sourceMark',
    'sourceLabel', 'placesTitle', 'placesDescription', 'placesDek', 'placeDescription', 'placeStories', 'placeNoStories', 'placeFigures',
    'placeIdentity', 'placeZonesIn', 'placeCountiesOf', 'placeGeoNote', 'placeAlsoCore', 'placeUnsaid', 'placeLink', 'kindDistrict',
    'kindCounty', 'kindCity', 'kindZone', 'identity', 'clusterName', 'clusterTier', 'fullName', 'valueAdded',
    'valueTarget', 'targetText', 'scaleTarget', 'leadFirms', 'institutes', 'funds', 'partners', 'listLine',
    'note', 'unsaidLists', 'planNamesNone', 'planNotNamed', 'facility', 'project', 'indicator', 'milestone',
    'topicFacilities', 'noneFacilities', 'topicProjects', 'noneProjects', 'topicIndicators', 'noneIndicators', 'topicMilestones', 'noneMilestones',
    'noRecords', 'summaryNamed', 'summaryNotNamed', 'summaryCluster', 'coverageAll', 'coverageSome', 'coverageNote', 'glossaryDescription',
    'glossaryDek', 'glossaryAliases', 'glossaryUsage', 'glossaryReference', 'glossaryUsedIn', 'correctionsTitle', 'correctionsDescription', 'correctionsDek',
    'correctionsDekLink', 'correctionsDekEnd', 'correctionsNone', 'correctionPlace', 'aboutTitle', 'yuan',
    'rosterPlace', 'rosterCluster', 'rosterTier', 'rosterLeadFirms', 'rosterInstitutes', 'rosterFunds', 'rosterCaption', 'rosterNote', 'rosterSources',
    'aboutDescription', 'aboutDek', 'aboutHeading', 'aboutIntro', 'aboutWho', 'aboutReaders', 'aboutSourcesHeading', 'aboutSourcesIntro', 'aboutRecords', 'aboutDateBasis', 'aboutInferred', 'aboutPrinted', 'aboutDatesHeading', 'aboutDates1', 'aboutDates2', 'aboutDates3', 'aboutDataHeading', 'aboutData1', 'aboutData2', 'aboutData3', 'aboutData4', 'aboutMapsHeading', 'aboutMaps1', 'aboutMaps2', 'aboutMaps3', 'aboutMaps4', 'aboutLicence', 'aboutEmbedHeading', 'aboutEmbed1', 'aboutFiguresLink', 'aboutEmbed2', 'aboutCorrectionsHeading', 'aboutCorrections1', 'aboutCorrections2', 'aboutCorrectionsLink',
  ]),
  // Search in both editions (issue 25): words the search page needs beyond the `search` group.
  find: group(['foundOne']),
  // The gallery, figure pages, embed pages, embed codes and oEmbed (src/components/figure/, src/lib/embed/).
  outputs: group([
    'note', 'dataTable', 'tools', 'codeLabel', 'theme', 'copyCode', 'ampLabel', 'copyAmp', 'copied', 'selected',
    'downloads', 'download', 'png', 'pngHint', 'svg', 'svgHint', 'csv', 'csvHint', 'xlsx', 'xlsxHint', 'embedPreview',
    'oembedFiles', 'oembedVariant', 'oembedLinkTitle', 'ampShowAll', 'spokenMark', 'embedCsv', 'embedBack',
    'galleryDescription', 'galleryIntro', 'galleryEmbed', 'galleryPng', 'galleryPrint', 'galleryData', 'galleryExcel', 'galleryCredit',
    'notesTitle', 'notesStripped', 'notesResize', 'notesTheme', 'notesOembed', 'notesOembedWide', 'listJoin', 'notesCsp', 'notesSandbox',
  ]),
}).strict();

export type Wording = z.infer<typeof wordingSchema>;

/** Parses and validates the wording file's text; errors name the file and each field. */
export function parseWording(source: string, file = WORDING_FILE): Wording {
  const data = loadYaml(file, source);
  const parsed = wordingSchema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const where = issue.path.join('.');
      if ('keys' in issue) return `  ${where || '(top level)'}: ${(issue.keys as string[]).join(', ')}: not a field here; check the spelling, or delete it`;
      return `  ${issueLine({ path: where, message: issue.message }, data)}`;
    });
    throw new DataFileError(`${file}: the wording does not match its schema:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The {placeholders} a text uses, sorted and without repeats. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
}

/** Every text of a wording, by its dotted key ("site.footer"). */
function texts(wording: Wording): [string, string][] {
  return Object.entries(wording).flatMap(([group, words]) => Object.entries(words as Record<string, string>).map(([key, text]) => [`${group}.${key}`, text] as [string, string]));
}

/**
 * Parses and validates the English wording: the same keys as the Chinese (the schema: a missing
 * or extra key is named with the file), each text with the same {placeholders} as its Chinese,
 * and English (Chinese only inside a {zh:…} mark, src/lib/i18n/zh-marks.ts).
 */
export function parseEnglishWording(source: string, chinese: Wording, file = WORDING_EN_FILE): Wording {
  const wording = parseWording(source, file);
  const zh = new Map(texts(chinese));
  const lines: string[] = [];
  for (const [key, text] of texts(wording)) {
    const want = placeholders(zh.get(key) ?? '');
    const got = placeholders(text);
    if (want.join() !== got.join()) {
      const list = (names: string[]) => (names.length === 0 ? 'none' : names.map((name) => `{${name}}`).join(', '));
      lines.push(`  ${key}: has the placeholders ${list(got)}; expected those of ${WORDING_FILE}'s ${key}: ${list(want)} (keep the words in braces as they are)`);
    }
    const left = chineseOutsideMarks(text);
    if (left.length > 0) lines.push(`  ${key}: ${left.map((run) => `"${run}"`).join(', ')} is Chinese outside a {zh:…} mark; expected English (a Chinese name written as {zh:${left[0]}})`);
  }
  if (lines.length > 0) throw new DataFileError(`${file}: the English wording does not match the Chinese:\n${lines.join('\n')}`);
  // Typographic quotation marks and apostrophes, `code` runs left alone (curlyQuotes()).
  return Object.fromEntries(Object.entries(wording).map(([group, words]) =>
    [group, Object.fromEntries(Object.entries(words as Record<string, string>).map(([key, text]) => [key, curlyQuotes(text)]))])) as Wording;
}

/** Fills {placeholders}: fill("{cluster}核心区", { cluster: "新材料" }). An unknown one is an error. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new DataFileError(`${WORDING_FILE}: "${template}" uses {${key}}, which is not available here (available: ${Object.keys(values).join(', ')})`);
    return value;
  });
}

/** The site's wording, from content/wording.yaml in the project (the working directory). */
export const WORDING: Wording = parseWording(readFileSync(resolve(process.cwd(), WORDING_FILE), 'utf8'));

/** The English wording, from content/wording.en.yaml, checked against the Chinese. */
export const WORDING_EN: Wording = parseEnglishWording(readFileSync(resolve(process.cwd(), WORDING_EN_FILE), 'utf8'), WORDING);

/** The wording of one edition. */
export function wordingOf(lang: Lang): Wording {
  return lang === 'en' ? WORDING_EN : WORDING;
}

/** A part of a wording text filled by fillParts(): plain text, or the place of a slot (a link the page draws). */
export type FilledPart = { text: string } | { slot: string };

/**
 * Fills a text's {placeholders} from `values` and cuts it at the `slots` (placeholders a page
 * fills with markup, such as a link): fillParts("见{link}页", {}, ["link"]) → [{text: "见"}, {slot: "link"}, {text: "页"}].
 */
export function fillParts(template: string, values: Record<string, string>, slots: readonly string[]): FilledPart[] {
  const pattern = new RegExp(`\\{(${slots.join('|')})\\}`, 'g');
  const parts: FilledPart[] = [];
  let last = 0;
  for (const match of slots.length > 0 ? template.matchAll(pattern) : []) {
    if (match.index > last) parts.push({ text: fill(template.slice(last, match.index), values) });
    parts.push({ slot: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: fill(template.slice(last), values) });
  return parts;
}
