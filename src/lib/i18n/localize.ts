/**
 * One record in one language: `localize(record, 'zh')` is the record itself; `localize(record,
 * 'en')` is a copy with each text field replaced by its English from the record's `en:` block
 * (nested fields and list items by the same paths: ./text-fields.ts), and without the block.
 * Numbers, ids, dates and everything else stay the record's own. The English text is set with
 * typographic quotation marks and apostrophes (curlyQuotes(): "Jiaxing’s").
 *
 * Format numbers from the record as stored, not a localized one: the English formatter
 * (formatIndicatorEn in src/lib/format.ts) needs the Chinese unit's magnitude (亿, 万) and
 * `en.unit` both, and refuses a localized record rather than print a number 10^8 too small.
 */
import type { Lang } from './lang';
import { curlyQuotes } from './punctuation';

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/** `base` with `english` laid over it: mappings field by field, lists of mappings item by item, text and lists of text replaced. */
function overlay(base: unknown, english: unknown): unknown {
  if (isObject(base) && isObject(english)) {
    const result: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(english)) result[key] = overlay(base[key], value);
    return result;
  }
  if (Array.isArray(base) && Array.isArray(english) && base.some(isObject)) {
    return base.map((item, index) => (index < english.length ? overlay(item, english[index]) : item));
  }
  return typeset(english);
}

/** English text with typographic quotation marks (curlyQuotes()), in a list of text too; anything else as it is. */
function typeset(english: unknown): unknown {
  if (typeof english === 'string') return curlyQuotes(english);
  return Array.isArray(english) ? english.map(typeset) : english;
}

/** A record with text fields and, possibly, their English. */
export interface Translatable {
  en?: Record<string, unknown> | undefined;
}

/**
 * The record in `lang`. A record without its English (one the loaders did not check, e.g. a
 * generated place figure) is an error for 'en', naming the record, rather than Chinese on an
 * English page.
 */
export function localize<T extends Translatable>(record: T, lang: Lang): T {
  if (lang === 'zh') return record;
  const { en, ...rest } = record;
  if (en === undefined) throw new Error(`no English for the record ${JSON.stringify((record as { id?: unknown }).id ?? '(without id)')}: expected an en: block (content/data/README.md)`);
  return overlay(rest, en) as T;
}

/** Every record of a map in `lang`, by the same keys. */
export function localizeAll<T extends Translatable>(records: ReadonlyMap<string, T>, lang: Lang): Map<string, T> {
  return new Map([...records].map(([id, record]) => [id, localize(record, lang)]));
}
