/**
 * `toLowerCase` / `toUpperCase` that return the same string when nothing changes: most words
 * of prose are already lower case and most symbols already upper case, and these run for
 * every word and symbol read (a new string each time fed the garbage collector).
 */

const CASE_TABLE_SIZE = 0x2000;
let caseTable: Uint8Array | null = null;

const CHANGES_UNDER_LOWER = 1;
const CHANGES_UNDER_UPPER = 2;

/** Per code unit below U+2000: which of the two case mappings change it. */
function buildCaseTable(): Uint8Array {
  const table = new Uint8Array(CASE_TABLE_SIZE);
  for (let code = 0; code < CASE_TABLE_SIZE; code++) {
    const char = String.fromCharCode(code);
    table[code] =
      (char.toLowerCase() === char ? 0 : CHANGES_UNDER_LOWER) |
      (char.toUpperCase() === char ? 0 : CHANGES_UNDER_UPPER);
  }
  return table;
}

function changesUnder(text: string, mapping: number): boolean {
  const table = (caseTable ??= buildCaseTable());
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= CASE_TABLE_SIZE || ((table[code] ?? 0) & mapping) !== 0) return true;
  }
  return false;
}

/** `text.toLowerCase()`, without a new string when nothing changes. */
export function lowerCase(text: string): string {
  return changesUnder(text, CHANGES_UNDER_LOWER) ? text.toLowerCase() : text;
}

/** `text.toUpperCase()`, without a new string when nothing changes. */
export function upperCase(text: string): string {
  return changesUnder(text, CHANGES_UNDER_UPPER) ? text.toUpperCase() : text;
}

/** An ASCII capital `A`–`Z`: every letter of the skeleton, which folds the rest to these. */
export function isCapitalLetterCode(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/**
 * Whether `text` holds a letter with marks between `from` and `to`: Vietnamese letters with marks
 * stand between U+0080 and U+1FFF; dashes, quotes and emoji above them mark no word. Text without
 * one was typed without marks (a chat, a copied PDF), whose words the printed-word rules miss.
 */
export function holdsMarkedLetter(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x7f && code < 0x2000) return true;
  }
  return false;
}

/** An ASCII digit `0`–`9`. */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
