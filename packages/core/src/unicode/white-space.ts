/**
 * True for the characters of the regex class `\s` (and of `String.prototype.trim`): ECMAScript
 * WhiteSpace (tab, VT, FF, ZWNBSP, every Zs space) and LineTerminator (LF, CR, LS, PS). A test by
 * code for loops that must not build a match per character; tested against `/\s/` over every
 * code unit.
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
