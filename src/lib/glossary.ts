/**
 * The glossary (content/data/glossary.yaml, /glossary/): which entry a marked term names.
 * A story marks a term with <Term>text</Term>; the text is an entry's `term` or one of its aliases.
 * The first mark of each entry on a page links to it (src/lib/glossary-terms.ts); the build refuses a
 * mark the glossary lacks (src/lib/data/story-loader.ts), naming the story and the term.
 */
import { DataFileError, DATA_FILES } from './data/files';
import { didYouMean } from './suggest';

/** The fields of a glossary record that name it. */
export interface TermNames {
  term: string;
  aliases?: string[];
}

/** Every text that names an entry (its term and aliases) → the entry's id. A text naming two entries is an error. */
export function termIndex(entries: Iterable<[id: string, names: TermNames]>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [id, { term, aliases = [] }] of entries) {
    for (const text of [term, ...aliases]) {
      const other = index.get(text);
      if (other !== undefined && other !== id) {
        throw new DataFileError(`${DATA_FILES.glossary} → ${id}: "${text}" already names the entry "${other}"; a term or alias may name one entry only`);
      }
      index.set(text, id);
    }
  }
  return index;
}

/** The <Term>…</Term> texts of an MDX body, in order. */
export function markedTerms(body: string): string[] {
  return [...body.matchAll(/<Term>([^<]*)<\/Term>/g)].map((match) => match[1]!.trim());
}

/** One problem per marked term the glossary lacks, naming the term and the glossary file. */
export function unknownTerms(body: string, index: ReadonlyMap<string, string>): string[] {
  return [...new Set(markedTerms(body))].filter((text) => !index.has(text)).map((text) =>
    `<Term>${text}</Term>: ${DATA_FILES.glossary} has no entry or alias "${text}"${didYouMean(text, index.keys())}; add it there, or mark a term it has`);
}

/** The anchor of an entry on the glossary page. */
export const glossaryHref = (id: string, base: string): string => `${base}glossary/#${id}`;
