import { isWhiteSpaceCode } from '@govclip/core';

/**
 * `text.slice(from, to).replace(/\s+/gu, ' ').trim()` in one pass without a regex: a card's
 * excerpt and ~27 citation passages per article are flattened on every save and restore, and
 * the regex replace cost ~4 µs per short passage (most of building an article's citations).
 * Single spaces are kept in place; only runs of other white space are rebuilt.
 */
export function collapseWhiteSpace(text: string, from = 0, to = text.length): string {
  let start = from;
  while (start < to && isWhiteSpaceCode(text.charCodeAt(start))) start++;
  let end = to;
  while (end > start && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
  let collapsed = '';
  let pieceStart = start;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (!isWhiteSpaceCode(code)) continue;
    // `end` is not white space, so index + 1 < end here.
    if (code === 0x20 && !isWhiteSpaceCode(text.charCodeAt(index + 1))) continue;
    let runEnd = index + 1;
    while (isWhiteSpaceCode(text.charCodeAt(runEnd))) runEnd++;
    collapsed += `${text.slice(pieceStart, index)} `;
    pieceStart = runEnd;
    index = runEnd - 1;
  }
  return collapsed + text.slice(pieceStart, end);
}
