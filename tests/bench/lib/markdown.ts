/** Markdown output of the benchmarks: tables the lead can paste into the README as they are. */

export type Cell = string | number;

function escapeCell(cell: Cell): string {
  return String(cell).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A GitHub-flavoured Markdown table; columns listed in `rightAligned` are numeric. */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  rightAligned: readonly number[] = [],
): string {
  const line = (cells: readonly Cell[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  const rule = headers.map((_, index) => (rightAligned.includes(index) ? '---:' : '---'));
  return [line(headers), `|${rule.join('|')}|`, ...rows.map(line)].join('\n');
}
