/**
 * The glossary (content/data/glossary.yaml, /glossary/): which entry a marked term names.
 * A story marks a term with <Term>text</Term>; the text is an entry's `term` or one of its aliases.
 * The first mark of each entry on a page links to it (src/lib/glossary-terms.ts); the build refuses a
 * mark the glossary lacks (src/lib/data/story-loader.ts), naming the story and the term.
 */
import { DataFileError, DATA_FILES } from './data/files';
import { didYouMean } from './suggest';
import { attribute, elements, lineOf, readerText, storyTree } from './story-tree';

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

/** The <Term>…</Term> marks of an MDX body, in order: each one's text (trimmed) and body line (from its syntax tree). */
function termMarks(body: string): { text: string; line: number }[] {
  return elements(storyTree(body).root, 'Term').map((mark) => ({ text: readerText(mark).trim(), line: lineOf(mark) }));
}

/** The <Term>…</Term> texts of an MDX body, in order. */
export function markedTerms(body: string): string[] {
  return termMarks(body).map((mark) => mark.text);
}

/**
 * One problem per marked term the glossary lacks, naming the term and the glossary file, and with
 * `lineOffset` (the body's first line in the file, less one) the line of its first mark.
 */
export function unknownTerms(body: string, index: ReadonlyMap<string, string>, lineOffset?: number): string[] {
  const first = new Map<string, number>();
  for (const mark of termMarks(body)) if (!first.has(mark.text)) first.set(mark.text, mark.line);
  return [...first].filter(([text]) => !index.has(text)).map(([text, line]) =>
    `${lineOffset === undefined ? '' : `line ${lineOffset + line}: `}<Term>${text}</Term>: ${DATA_FILES.glossary} has no entry or alias "${text}"${didYouMean(text, index.keys())}; add it there, or mark a term it has`);
}

/** The anchor of an entry on the glossary page. */
export const glossaryHref = (id: string, base: string): string => `${base}glossary/#${id}`;

/** The `id` a <Term id="…"> mark gives, with its text and body line, in the order of the text. */
function termIdMarks(body: string): { id?: string; written?: string; text: string; line: number }[] {
  return elements(storyTree(body).root, 'Term').map((mark) => {
    const id = attribute(mark, 'id');
    return { id: id?.text, written: id?.written, text: readerText(mark).trim(), line: lineOf(mark) };
  });
}

/**
 * For a story whose terms are not in the glossary's language (the English edition): every
 * <Term> names its entry by id, <Term id="suanli">computing power</Term>. One problem per mark
 * without a readable id or with an id the glossary lacks (with a "did you mean"), and with
 * `lineOffset` (the body's first line in the file, less one) its line.
 */
export function unknownTermIds(body: string, ids: ReadonlySet<string>, lineOffset?: number): string[] {
  const at = (line: number) => (lineOffset === undefined ? '' : `line ${lineOffset + line}: `);
  return termIdMarks(body).flatMap(({ id, written, text, line }) => {
    if (id === undefined || id === '') {
      const how = written === undefined ? 'has no id' : `has the id ${written}, which is not a plain text`;
      return [`${at(line)}<Term>${text}</Term> ${how}: name the entry of ${DATA_FILES.glossary} it explains, as in <Term id="${[...ids][0] ?? 'id'}">${text}</Term>`];
    }
    if (ids.has(id)) return [];
    return [`${at(line)}<Term id="${id}">${text}</Term>: ${DATA_FILES.glossary} has no entry with the id "${id}"${didYouMean(id, ids)}; use the id of an entry, or add one there`];
  });
}

/** The entry ids the <Term id="…"> marks of an MDX body name (the English edition), in order; marks without an id are left out. */
export function markedTermIds(body: string): string[] {
  return termIdMarks(body).flatMap((mark) => (mark.id ? [mark.id] : []));
}
