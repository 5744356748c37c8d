/**
 * The same normalization as `normalizeWithOffsets` (without whitespace collapsing), built for
 * large inputs: text that needs no change is copied in whole runs, and the offset map is kept
 * as a short list of edits instead of one number per code unit.
 *
 * Why: `normalizeWithOffsets` allocates per character, which caps a scanner at a few MB/s;
 * most portal text is already NFC with only a few NFD words, `Ð` or invisible characters.
 */
import { VANISHING_CHARACTERS } from './normalize';

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
const INVISIBLE = new RegExp(`^[${VANISHING_CHARACTERS}]$`, 'u');
const COMBINING_MARK = /\p{M}/u;

export interface SparseNormalizedText {
  /** Identical to `normalizeWithOffsets(input).text`. */
  text: string;
  /** Maps a normalized UTF-16 index (0…text.length) to the original index, as `offsets[i]` would. */
  toOriginal(index: number): number;
}

/**
 * Edits, sorted by normalized start, as parallel arrays: a `copy` edit maps one for one (runs
 * copied verbatim and one-unit rewrites such as NBSP → space or Ð → Đ, merged with their
 * neighbours); any other edit (a base character with its marks, composed) maps every
 * normalized index inside it to its original start.
 */
class EditList {
  // Typed arrays grown by doubling: NFD text makes two edits per accented letter, and plain
  // arrays of that length (pushed one by one, then copied into typed ones) cost more than
  // the normalization itself.
  normalizedStarts = new Int32Array(16);
  originalStarts = new Int32Array(16);
  copies = new Uint8Array(16);
  count = 0;
  /** Where the last edit ends, when it is a copy (else -1): a following copy extends it. */
  private copyEndNormalized = -1;
  private copyEndOriginal = -1;

  addCopy(normalizedStart: number, originalStart: number, length: number): void {
    if (length <= 0) return;
    if (normalizedStart !== this.copyEndNormalized || originalStart !== this.copyEndOriginal) {
      this.push(normalizedStart, originalStart, 1);
    }
    this.copyEndNormalized = normalizedStart + length;
    this.copyEndOriginal = originalStart + length;
  }

  addUnit(normalizedStart: number, originalStart: number): void {
    this.push(normalizedStart, originalStart, 0);
    this.copyEndNormalized = -1;
    this.copyEndOriginal = -1;
  }

  private push(normalizedStart: number, originalStart: number, copy: number): void {
    if (this.count === this.copies.length) this.grow();
    this.normalizedStarts[this.count] = normalizedStart;
    this.originalStarts[this.count] = originalStart;
    this.copies[this.count] = copy;
    this.count++;
  }

  private grow(): void {
    const capacity = this.copies.length * 2;
    const normalizedStarts = new Int32Array(capacity);
    normalizedStarts.set(this.normalizedStarts);
    this.normalizedStarts = normalizedStarts;
    const originalStarts = new Int32Array(capacity);
    originalStarts.set(this.originalStarts);
    this.originalStarts = originalStarts;
    const copies = new Uint8Array(capacity);
    copies.set(this.copies);
    this.copies = copies;
  }
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

/** Code units below this may be clean; every one from U+2060 up needs work. */
const CLEAN_TABLE_SIZE = 0x2060;
/**
 * The tables cover every code unit (128 KB each), so the hot loop is one lookup per unit
 * with no range test first.
 */
const FULL_TABLE_SIZE = 0x10000;
/** Table entry for a code unit that may change under normalization (U+FFFF is never clean). */
const NEEDS_WORK_MARK = 0xffff;

function needsWorkAt(code: number): boolean {
  NEEDS_WORK.lastIndex = 0;
  const needs = NEEDS_WORK.test(String.fromCharCode(code));
  NEEDS_WORK.lastIndex = 0;
  return needs;
}

let cleanOnly: Uint16Array | null = null;
/** `NEEDS_WORK` as a table: the code unit itself when clean, `NEEDS_WORK_MARK` when not. */
function cleanOnlyTable(): Uint16Array {
  if (cleanOnly) return cleanOnly;
  const table = new Uint16Array(FULL_TABLE_SIZE).fill(NEEDS_WORK_MARK);
  for (let code = 0; code < CLEAN_TABLE_SIZE; code++) {
    table[code] = needsWorkAt(code) ? NEEDS_WORK_MARK : code;
  }
  return (cleanOnly = table);
}

const cleanFolds = new WeakMap<UnitFold, Uint16Array>();
/** The fold of each clean code unit, `NEEDS_WORK_MARK` for the others: one lookup per unit. */
function cleanFoldTable(fold: UnitFold): Uint16Array {
  let table = cleanFolds.get(fold);
  if (table) return table;
  table = new Uint16Array(FULL_TABLE_SIZE).fill(NEEDS_WORK_MARK);
  const clean = cleanOnlyTable();
  for (let code = 0; code < CLEAN_TABLE_SIZE; code++) {
    table[code] =
      clean[code] === NEEDS_WORK_MARK
        ? NEEDS_WORK_MARK
        : code < fold.table.length
          ? (fold.table[code] ?? code)
          : fold.high(code);
  }
  cleanFolds.set(fold, table);
  return table;
}

/**
 * The hot loop: folds clean code units from `from` on into `folded[index + shift]` and
 * returns the index of the first unit that needs work (or the length).
 */
function foldCleanRun(
  input: string,
  from: number,
  table: Uint16Array,
  folded: Uint16Array,
  shift: number,
): number {
  const length = input.length;
  let index = from;
  for (; index < length; index++) {
    const mapped = table[input.charCodeAt(index)] ?? NEEDS_WORK_MARK;
    if (mapped === NEEDS_WORK_MARK) break;
    folded[index + shift] = mapped;
  }
  return index;
}

/** `foldCleanRun` without a fold: only finds the next unit that needs work. */
function skipCleanRun(input: string, from: number, table: Uint16Array): number {
  const length = input.length;
  let index = from;
  for (; index < length; index++) {
    if (table[input.charCodeAt(index)] === NEEDS_WORK_MARK) break;
  }
  return index;
}

/**
 * A per-code-unit fold applied to the normalized text in the same pass (the references
 * skeleton): `table[code]` below `table.length`, `high(code)` above.
 */
export interface UnitFold {
  table: Uint16Array;
  high(code: number): number;
}

export interface FoldedNormalizedText extends SparseNormalizedText {
  /** `fold` applied to every code unit of `text`, index for index. */
  folded: Uint16Array;
}

/** What one unit (a character with its marks) becomes; `''` when it vanishes. */
function normalizeUnitText(unit: string): string {
  const first = unit[0] ?? '';
  if (INVISIBLE.test(first) && unit.length === 1) return '';
  let result = unit;
  if (SPACE_LIKE.test(first)) result = ' ' + result.slice(1);
  const replacement = LOOKALIKE_LETTERS[first];
  if (replacement) result = replacement + result.slice(1);
  return result.normalize('NFC');
}

/**
 * `normalizeUnitText` of short units, remembered by their code units: NFD text repeats the same
 * few hundred letter-and-marks units, and the regex tests plus `normalize` cost far more than
 * a map lookup. A pure function's memo (bounded), not a cache of anyone's input.
 */
const shortUnits = new Map<number, string>();
const SHORT_UNITS_LIMIT = 4096;

function normalizedUnit(input: string, start: number, end: number): string {
  const unitLength = end - start;
  if (unitLength > 3) return normalizeUnitText(input.slice(start, end));
  // Length and up to three code units in one exact integer (below 2^50).
  let key = 0;
  for (let index = end - 1; index >= start; index--) key = key * 0x10000 + input.charCodeAt(index);
  key = key * 4 + unitLength;
  let unit = shortUnits.get(key);
  if (unit === undefined) {
    unit = normalizeUnitText(input.slice(start, end));
    if (shortUnits.size >= SHORT_UNITS_LIMIT) shortUnits.clear();
    shortUnits.set(key, unit);
  }
  return unit;
}

const identityOffset = (index: number): number => index;

export function normalizeWithSparseOffsets(input: string): SparseNormalizedText {
  NEEDS_WORK.lastIndex = 0;
  if (!NEEDS_WORK.test(input)) {
    // Fast path: nothing to change, offsets are the identity.
    return { text: input, toOriginal: (index) => index };
  }
  return normalizeAndFold(input, null);
}

/**
 * `normalizeWithSparseOffsets` and a one-unit-for-one fold of its result in ONE pass over the
 * input: clean code units are folded as they are read, and only the units that need work
 * (NFD marks, `Ð`, NBSP…) are normalized one by one. Text that needs no work is not copied.
 */
export function normalizeAndFold(
  input: string,
  fold: UnitFold,
  scratch?: Uint16Array,
): FoldedNormalizedText;
export function normalizeAndFold(input: string, fold: UnitFold | null): SparseNormalizedText;
/**
 * `scratch`: a buffer the caller owns, used for `folded` when it is long enough (many short
 * texts in a row then allocate nothing); `folded` is then a view of it, valid until the
 * caller reuses it.
 */
export function normalizeAndFold(
  input: string,
  fold: UnitFold | null,
  scratch?: Uint16Array,
): SparseNormalizedText | FoldedNormalizedText {
  const cleanFold = fold ? cleanFoldTable(fold) : cleanOnlyTable();
  let folded =
    fold && scratch && scratch.length >= input.length
      ? scratch
      : new Uint16Array(fold ? input.length : 0);
  const pieces: string[] = [];
  const edits = new EditList();
  let normalizedLength = 0;
  let copiedUpTo = 0;
  const length = input.length;
  for (let index = 0; index < length; index++) {
    // Clean code units land at the same distance from the start of the current copied run.
    index = fold
      ? foldCleanRun(input, index, cleanFold, folded, normalizedLength - copiedUpTo)
      : skipCleanRun(input, index, cleanFold);
    if (index >= length) break;
    let unitStart = index;
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
    if (unitStart > copiedUpTo) {
      // Space-like characters are units of their own (they need work), so runs copy verbatim.
      pieces.push(input.slice(copiedUpTo, unitStart));
      edits.addCopy(normalizedLength, copiedUpTo, unitStart - copiedUpTo);
      normalizedLength += unitStart - copiedUpTo;
    }
    const firstCode = input.charCodeAt(unitStart);
    let unitEnd =
      unitStart +
      (firstCode >= 0xd800 && firstCode <= 0xdbff && isLowSurrogateAt(input, unitStart + 1)
        ? 2
        : 1);
    // A unit that starts with a mark (no base) still takes the following marks, as the original does.
    while (unitEnd < length && isMarkAt(input, unitEnd)) unitEnd++;
    copiedUpTo = unitEnd;
    index = unitEnd - 1;
    const unit = normalizedUnit(input, unitStart, unitEnd);
    if (unit.length === 0) continue;
    // A one-unit rewrite maps like a copied character: it joins the surrounding run.
    if (unit.length === 1 && unitEnd - unitStart === 1)
      edits.addCopy(normalizedLength, unitStart, 1);
    else edits.addUnit(normalizedLength, unitStart);
    if (fold) {
      // NFC may lengthen a unit (composition exclusions): grow the folded buffer if needed.
      const needed = normalizedLength + unit.length + (length - unitEnd);
      if (needed > folded.length) {
        const grown = new Uint16Array(Math.max(needed, folded.length * 2));
        grown.set(folded.subarray(0, normalizedLength));
        folded = grown;
      }
      for (let offset = 0; offset < unit.length; offset++) {
        const unitCode = unit.charCodeAt(offset);
        folded[normalizedLength + offset] =
          unitCode < fold.table.length ? (fold.table[unitCode] ?? unitCode) : fold.high(unitCode);
      }
    }
    pieces.push(unit);
    normalizedLength += unit.length;
  }
  if (copiedUpTo === 0) {
    // Nothing needed work: the input is its own normalized text, offsets are the identity.
    return fold
      ? { text: input, toOriginal: identityOffset, folded: folded.subarray(0, length) }
      : { text: input, toOriginal: identityOffset };
  }
  if (length > copiedUpTo) {
    pieces.push(input.slice(copiedUpTo));
    edits.addCopy(normalizedLength, copiedUpTo, length - copiedUpTo);
    normalizedLength += length - copiedUpTo;
  }
  const text = pieces.join('');
  const toOriginal = offsetMap(edits, text.length, length);
  return fold
    ? { text, toOriginal, folded: folded.subarray(0, normalizedLength) }
    : { text, toOriginal };
}

/** Normalized index → original index over the edit list (binary search; identity when it can be). */
function offsetMap(
  edits: EditList,
  normalizedLength: number,
  originalLength: number,
): (index: number) => number {
  const starts = edits.normalizedStarts.subarray(0, edits.count);
  const originals = edits.originalStarts.subarray(0, edits.count);
  const copies = edits.copies.subarray(0, edits.count);
  if (starts.length === 1 && copies[0] === 1 && originals[0] === 0 && starts[0] === 0) {
    // Only one-for-one rewrites (NBSP, Ð): every index maps to itself.
    return (index) => (index >= normalizedLength ? originalLength : index);
  }
  return (index) => {
    if (index >= normalizedLength) return originalLength;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= index) low = middle;
      else high = middle - 1;
    }
    if (low >= starts.length) return index;
    const originalStart = originals[low] ?? 0;
    return copies[low] === 1 ? originalStart + (index - (starts[low] ?? 0)) : originalStart;
  };
}
