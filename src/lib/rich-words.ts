/**
 * Wording (content/wording*.yaml) that a page prints with markup in it, kept as plain text in the
 * file: `**bold**` and `` `code` `` runs (the gallery's notes), and templates whose placeholder
 * stands where the page puts an element ("注：{note}", "{label}（{size}）").
 */
import { fill } from './wording';

/** One run of rich wording: plain text, bold, or code. */
export interface RichRun {
  text: string;
  style: 'plain' | 'strong' | 'code';
}

const RUN = /\*\*([^*]+)\*\*|`([^`]+)`/g;

/** The text cut into plain, `**strong**` and `` `code` `` runs, in order, without empty runs. */
export function richRuns(text: string): RichRun[] {
  const runs: RichRun[] = [];
  let last = 0;
  for (const match of text.matchAll(RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), style: 'plain' });
    runs.push(match[1] !== undefined ? { text: match[1], style: 'strong' } : { text: match[2]!, style: 'code' });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), style: 'plain' });
  return runs;
}

/**
 * The text before and after `{key}` in `template`, each filled with `values`: where a page puts an
 * element (a link, a text with marks) in the middle of a worded phrase. The template must use
 * `{key}` exactly once.
 */
export function around(template: string, key: string, values: Record<string, string> = {}): [string, string] {
  const parts = template.split(`{${key}}`);
  if (parts.length !== 2) throw new Error(`wording "${template}": expected {${key}} exactly once`);
  return [fill(parts[0]!, values), fill(parts[1]!, values)];
}
