/** How a mistake in a content file is worded: file:line:column for YAML, field: found; expected for schemas. */
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { astroIssues, displayWidth, issueLine, numberHint, quote, schemaMessage, valueAt, yamlErrorMessage } from '../../../src/lib/data/messages';

/** The error js-yaml throws on `text`. */
const yamlError = (text: string): unknown => {
  try {
    yaml.load(text);
  } catch (error) {
    return error;
  }
  throw new Error(`test setup: ${JSON.stringify(text)} is valid YAML`);
};

describe('yamlErrorMessage', () => {
  test('file:line:column (from 1), the reason, and the line with a caret under the column', () => {
    const text = '- id: a\n  label: x\n- id: b\n    label: y\n  unit: z\n';
    expect(yamlErrorMessage('content/data/indicators.yaml', yamlError(text), text)).toBe([
      'content/data/indicators.yaml:4:10: not valid YAML: bad indentation of a mapping entry',
      '  4 |     label: y',
      '    |          ^',
    ].join('\n'));
  });

  test('the caret counts a Chinese character as two columns', () => {
    expect(displayWidth('南湖区: a')).toBe(9);
    const text = 'name: 嘉兴: x\n';
    expect(yamlErrorMessage('f.yaml', yamlError(text), text)).toBe('f.yaml:1:9: not valid YAML: bad indentation of a mapping entry\n  1 | name: 嘉兴: x\n    |           ^');
  });

  test('a long line is cut to about 70 columns around the column, the caret still under it', () => {
    const text = `a: ${'字'.repeat(100)}\nb: ${'字'.repeat(50)}: x ${'字'.repeat(100)}\n`;
    const [, line, caret] = yamlErrorMessage('f.yaml', yamlError(text), text).split('\n') as [string, string, string];
    expect(displayWidth(line)).toBeLessThan(80);
    expect(line).toMatch(/^ {2}2 \| …字+: x 字+…$/);
    expect(displayWidth(caret)).toBe(displayWidth(line.slice(0, line.indexOf(':'))) + 1);
  });

  test('without the text, the error\'s own copy is used; without a mark, the message alone', () => {
    expect(yamlErrorMessage('f.yaml', yamlError('a: 1\n  b: 2\n'))).toBe('f.yaml:2:4: not valid YAML: bad indentation of a mapping entry\n  2 |   b: 2\n    |    ^');
    expect(yamlErrorMessage('f.yaml', new Error('broken'))).toBe('f.yaml: not valid YAML: broken');
  });

  test('an error at the end of the file has no line to show', () => {
    expect(yamlErrorMessage('f.yaml', yamlError('a: "x\n'), 'a: "x\n')).toBe('f.yaml:2:1: not valid YAML: unexpected end of the stream within a double quoted scalar');
  });
});

describe('numberHint', () => {
  test('thousands separators (comma, full-width comma, spaces) are dropped', () => {
    for (const written of ['1,400', '1，400', '1 400', '1\u00a0400', ' 1,400 ']) {
      expect(numberHint(written), written).toBe('; write it without thousands separators: `value: 1400`');
    }
    expect(numberHint('12,345,678.5')).toBe('; write it without thousands separators: `value: 12345678.5`');
  });

  test('a unit goes to unit:, with or without separators in the number', () => {
    expect(numberHint('973.43亿')).toBe('; write the number alone in `value: 973.43` and the unit ("亿") in `unit:`');
    expect(numberHint('1,400 亿元')).toBe('; write the number alone in `value: 1400` and the unit ("亿元") in `unit:`');
    expect(numberHint('65%')).toBe('; write the number alone in `value: 65` and the unit ("%") in `unit:`');
  });

  test('a number in quotes is written without them; anything else gets no hint', () => {
    expect(numberHint('1400')).toBe('; write it without quotes: `value: 1400`');
    for (const input of ['1,40', '12.5.3', '约1400', 'abc', '', 7, undefined]) expect(numberHint(input), String(input)).toBe('');
  });
});

describe('quote and valueAt', () => {
  test('quote shows what was found as an editor wrote it', () => {
    expect(quote('短')).toBe('"短"');
    expect(quote('字'.repeat(50))).toBe(`"${'字'.repeat(30)}…"`);
    expect([quote(7), quote(Number.NaN), quote(-Infinity), quote(true), quote(undefined)]).toEqual(['7', '.nan', '-.inf', 'true', 'nothing']);
    expect(quote(new Date('2026-11-18'))).toBe('2026-11-18');
    expect([quote([]), quote([1, 2]), quote({ year: 1, label: 'x' })]).toEqual(['an empty list', 'a list of 2', 'a mapping (year, label)']);
  });

  test('valueAt follows a dotted path into fields and lists', () => {
    const record = { keyPoints: ['a', 'b'], period: { label: 'x' } };
    expect(valueAt(record, 'keyPoints.1')).toBe('b');
    expect(valueAt(record, 'period.label')).toBe('x');
    expect(valueAt(record, 'period.year')).toBeUndefined();
    expect(valueAt(record, 'title.x')).toBeUndefined();
    expect(valueAt(record, '')).toBe(record);
  });
});

describe('astroIssues', () => {
  test('reads Astro\'s message into issues, each field named once', () => {
    const message = [
      '**stories → compute** data does not match collection schema.',
      '',
      '  **title**: **title**: Required',
      '  **dek**: Too small: expected string to have >=4 characters',
      '  **plan**: **plan**: Did not match union.',
      '> Expected type `"string"`, received `"boolean"`',
      '  ****: expected either "story" or "page"',
      '',
    ].join('\n');
    expect(astroIssues(message)).toEqual([
      { path: 'title', message: 'Required' },
      { path: 'dek', message: 'Too small: expected string to have >=4 characters' },
      { path: 'plan', message: 'Did not match union.\n> Expected type `"string"`, received `"boolean"`' },
      { path: '', message: 'expected either "story" or "page"' },
    ]);
  });

  test('a message that is no list of issues is one issue of the entry', () => {
    expect(astroIssues('**x** went wrong')).toEqual([{ path: '', message: 'x went wrong' }]);
  });
});

describe('issueLine: field: what was found; expected what', () => {
  const fields = { title: 'the headline, a line of text', 'keyPoints.*': 'a key point' };
  const line = (path: string, message: string, record: object = {}) => issueLine({ path, message }, record, fields);

  test('a missing field, with what the field is when known', () => {
    expect(line('title', 'Required')).toBe('title: missing; expected the headline, a line of text');
    expect(line('label', 'Required')).toBe('label: missing; expected a value (the field is required)');
    expect(line('name', 'Invalid input: expected string, received undefined')).toBe('name: missing; expected a line of text');
  });

  test('a value of the wrong type, quoted', () => {
    expect(line('unit', 'Expected type `"string"`, received `"number"`', { unit: 7 })).toBe('unit: got 7; expected a line of text');
    expect(line('tags', 'Expected type `"array"`, received `"string"`', { tags: '算力' })).toBe('tags: got "算力"; expected a list');
    expect(line('plan', 'Did not match union.\n> Expected type `"string"`, received `"boolean"`', { plan: true })).toBe('plan: got true; expected a line of text');
    expect(line('published', 'Expected type `"date"`, received `"object"`', { published: 'soon' })).toBe('published: got "soon"; expected a day written YYYY-MM-DD');
  });

  test('too short, too long, too few: the length found and the limit', () => {
    expect(line('title', 'Too small: expected string to have >=4 characters', { title: '短' })).toBe('title: got "短" (1 character); expected the headline, a line of text (at least 4 characters)');
    expect(line('summary', 'Too big: expected string to have <=160 characters', { summary: '长'.repeat(161) })).toBe(`summary: got "${'长'.repeat(30)}…" (161 characters); expected at most 160 characters`);
    expect(line('sources', 'Too small: expected array to have >=1 items', { sources: [] })).toBe('sources: got 0 items; expected at least 1 item');
    expect(line('year', 'Too small: expected number to be >=1990', { year: 1800 })).toBe('year: got 1800; expected at least 1990');
  });

  test('a value not among the options, and text not in its pattern', () => {
    expect(line('kind', 'Invalid option: expected one of "actual"|"target"', { kind: 'actuals' })).toBe('kind: got "actuals"; expected one of "actual", "target"');
    expect(line('id', 'Invalid string: must match pattern /^[a-z]+$/', { id: 'A' })).toBe('id: got "A"; expected text matching /^[a-z]+$/');
  });

  test('the schema\'s own messages: "expected …" gets what was found; others stand as they are', () => {
    expect(line('keyPoints.2', 'expected at most 60 characters: keep a key point short', { keyPoints: ['a', 'b', '长'.repeat(61)] }))
      .toBe(`keyPoints.2: got "${'长'.repeat(30)}…" (61 characters); expected at most 60 characters: keep a key point short`);
    expect(line('keyPoints', 'expected 2–5 key points (要点)', { keyPoints: ['a'] })).toBe('keyPoints: got a list of 1; expected 2–5 key points (要点)');
    expect(line('source', 'unknown sources id "x"; expected one of: a, b', { source: 'x' })).toBe('source: unknown sources id "x"; expected one of: a, b');
    expect(line('value', 'got "1,400"; expected a finite number for the value', { value: '1,400' })).toBe('value: got "1,400"; expected a finite number for the value');
    expect(line('', 'expected either "story" or "page", not both', { story: 'a', page: 'b/' })).toBe('expected either "story" or "page", not both');
  });
});

test('schemaMessage: one problem on one line after the file; several under a heading, one line each', () => {
  expect(schemaMessage('content/stories/x.mdx', 'the frontmatter does not match the story schema', ['title: missing'])).toBe('content/stories/x.mdx: title: missing');
  expect(schemaMessage('content/data/x.yaml → a', 'does not match the x schema', ['title: missing', 'dek: got "短"'])).toBe('content/data/x.yaml → a: does not match the x schema:\n  title: missing\n  dek: got "短"');
});
