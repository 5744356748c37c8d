/**
 * The same normalization as `normalizeWithOffsets` (without whitespace collapsing), built for
 * large inputs: text that needs no change is copied in whole runs, and the offset map is kept
 * as a short list of edits instead of one number per code unit.
 *
 * Why: `normalizeWithOffsets` allocates per character, which caps a scanner at a few MB/s;
 * most portal text is already NFC with only a few NFD words, `Ð` or invisible characters.
 */

/** Code points that `normalizeWithOffsets` rewrites one for one. */
const LOOKALIKE_LETTERS: Readonly<Record<string, string>> = {
  '\u00D0': '\u0110',
  '\u00F0': '\u0111',
  '\u0189': '\u0110',
};

/**
 * Anything that may change under normalization: combining marks (NFD text), Đ look-alikes,
 * invisible characters, and code points outside the ranges Vietnamese text lives in (a few
 * of those, like U+212B or U+2000, change under NFC or are exotic spaces).
 */
// One negated class (what may stay as is), not a Unicode-mode pattern: a plain class scan is
// several times faster over megabytes. Every combining mark (U+0300 and up) falls outside the
// allowed ranges; the holes are NBSP, soft hyphen and the Đ look-alikes; tabs and form feeds
// (space-like) are below the space.
const NEEDS_WORK =
  /[^\n\r -\u009F\u00A1-\u00AC\u00AE-\u00CF\u00D1-\u00EF\u00F1-\u0188\u018A-\u02FF\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E]/g;
const SPACE_LIKE = /^[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/u;
const INVISIBLE = /^[\u200B-\u200D\u2060\uFEFF\u00AD]$/u;
const COMBINING_MARK = /\p{M}/u;

export interface SparseNormalizedText {
  /** Identical to `normalizeWithOffsets(input).text`. */
  text: string;
  /** Maps a normalized UTF-16 index (0…text.length) to the original index, as `offsets[i]` would. */
  toOriginal(index: number): number;
}

/**
 * Edits: sorted by normalized start. `copy` runs map one for one; a `unit` (a base character
 * with its marks, or a rewritten character) maps every normalized index inside it to its start.
 */
interface Edit {
  normalizedStart: number;
  originalStart: number;
  normalizedLength: number;
  copy: boolean;
}

/** Combining mark at `index`? The Vietnamese tone and hat marks (U+0300–U+036F) without a regex. */
function isMarkAt(input: string, index: number): boolean {
  const code = input.charCodeAt(index);
  if (code < 0x0300) return false;
  if (code <= 0x036f) return true;
  return COMBINING_MARK.test(input[index] ?? '');
}

function isLowSurrogateAt(input: string, index: number): boolean {
  const code = input.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

export function normalizeWithSparseOffsets(input: string): SparseNormalizedText {
  NEEDS_WORK.lastIndex = 0;
  if (!NEEDS_WORK.test(input)) {
    // Fast path: nothing to change, offsets are the identity.
    return { text: input, toOriginal: (index) => index };
  }
  NEEDS_WORK.lastIndex = 0;
  const pieces: string[] = [];
  const edits: Edit[] = [];
  let normalizedLength = 0;
  let copiedUpTo = 0;
  const pushCopy = (from: number, to: number): void => {
    if (to <= from) return;
    // Space-like characters are units of their own (NEEDS_WORK finds them), so runs copy verbatim.
    const piece = input.slice(from, to);
    edits.push({
      normalizedStart: normalizedLength,
      originalStart: from,
      normalizedLength: piece.length,
      copy: true,
    });
    pieces.push(piece);
    normalizedLength += piece.length;
  };
  let match: RegExpExecArray | null;
  while ((match = NEEDS_WORK.exec(input)) !== null) {
    let unitStart = match.index;
    if (unitStart < copiedUpTo) continue;
    if (isMarkAt(input, unitStart)) {
      // The unit starts at the base character before the marks (if not already emitted).
      let base = unitStart - 1;
      if (
        base >= copiedUpTo &&
        base >= 0 &&
        isLowSurrogateAt(input, base) &&
        base - 1 >= copiedUpTo
      )
        base -= 1;
      while (base >= copiedUpTo && base >= 0 && isMarkAt(input, base)) base -= 1;
      if (base >= copiedUpTo && base >= 0) unitStart = base;
    }
    pushCopy(copiedUpTo, unitStart);
    const firstCodePoint = input.codePointAt(unitStart) ?? 0;
    let unitEnd = unitStart + (firstCodePoint > 0xffff ? 2 : 1);
    // A unit that starts with a mark (no base) still takes the following marks, as the original does.
    while (unitEnd < input.length && isMarkAt(input, unitEnd)) unitEnd++;
    let unit = input.slice(unitStart, unitEnd);
    copiedUpTo = unitEnd;
    NEEDS_WORK.lastIndex = unitEnd;
    const first = unit[0] ?? '';
    if (INVISIBLE.test(first) && unit.length === 1) continue;
    if (SPACE_LIKE.test(first)) unit = ' ' + unit.slice(1);
    const replacement = LOOKALIKE_LETTERS[first];
    if (replacement) unit = replacement + unit.slice(1);
    unit = unit.normalize('NFC');
    edits.push({
      normalizedStart: normalizedLength,
      originalStart: unitStart,
      normalizedLength: unit.length,
      copy: false,
    });
    pieces.push(unit);
    normalizedLength += unit.length;
  }
  pushCopy(copiedUpTo, input.length);
  const text = pieces.join('');
  const starts = Int32Array.from(edits, (edit) => edit.normalizedStart);
  const toOriginal = (index: number): number => {
    if (index >= text.length) return input.length;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= index) low = middle;
      else high = middle - 1;
    }
    const edit = edits[low];
    if (!edit) return index;
    return edit.copy ? edit.originalStart + (index - edit.normalizedStart) : edit.originalStart;
  };
  return { text, toOriginal };
}
