import { normalizeAndFold, type UnitFold } from '../unicode';
import { isCapitalLetterCode, isDigitCode } from './letter-case';

/**
 * The two views the scanner works on, both the same length so one index addresses both:
 * `normalized` (NFC, `Ð`→`Đ`, exotic spaces as U+0020: fields and spans are sliced from it) and
 * `skeleton` (upper case, tone marks and hats removed, `Đ`→`D`, line breaks and tabs as spaces,
 * every dash as `-`: all matching runs on it, so `Nghị quyết`, `NGHỊ QUYẾT`, `Nghi quyet`
 * and the garbled `Nghị qụỹết` are one word). `toOriginal` maps back to the caller's string.
 */
export interface PreparedText {
  normalized: string;
  skeleton: string;
  toOriginal(index: number): number;
}

const TABLE_SIZE = 0x1f00;
let skeletonTable: Uint16Array | null = null;

/** One code unit → one code unit; built once from Unicode decompositions, no hand-typed list. */
function buildSkeletonTable(): Uint16Array {
  const table = new Uint16Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) {
    let mapped = code;
    const char = String.fromCharCode(code);
    if (code >= 0x61 && code <= 0x7a) mapped = code - 0x20;
    else if (code === 0x0a || code === 0x0d || code === 0x09 || code === 0x0b || code === 0x0c)
      mapped = 0x20;
    else if (code === 0x0110 || code === 0x0111 || code === 0x00d0 || code === 0x00f0)
      mapped = 0x44;
    else if (code >= 0xc0) {
      const base = char.normalize('NFD')[0] ?? char;
      if (/^[A-Za-z]$/u.test(base)) mapped = base.toUpperCase().charCodeAt(0);
    }
    table[code] = mapped;
  }
  return table;
}

const DASHES = new Set([
  0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d,
]);

/**
 * A code unit above the table: dashes fold to `-`, full-width ASCII (`：`, `（`, `１`, `Ｑ`) to
 * ASCII, letters upper-cased, as text copied from East Asian input methods and PDFs carries.
 */
function highUnit(code: number): number {
  if (DASHES.has(code)) return 0x2d;
  if (code >= 0xff01 && code <= 0xff5e) {
    const ascii = code - 0xfee0;
    return ascii >= 0x61 && ascii <= 0x7a ? ascii - 0x20 : ascii;
  }
  return code;
}

/** One code unit of the skeleton. */
function skeletonUnit(table: Uint16Array, code: number): number {
  return code < TABLE_SIZE ? (table[code] ?? code) : highUnit(code);
}

/** Below this length a skeleton is built by concatenation: a decoder call costs more. */
const SHORT_TEXT = 64;

/**
 * Diacritic-free upper-case copy of `text`, same length, index for index, with OCR's letters for
 * digits read as digits (`readOcrDigits`).
 */
export function toSkeleton(text: string): string {
  const table = (skeletonTable ??= buildSkeletonTable());
  const length = text.length;
  if (length <= SHORT_TEXT) {
    // Bodies and titles (per reference): cheap concatenation of one-unit strings; a digit beside
    // a letter OCR puts for one sends the text on to the OCR reading below.
    let skeleton = '';
    let ocrNeighbours = false;
    let previousDigit = false;
    let previousLetter = false;
    for (let index = 0; index < length; index++) {
      const code = text.charCodeAt(index);
      const digit = isDigitCode(code);
      const letter = ocrDigitFor(code) >= 0;
      if ((digit && previousLetter) || (letter && previousDigit)) ocrNeighbours = true;
      previousDigit = digit;
      previousLetter = letter;
      skeleton += String.fromCharCode(skeletonUnit(table, code));
    }
    // Only a digit beside an `O`, `o`, `l` or `I` can be OCR's: the rest is done.
    if (!ocrNeighbours) return skeleton;
  }
  const units = new Uint16Array(length);
  for (let index = 0; index < length; index++) {
    units[index] = skeletonUnit(table, text.charCodeAt(index));
  }
  readOcrDigits(text, units);
  return decodeUnits(units);
}

/**
 * Printed words as a writer without diacritics types them: no marks, lower case (`các` → `cac`,
 * `đồng thời` → `dong thoi`), for the tables that also read chats and forum posts.
 */
export function withoutMarks(printed: string): string {
  return toSkeleton(printed).toLowerCase();
}

/**
 * A letter with marks: text typed with them. Vietnamese letters with marks stand between U+0080
 * and U+1FFF; dashes, quotes and emoji above them mark no word (a chat typed without marks may
 * hold `–` or `“`). `holdsMarkedLetter` asks the same of a stretch by index.
 */
export const MARKED = /[\u0080-\u1FFF]/u;

/**
 * Words as one regex alternation of their skeletons, duplicates merged and longest first, so
 * the engine prefers `NQLT` to `NQ` and `triệu đồng` to `triệu`.
 */
export function skeletonAlternation(words: readonly string[]): string {
  return [...new Set(words.map(toSkeleton))].sort((a, b) => b.length - a.length).join('|');
}

// ignoreBOM: a decoder drops a leading U+FEFF by default, which would shift the skeleton one
// unit against the text (normalization keeps a U+FEFF that carries marks; toSkeleton keeps all).
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
/**
 * Node's `Buffer`, where the library runs in Node (the CLI, the bench): its UTF-16 decoding
 * copies the units, about seven times faster than Node's `TextDecoder`, which converts them
 * through ICU (40 ms for the 15 M units of the bench text). Browsers have no `Buffer` and decode
 * natively. Both give the same string, but for a lone surrogate, which `TextDecoder` writes as
 * U+FFFD: neither is a letter, a digit or a space to any pattern, and the length is the same.
 */
interface Utf16Buffer {
  from(
    buffer: ArrayBufferLike,
    byteOffset: number,
    length: number,
  ): { toString(encoding: 'utf16le'): string };
}
const NODE_BUFFER = (globalThis as { Buffer?: Utf16Buffer }).Buffer;
function decodeUnits(units: Uint16Array): string {
  // One native decode instead of per-character strings (the skeleton of 20 MB is built in one go).
  if (NODE_BUFFER !== undefined && units.length > SHORT_TEXT) {
    return NODE_BUFFER.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
  }
  return UTF16.decode(units);
}

let skeletonFold: UnitFold | null = null;
const SCRATCH_LENGTH = 1 << 16;
let skeletonScratch: Uint16Array | null = null;

/** Normalization and skeleton in one pass over the input (the text is read once, not twice). */
export function prepareText(input: string): PreparedText {
  skeletonFold ??= {
    table: (skeletonTable ??= buildSkeletonTable()),
    high: highUnit,
  };
  // Articles are scanned one after another: short ones share one scratch buffer (the skeleton
  // is decoded out of it before this returns), long ones get their own.
  const scratch =
    input.length <= SCRATCH_LENGTH
      ? (skeletonScratch ??= new Uint16Array(SCRATCH_LENGTH))
      : undefined;
  const { text, toOriginal, folded } = normalizeAndFold(input, skeletonFold, scratch);
  readOcrDigits(text, folded);
  return { normalized: text, skeleton: decodeUnits(folded), toOriginal };
}

const DIGIT_0 = 0x30;
const DIGIT_1 = 0x31;
const LETTER_I = 0x49;
const LETTER_L = 0x4c;
const LETTER_O = 0x4f;

/**
 * The digit a printed letter stands for where OCR and hasty typing put letters for digits (`O`,
 * `o` for 0; `l`, `I` for 1), else -1. Printed, not skeleton: `ở`, `ị` fold to `O`, `I` too.
 */
function ocrDigitFor(printed: number): number {
  if (printed === LETTER_O || printed === LETTER_O + 0x20) return DIGIT_0;
  return printed === LETTER_L + 0x20 || printed === LETTER_I ? DIGIT_1 : -1;
}

/** `text` with every `O`, `o`, `l`, `I` as the digit OCR put it for (`l8` → `18`, `2O45` → `2045`). */
export function withOcrDigits(text: string): string {
  let digits = '';
  for (let index = 0; index < text.length; index++) {
    const digit = ocrDigitFor(text.charCodeAt(index));
    digits += digit >= 0 ? String.fromCharCode(digit) : text[index];
  }
  return digits;
}

/** `số3l-QĐ/TW`: the word `số` glued to the number, a word of its own before it (skeleton `SO`). */
function isGluedNumberWord(units: Uint16Array, runStart: number): boolean {
  return (
    runStart >= 2 &&
    units[runStart - 1] === LETTER_O &&
    units[runStart - 2] === 0x53 &&
    !(runStart >= 3 && isCapitalLetterCode(units[runStart - 3] ?? 0))
  );
}

/**
 * A digit beside a printed `O`, `o`, `l` or `I` (the same index in the skeleton): where an OCR
 * run can be. Found natively, and rare, so ordinary text costs one regex scan. Both characters
 * are consumed, not looked ahead at: the scan then runs over 15 M characters in under half the
 * time (the loop below sets `lastIndex` past the run anyway).
 */
const OCR_SEAM = /[0-9][OolI]|[OolI][0-9]/g;

/** Whether the unit at `at` can be part of an OCR run: a digit, or a letter OCR puts for one. */
function isInOcrRun(printed: string, units: Uint16Array, at: number): boolean {
  const unit = units[at] ?? 0;
  return (
    isDigitCode(unit) || (isCapitalLetterCode(unit) && ocrDigitFor(printed.charCodeAt(at)) >= 0)
  );
}

/**
 * `số l719/QĐ-TTg`, `ngày l4/6/2O24`, `1OO/2O19/NĐ-CP` (a PDF's text layer, a scan's OCR): in the
 * skeleton, a run of digits and `O`/`L`/`I` that holds a digit and stands apart from letters is a
 * number, its letters the digits they stand for. A letter beside it keeps the run a word or a
 * code (`QL1A`, `P2O5`, `CO2`, `XII`). In place; the same length, index for index.
 */
function readOcrDigits(printed: string, units: Uint16Array): void {
  const length = units.length;
  // Runs are found from a digit touching such a letter, not walked unit by unit.
  OCR_SEAM.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = OCR_SEAM.exec(printed)) !== null) {
    const index = found.index;
    let start = index;
    while (start > 0 && isInOcrRun(printed, units, start - 1)) start--;
    let end = index + 1;
    while (end < length && isInOcrRun(printed, units, end)) end++;
    OCR_SEAM.lastIndex = end;
    let letters = false;
    for (let at = start; at < end && !letters; at++) {
      letters = !isDigitCode(units[at] ?? 0);
    }
    if (
      !letters ||
      (end < length && isCapitalLetterCode(units[end] ?? 0)) ||
      (start > 0 && isCapitalLetterCode(units[start - 1] ?? 0) && !isGluedNumberWord(units, start))
    )
      continue;
    for (let at = start; at < end; at++) {
      if (!isDigitCode(units[at] ?? 0)) units[at] = ocrDigitFor(printed.charCodeAt(at));
    }
  }
}
