/**
 * Claims belong to their speakers (content/data/claims.yaml): a promotional claim ("国内前三、全球前十",
 * "领跑嘉兴") may appear in a story only inside quotation marks “…”, in a paragraph that cites the
 * source that makes it. Checked on every story by the build (src/lib/data/story-loader.ts).
 */
import { DATA_FILES } from './data/files';
import { storyRefs } from './story-refs';

/** The fields of a claim the rule reads. */
export interface ClaimRule {
  text: string;
  speaker: string;
  source: string;
}

/** Whether position `at` of `text` lies inside a pair of curly quotes “…”. */
function quoted(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at);
  return open !== -1 && text.lastIndexOf('”', at) < open && text.indexOf('”', at) !== -1;
}

/**
 * Every use of a claim in the story's own voice: unquoted, or quoted in a paragraph without a mark
 * of its source (a heading, which cannot carry a mark, needs the quotes only). Frontmatter text
 * (title, dek, key points) is checked as headings are.
 */
export function claimProblems(body: string, claims: Iterable<[id: string, claim: ClaimRule]>): string[] {
  const problems: string[] = [];
  const paragraphs = body.split(/\n\s*\n/);
  for (const [id, claim] of claims) {
    for (const paragraph of paragraphs) {
      let at = paragraph.indexOf(claim.text);
      while (at !== -1) {
        const where = `"${paragraph.slice(Math.max(0, at - 8), at + claim.text.length + 4).replace(/\n/g, ' ')}"`;
        if (!quoted(paragraph, at)) {
          problems.push(`${where}: "${claim.text}" is a claim made by ${claim.speaker} (${DATA_FILES.claims} → ${id}): quote it with “…” and say who makes it`);
        } else if (!/^#/.test(paragraph.trim()) && !storyRefs(paragraph).sourceMarks.includes(claim.source)) {
          problems.push(`${where}: the quoted claim "${claim.text}" needs <SourceMark id="${claim.source}" /> in the same paragraph (${claim.speaker})`);
        }
        at = paragraph.indexOf(claim.text, at + claim.text.length);
      }
    }
  }
  return problems;
}
