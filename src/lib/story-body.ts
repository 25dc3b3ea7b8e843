/**
 * The rendered body of a story, tidied before it reaches the page: a source mark keeps to the word
 * it follows. English stories write a space before it ("…cards. <SourceMark id="x" />"), where a
 * line could break and leave the mark alone at the start of the next line; the space goes (the
 * mark's CSS word joiner, src/styles/global.css, then holds it to the word). Chinese has no space.
 */
export function joinSourceMarks(html: string): string {
  return html.replace(/[ \t\r\n]+(?=<sup class="source-mark")/g, '');
}
