/**
 * Vietnamese text normalization with an offset map back to the original string.
 *
 * Portal text arrives in NFD (decomposed tone marks), with the Icelandic `Ð` (U+00D0) typed for
 * `Đ` (U+0110), with no-break and other exotic spaces. Matching code works on the normalized
 * form; anything shown to the user (highlights, spans) must point into the ORIGINAL string,
 * so every normalized UTF-16 index maps back to an original index.
 */

/** Letters that look like Vietnamese đ/Đ but are other code points. */
const LOOKALIKE_LETTERS: Readonly<Record<string, string>> = {
  '\u00D0': '\u0110', // Ð (Icelandic eth, capital) → Đ
  '\u00F0': '\u0111', // ð (Icelandic eth, small) → đ
  '\u0189': '\u0110', // Ɖ (African D) → Đ
};

/** Spaces other than U+0020 that appear in portal text (NBSP, narrow NBSP, thin, ideographic…). */
const SPACE_LIKE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/u;
/**
 * Characters that vanish (zero-width space/joiners, BOM, soft hyphen), as the body of a regex
 * character class: the one list both normalizers and `isVanishingCode` are built from.
 */
export const VANISHING_CHARACTERS = String.raw`\u200B-\u200D\u2060\uFEFF\u00AD`;
const INVISIBLE = new RegExp(`[${VANISHING_CHARACTERS}]`, 'u');
const ALL_INVISIBLE = new RegExp(`[${VANISHING_CHARACTERS}]`, 'gu');

/** Whether normalization drops this code unit. */
export function isVanishingCode(code: number): boolean {
  return INVISIBLE.test(String.fromCharCode(code));
}
const COMBINING_MARK = /\p{M}/u;

export interface NormalizeOptions {
  /** Collapse every run of white space (including line breaks) into one U+0020. Default false. */
  collapseWhitespace?: boolean;
}

export interface NormalizedText {
  /** The normalized text: NFC, Đ look-alikes fixed, exotic spaces as U+0020. */
  text: string;
  /**
   * `offsets[i]` is the index in the original string where normalized code unit `i` comes from;
   * `offsets[text.length]` is the original length, so end offsets map too.
   */
  offsets: Uint32Array;
}

/**
 * Normalizes `input` and keeps a map from every normalized UTF-16 index to the original.
 * Runs in linear time; one base character plus its combining marks is the unit of mapping.
 */
export function normalizeWithOffsets(
  input: string,
  options: NormalizeOptions = {},
): NormalizedText {
  const collapse = options.collapseWhitespace ?? false;
  const out: string[] = [];
  const offsets: number[] = [];
  let previousWasSpace = false;
  let i = 0;
  while (i < input.length) {
    const start = i;
    const codePoint = input.codePointAt(i) ?? 0;
    i += codePoint > 0xffff ? 2 : 1;
    // Take the combining marks that follow as part of this unit.
    while (i < input.length && COMBINING_MARK.test(input[i] ?? '')) i++;
    let unit = input.slice(start, i);
    const first = unit[0] ?? '';
    if (INVISIBLE.test(first) && unit.length === 1) continue;
    if (SPACE_LIKE.test(first)) unit = ' ' + unit.slice(1);
    const replacement = LOOKALIKE_LETTERS[first];
    if (replacement) unit = replacement + unit.slice(1);
    unit = unit.normalize('NFC');
    const isSpace = /^\s$/u.test(unit);
    if (collapse && isSpace) {
      if (previousWasSpace) continue;
      unit = ' ';
    }
    previousWasSpace = isSpace;
    for (let k = 0; k < unit.length; k++) {
      out.push(unit[k] ?? '');
      offsets.push(start);
    }
  }
  offsets.push(input.length);
  return { text: out.join(''), offsets: Uint32Array.from(offsets) };
}

/** Normalized text without the offset map: NFC, Đ look-alikes fixed, exotic spaces as U+0020. */
export function normalizeText(input: string, options: NormalizeOptions = {}): string {
  let text = input.normalize('NFC');
  text = text.replace(/[\u00D0\u00F0\u0189]/gu, (c) => LOOKALIKE_LETTERS[c] ?? c);
  text = text.replace(ALL_INVISIBLE, '');
  text = text.replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/gu, ' ');
  if (options.collapseWhitespace) text = text.replace(/\s+/gu, ' ');
  return text;
}

/** Collapses white space (including NBSP and line breaks) to single spaces and trims. */
export function collapseWhitespace(input: string): string {
  return input.replace(/[\s\u00A0\u202F\u2000-\u200B\uFEFF]+/gu, ' ').trim();
}

/**
 * Folds text for diacritic-insensitive search: NFD, combining marks removed, `đ`→`d`,
 * lower case. `Nghị quyết` and `nghi quyet` fold to the same string. Length may change.
 */
export function foldForSearch(input: string): string {
  return foldNormalizedForSearch(normalizeText(input));
}

/**
 * `foldForSearch` for text that `normalizeText` would not change (already NFC, Đ look-alikes,
 * invisible characters and exotic spaces already fixed): skips those four passes.
 */
export function foldNormalizedForSearch(normalized: string): string {
  const table = (latinFolds ??= buildLatinFolds());
  // Latin text (Vietnamese included) folds character by character: NFD, mark removal, đ→d
  // and lower-casing have no context there. Anything else takes the four whole-text passes.
  let folded = '';
  for (let index = 0; index < normalized.length; index++) {
    const fold = table[rangeTableIndex(LATIN_RANGES, normalized.charCodeAt(index))];
    if (fold === undefined) return foldWholeText(normalized);
    folded += fold;
  }
  return folded;
}

function foldWholeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase();
}

/** Basic Latin to Latin Extended-B, the combining marks, and Latin Extended Additional. */
const LATIN_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x024f],
  [0x0300, 0x036f],
  [0x1e00, 0x1eff],
];
/** Index of a code unit in a table laid out range after range, or -1 outside the ranges. */
function rangeTableIndex(ranges: readonly (readonly [number, number])[], code: number): number {
  let offset = 0;
  for (const [from, to] of ranges) {
    if (code >= from && code <= to) return offset + code - from;
    offset += to - from + 1;
  }
  return -1;
}
let latinFolds: (string | undefined)[] | null = null;
/** The whole-text fold of each Latin code unit on its own (computed, not typed in). */
function buildLatinFolds(): (string | undefined)[] {
  const table: (string | undefined)[] = [];
  for (const [from, to] of LATIN_RANGES) {
    for (let code = from; code <= to; code++) table.push(foldWholeText(String.fromCharCode(code)));
  }
  return table;
}

/** Splits text into folded search terms (letters and digits; `03-NQ/TU` → `03`, `nq`, `tu`). */
export function searchTerms(input: string): string[] {
  return latinSearchTerms(input) ?? searchTermsOfWholeText(input);
}

/** The definition of `searchTerms`: fold the whole text, then take its letter/digit runs. */
export function searchTermsOfWholeText(input: string): string[] {
  return foldForSearch(input).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** How a code unit takes part in a term once folded on its own (see `buildTermFolds`). */
const TERM_OTHER = 0; // its fold mixes letters and other characters: the whole-text path
const TERM_WORD = 1; // part of a term
const TERM_GAP = 2; // ends a term
const TERM_NONE = 3; // adds nothing (marks, soft hyphen)

/**
 * The Latin ranges plus General Punctuation (curly quotes, dashes, ellipsis, exotic and
 * zero-width spaces), which Vietnamese articles use on almost every line: every code unit
 * below this, indexed directly (a range lookup per character cost a third of the fold).
 */
const TERM_TABLE_SIZE = 0x2070;

interface TermFolds {
  roles: Uint8Array;
  /** The fold of each word unit (letters and digits); '' elsewhere. */
  folds: string[];
}
let termFolds: TermFolds | null = null;

/**
 * The fold of each code unit of the table on its own, through the whole `foldForSearch` (so
 * NFC/NFD, `Ð` look-alikes, NBSP and soft hyphens behave as in the whole-text path), and its
 * role in a term. Units outside the Latin ranges and General Punctuation stay `TERM_OTHER`:
 * such text takes the whole-text path.
 */
function buildTermFolds(): TermFolds {
  const roles = new Uint8Array(TERM_TABLE_SIZE);
  const folds: string[] = new Array<string>(TERM_TABLE_SIZE).fill('');
  const covered = (code: number) =>
    rangeTableIndex(LATIN_RANGES, code) >= 0 || (code >= 0x2000 && code <= 0x206f);
  for (let code = 0; code < TERM_TABLE_SIZE; code++) {
    if (!covered(code)) continue;
    const fold = foldForSearch(String.fromCharCode(code));
    if (fold === '') roles[code] = TERM_NONE;
    else if (/^[\p{L}\p{N}]+$/u.test(fold)) {
      roles[code] = TERM_WORD;
      folds[code] = fold;
    } else if (!/[\p{L}\p{N}]/u.test(fold)) roles[code] = TERM_GAP;
  }
  return { roles, folds };
}

/**
 * `searchTerms` in one pass for Latin text (Vietnamese included, with its punctuation), or null
 * when the text holds anything else. Folding is per character there (NFD, marks off, đ→d, lower case have no
 * context), so the terms are runs of word units: no normalized copy, no folded copy, no regex.
 * Archive saves and restores fold every article body: the whole-text path's five passes cost
 * ~1.4 ms per 10 KB article. Property-tested against `searchTermsOfWholeText`.
 */
function latinSearchTerms(input: string): string[] | null {
  const { roles, folds } = (termFolds ??= buildTermFolds());
  const terms: string[] = [];
  let term = '';
  for (let index = 0; index < input.length; index++) {
    const code = input.charCodeAt(index);
    const role = code < TERM_TABLE_SIZE ? (roles[code] ?? TERM_OTHER) : TERM_OTHER;
    if (role === TERM_WORD) term += folds[code] ?? '';
    else if (role === TERM_GAP) {
      if (term !== '') {
        terms.push(term);
        term = '';
      }
    } else if (role === TERM_OTHER) return null;
  }
  if (term !== '') terms.push(term);
  return terms;
}
