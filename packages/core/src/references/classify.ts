import {
  CORPORATE_ISSUERS,
  PARTY_ISSUER_SUFFIXES,
  PARTY_ISSUERS,
  STATE_ISSUER_PATTERNS,
  STATE_ISSUERS,
} from './issuer-codes-table';
import { PARTY_CONTEXT_WORDS, PARTY_DEFAULT_TYPES, STATE_CONTEXT_WORDS } from './field-words-table';
import { PARTY_TYPE_OVERRIDES, TYPE_CODES } from './type-codes-table';
import type { ReferenceKind } from '../types';

/** First issuer segment, upper case (`UBND` of `UBND-KT`, `TWĐTN` of `TWĐTN-VP`). */
export function issuerHead(issuer: string | null): string {
  if (!issuer) return '';
  const dash = issuer.indexOf('-');
  return (dash < 0 ? issuer : issuer.slice(0, dash)).toUpperCase();
}

export function isPartyIssuer(issuer: string | null): boolean {
  const head = issuerHead(issuer);
  if (!head) return false;
  if (PARTY_ISSUERS.has(head)) return true;
  return PARTY_ISSUER_SUFFIXES.some(
    (suffix) => head.length > suffix.length && head.endsWith(suffix),
  );
}

export function isStateIssuer(issuer: string | null): boolean {
  const head = issuerHead(issuer);
  return STATE_ISSUERS.has(head) || STATE_ISSUER_PATTERNS.some((pattern) => pattern.test(head));
}

const CORPORATE_PATTERN = new RegExp(`(?:^|-)(?:${[...CORPORATE_ISSUERS].join('|')})(?:-|$)`, 'iu');
export function isCorporateIssuer(issuer: string | null): boolean {
  return issuer ? CORPORATE_PATTERN.test(issuer) : false;
}

export function typeFromCode(code: string | null, kind: ReferenceKind): string | null {
  if (!code) return null;
  const upper = code.toUpperCase();
  if (kind === 'party' && PARTY_TYPE_OVERRIDES[upper]) return PARTY_TYPE_OVERRIDES[upper] ?? null;
  return TYPE_CODES[upper] ?? null;
}

const wordPatterns = new Map<string, RegExp>();
function containsWord(skeleton: string, word: string): boolean {
  let pattern = wordPatterns.get(word);
  if (!pattern) {
    pattern = new RegExp(String.raw`(?<![A-Z])${word}(?![A-Z])`);
    wordPatterns.set(word, pattern);
  }
  return pattern.test(skeleton);
}

const PARTY_BODY_WORDS = [
  'DANG',
  'BO CHINH TRI',
  'BAN BI THU',
  'TRUNG UONG',
  'TINH UY',
  'HUYEN UY',
  'THANH UY',
  'QUAN UY',
  'DANG UY',
  'CHI BO',
  'BAN CHAP HANH',
  'BAN THUONG VU',
  'BAN TUYEN GIAO',
  'UY BAN KIEM TRA',
  'BAN TO CHUC',
  'BAN CAN SU',
  'THI UY',
];
const STATE_BODY_WORDS = [
  'UBND',
  'HDND',
  'NHAN DAN',
  'CHINH PHU',
  'THU TUONG',
  'QUOC HOI',
  'BO TRUONG',
  'MAT TRAN',
];

/** Kind of an issuing body named in prose (`của Bộ Chính trị` → party, `của Bộ Giáo dục…` → state). */
export function kindFromBody(bodySkeleton: string): ReferenceKind {
  if (STATE_BODY_WORDS.some((word) => containsWord(bodySkeleton, word))) return 'state';
  return PARTY_BODY_WORDS.some((word) => containsWord(bodySkeleton, word)) ? 'party' : 'state';
}

/** Kind of an unresolved short reference from the words around it, then from its type. */
export function kindFromContext(contextSkeleton: string, type: string): ReferenceKind {
  const party = PARTY_CONTEXT_WORDS.some((word) => containsWord(contextSkeleton, word));
  const state = STATE_CONTEXT_WORDS.some((word) => containsWord(contextSkeleton, word));
  if (party && !state) return 'party';
  if (state && !party) return 'state';
  return PARTY_DEFAULT_TYPES.has(type) ? 'party' : 'state';
}
