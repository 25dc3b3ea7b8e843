import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { glossaryTerms } from '../../src/lib/glossary-terms';
import { ROOT } from '../helpers/project-copy';
import { siteDataFromFiles } from '../helpers/site-data';

type Node = { type: string; name?: string; attributes: { type: string; name: string; value: unknown }[]; text: string };

/** Runs the plugin over <Term> marks of a story file at `file` (from the project root), as Sätteri would, and returns what each became. */
function run(file: string, marks: { text: string; id?: string }[]) {
  const plugin = glossaryTerms({ sourceFormat: 'mdx', fileURL: pathToFileURL(join(ROOT, file)) } as never)!;
  return marks.map(({ text, id }) => {
    const node: Node = { type: 'mdxJsxTextElement', name: 'Term', attributes: id === undefined ? [] : [{ type: 'mdxJsxAttribute', name: 'id', value: id }], text };
    let result: unknown = node;
    const context = { textContent: (n: Node) => n.text, replaceNode: (_old: Node, replacement: unknown) => { result = replacement; } };
    (plugin.mdxJsxTextElement as unknown as (n: Node, c: typeof context) => void)(node, context);
    const replaced = result as Node | { type: 'text'; value: string };
    if (replaced.type === 'text') return { text: (replaced as { value: string }).value };
    return { entry: (replaced as Node).attributes.find((attr) => attr.name === 'entry')?.value };
  });
}

describe('glossaryTerms: the first mark of each glossary entry links to it', () => {
  const [first, second] = [...siteDataFromFiles().glossary.values()];
  test('a Chinese story names the entry by its term; the second mark is plain text', () => {
    expect(run('content/stories/x.mdx', [{ text: first!.term }, { text: first!.term }])).toEqual([{ entry: first!.id }, { text: first!.term }]);
  });
  test('an English story (content/stories/en/) names it by id, whatever its text', () => {
    expect(run('content/stories/en/x.mdx', [{ text: 'a term in English', id: second!.id }, { text: 'again', id: second!.id }, { text: 'unknown', id: 'no-such-entry' }]))
      .toEqual([{ entry: second!.id }, { text: 'again' }, { entry: undefined }]);
  });
});
