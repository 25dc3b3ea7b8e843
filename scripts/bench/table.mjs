/** A Markdown table: header cells, rows of cells; columns whose header ends in ":" are right-aligned. */
export function markdownTable(header, rows) {
  const right = header.map((cell) => cell.endsWith(':'));
  const head = header.map((cell) => cell.replace(/:$/, ''));
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(right.map((r) => (r ? '---:' : '---'))), ...rows.map((row) => line(row.map(String)))].join('\n');
}
