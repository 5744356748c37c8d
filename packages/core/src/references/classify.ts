import {
  ASSEMBLY_ISSUER,
  CORPORATE_ISSUERS,
  PARTY_ISSUER_SUFFIXES,
  PARTY_ISSUERS,
  STATE_ISSUER_PATTERNS,
  STATE_HEAD_PREFIXES,
  STATE_ISSUERS,
} from './issuer-codes-table';
import {
  PARTY_CONTEXT_WORDS,
  PARTY_DEFAULT_TYPES,
  PARTY_ONLY_SHORT_TYPES,
  STATE_CONTEXT_WORDS,
  STATE_ONLY_TYPES,
} from './field-words-table';
import { PARTY_TYPE_OVERRIDES, TYPE_CODES } from './type-codes-table';
import type { ReferenceKind } from '../types';
import { upperCase } from './letter-case';

/** First issuer segment, upper case (`UBND` of `UBND-KT`, `TWĐTN` of `TWĐTN-VP`). */
export function issuerHead(issuer: string | null): string {
  if (!issuer) return '';
  const dash = issuer.indexOf('-');
  return upperCase(dash < 0 ? issuer : issuer.slice(0, dash));
}

/**
 * The Party's codes typed without marks (`12-TB/DU`, `BCSD`, `TWDTN`), as chats and URLs print
 * them: no code of the State's table reads the same (a unit test checks), and like the marked
 * codes they are asked before the State's patterns (`BCSĐ` is a `B…` code too).
 */
export const PARTY_ISSUERS_WITHOUT_MARKS: ReadonlySet<string> = new Set(
  [...PARTY_ISSUERS].map((code) => code.replaceAll('Đ', 'D').replaceAll('Ư', 'U')),
);

const PARTY_GROUP_HEAD = /^[ĐD][ĐD](?:QH\d{0,2}|MTTQ|H[ĐD]ND|CP)$/u;

function isPartyHead(head: string): boolean {
  if (!head) return false;
  if (PARTY_ISSUERS.has(head)) return true;
  // A State body's own code is not read by the Party suffixes (`MTTW`, the Front's central
  // committee, ends in TW).
  if (STATE_ISSUERS.has(head)) return false;
  if (STATE_HEAD_PREFIXES.some((prefix) => head.startsWith(prefix))) return false;
  // Đảng ủy of a sector or body: `ĐUK`, `ĐUCA`, `ĐUCP` (Đảng ủy Chính phủ), `ĐUQH`.
  if (head.startsWith('ĐU')) return true;
  // Đảng đoàn of a body, with the term of the body it leads: `ĐĐQH15` (Đảng đoàn Quốc hội khóa
  // XV), `ĐĐMTTQ`. The State's `ĐĐBQH` (Đoàn đại biểu Quốc hội) is in its table, asked above.
  if (PARTY_GROUP_HEAD.test(head)) return true;
  if (PARTY_ISSUERS_WITHOUT_MARKS.has(head)) return true;
  for (const suffix of PARTY_ISSUER_SUFFIXES) {
    if (head.length > suffix.length && head.endsWith(suffix)) return true;
  }
  return false;
}

function isStateHead(head: string): boolean {
  return STATE_ISSUERS.has(head) || STATE_ISSUER_PATTERNS.some((pattern) => pattern.test(head));
}

const ASSEMBLY_ISSUER_CODE = new RegExp(`^${ASSEMBLY_ISSUER}$`, 'iu');

/** The National Assembly's or its Standing Committee's issuer code (`QH15`, `UBTVQH15`). */
export function isAssemblyIssuer(issuer: string | null): boolean {
  return issuer !== null && ASSEMBLY_ISSUER_CODE.test(issuer);
}

export function isPartyIssuer(issuer: string | null): boolean {
  return isPartyHead(issuerHead(issuer));
}

export function isStateIssuer(issuer: string | null): boolean {
  return isStateHead(issuerHead(issuer));
}

/** `isPartyIssuer(issuer) || isStateIssuer(issuer)` with the head cut and upper-cased once (per symbol candidate). */
export function isKnownIssuer(issuer: string | null): boolean {
  const head = issuerHead(issuer);
  return isPartyHead(head) || isStateHead(head);
}

const CORPORATE_PATTERN = new RegExp(`(?:^|-)(?:${[...CORPORATE_ISSUERS].join('|')})(?:-|$)`, 'iu');
/**
 * A company's own paper (`QĐ-HĐQT`, `TB-CTCP`), unless a State or Party body signs beside the
 * corporate word: `01/2017/GĐ-TANDTC` is the Supreme Court's answer (`giải đáp`), not a director's.
 */
export function isCorporateIssuer(issuer: string | null): boolean {
  if (!issuer || !CORPORATE_PATTERN.test(issuer)) return false;
  return !issuer
    .split('-')
    .some((segment) => !CORPORATE_ISSUERS.has(upperCase(segment)) && isKnownIssuer(segment));
}

export function typeFromCode(code: string | null, kind: ReferenceKind): string | null {
  if (!code) return null;
  const upper = upperCase(code);
  if (kind === 'party' && PARTY_TYPE_OVERRIDES[upper]) return PARTY_TYPE_OVERRIDES[upper] ?? null;
  return TYPE_CODES[upper] ?? null;
}

/**
 * One pattern per word list: "some word of the list stands alone in the text" in a single
 * scan instead of one regex run per word (these run for most references).
 */
function anyWordPattern(words: readonly string[]): RegExp {
  return new RegExp(
    String.raw`(?<![A-Z])(?:${words.map((word) => `(?:${word})`).join('|')})(?![A-Z])`,
  );
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
  // The inspection committee and the standing board by their initials, as chats and notes write
  // them (`huong dan 02 cua UBKT`, `BTV Tỉnh ủy`: 6 and 26 annotated bodies, all the Party's);
  // not `BCH`, also the State's steering boards (`BCH PCTT huyện`).
  'UBKT',
  'BTV',
  // A Party delegation in a State body (`BCSĐ Bộ`, Ban cán sự đảng), by its initials.
  'BCSD',
  // The Politburo by its initials (`Kết luận 91 của BCT`, `Quy dinh 124 cua BCT`: all 18 annotated
  // bodies written so are its, never the Ministry of Industry and Trade's).
  'BCT',
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

const STATE_BODY_PATTERN = anyWordPattern(STATE_BODY_WORDS);
const PARTY_BODY_PATTERN = anyWordPattern(PARTY_BODY_WORDS);
const PARTY_CONTEXT_PATTERN = anyWordPattern(PARTY_CONTEXT_WORDS);
const STATE_CONTEXT_PATTERN = anyWordPattern(STATE_CONTEXT_WORDS);

/** Kind of an issuing body named in prose (`của Bộ Chính trị` → party, `của Bộ Giáo dục…` → state). */
export function kindFromBody(bodySkeleton: string): ReferenceKind {
  if (STATE_BODY_PATTERN.test(bodySkeleton)) return 'state';
  return PARTY_BODY_PATTERN.test(bodySkeleton) ? 'party' : 'state';
}

/** `Đảng` as printed (`đang`, `đáng`, `đăng` share its skeleton). */
const PARTY_WORD = /(?<![\p{L}\p{M}])(?:Đảng|đảng|ĐẢNG)(?![\p{L}\p{M}])/u;

/**
 * Kind of an unresolved short reference: State for a type only the State issues, else from the
 * words around it (skeleton, and the printed text for `Đảng`), then from its type.
 */
export function kindFromContext(
  contextSkeleton: string,
  contextText: string,
  type: string,
): ReferenceKind {
  if (STATE_ONLY_TYPES.has(type)) return 'state';
  if (PARTY_ONLY_SHORT_TYPES.has(type)) return 'party';
  const party = PARTY_CONTEXT_PATTERN.test(contextSkeleton) || PARTY_WORD.test(contextText);
  const state = STATE_CONTEXT_PATTERN.test(contextSkeleton);
  if (party && !state) return 'party';
  if (state && !party) return 'state';
  return PARTY_DEFAULT_TYPES.has(type) ? 'party' : 'state';
}
