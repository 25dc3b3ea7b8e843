/**
 * English for records a test adds to content/data: every text field of the record (src/lib/i18n/
 * text-fields.ts) gets a placeholder in its `en:` block, in the same shape, with the inference
 * mark `*` where the Chinese has one, so that the record passes the build's English check the way
 * a maintainer's finished record would. Tests of the English check itself write their own blocks.
 */
import type { DataCollection } from '../../src/lib/data/files';
import { textFieldsOf } from '../../src/lib/i18n/text-fields';

type Value = string | Value[] | { [key: string]: Value };

const filler = (chinese: string): string => `English text${chinese.includes('*') ? '*' : ''}`;

/** The English of the value at `segments` of `chinese` (a path of text-fields.ts: `*` each item, `key[]` a free list). */
function english(segments: string[], chinese: unknown): Value | undefined {
  if (segments.length === 0) return typeof chinese === 'string' ? filler(chinese) : undefined;
  const [segment, ...rest] = segments as [string, ...string[]];
  if (segment === '*') return Array.isArray(chinese) ? chinese.map((item) => english(rest, item) ?? '') : undefined;
  if (chinese === null || typeof chinese !== 'object' || Array.isArray(chinese)) return undefined;
  const free = segment.endsWith('[]');
  const key = free ? segment.slice(0, -2) : segment;
  const value = (chinese as Record<string, unknown>)[key];
  if (value === undefined) return undefined;
  const inner = free ? (Array.isArray(value) ? value.map((item) => english(rest, item) ?? '') : undefined) : english(rest, value);
  return inner === undefined ? undefined : { [key]: inner };
}

/** Deep merge of the per-path blocks. */
function merge(into: Record<string, Value>, from: Record<string, Value>): void {
  for (const [key, value] of Object.entries(from)) {
    const there = into[key];
    if (there && typeof there === 'object' && !Array.isArray(there) && typeof value === 'object' && !Array.isArray(value)) merge(there, value);
    else into[key] = value;
  }
}

/** `record` with an `en:` block that covers each of its text fields. */
export function withEnglish<T extends Record<string, unknown>>(collection: DataCollection, record: T): T & { en: Record<string, Value> } {
  const en: Record<string, Value> = {};
  for (const path of Object.keys(textFieldsOf(collection, record))) {
    const block = english(path.split('.'), record);
    if (block && typeof block === 'object' && !Array.isArray(block)) merge(en, block);
  }
  return { ...record, en };
}
