/**
 * True for the characters of the regex class `\s` (and of `String.prototype.trim`): ECMAScript
 * WhiteSpace (tab, VT, FF, ZWNBSP, every Zs space) and LineTerminator (LF, CR, LS, PS). Tested
 * against `/\s/` over every code unit.
 */
export function isWhiteSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

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
