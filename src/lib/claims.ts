/**
 * Claims belong to their speakers (content/data/claims.yaml): a promotional claim ("国内前三、全球前十",
 * "领跑嘉兴") may appear in a story only inside quotation marks “…”, in a paragraph that cites the
 * source that makes it. Checked on every story by the build (src/lib/data/story-loader.ts).
 */
import { DATA_FILES } from './data/files';
import { attribute, elements, lineOf, readerText, storyTree, walk } from './story-tree';

/** The fields of a claim the rule reads. */
export interface ClaimRule {
  text: string;
  speaker: string;
  source: string;
}

/** A paragraph or heading as the claims rule reads it: its text, the sources its marks cite, its line. */
export interface ClaimParagraph {
  text: string;
  sourceMarks: readonly string[];
  /** A heading (or a frontmatter or data field) cannot carry a source mark: there the quotes suffice. */
  heading: boolean;
  /** The line in the file, for the message. */
  line?: number;
}

/**
 * The paragraphs and headings of a story's body, from its syntax tree (src/lib/story-tree.ts):
 * the text a reader reads in each and the ids of its <SourceMark />s. `lineOffset` turns the
 * body's lines into the file's (src/lib/story-rules.ts, fileLine).
 */
export function storyParagraphs(body: string, lineOffset?: number): ClaimParagraph[] {
  const paragraphs: ClaimParagraph[] = [];
  walk(storyTree(body).root, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    paragraphs.push({
      text: readerText(node),
      sourceMarks: elements(node, 'SourceMark').flatMap((mark) => attribute(mark, 'id')?.text ?? []),
      heading: node.type === 'heading',
      line: lineOffset === undefined ? undefined : lineOffset + lineOf(node),
    });
  });
  return paragraphs;
}

/** Text fields (a story's title, dek and key points, a data file's texts), checked as headings are: the quotes suffice. */
export const textFields = (texts: Iterable<string>): ClaimParagraph[] => [...texts].map((text) => ({ text, sourceMarks: [], heading: true }));

/** Whether position `at` of `text` lies inside a pair of curly quotes “…”. */
function quoted(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at);
  return open !== -1 && text.lastIndexOf('”', at) < open && text.indexOf('”', at) !== -1;
}

/**
 * Every use of a claim in the story's own voice: unquoted, or quoted in a paragraph without a mark
 * of its source (a heading, which cannot carry a mark, needs the quotes only). Straight quotes
 * "…" count as curly ones: the build prints them as “…” (smart quotes, src/lib/story-tree.ts).
 */
export function claimProblems(paragraphs: Iterable<ClaimParagraph>, claims: Iterable<[id: string, claim: ClaimRule]>): string[] {
  const problems: string[] = [];
  const list = [...paragraphs];
  for (const [id, claim] of claims) {
    for (const paragraph of list) {
      const { text } = paragraph;
      let at = text.indexOf(claim.text);
      while (at !== -1) {
        const where = `${paragraph.line === undefined ? '' : `line ${paragraph.line}: `}"${text.slice(Math.max(0, at - 8), at + claim.text.length + 4).replace(/\n/g, ' ')}"`;
        if (!quoted(text, at)) {
          problems.push(`${where}: "${claim.text}" is a claim made by ${claim.speaker} (${DATA_FILES.claims} → ${id}): quote it with “…” and say who makes it`);
        } else if (!paragraph.heading && !paragraph.sourceMarks.includes(claim.source)) {
          problems.push(`${where}: the quoted claim "${claim.text}" needs <SourceMark id="${claim.source}" /> in the same paragraph (${claim.speaker})`);
        }
        at = text.indexOf(claim.text, at + claim.text.length);
      }
    }
  }
  return problems;
}
