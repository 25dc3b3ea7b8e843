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
    'sourceLine', 'galleryPlaces', 'galleryOther', 'galleryCount', 'usedIn', 'places',
    'jsonDownload', 'jsonHint', 'printPng', 'printPngHint', 'oembedLabel', 'oembedLight', 'oembedDark', 'oembedAuto', 'oembedWide', 'embedNotes', 'embedCodeLink',
  ]),
  search: group([
    'label', 'placeholder', 'button', 'title', 'intro', 'noScript', 'searching', 'found', 'none', 'failed', 'index',
    'story', 'place', 'figure', 'term',
  ]),
  embedHosts: group(['heading', 'ours', 'wordpress', 'stripped', 'amp', 'sandbox']),
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
  return wording;
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
