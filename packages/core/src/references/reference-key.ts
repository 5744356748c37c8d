import { foldForSearch, foldNormalizedForSearch } from '../unicode';
import { upperCase } from './letter-case';
import { CANONICAL_CODES } from './type-codes-table';

/**
 * Normalized identities, so one document cited in different ways groups together:
 * Party `03-NQ/TU@2021` (local Party symbols repeat every term, so the year joins the key
 * when known), State `100/2019/NĐ-CP` or `1234/QĐ-UBND`, Công văn `4912/UBND-NC`,
 * named laws `luật:đất đai@2024` folded, unresolved short forms `nghị quyết:18`.
 */

export function canonicalNumber(number: string): string {
  // Most numbers have two or more digits and no leading zero: nothing to change.
  if (number.length >= 2 && number.charCodeAt(0) !== 0x30) return number;
  // `/^0+(?=\d)/` removed by a loop: single-digit and zero-led numbers are common in lists.
  let start = 0;
  while (
    number.charCodeAt(start) === 0x30 &&
    number.charCodeAt(start + 1) >= 0x30 &&
    number.charCodeAt(start + 1) <= 0x39
  )
    start++;
  const bare = start === 0 ? number : number.slice(start);
  return bare.length === 1 ? `0${bare}` : bare;
}

/**
 * The identity a short form shares with its full mention (`Nghị quyết|18`): the document's type
 * and its number in canonical spelling.
 */
export function typeNumberKey(type: string, number: string): string {
  return `${type}|${canonicalNumber(number)}`;
}

export function canonicalCode(code: string): string {
  const upper = upperCase(code);
  return CANONICAL_CODES[upper] ?? upper;
}

/**
 * `upper.replace(/(^|-)TTG(?=-|$)/u, '$1TTg')` by position (the Prime Minister's symbols are
 * common: no regex replace per symbol): the first `TTG` that is a whole dash-separated segment.
 */
function withPrintedPrimeMinister(upper: string): string {
  for (let at = upper.indexOf('TTG'); at >= 0; at = upper.indexOf('TTG', at + 1)) {
    const startsSegment = at === 0 || upper.charCodeAt(at - 1) === 0x2d;
    const endsSegment = at + 3 === upper.length || upper.charCodeAt(at + 3) === 0x2d;
    if (startsSegment && endsSegment) return `${upper.slice(0, at)}TTg${upper.slice(at + 3)}`;
  }
  return upper;
}

/** `TƯ` is usually the central `TW`, but OCR turns a provincial `TU` into `TƯ` (references.md §7). */
export function canonicalIssuer(issuer: string, issuingBody: string | null): string {
  let upper = upperCase(issuer);
  if (upper.includes(' ')) upper = upper.replace(/\s+/gu, '');
  // Thủ tướng is printed `TTg` everywhere.
  if (upper.includes('TTG')) upper = withPrintedPrimeMinister(upper);
  const dash = upper.indexOf('-');
  const head = dash < 0 ? upper : upper.slice(0, dash);
  if (head === 'TƯ') {
    const body = foldForSearch(issuingBody ?? '');
    return upper.replace(/^TƯ/u, /tinh uy|thanh uy/u.test(body) ? 'TU' : 'TW');
  }
  return upper;
}

export interface KeyParts {
  kind: 'party' | 'state';
  type: string;
  number: string | null;
  code: string | null;
  issuer: string | null;
  symbolYear: number | null;
  year: number | null;
  issuingBody: string | null;
  layout: 'party' | 'state';
  nameKey: string | null;
  title: string | null;
}

/** The printed symbol in canonical spelling, or null when the reference has none. */
export function canonicalSymbol(parts: KeyParts): string | null {
  if (!parts.number || !parts.issuer) return null;
  const number = canonicalNumber(parts.number);
  const issuer = canonicalIssuer(parts.issuer, parts.issuingBody);
  if (parts.kind === 'party' && parts.code)
    return `${number}-${canonicalCode(parts.code)}/${issuer}`;
  const tail = parts.code ? `${canonicalCode(parts.code)}-${issuer}` : issuer;
  return parts.symbolYear ? `${number}/${parts.symbolYear}/${tail}` : `${number}/${tail}`;
}

const foldedTypes = new Map<string, string>();
function foldedType(type: string): string {
  let folded = foldedTypes.get(type);
  if (folded === undefined) {
    folded = foldForSearch(type);
    foldedTypes.set(type, folded);
  }
  return folded;
}

/**
 * Titles are cut from the normalized text (Đ look-alikes, invisible characters and spaces
 * already fixed); only whole-text NFC can differ from the per-character NFC it went through.
 */
function foldTitle(title: string): string {
  return isPlainlyNfc(title) || title.normalize('NFC') === title
    ? foldNormalizedForSearch(title)
    : foldForSearch(title);
}

/**
 * True when every character is one NFC leaves alone and no two of them compose: below U+0300
 * (no combining marks there) or a precomposed Latin letter of U+1E00–U+1EFF (Vietnamese). Then
 * `normalize('NFC')` (a new string per named-law key) can only return the title itself.
 */
function isPlainlyNfc(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x300 && (code < 0x1e00 || code > 0x1eff)) return false;
  }
  return true;
}

const CONSTITUTION = foldedType('Hiến pháp');

export function referenceKey(parts: KeyParts): string {
  const symbol = canonicalSymbol(parts);
  if (symbol) return parts.kind === 'party' && parts.year ? `${symbol}@${parts.year}` : symbol;
  const type = foldedType(parts.type);
  const year = parts.year ? `@${parts.year}` : '';
  // One Constitution a year, whether cited by its full name or as `Hiến pháp`.
  if (type === CONSTITUTION) return `${type}${year}`;
  if (parts.nameKey) return `${type}:${parts.nameKey}${year}`;
  if (parts.number) return `${type}:${canonicalNumber(parts.number)}${year}`;
  if (parts.title) return `${type}:${foldTitle(parts.title)}${year}`;
  return `${type}${year}`;
}
