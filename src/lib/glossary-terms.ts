/**
 * A Markdown plugin for stories (Sätteri, Astro's Markdown processor, which MDX inherits): the
 * first <Term> of each glossary entry in a story links to it (it gets `entry="<id>"`, and
 * src/components/story/Term.astro draws the link); later marks of the same entry become plain
 * text. It runs on the MDX syntax tree, in the order of the text. A term the glossary lacks is left
 * as it is: the story loader has already refused it, by name. The glossary is read for each
 * story compiled, with the loaders' reader (no cache: a saved glossary edit is seen at once).
 */
import { fileURLToPath } from 'node:url';
import { dirname, sep } from 'node:path';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { readDataFile } from './data/files';
import { termIndex } from './glossary';

/**
 * The project root of a story file: the folder above content/ of content/stories/<file>.mdx or
 * content/stories/en/<file>.mdx (no file: the working directory).
 */
function rootOf(file: URL | undefined): string {
  if (!file) return process.cwd();
  const path = fileURLToPath(file).split(sep).join('/');
  const at = path.lastIndexOf('/content/stories/');
  return at === -1 ? dirname(dirname(dirname(path))) : path.slice(0, at) || '/';
}

/** A plugin factory: Sätteri calls it once per document, so each story has its own "first use". */
export function glossaryTerms(context: PluginFactoryContext): MdastPluginDefinition | null {
  if (context.sourceFormat !== 'mdx') return null;
  const root = rootOf(context.fileURL);
  const index = termIndex(readDataFile(root, 'glossary').records.map(({ id, data }) => [id, data as { term: string; aliases?: string[] }]));
  const ids = new Set(index.values());
  const seen = new Set<string>();
  return {
    name: 'glossary-terms',
    mdxJsxTextElement(node, ctx) {
      if (node.name !== 'Term') return;
      const text = ctx.textContent(node).trim();
      // <Term id="suanli">computing power</Term> (English edition) names its entry; <Term>算力</Term> by its text.
      const named = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'id')?.value;
      const entry = typeof named === 'string' ? (ids.has(named) ? named : undefined) : index.get(text);
      if (entry === undefined) return;
      if (seen.has(entry)) {
        ctx.replaceNode(node, { type: 'text', value: text });
        return;
      }
      seen.add(entry);
      ctx.replaceNode(node, { ...node, attributes: [...node.attributes, { type: 'mdxJsxAttribute', name: 'entry', value: entry }] });
    },
  };
}
