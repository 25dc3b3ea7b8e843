/**
 * How the build words a mistake in a content file, one way everywhere: the file (with line and
 * column for YAML syntax), the entry, the field, what was found and what is expected:
 *
 *   content/data/indicators.yaml:42:7: not valid YAML: bad indentation of a mapping entry
 *   content/stories/x.mdx: title: missing; expected the headline, a line of text
 *   value: got "1,400"; expected a finite number for the value; write it without thousands separators: `value: 1400`
 *
 * Pure functions: the loaders (files.ts, yaml-loader.ts, story-loader.ts) and the wording and
 * reading-path files call them.
 */

/** Columns a character takes in a terminal: 2 for Chinese, Japanese and Korean characters and full-width forms. */
function charWidth(code: number): number {
  const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0x303e) || (code >= 0x3041 && code <= 0x33ff)
    || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xa000 && code <= 0xa4cf)
    || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f)
    || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}

/** The width of a text in terminal columns (so a caret under it lands under the right character). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0)!);
  return width;
}

/** The mark js-yaml puts on a syntax error: where it stopped (0-based line and column) and in what text. */
interface YamlMark { line: number; column: number; buffer?: string }

/**
 * A YAML syntax error, worded for the editor: "file:line:column: not valid YAML: reason", then
 * the line with a caret under the column (a long line cut to the part around it). `text` is the
 * text parsed (else the error's own copy of it); line and column count from 1, as editors do.
 */
export function yamlErrorMessage(file: string, error: unknown, text?: string): string {
  const { reason, mark, message } = (error ?? {}) as { reason?: string; mark?: YamlMark; message?: string };
  if (!mark || typeof mark.line !== 'number' || typeof mark.column !== 'number') return `${file}: not valid YAML: ${reason ?? message ?? String(error)}`;
  const heading = `${file}:${mark.line + 1}:${mark.column + 1}: not valid YAML: ${reason ?? message}`;
  const source = (text ?? mark.buffer ?? '').split(/\r?\n/)[mark.line]?.replace(/\t/g, ' ') ?? '';
  if (source.trim() === '') return heading;
  const chars = [...source];
  const width = (from: number, to: number) => displayWidth(chars.slice(from, to).join(''));
  // A long line (a paragraph of Chinese) is cut to about 70 columns around the column.
  let [start, end] = [0, chars.length];
  if (width(0, chars.length) > 76) {
    start = Math.min(mark.column, chars.length);
    while (start > 0 && width(start - 1, mark.column) <= 30) start -= 1;
    end = start;
    while (end < chars.length && width(start, end + 1) <= 70) end += 1;
  }
  const before = `${start > 0 ? '…' : ''}${chars.slice(start, mark.column).join('')}`;
  const excerpt = `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
  const number = String(mark.line + 1);
  return `${heading}\n  ${number} | ${excerpt}\n  ${' '.repeat(number.length)} | ${' '.repeat(displayWidth(before))}^`;
}

/** Thousands separators an editor may type: comma, full-width comma, space (also no-break and thin), apostrophe. */
const SEPARATOR = /[,，\s\u00a0\u202f']/g;

/**
 * For a number written as text in a number field, how to write it: "1,400" (also "1，400",
 * "1 400") → `value: 1400`; "973.43亿" → the number in `value:` and the unit in `unit:`; "1400"
 * in quotes → without them. "" when the text is no such number. Starts with "; ", to append.
 */
export function numberHint(input: unknown): string {
  if (typeof input !== 'string') return '';
  const match = /^\s*([-+]?\d{1,3}(?:[,，\s\u00a0\u202f']\d{3})+(?:\.\d+)?|[-+]?\d*\.?\d+)\s*(.*?)\s*$/.exec(input);
  if (!match) return '';
  const [, written, unit] = match as unknown as [string, string, string];
  // "1,40" is no number with a separator: its "unit" would start with one.
  if (/^[,，.\d']/.test(unit)) return '';
  const number = written.replace(SEPARATOR, '').replace(/^\+/, '');
  if (unit !== '') return `; write the number alone in \`value: ${number}\` and the unit ("${unit}") in \`unit:\``;
  if (number !== written.trim()) return `; write it without thousands separators: \`value: ${number}\``;
  return `; write it without quotes: \`value: ${number}\``;
}

/** A value as a message quotes it: "短", 7, true, .nan, 2026-11-18, a list of 3, a mapping (year, label). */
export function quote(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 30)}…` : value);
  if (typeof value === 'number') return Number.isNaN(value) ? '.nan' : Number.isFinite(value) ? String(value) : `${value < 0 ? '-' : ''}.inf`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an impossible date' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (value !== null && typeof value === 'object') return `a mapping (${Object.keys(value).join(', ')})`;
  return String(value);
}

/** What a value found was, for a message: "missing", or "got" and the value (with its length, where the length is the problem). */
function found(value: unknown, aboutLength = false): string {
  if (value === undefined) return 'missing';
  const length = aboutLength && typeof value === 'string' ? ` (${[...value].length} character${[...value].length === 1 ? '' : 's'})` : '';
  return `got ${quote(value)}${length}`;
}

/** The value at a dotted path of a record ("keyPoints.3", "period.label"; "" is the record itself). */
export function valueAt(record: unknown, path: string): unknown {
  if (path === '') return record;
  let value = record;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** What each type is called in a message. */
const TYPE_NAMES: Record<string, string> = {
  string: 'a line of text', number: 'a number', boolean: 'true or false', array: 'a list',
  object: 'a mapping of fields', date: 'a day written YYYY-MM-DD', bigint: 'a whole number', null: 'nothing',
};

const typeName = (types: string[]) => types.map((type) => TYPE_NAMES[type.replace(/"/g, '')] ?? type).join(' or ');

/** One schema problem as Astro reports it: the field's dotted path ("" for the record as a whole) and the message. */
export interface SchemaIssue {
  path: string;
  message: string;
}

/**
 * The issues in the message of Astro's InvalidContentEntryDataError ("**x → y** data does not
 * match collection schema.", then a "  **path**: message" line per issue; a message may run on
 * over several lines, e.g. a union's "> Expected type …"). A message that is not such a list is
 * one issue of the whole record.
 */
export function astroIssues(message: string): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const body = message.replace(/^[^]*?data does not match collection schema\.\s*\n/, '');
  for (const line of body.split('\n')) {
    const start = /^ {2}\*\*([^*]*)\*\*: ?(.*)$/.exec(line);
    if (start) issues.push({ path: start[1]!, message: start[2]! });
    else if (issues.length > 0 && line.trim() !== '') issues.at(-1)!.message += `\n${line.trim()}`;
  }
  if (issues.length === 0) return [{ path: '', message: message.replace(/\*\*/g, '').trim() }];
  return issues.map(({ path, message: text }) => {
    let clean = text.replace(/\*\*/g, '').trim();
    // Astro's own error map puts the path in front of some messages, and its error puts it there again.
    while (path !== '' && clean.startsWith(`${path}: `)) clean = clean.slice(path.length + 2);
    return { path, message: clean };
  });
}

/** What fields mean, by dotted path with "*" for a list position ("keyPoints.*"): said after "expected". */
export type FieldDescriptions = Readonly<Record<string, string>>;

/**
 * One issue as one line, "field: what was found; expected what": zod's and Astro's generic
 * messages ("Required", "Expected type …", "Too small: …", "Invalid option: …", and zod's own
 * "Invalid input: expected string, received undefined") are reworded,
 * with the value found in `record` and what the field is (`fields`); the schema's own messages
 * ("unknown sources id …", "expected 2–5 key points") get the value found in front of them.
 */
export function issueLine({ path, message }: SchemaIssue, record: unknown, fields: FieldDescriptions = {}): string {
  const value = valueAt(record, path);
  const described = fields[path] ?? fields[path.replace(/\.\d+(?=\.|$)/g, '.*')];
  const expected = (generic: string) => `expected ${described ?? generic}`;
  // A problem of the entry as a whole (two fields that disagree) is its message alone.
  const line = (text: string) => (path === '' ? text : `${path}: ${text}`);

  if (message === 'Required' || (value === undefined && /^(Expected type|Invalid input|Did not match union)/.test(message))) {
    const type = /Expected type `([^`]+)`|expected (\w+), received/.exec(message);
    return line(`missing; ${expected(type ? typeName((type[1] ?? type[2]!).split(' | ')) : 'a value (the field is required)')}`);
  }
  const type = /^(?:Did not match union\.\n> )?Expected type `([^`]+)`/.exec(message) ?? /^Invalid input: expected (\w+), received/.exec(message);
  if (type) return line(`${found(value)}; ${expected(typeName(type[1]!.split(' | ')))}`);

  const size = /^Too (small|big): expected (\w+) to (?:have|be) ([<>]=?)(-?[\d.]+)(?: (\w+))?/.exec(message);
  if (size) {
    const [, , kind, sign, limit, unit] = size as unknown as [string, string, string, string, string, string | undefined];
    const inclusive = sign.endsWith('=');
    const bound = sign.startsWith('>') ? (inclusive ? 'at least' : 'more than') : (inclusive ? 'at most' : 'less than');
    const what = kind === 'array' ? `${Number(limit) === 1 ? 'item' : 'items'}` : kind === 'string' ? `${Number(limit) === 1 ? 'character' : 'characters'}` : '';
    const got = kind === 'array' && Array.isArray(value) ? `got ${value.length} ${value.length === 1 ? 'item' : 'items'}` : found(value, true);
    const limitText = `${bound} ${limit}${what ? ` ${what}` : unit ? ` ${unit}` : ''}`;
    return line(`${got}; ${described ? `expected ${described} (${limitText})` : `expected ${limitText}`}`);
  }
  const option = /^Invalid option: expected one of (.+)$/.exec(message);
  if (option) return line(`${found(value)}; expected one of ${option[1]!.split('|').join(', ')}`);
  const pattern = /^Invalid string: must match pattern (.+)$/.exec(message);
  if (pattern) return line(`${found(value)}; ${expected(`text matching ${pattern[1]}`)}`);

  const unknown = /^Unrecognized keys?: (.+)$/.exec(message);
  if (unknown) {
    const keys = unknown[1]!;
    // In a one-line { … } record, an unquoted value with a comma ("1,000亿元") is cut at the comma
    // and its tail read as a field name: the likeliest cause of a key that starts with a digit.
    const comma = /^"?\d/.test(keys) ? '; a value written with a comma inside { … } is cut there: put that value in quotes ("…1,000亿元")' : '';
    return line(`unknown field ${keys}; expected only the fields this kind of record has (see content/data/README.md)${comma}`);
  }

  // The schema's own messages: those that start with "expected" are told what was found.
  const text = message.replace(/\n> ?/g, '; ').replace(/\n/g, ' ');
  if (/^expected\b/.test(text) && path !== '') return line(`${found(value, /character/.test(text))}; ${text}`);
  return line(text);
}

/**
 * The message for an entry that does not match its schema: one issue on one line after `where`
 * ("content/stories/x.mdx: title: missing; …"), several under "`where`: `heading`:", one line each.
 */
export function schemaMessage(where: string, heading: string, lines: string[]): string {
  return lines.length === 1 ? `${where}: ${lines[0]}` : `${where}: ${heading}:\n${lines.map((line) => `  ${line}`).join('\n')}`;
}
