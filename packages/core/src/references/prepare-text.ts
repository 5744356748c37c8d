import { normalizeAndFold, type UnitFold } from '../unicode';

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

/** Diacritic-free upper-case copy of `text`, same length, index for index. */
export function toSkeleton(text: string): string {
  const table = (skeletonTable ??= buildSkeletonTable());
  const length = text.length;
  if (length <= SHORT_TEXT) {
    // Bodies and titles (per reference): cheap concatenation of one-unit strings.
    let skeleton = '';
    for (let index = 0; index < length; index++) {
      skeleton += String.fromCharCode(skeletonUnit(table, text.charCodeAt(index)));
    }
    return skeleton;
  }
  const units = new Uint16Array(length);
  for (let index = 0; index < length; index++) {
    units[index] = skeletonUnit(table, text.charCodeAt(index));
  }
  return decodeUnits(units);
}

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
function decodeUnits(units: Uint16Array): string {
  // One native decode instead of per-character strings (the skeleton of 20 MB is built in one go).
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
  return { normalized: text, skeleton: decodeUnits(folded), toOriginal };
}
