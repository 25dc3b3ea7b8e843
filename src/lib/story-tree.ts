/**
 * A story's text as the build reads it: the MDX syntax tree of Sätteri, the parser @astrojs/mdx
 * renders the page with, with the same features (GFM tables, smart quotes). The editorial rules
 * (src/lib/story-rules.ts, story-refs.ts, claims.ts, glossary.ts) run on this tree, so they see
 * what the page shows: a <Figure> in a code span or an MDX comment is no figure, a tag written
 * over three lines is one tag, and every node knows its line for the rule's message.
 * Pure functions over the body text: no Astro, no file system.
 */
import { mdxToMdast, type MdastNode, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';

/** The self-closing story components that MDX accepts without an import (src/components/story/mdx-components.ts). */
export const STORY_COMPONENTS = ['Figure', 'SourceMark', 'ClusterRoster', 'Inferred'] as const;

export type StoryNode = MdastNode;
export type StoryRoot = Extract<MdastNode, { type: 'root' }>;
/** A component or HTML tag in the text, as a block of its own (flow) or inside a paragraph (text). */
export type StoryElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A story component written as an open tag (<Figure id="x">), read as if it were closed. */
export interface UnclosedTag {
  /** The body line (1 = the body's first line). */
  line: number;
  /** The tag as written, e.g. <Figure id="x">. */
  tag: string;
}

/** A story's body, parsed. */
export interface StoryTree {
  root: StoryRoot;
  /** The text the tree was parsed from: the body, with each unclosed story component closed. */
  source: string;
  unclosed: UnclosedTag[];
  /** A mistake the parser cannot read past (the build could not render the page); the root is then empty. */
  error?: { line: number; column: number; reason: string };
}

/** The features the build parses stories with (@astrojs/markdown-satteri's defaults: gfm and smartypants on). */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

/** Sätteri's message "3:1: Expected a closing tag for `<Figure>` (3:1) (mdx-jsx:unexpected-character)", read. */
function syntaxError(error: unknown): { line: number; column: number; reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/.exec(message);
  return match ? { line: Number(match[1]), column: Number(match[2]), reason: match[3]! } : { line: 1, column: 1, reason: message };
}

/** The offset of a line and column (both 1-based) in a text. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/** The index of the `>` that ends the tag starting at `start`, skipping quoted values and {expressions}; -1 if none. */
function tagEnd(text: string, start: number): number {
  let quote = '';
  let depth = 0;
  for (let at = start + 1; at < text.length; at++) {
    const char = text[at]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '{') {
      depth++;
    } else if (char === '}') {
      depth--;
    } else if (char === '>' && depth === 0) {
      return at;
    }
  }
  return -1;
}

const cache = new Map<string, StoryTree>();

/**
 * A story's body as the build parses it (cached: every rule asks for the same few bodies). A story
 * component left open (<Figure id="x"> instead of <Figure id="x" />), which MDX refuses, is noted
 * and read as closed, so that the rules still report everything else at once.
 */
export function storyTree(body: string): StoryTree {
  const cached = cache.get(body);
  if (cached) return cached;
  const unclosed: UnclosedTag[] = [];
  let source = body;
  let tree: StoryTree | undefined;
  while (!tree) {
    try {
      tree = { root: mdxToMdast(source, { features: FEATURES }) as StoryRoot, source, unclosed };
    } catch (thrown) {
      const error = syntaxError(thrown);
      const open = /^Expected a closing tag for `<([A-Za-z]+)>` \((\d+):(\d+)\)/.exec(error.reason);
      const start = open ? offsetOf(source, Number(open[2]), Number(open[3])) : -1;
      const end = start === -1 ? -1 : tagEnd(source, start);
      const repairable = open && (STORY_COMPONENTS as readonly string[]).includes(open[1]!) && source.startsWith(`<${open[1]}`, start) && end !== -1 && source[end - 1] !== '/';
      if (!repairable || unclosed.length >= 100) {
        tree = { root: { type: 'root', children: [] }, source, unclosed, error };
      } else {
        unclosed.push({ line: Number(open[2]), tag: source.slice(start, end + 1) });
        source = `${source.slice(0, end).trimEnd()} />${source.slice(end + 1)}`;
      }
    }
  }
  unclosed.sort((a, b) => a.line - b.line);
  if (cache.size >= 64) cache.clear();
  cache.set(body, tree);
  return tree;
}

/** Whether a node has children. */
const isParent = (node: StoryNode): node is Extract<StoryNode, { children: unknown }> => 'children' in node;

/**
 * Calls `visit` on a node and its descendants, in the order of the text (depth first), each with
 * its ancestors (nearest last). Returning false from `visit` stops the walk.
 */
export function walk(node: StoryNode, visit: (node: StoryNode, ancestors: readonly StoryNode[]) => boolean | void, ancestors: StoryNode[] = []): boolean {
  if (visit(node, ancestors) === false) return false;
  if (!isParent(node)) return true;
  ancestors.push(node);
  try {
    for (const child of node.children as StoryNode[]) if (!walk(child, visit, ancestors)) return false;
  } finally {
    ancestors.pop();
  }
  return true;
}

/** The components or HTML tags named `name` (all of them without a name) under a node, in the order of the text. */
export function elements(node: StoryNode, name?: string): StoryElement[] {
  const found: StoryElement[] = [];
  walk(node, (child) => {
    if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && (name === undefined || child.name === name)) found.push(child);
  });
  return found;
}

/** What an attribute says: its text, or for an {expression} that is not a plain string, only what is written. */
export interface AttributeValue {
  /** The value as text: id="x", id='x' and id={"x"} all give "x". Undefined for any other expression. */
  text?: string;
  /** The value as written in the tag: "x" or {…}. */
  written: string;
}

/** A JavaScript string literal ("x", 'x' or `x` without ${…}) as its text; undefined for any other expression. */
function stringLiteral(expression: string): string | undefined {
  const code = expression.trim();
  if (/^"(?:[^"\\\n]|\\.)*"$/.test(code)) return JSON.parse(code) as string;
  return /^'([^'\\\n]*)'$/.exec(code)?.[1] ?? /^`([^`\\$]*)`$/.exec(code)?.[1];
}

/** The value of an element's attribute `name`; undefined when the attribute is absent. */
export function attribute(element: StoryElement, name: string): AttributeValue | undefined {
  const found = element.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
  if (!found || found.type !== 'mdxJsxAttribute') return undefined;
  const value = found.value;
  if (value === null || value === undefined) return { text: '', written: '' };
  if (typeof value === 'string') return { text: value, written: JSON.stringify(value) };
  return { text: stringLiteral(value.value), written: `{${value.value}}` };
}

/** The body line a node starts on (1 = the body's first line). */
export const lineOf = (node: StoryNode): number => node.position?.start.line ?? 1;

/** The opening tag of an element as written in the story, e.g. <Figure id="x"> or <Figure id="x" />. */
export function openingTag(tree: StoryTree, element: StoryElement): string {
  const start = element.position?.start.offset;
  if (start === undefined) return `<${element.name ?? ''}>`;
  const end = tagEnd(tree.source, start);
  return tree.source.slice(start, end === -1 ? undefined : end + 1);
}

/** Whether an element is written as one self-closing tag (<Figure id="x" />), not with a closing tag. */
export function selfClosing(tree: StoryTree, element: StoryElement): boolean {
  return openingTag(tree, element).endsWith('/>');
}

/** Nodes whose children are phrasing (run on in one line of text); other parents hold blocks. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement', 'superscript', 'subscript']);

/**
 * The text a reader reads in a node: its words, code spans and the text inside components
 * (<Term>算力</Term> reads 算力), but not comments and other {expressions}, import and export
 * lines, tag names and attributes, link addresses or image descriptions. Blocks are separated by
 * a blank line, so that no phrase runs on from one paragraph into the next.
 */
export function readerText(node: StoryNode): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'break':
      return '\n';
    default:
      if (!isParent(node)) return '';
      return (node.children as StoryNode[]).map(readerText).filter((text) => text !== '').join(PHRASING_PARENTS.has(node.type) ? '' : '\n\n');
  }
}

/** The text a reader reads in a node before `target` (a descendant), e.g. a paragraph's words before its figure. */
export function readerTextBefore(node: StoryNode, target: StoryNode): string {
  let text = '';
  walk(node, (child) => {
    if (child === target) return false;
    if (child.type === 'text' || child.type === 'inlineCode' || child.type === 'code') text += child.value;
  });
  return text;
}
