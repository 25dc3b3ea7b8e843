/**
 * Which fields of a record are text a reader reads, and so carry their English in the record's
 * `en:` block, by the same names and in the same shape (content/data/README.md):
 *
 *   - id: "330482"
 *     name: 平湖市
 *     en: { name: Pinghu }
 *
 * Ids, numbers, dates, enums and URLs are never translated. `englishIssues()` checks one record
 * as stored: every text field has its English, the English is English (Chinese only inside a
 * `{zh:…}` mark, ./zh-marks.ts), it keeps the inference mark `*` wherever the Chinese has it, and
 * the block holds nothing else. The loaders run it on every record (src/lib/data/yaml-loader.ts).
 */
import type { SchemaIssue } from '../data/messages';
import type { DataCollection } from '../data/files';
import { figureTextFields } from '../figures/schemas';
import { chineseMagnitude } from '../format';
import { chineseOutsideMarks } from './zh-marks';

/**
 * A record's text fields: a dotted path (`*` for each item of a list, whose English list has as
 * many items in the same order; `[]` at the end for a list whose English may have other items,
 * such as a glossary entry's aliases) and what its English is, for messages.
 */
export type TextFields = Readonly<Record<string, string>>;

/** An English unit is the thing counted: the magnitude (万, 亿) is the number's, and the formatter converts it. */
const MAGNITUDE_WORDS = /\b(hundreds?|thousands?|millions?|billions?|trillions?|ten-thousands?)\b/i;

/** Further rules of a field, by path: a message when the English breaks one. */
const FIELD_RULES: Readonly<Record<string, (english: string, chinese: string) => string | undefined>> = {
  unit: (english, chinese) => (chineseMagnitude(chinese).factor !== 1 && MAGNITUDE_WORDS.test(english)
    ? `expected the English of what is counted without the magnitude ("${chinese}" → "${chineseMagnitude(chinese).rest}"): the number formatter converts ${chineseMagnitude(chinese).prefix} itself, e.g. 亿元 → unit: yuan, 万卡 → unit: cards`
    : undefined),
};

/** The text fields of each data collection but the figures (whose fields depend on their kind: figureTextFields()). */
export const TEXT_FIELDS: Readonly<Record<Exclude<DataCollection, 'figures'>, TextFields>> = {
  sources: {
    publication: 'the publisher in English, named as the page shows it', headline: 'the headline in English', byline: 'the byline with names in pinyin',
    'date.label': 'the date as printed in English, e.g. "autumn 2025"', 'dateBasis.basis': 'how the date is known, in English', note: 'the note in English',
  },
  counties: { name: 'the English name, e.g. "Pinghu" or "Nanhu District"', intro: 'the place page\'s opening paragraphs in English' },
  zones: { name: 'the English name', shortName: 'the English short name', place: 'the English of the place', intro: 'the place page\'s opening paragraphs in English' },
  plans: { name: 'the English name of the plan', shortName: 'the English short name', documentNumber: 'the document number in English', issuer: 'the issuer in English', summary: 'the summary in English' },
  clusters: {
    name: 'the English name of the industry', fullName: 'the English full name', 'valueAdded.targetText': 'the English of the plan\'s wording',
    'scaleTarget.unit': 'the English unit (what is counted, e.g. "yuan")', 'scaleTarget.text': 'the English of the target as worded',
    'leadFirms.*': 'the English name of each lead firm', 'institutes.*': 'the English name of each institute', 'funds.*': 'the English of each fund',
    'partners.*': 'the English name of each partner city', note: 'the note in English',
  },
  indicators: {
    label: 'the card label in English', unit: 'the English unit (what is counted, e.g. "yuan", "projects", "%")', 'period.label': 'the period as printed in English, e.g. "first half of 2026*"',
    scope: 'the scope in English', measures: 'what is measured, in English', note: 'the note in English',
  },
  projects: { name: 'the English name of the project', place: 'the English of the place', 'date.label': 'the date label in English', note: 'the note in English' },
  facilities: { name: 'the English name', place: 'the English of the place', 'mapLabel.*': 'each line of the map label in English', description: 'the description in English', note: 'the note in English' },
  milestones: { 'date.label': 'the date label in English', title: 'the title in English', description: 'the description in English' },
  glossary: { term: 'the term in English', 'aliases[]': 'the English aliases (any number)', definition: 'the definition in English', reference: 'the reference in English' },
  claims: { text: 'the claim in English, as an English story would quote it', speaker: 'who makes the claim, in English' },
  corrections: { was: 'what the page said, in English', now: 'what it says now and why, in English' },
};

/** The text fields of a record of `collection` (a figure's depend on its kind). */
export function textFieldsOf(collection: DataCollection, record: Record<string, unknown>): TextFields {
  return collection === 'figures' ? figureTextFields(String(record.kind)) : TEXT_FIELDS[collection];
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** How an `en:` block that holds `path` is written: "en: { valueAdded: { targetText: … } }", "en: { notes: [ … ] }". */
export function englishExample(path: string): string {
  let inner = '…';
  for (const segment of path.split('.').reverse()) inner = /^\d+$/.test(segment) ? `[ ${inner} ]` : `{ ${segment}: ${inner} }`;
  return `en: ${inner}`;
}

const excerpt = (text: string) => JSON.stringify([...text].length > 20 ? `${[...text].slice(0, 16).join('')}…` : text);
const stars = (text: string) => (text.match(/\*/g) ?? []).length;

/**
 * What is wrong with a record's English, as schema issues on `en.<path>` (each "expected …",
 * worded by issueLine() like any schema problem): a text field without its English, English
 * with Chinese outside a mark or without the Chinese's inference marks, a list of another
 * length, a field that is not a text field of the record. [] when all is well.
 */
export function englishIssues(fields: TextFields, record: Record<string, unknown>): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const en = record.en;
  if (en !== undefined && !isObject(en)) return [{ path: 'en', message: `expected a mapping of the English of the record's text fields, e.g. ${englishExample(Object.keys(fields)[0]!.replace(/\.\*|\[\]/g, '.0'))}` }];
  const english = (en ?? {}) as Record<string, unknown>;
  /** The en paths that may hold text; anything else in the block is an error. */
  const allowed = new Set<string>();

  function text(path: string, chinese: string, value: unknown, what: string, rule?: (english: string, chinese: string) => string | undefined): void {
    const where = `en.${path}`;
    allowed.add(where);
    if (value === undefined) { issues.push({ path: where, message: `expected ${what} (${excerpt(chinese)}), e.g. ${englishExample(path)}` }); return; }
    if (typeof value !== 'string' || value.trim() === '') { issues.push({ path: where, message: `expected ${what} (${excerpt(chinese)}), a line of text` }); return; }
    const left = chineseOutsideMarks(value);
    if (left.length > 0) issues.push({ path: where, message: `expected English: ${left.map((run) => `"${run}"`).join(', ')} ${left.length === 1 ? 'is' : 'are'} Chinese outside a {zh:…} mark; translate it, or mark a Chinese name as {zh:${left[0]}}` });
    if (stars(value) !== stars(chinese)) issues.push({ path: where, message: `expected the inference mark * ${stars(chinese)} time(s), as in the Chinese (${excerpt(chinese)}): an inferred date stays marked in English, e.g. "2025年秋*" → "autumn 2025*"` });
    const broken = rule?.(value, chinese);
    if (broken) issues.push({ path: where, message: broken });
  }

  function walk(segments: string[], chinese: unknown, value: unknown, path: string, what: string, rule?: (english: string, chinese: string) => string | undefined): void {
    const [segment, ...rest] = segments as [string, ...string[]];
    const at = (key: string) => (path === '' ? key : `${path}.${key}`);
    if (segment === '*') {
      if (!Array.isArray(chinese) || chinese.length === 0) return;
      if (!Array.isArray(value) || value.length !== chinese.length) {
        allowed.add(`en.${path}`);
        issues.push({ path: `en.${path}`, message: `expected a list of ${chinese.length} item(s), ${what}, in the order of the Chinese list, e.g. ${englishExample(`${path}.0`)}` });
        return;
      }
      chinese.forEach((item, index) => {
        if (rest.length > 0) walk(rest, item, value[index], at(String(index)), what, rule);
        else if (typeof item === 'string') text(at(String(index)), item, value[index], what, rule);
      });
      return;
    }
    if (segment.endsWith('[]')) {
      const key = segment.slice(0, -2);
      const list = isObject(chinese) ? chinese[key] : undefined;
      if (!Array.isArray(list) || list.length === 0) return;
      const items = isObject(value) ? value[key] : undefined;
      allowed.add(`en.${at(key)}`);
      if (!Array.isArray(items)) { issues.push({ path: `en.${at(key)}`, message: `expected ${what}, a list (it may be empty: [])` }); return; }
      items.forEach((item, index) => text(`${at(key)}.${index}`, list.join('、'), item, what));
      return;
    }
    const inner = isObject(chinese) ? chinese[segment] : undefined;
    if (inner === undefined || inner === null) return;
    const next = isObject(value) ? value[segment] : undefined;
    if (rest.length === 0) {
      if (typeof inner === 'string') text(at(segment), inner, next, what, rule);
      return;
    }
    walk(rest, inner, next, at(segment), what, rule);
  }

  for (const [pattern, what] of Object.entries(fields)) {
    walk(pattern.split('.'), record, english, '', what, FIELD_RULES[pattern.split('.').at(-1)!]);
  }

  // Whatever else the block holds is no text field of this record (a typo, or a field the Chinese lacks).
  const names = Object.keys(fields).map((pattern) => pattern.replace(/\.\*|\[\]/g, '')).join(', ');
  const leaves = (value: unknown, path: string): string[] => {
    if (allowed.has(path)) return [];
    if (isObject(value) && Object.keys(value).length > 0) return Object.entries(value).flatMap(([key, item]) => leaves(item, `${path}.${key}`));
    if (Array.isArray(value) && value.length > 0) return value.flatMap((item, index) => leaves(item, `${path}.${index}`));
    // An empty mapping or list where text may go is what is missing, reported above.
    if ((isObject(value) || Array.isArray(value)) && [...allowed].some((known) => known.startsWith(`${path}.`))) return [];
    return [path];
  };
  for (const path of Object.entries(english).flatMap(([key, value]) => leaves(value, `en.${key}`))) {
    issues.push({ path, message: `expected no such field: the en block holds only the English of the record's own text fields (here: ${names})` });
  }
  return issues;
}
