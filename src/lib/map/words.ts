/**
 * The words a map prints, in its data's language: the wording groups `maps`, `tiers`, `legend`
 * and `facilities` of content/wording.yaml or content/wording.en.yaml, the punctuation that joins
 * them, and numbers as the language writes them (src/lib/i18n/numbers.ts). Kinds get them with
 * mapWords(data), so that the same code draws a Chinese map from Chinese data and an English map
 * from English data (getSiteData('en')).
 */
import type { County } from '../data/schemas';
import type { DataRecords } from '../data/records';
import { langOf, type SiteData } from '../data/types';
import type { Lang } from '../i18n/lang';
import { valueText } from '../i18n/numbers';
import type { MapTier } from '../tiers';
import { fill, wordingOf, type Wording } from '../wording';

/** A map's words in one language. */
export interface MapWords {
  lang: Lang;
  maps: Wording['maps'];
  tier: Record<MapTier, string>;
  legend: Wording['legend'];
  facility: Wording['facilities'];
  /** Names in a list: "南湖区、嘉善县" / "Nanhu District, Jiashan County". */
  list(names: readonly string[]): string;
  /** Statements joined in one sentence: "…；…" / "…; …". */
  clauses(parts: readonly string[]): string;
  /** Parts of one statement: "…，…" / "…, …". */
  parts(parts: readonly string[]): string;
  /** A text standing on its own (a table cell, a tooltip line, a legend label): English starts with a capital. */
  alone(text: string): string;
  /** A name inside a sentence: English "Artificial intelligence cluster" → "artificial intelligence cluster" (see inSentence()). */
  inText(text: string): string;
  /** A place kind, as running text says it ("县级市", "county-level city"). */
  placeKind(kind: County['kind'] | 'zone'): string;
  /** A value in the stored Chinese unit: "150亿元" / "15 billion yuan". */
  value(value: number, unit: string): string;
  fill: typeof fill;
}

const KIND_KEY = { district: 'kindDistrict', county: 'kindCounty', 'county-level-city': 'kindCity', zone: 'kindZone' } as const;

/**
 * An English name as it reads inside a sentence: its first letter in lower case, unless the first
 * word is an acronym ("CNC") or another word starts with a capital (a proper name: "Hangzhou Bay
 * modern textile cluster", "Eastern Zhejiang …"), which keep theirs.
 */
export function inSentence(text: string): string {
  const [first = '', ...rest] = text.split(' ');
  if (!/^[A-Z][a-z]/.test(first) || rest.some((word) => /^[A-Z][a-z]/.test(word))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}


/** The words of `lang`, numbers formatted for `data` (English numbers read data.stored). */
export function wordsOf(lang: Lang, data: Pick<SiteData, 'lang' | 'stored'> = { lang }): MapWords {
  const wording = wordingOf(lang);
  const en = lang === 'en';
  return {
    lang,
    maps: wording.maps,
    tier: wording.tiers,
    legend: wording.legend,
    facility: wording.facilities,
    list: (names) => names.join(en ? ', ' : '、'),
    clauses: (parts) => parts.join(en ? '; ' : '；'),
    parts: (parts) => parts.join(en ? ', ' : '，'),
    alone: (text) => (en ? text.charAt(0).toUpperCase() + text.slice(1) : text),
    inText: (text) => (en ? inSentence(text) : text),
    // The kinds of place are the reading pages' words (wording group edition): one home for both.
    placeKind: (kind) => wording.edition[KIND_KEY[kind]],
    value: (value, unit) => valueText({ lang, stored: data.stored }, value, unit, wording.maps.valueUnit),
    fill,
  };
}

/**
 * A county's label on the map: its name in Chinese ("平湖市"); in English its romanised name
 * alone ("Pinghu", not "Pinghu County-level City"), since the full English names are too wide
 * for the county shapes (the tooltip and the table give them).
 */
export function countyLabel(county: { name: string; romanised?: string }, words: Pick<MapWords, 'lang'>): string {
  return words.lang === 'en' && county.romanised !== undefined ? county.romanised : county.name;
}

/** The words of a data set's language. */
export function mapWords(data: DataRecords): MapWords {
  return wordsOf(langOf(data), data as SiteData);
}
