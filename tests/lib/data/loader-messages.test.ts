/**
 * What the two loaders make of the errors Astro hands them: a story's frontmatter that is not YAML
 * or does not match the schema, a data record that does not match, and any other error (passed on
 * as it is). Astro's errors are built here as Astro 7 builds them (the slow tests in
 * tests/content/ run the real thing).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { afterEach, describe, expect, test } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { frontmatterError, StoryError } from '../../../src/lib/data/story-loader';
import { yamlCollection } from '../../../src/lib/data/yaml-loader';
import { DataFileError } from '../../../src/lib/data/files';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));
const project = (files: Record<string, string>) => {
  root = mkdtempSync(join(tmpdir(), 'jx-loader-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
};

/** Astro's InvalidContentEntryDataError: "  **path**: message" per issue, Astro's error map having put the path in front of some messages already. */
const schemaError = (file: string, lines: string[]) => Object.assign(new Error(['**x → y** data does not match collection schema.', '', ...lines, ''].join('\n')), {
  name: 'InvalidContentEntryDataError',
  loc: { file },
});

describe('frontmatterError', () => {
  test('a frontmatter that is not YAML: the file, line and column, the reason and the line, once', () => {
    const text = '---\ntitle: 标题\n  dek: 说明\n---\n正文\n';
    project({ 'content/stories/x.mdx': text });
    // As @astrojs/mdx throws it: js-yaml's error on the frontmatter (from the end of the first ---), message cut to the reason.
    let error: unknown;
    try {
      yaml.load(text.slice(3, text.indexOf('---', 3)));
    } catch (thrown) {
      error = Object.assign(thrown as Error, { id: join(root, 'content/stories/x.mdx'), message: (thrown as { reason: string }).reason });
    }
    const reported = frontmatterError(error, root, './content/stories') as Error;
    expect(reported).toBeInstanceOf(StoryError);
    expect(reported.message).toBe('content/stories/x.mdx:3:6: not valid YAML: bad indentation of a mapping entry\n  3 |   dek: 说明\n    |      ^');
    expect(reported.stack).toBe('');
  });

  test('a frontmatter that does not match the schema: one line per field, named once, with what was found and what is expected', () => {
    project({ 'content/stories/x.mdx': '---\ndek: 短\ntags: 算力\n---\n正文\n' });
    const file = join(root, 'content/stories/x.mdx');
    const one = frontmatterError(schemaError(file, ['  **title**: **title**: Required']), root, './content/stories') as Error;
    expect(one.message).toBe('content/stories/x.mdx: title: missing; expected the headline, a line of text');
    const several = frontmatterError(schemaError(file, [
      '  **title**: **title**: Required',
      '  **dek**: Too small: expected string to have >=4 characters',
      '  **tags**: **tags**: Expected type `"array"`, received `"string"`',
    ]), root, './content/stories') as Error;
    expect(several.message).toBe([
      'content/stories/x.mdx: the frontmatter does not match the story schema:',
      '  title: missing; expected the headline, a line of text',
      '  dek: got "短" (1 character); expected the standfirst under the headline, a sentence (at least 4 characters)',
      '  tags: got "算力"; expected a list of tags, e.g. [算力, 人工智能]',
    ].join('\n'));
  });

  test('other errors pass unchanged', () => {
    const other = new DataFileError('content/data/figures.yaml:3:1: not valid YAML: x');
    expect(frontmatterError(other, '/', './content/stories')).toBe(other);
  });
});

describe('yamlCollection', () => {
  const load = (parseData: (record: { id: string; data: Record<string, unknown> }) => Promise<unknown>) => yamlCollection('plans').load({
    config: { root: pathToFileURL(`${root}/`) },
    store: { clear: () => {}, set: () => true },
    parseData,
    logger: {},
  } as unknown as LoaderContext);

  test('records that do not match: each field named once, with what was found', async () => {
    project({ 'content/data/plans.yaml': '- id: a\n  year: 二〇二二\n- id: b\n  year: 2022\n' });
    await expect(load(async ({ id }) => {
      throw id === 'a'
        ? schemaError('', ['  **name**: **name**: Required', '  **year**: **year**: Expected type `"number"`, received `"string"`'])
        : schemaError('', ['  **name**: **name**: Required']);
    })).rejects.toThrow([
      'content/data/plans.yaml: 2 problems, fix each:',
      '',
      'content/data/plans.yaml → a: does not match the plans schema:',
      '  name: missing; expected a value (the field is required)',
      '  year: got "二〇二二"; expected a number',
      '',
      'content/data/plans.yaml → b: name: missing; expected a value (the field is required)',
    ].join('\n'));
  });

  test('an error that is not a schema mismatch is passed on as it is, once, not one per record', async () => {
    project({ 'content/data/plans.yaml': '- id: a\n- id: b\n- id: c\n' });
    const broken = new DataFileError('content/data/sources.yaml:12:5: not valid YAML: bad indentation of a mapping entry');
    await expect(load(async () => { throw broken; })).rejects.toBe(broken);
  });
});
