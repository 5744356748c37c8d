import type { Reference } from '../types';
import { STATE_ONLY_TYPES } from './field-words-table';
import { canonicalNumber, typeNumberKey } from './reference-key';

/** A short back-reference, or a member of a numbers-only list (`các Quyết định số 318, 319`). */
function isShortForm(reference: Reference): boolean {
  return (
    reference.form === 'short' || (reference.form === 'list-member' && reference.code === null)
  );
}

/**
 * Short back-references (`Nghị quyết 18`, `Chỉ thị số 05 của Bộ Chính trị`) take the identity
 * (key and kind) of the nearest EARLIER full mention of the same type and number in the same
 * text; without one, of the nearest LATER one (a headline or lead that names `Nghị quyết 68`
 * before the body cites `Nghị quyết số 68-NQ/TW …`). Without either they keep a type:number key
 * and are not linked.
 */
export function resolveBackReferences(references: Reference[]): void {
  // Most texts cite no short form: then there is nothing to resolve and no map to build. Full
  // mentions of a type no short form uses are never looked up: no identity string for them.
  // The same for numbers: a full mention is keyed only when some short form has its number.
  const shortFormTypes = new Set<string>();
  const shortFormNumbers = new Set<string>();
  for (const reference of references) {
    if (!isShortForm(reference)) continue;
    shortFormTypes.add(reference.type);
    if (reference.number) shortFormNumbers.add(canonicalNumber(reference.number));
  }
  if (shortFormTypes.size === 0) return;
  // Every earlier full mention of each identity, in order (most texts cite each one once).
  const fullMentions = new Map<string, Reference[]>();
  // Each reference's identity, kept for the forward pass (undefined: not one a short form uses).
  const identities: (string | undefined)[] = new Array<string | undefined>(references.length);
  const unresolved = new Set<Reference>();
  references.forEach((reference, index) => {
    if (!reference.number || !shortFormTypes.has(reference.type)) return;
    if (!shortFormNumbers.has(canonicalNumber(reference.number))) return;
    const identity = typeNumberKey(reference.type, reference.number);
    identities[index] = identity;
    if (isShortForm(reference)) {
      const full = latestOfItsKind(reference, fullMentions.get(identity));
      if (full) takeIdentity(reference, full);
      else unresolved.add(reference);
    } else if (isFullMention(reference)) {
      const mentions = fullMentions.get(identity);
      if (mentions) mentions.push(reference);
      else fullMentions.set(identity, [reference]);
    }
  });
  if (unresolved.size === 0) return;
  // The short forms no earlier full mention resolved take the nearest later one's identity.
  const laterMentions = new Map<string, Reference>();
  for (let index = references.length - 1; index >= 0; index--) {
    const identity = identities[index];
    const reference = references[index];
    if (identity === undefined || !reference) continue;
    if (unresolved.has(reference)) {
      const full = laterMentions.get(identity);
      if (full) {
        takeIdentity(reference, full);
        unresolved.delete(reference);
      }
    } else if (!isShortForm(reference) && isFullMention(reference))
      laterMentions.set(identity, reference);
  }
  // No full mention at all: a short form that names no body is the document an earlier short form
  // named with its body (`Chỉ thị 19 của Ban Thường vụ Tỉnh ủy … Chỉ thị 19 đã tạo chuyển biến …`),
  // and of its kind.
  const namedKinds = new Map<string, Reference['kind']>();
  references.forEach((reference, index) => {
    const identity = identities[index];
    // A type only the State issues keeps its kind whatever body was read beside it.
    if (
      identity === undefined ||
      !unresolved.has(reference) ||
      STATE_ONLY_TYPES.has(reference.type)
    )
      return;
    if (reference.issuingBody !== null) {
      if (!namedKinds.has(identity)) namedKinds.set(identity, reference.kind);
    } else {
      const kind = namedKinds.get(identity);
      if (kind !== undefined) reference.kind = kind;
    }
  });
}

/**
 * The latest of the earlier full mentions, unless the short form names its body and a mention of
 * its kind came before (`Nghị quyết số 18-NQ/TW …, Nghị quyết số 18/2025/NQ-HĐND …, tinh thần
 * Nghị quyết 18 của Trung ương`: the Party's, not the council's).
 */
function latestOfItsKind(
  reference: Reference,
  mentions: readonly Reference[] | undefined,
): Reference | undefined {
  if (!mentions) return undefined;
  const latest = mentions[mentions.length - 1];
  if (reference.issuingBody === null || latest?.kind === reference.kind) return latest;
  for (let index = mentions.length - 2; index >= 0; index--) {
    if (mentions[index]?.kind === reference.kind) return mentions[index];
  }
  return latest;
}

/** A mention that names its document: a symbol's code or issuer, not a type and number alone. */
function isFullMention(reference: Reference): boolean {
  return reference.code !== null || reference.issuer !== null;
}

/**
 * Identity only: the record's fields stay as printed at this mention (references.md §11:
 * number, code and issuer as printed, a date only when attached here), so a reader sees what
 * the text says; the key groups it with the full mention and links it.
 */
function takeIdentity(reference: Reference, full: Reference): void {
  reference.key = full.key;
  reference.kind = full.kind;
}

/** Not a year: marks a symbol cited with two different years. */
const SEVERAL_YEARS = '\u0000several';

/** A code cited by its initials alone (`BLHS`, `BLDS`, `BLTTHS`). */
const INITIALS_ONLY = /^BL[A-ZĐ]{2,5}$/u;

/**
 * One Party symbol cited with and without its date in the same text is one document: give
 * the undated mentions the dated key when the text knows only one year for that symbol. A code
 * cited by its initials after its full name takes the name's year too (`… Bộ luật Hình sự năm
 * 2015 …; … theo Điều 318 BLHS`: 104 of the 105 annotated initials after a dated name carry it;
 * a name repeated without its year keeps none, as 475 of 521 annotations leave it).
 */
export function unifyYearKeys(references: Reference[]): void {
  // Symbol → its one year, or SEVERAL_YEARS: one string per symbol, not a Set.
  const years = new Map<string, string>();
  for (const reference of references) {
    const at = reference.key.indexOf('@');
    if (at <= 0) continue;
    const symbol = reference.key.slice(0, at);
    const year = reference.key.slice(at + 1);
    const known = years.get(symbol);
    if (known === undefined) years.set(symbol, year);
    else if (known !== year) years.set(symbol, SEVERAL_YEARS);
  }
  if (years.size === 0) return;
  for (const reference of references) {
    if (reference.key.includes('@')) continue;
    const known = years.get(reference.key);
    if (known === undefined || known === SEVERAL_YEARS) continue;
    reference.key = `${reference.key}@${known}`;
    if (reference.year === null && INITIALS_ONLY.test(reference.text))
      reference.year = Number(known);
  }
}
