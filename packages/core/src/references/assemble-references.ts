import type { ReferenceForm, ReferenceKind } from '../types';
import { isAssemblyIssuer, isCorporateIssuer, isKnownIssuer, typeFromCode } from './classify';
import { LOOKALIKE_PREFIXES, QUANTITY_WORDS } from './field-words-table';
import { isAllCapsBetween, parseIssuedBy, toRoman } from './parse-fields';
import { isCapitalLetterCode, isDigitCode, lowerCase, upperCase } from './letter-case';
import { parseNamedCitation } from './parse-named';
import { canonicalNumber, typeNumberKey } from './reference-key';
import {
  MARKED,
  skeletonAlternation,
  toSkeleton,
  withoutMarks,
  type PreparedText,
} from './prepare-text';
import {
  isRegisterNumber,
  scanIdentifiers,
  type SymbolCandidate,
  type SymbolLayout,
} from './scan-identifiers';
import {
  containsTypeWord,
  gluedTypeWordBefore,
  hyphenatedTypeWordBefore,
  TypeWordScanner,
  type TypeWordHit,
} from './scan-type-words';
import { STATE_CODES_IN_PARTY_LAYOUT, TYPE_CODES } from './type-codes-table';
import { CODE_INITIALS, GENERIC_TYPE, NAMED_TYPES, TYPE_MODIFIERS } from './type-words-table';

/** A reference under construction; indices point into the prepared (normalized) text. */
export interface Draft {
  start: number;
  end: number;
  /** Written type word (canonical), `văn bản`, or null when the span has none. */
  writtenType: string | null;
  type: string | null;
  kind: ReferenceKind | null;
  number: string | null;
  code: string | null;
  /** The printed layout of its symbol (`18-NQ/TW` party, `100/2019/NĐ-CP` state), null without one. */
  layout: SymbolLayout | null;
  issuer: string | null;
  symbolYear: number | null;
  date: string | null;
  dateYear: number | null;
  attachedYear: number | null;
  issuingBody: string | null;
  term: string | null;
  title: string | null;
  form: ReferenceForm;
  /** The date was written `cùng ngày …` (shared by the documents listed before it). */
  dateShared: boolean;
  /** The date and body came from the clause before the span (`Ngày …, UBND tỉnh ban hành …`). */
  datedBefore: boolean;
  /** The body is the subject of the clause the span stands in (`Bộ Chính trị đã ban hành …`). */
  bodiedBefore: boolean;
  /** That subject counted the documents it lists (`Chính phủ ban hành 03 nghị định gồm: …`). */
  countedBefore: boolean;
  /** `… cùng ngày` with no date after it: the date of the document cited just before. */
  sameDayAsPrevious: boolean;
  /** Members of one list share an id; `sharedList` lists always share date and body. */
  group: number | null;
  sharedList: boolean;
  /** Name-based identity for documents cited without a symbol (named laws, plenums). */
  nameKey: string | null;
  /** The fields after this span were already parsed (named laws). */
  fieldsDone: boolean;
}

function emptyDraft(start: number, end: number, form: ReferenceForm): Draft {
  return {
    start,
    end,
    writtenType: null,
    type: null,
    kind: null,
    number: null,
    code: null,
    issuer: null,
    layout: null,
    symbolYear: null,
    date: null,
    dateYear: null,
    attachedYear: null,
    dateShared: false,
    datedBefore: false,
    bodiedBefore: false,
    countedBefore: false,
    sameDayAsPrevious: false,
    issuingBody: null,
    term: null,
    title: null,
    form,
    group: null,
    sharedList: false,
    nameKey: null,
    fieldsDone: false,
  };
}

const MODIFIER = new RegExp(String.raw` {1,3}(?:${TYPE_MODIFIERS.join('|')})(?![A-Z])`, 'y');
// `số` is `SOOS` in Telex typed with the input method off (`Quyeets ddinhj soos 2150/…`).
const NUMBER_MARK =
  / {1,3}(?:SO(?:OS)? {0,3}:? {0,3}|SO(?=\d)|: {0,3})?| {0,3}SO(?:OS)? {0,3}:? {0,3}/y;
/** A term in brackets ending a body's words (`(khóa XXIV)`); group 1 its numeral. */
const BRACKETED_TERM_END = /\s*\(\s*(?:khóa|khoá|KHÓA|KHOÁ)\s+([IVXLivxl]{1,6})\s*\)$/u;
// The digit after `số` tells it from the `Sở` of a department's name (`của Giám đốc Sở Nội vụ số 1150`).
// A Party committee's term may follow its name there (`Quyết định của Ban Thường vụ Huyện ủy Thạch
// Bàn (khóa XXIV) số 486-QĐ/HU`). Not across a title's `về`: `THÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ
// HUYỆN ỦY VỀ CÔNG TÁC KHẮC PHỤC HẬU QUẢ BÃO SỐ 6` is a heading, its `số` a storm's.
const BODY_BEFORE_NUMBER =
  / {1,3}CUA {1,3}(?:(?! VE )[^.;:()\d"“”]){1,80}?(?: {1,3}\( {0,2}KHOA {1,3}[IVXL]{1,6} {0,2}\))? SO {0,3}:? {0,3}(?=\d)/y;
const WORDS_BEFORE_NUMBER = / {1,3}((?:[A-Z]+ {1,3}){0,5}[A-Z]+) {1,3}SO {0,3}:? {0,3}/y;
/**
 * A `về việc` title between the type word and its number (`Quyết định về việc giảm giá tài sản
 * lần thứ hai số 64/QĐ-CCTHADS`): longer than the words above allow, so read on its own; group 1
 * is the title's words.
 */
const ABOUT_BEFORE_NUMBER =
  / {1,3}(?:VE {1,3}VIEC|V\/V) {1,3}((?:[A-Z]+ {1,3}){0,13}[A-Z]+) {1,3}SO {0,3}:? {0,3}/y;
const NUMBER = /\d{1,5}(?![\d])/y;
/**
 * A list member is a whole number: `Kết luận 146, 1.930 lao động` counts after the comma, and
 * `Chỉ thị 23, 100% chi bộ …` gives a share.
 */
const LIST_MEMBER = /\d{1,5}(?![\d]|[.,]\d| {0,2}%)/y;
const NUMBER_YEAR = /(\d{1,5}) ?\/ ?(\d{4})(?![\d/-]|[.,]\d| ?\/ ?[A-Z])/y;
const LIST_SEPARATOR = / {0,2}, {0,2}(?:VA {1,3})?| {1,3}VA {1,3}/y;
/** A ratio's denominator after a number (`41/43`), not a year (`168/2024`) or a symbol. */
const RATIO_AFTER = /^ ?\/ ?\d{1,3}(?![\d/])/u;
const LOOKALIKE_BEFORE = new RegExp(
  String.raw`(?<![A-Z])(?:${LOOKALIKE_PREFIXES.join('|')})(?: {1,3}SO)? {0,3}:? {0,3}$`,
);
/**
 * Whether a look-alike's label (`mẫu số`, `biển số` …) ends right before `at`. The skeleton
 * folds `biển số` (a plate) and `kê biên số` (a seizure decision's number) together, and `báo số`
 * (a newspaper's issue) or `bão số` (a typhoon's) with a place's `Bảo` before `Số`: the printed
 * word tells them apart.
 */
function endsWithLookalikeLabel(skeleton: string, normalized: string, at: number): boolean {
  const from = Math.max(0, at - 30);
  const label = LOOKALIKE_BEFORE.exec(skeleton.slice(from, at));
  if (!label) return false;
  const start = from + label.index;
  if (skeleton.startsWith('BIEN', start))
    return lowerCase(normalized.slice(start, start + 4)) !== 'biên';
  // `HUYỆN ỦY KIM BẢO\nSố 318-CV/HU`: the place ending the letterhead's line.
  if (skeleton.startsWith('BAO', start))
    return lowerCase(normalized.slice(start, start + 3)) !== 'bảo';
  return true;
}
/**
 * Licences, certificates, contracts and a bank's guarantees are numbered like documents: `giấy
 * phép khai thác số 2025/VP-…`, `Hợp đồng chuyển giao kỹ thuật số 35/HĐ-BVBM` (every annotated
 * contract, its kind named or not, is no reference), `bảo lãnh dự thầu số 1245/2024/BL-VCB`, a
 * supplier's quotation (`Báo giá số 0825/BG-VNPTQL`).
 */
const LICENCE_REACH = 80;
const LICENCE_BEFORE =
  /(?<![A-Z])(?:GIAY {1,3}(?:PHEP|CHUNG {1,3}NHAN)|HOP {1,3}DONG|BAO {1,3}(?:LANH|GIA))(?:,? {1,3}[A-Z]+){0,8} {1,3}SO {0,3}:? {0,3}$/u;
/** `QUANTITY_WORDS` as skeletons, for the regex; the printed words, for the check after it. */
const QUANTITY = new RegExp(String.raw`^ {1,3}(${skeletonAlternation(QUANTITY_WORDS)})(?![A-Z])`);
const PRINTED_QUANTITY_WORDS = new Set(QUANTITY_WORDS);
/** Verbs whose first word counts things after a number (`ban`, `điều`, `cấp`), skeleton. */
const COMPOUND_VERB_AFTER =
  /^ {1,3}(?:BAN {1,3}HANH|DIEU {1,3}(?:CHINH|HANH|DONG|CHUYEN|TIET|PHOI|TRA)|CAP {1,3}PHEP)(?![A-Z])/u;
/** `đợt 2`, `kỳ 3`, `lần 2`: a label numbered after the document's number (skeleton). */
const ORDINAL_LABEL = /^ {1,3}(?:DOT|KY|LAN) {1,3}\d/u;
/** Between list members: a comma, `và`, `;`, and the member's own `số` (`… và số 1404/QĐ-UBND`). */
const FOLLOWER_GAP = /^ {0,3}(?:,|VA|, {0,2}VA|;)? {0,3}(SO {0,3}:? {0,3})?$/;
/** Whether a symbol carries the previous draft's code, or its issuer: the same series. */
function isSameSeries(previous: Draft, candidate: SymbolCandidate): boolean {
  return candidate.code !== null
    ? candidate.code === previous.code && candidate.issuer === previous.issuer
    : previous.code === null && candidate.issuer === previous.issuer;
}
/**
 * The same after the previous member's own date, when the member repeats `số` (`các văn bản số
 * 512/CN-TĂCN ngày 11/4/2024 và số 730/CN-TĂCN ngày …`): a unit code no table knows is then still
 * the series' next letter.
 */
const DATED_FOLLOWER_GAP =
  /^ {0,3},? {0,3}NGAY {1,3}\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4} {0,3}(?:,|VA|, {0,2}VA) {0,3}(SO {0,3}:? {0,3})?$/;
/** The words for one to nine (skeleton; `tư` and `lăm` as four and five are said in compounds). */
const DIGIT_WORDS = 'MOT|HAI|BA|BON|TU|NAM|LAM|SAU|BAY|TAM|CHIN';
/** Vietnamese number words (skeleton), each not the year word before a year (`năm 2024`). */
const SPOKEN_DIGIT = String.raw`(?:${DIGIT_WORDS}|MUOI|TRAM|NGHIN|NGAN|KHONG|LINH|LE)(?![A-Z])(?! {1,3}\d)`;
const SPOKEN_NUMBER = new RegExp(String.raw`${SPOKEN_DIGIT}(?: {1,3}${SPOKEN_DIGIT}){1,8}`, 'y');
/** A spoken number holds a tens, hundreds or thousands word (`năm` alone is a year's word). */
const SPOKEN_MAGNITUDE = /(?:^|[^A-Z])(?:MUOI|TRAM|NGHIN|NGAN)(?![A-Z])/u;

/** Types a bare number may follow as a short back-reference (`Nghị quyết 18`, `Thông tư 29`). */
const SHORT_REFERENCE_TYPES = new Set([
  'Nghị quyết',
  'Nghị quyết liên tịch',
  'Nghị định',
  'Chỉ thị',
  'Quyết định',
  'Quy định',
  'Kết luận',
  'Thông tư',
  'Thông tư liên tịch',
  'Thông tri',
  'Thông báo',
  'Hướng dẫn',
  'Kế hoạch',
  'Công văn',
  'Công điện',
  'Báo cáo',
  'Tờ trình',
  'Quy chế',
  'Văn bản hợp nhất',
]);

const OF_BEFORE_NUMBER = / {1,3}CUA /y;
/** `kỳ` (a period) right before a lower-case type word: `kỳ báo cáo`, `kỳ kế hoạch`. */
const PERIOD_BEFORE = /(?:^|\s)kỳ\s+$/u;

/**
 * Types an agency numbers into the thousands each year and never names by a year (`Kế hoạch
 * 2025` is the year's plan): a bare number that reads as a year is still theirs (`Công văn 2045`).
 * Not a decision: `Theo Quyết định 2011 của tỉnh, năm đó …` may name the year's decision.
 */
const THOUSANDS_NUMBERED_TYPES = new Set(['Công văn', 'Tờ trình']);

/**
 * Types named by the year they cover (`Kế hoạch 2025 của ngành y tế`, the year's plan): a number
 * that reads as a year after them is that year even before `của`.
 */
const YEAR_NAMED_TYPES = new Set(['Kế hoạch', 'Chương trình', 'Báo cáo', 'Đề án', 'Phương án']);
/**
 * `của` and a named body right after a number that reads as a year (`Quyết định 1978 của Thủ
 * tướng`): the body's document by its number; a year would be written `năm 1978`.
 */
const OF_NAMED_BODY_AFTER = /^ của \p{Lu}/u;

/**
 * Types whose bare number is often a programme's or a project's name, not a document
 * (`Chương trình 135`, `Đề án 06`): a short form only with `số` (`Chương trình số 12`) or after
 * a full mention of that number (`Đề án số 05-ĐA/TU … Đề án 05`).
 */
const SHORT_WITH_ANTECEDENT_TYPES = new Set(['Chương trình', 'Đề án']);
/** `hành động` between `Chương trình` and its number (skeleton). */
const ACTION_MODIFIER = /^ {1,3}HANH {1,3}DONG {1,3}$/u;

function isShortFormWithAntecedent(
  state: AssemblyState,
  hit: TypeWordHit & { type: string },
  at: number,
  numbers: readonly { start: number; end: number }[],
): boolean {
  const first = numbers[0];
  if (numbers.length !== 1 || first === undefined) return false;
  // Any other type comes back by its bare number only after its full mention (`Sắc lệnh số
  // 63/SL … Sắc lệnh 63`, `Lệnh số 03-LCT/HĐNN8 … Lệnh 03`).
  if (!SHORT_WITH_ANTECEDENT_TYPES.has(hit.type)) return hasFullMention(state, hit.type, first);
  if (hasNumberWordBefore(state.prepared.skeleton, hit.end, at)) return true;
  // `… thực hiện Chương trình hành động 31`: an action programme is a Party committee's numbered
  // document, never a programme's name (every `Chương trình hành động <number>` annotated cites).
  if (
    hit.type === 'Chương trình' &&
    ACTION_MODIFIER.test(state.prepared.skeleton.slice(hit.end, at))
  )
    return true;
  return hasFullMention(state, hit.type, first);
}

/**
 * Whether a full mention (with a code) of this type and number came earlier in the text: a set
 * lookup, not a scan of the drafts (one question per short form: a scan made long texts
 * quadratic).
 */
function hasFullMention(
  state: AssemblyState,
  type: string,
  numberSpan: { start: number; end: number },
): boolean {
  return state.fullMentions.has(
    typeNumberKey(type, state.prepared.normalized.slice(numberSpan.start, numberSpan.end)),
  );
}

/**
 * Whether a named type's number after `số` is one the text cited in full before (`Luật số
 * 51/2024/QH15 … theo Luật số 51, …`): a law is named, not numbered, unless so.
 */
function citedByNumberBefore(
  state: AssemblyState,
  hit: TypeWordHit & { type: string },
  at: number,
): boolean {
  const { skeleton } = state.prepared;
  if (!hasNumberWordBefore(skeleton, hit.end, at)) return false;
  let end = at;
  while (isDigitAt(skeleton, end)) end++;
  return hasFullMention(state, hit.type, { start: at, end });
}

function isDigitAt(text: string, index: number): boolean {
  return isDigitCode(text.charCodeAt(index));
}

/** Upper-case letter test without a Unicode-property regex (hot path). */
function isCapital(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const char = text[index] ?? '';
  return char !== char.toLowerCase();
}

function sticky(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}

/**
 * Where the sticky `pattern` matching at `position` ends, or -1: `test` and `lastIndex`
 * instead of `exec`, for shapes whose extent is all that is read (no match array per call;
 * these run for every type word).
 */
function stickyEnd(pattern: RegExp, text: string, position: number): number {
  pattern.lastIndex = position;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** The last letter run of each look-alike prefix, and the optional `số`. */
const LOOKALIKE_LAST_WORDS = new Set([
  ...LOOKALIKE_PREFIXES.map((prefix) => /[A-Z]*$/u.exec(prefix)?.[0] ?? ''),
  'SO',
]);

/**
 * A symbol cited in English (`Decree No. 100/2019/ND-CP`, `Circular 29/2024/TT-BGDĐT`): the
 * translation beside a Vietnamese citation, or a page in English, which the twelfth blind
 * round's annotator read as a look-alike (references.md leaves English out).
 */
const ENGLISH_TYPE_WORDS = new Set([
  'DECREE',
  'CIRCULAR',
  'DECISION',
  'RESOLUTION',
  'DIRECTIVE',
  'LAW',
  'ORDINANCE',
  'CONCLUSION',
  'REGULATION',
  'INSTRUCTION',
  'LETTER',
  'PLAN',
  'REPORT',
  'NOTICE',
  'DISPATCH',
]);
/**
 * `Decree No.`, `Decrees No.`, and a law named in English before its number (`Law on
 * Public-Private Partnership Investment No.`).
 */
const ENGLISH_TYPE_BEFORE = new RegExp(
  String.raw`(?<![A-Z])(?:(?:${[...ENGLISH_TYPE_WORDS].join('|')})S?|(?:LAW|CODE|ORDINANCE) ON(?: [A-Z-]+){1,6})(?: {1,3}NO\.?)? {0,3}$`,
);
/**
 * The later members of a list cited in English (`Decrees No. 88/2024/ND-CP, 101/2024/ND-CP and
 * 102/2024/ND-CP`): the English head, then symbols, commas and `and` up to this one.
 */
const ENGLISH_LIST_BEFORE = new RegExp(
  String.raw`(?<![A-Z])(?:${[...ENGLISH_TYPE_WORDS].join('|')})S?(?: {1,3}NO\.?)? {0,3}[\dA-Z/.-]+(?: {0,2}, {0,2}[\dA-Z/.-]+)*(?: {0,2},)? {0,3}(?:AND {1,3})?$`,
);

function isLookalike(skeleton: string, start: number, normalized: string): boolean {
  // Necessary condition first, without a regex: the word before (spaces and a colon skipped)
  // must end a look-alike prefix. Almost always it is `của`, `theo`, `và`…
  let end = start;
  while (end > 0 && skeleton.charCodeAt(end - 1) === 0x20) end--;
  if (end > 0 && skeleton.charCodeAt(end - 1) === 0x3a) {
    end--;
    while (end > 0 && skeleton.charCodeAt(end - 1) === 0x20) end--;
  }
  let wordStart = end;
  while (wordStart > 0 && isCapitalLetterCode(skeleton.charCodeAt(wordStart - 1))) wordStart--;
  const word = skeleton.slice(wordStart, end);
  const englishWord = word.endsWith('S') ? word.slice(0, -1) : word;
  if (
    (ENGLISH_TYPE_WORDS.has(englishWord) ||
      (word === '' && skeleton.charCodeAt(end - 1) === 0x2e)) &&
    ENGLISH_TYPE_BEFORE.test(skeleton.slice(Math.max(0, start - 60), start))
  ) {
    return true;
  }
  if (
    (word === 'AND' || (word === '' && skeleton.charCodeAt(end - 1) === 0x2c)) &&
    ENGLISH_LIST_BEFORE.test(skeleton.slice(Math.max(0, start - 100), start))
  ) {
    return true;
  }
  if (!LOOKALIKE_LAST_WORDS.has(word)) return false;
  // `mã 45/KH` (a code) is a look-alike; `mà Nghị quyết 57 đặt ra` (whereby) is no prefix, nor
  // `kế thừa Nghị quyết 07` (inherits) a parcel's `thửa 12`.
  if (word === 'MA' && lowerCase(normalized.slice(wordStart, end)) === 'mà') return false;
  if (word === 'THUA' && lowerCase(normalized.slice(wordStart, end)) === 'thừa') return false;
  // `theo mẫu tại phụ lục Nghị định 130`: an appendix named before a type word is that
  // document's (8 of 8 annotated), unlike `Phụ lục số 02/PL-BC`, numbered itself.
  if (word === 'LUC' && isCapitalLetterCode(skeleton.charCodeAt(start))) return false;
  if (endsWithLookalikeLabel(skeleton, normalized, start)) return true;
  return namesLicenceBefore(skeleton, start);
}

/**
 * Whether a licence's, a certificate's, a contract's or a quotation's name and `số` end right before
 * `start`.
 */
function namesLicenceBefore(skeleton: string, start: number): boolean {
  // The label's words within reach, looked for in the reach alone (`lastIndexOf` over the whole
  // text would scan all of it back when the words are nowhere before).
  const reach = skeleton.slice(Math.max(0, start - LICENCE_REACH), start);
  return (
    (reach.includes('GIAY') ||
      reach.includes('HOP DONG') ||
      reach.includes('BAO LANH') ||
      reach.includes('BAO GIA')) &&
    LICENCE_BEFORE.test(reach)
  );
}

/** A dash and a run of three or more digits glued after a symbol: a certificate's or a file's serial. */
const SERIAL_TAIL = /^-\d{3,}(?![\d/])/u;
function hasSerialTail(skeleton: string, candidate: SymbolCandidate): boolean {
  return SERIAL_TAIL.test(skeleton.slice(candidate.end, candidate.end + 8));
}

/** Whether a symbol-shaped string is a document symbol (references.md §8, §10). */
function isValidSymbol(
  candidate: SymbolCandidate,
  hasTypeWord: boolean,
  prepared: PreparedText,
  spanStart: number,
): boolean {
  const { skeleton, normalized } = prepared;
  if (candidate.year !== null && (candidate.year < 1945 || candidate.year > 2100)) return false;
  if (isCorporateIssuer(candidate.issuer) || isCorporateIssuer(candidate.code)) return false;
  if (!hasTypeWord && isLookalike(skeleton, spanStart, normalized)) return false;
  // `chứng chỉ … số hiệu từ 24/SC-CN-0156 đến …`: a serial's running number after the issuer.
  if (!hasTypeWord && hasSerialTail(skeleton, candidate)) return false;
  if (candidate.layout === 'old') return hasTypeWord;
  const known = isKnownIssuer(candidate.issuer);
  if (candidate.layout === 'party') {
    if (candidate.code !== null && STATE_CODES_IN_PARTY_LAYOUT.has(upperCase(candidate.code)))
      return hasTypeWord;
    return known || hasTypeWord;
  }
  if (candidate.code !== null) return candidate.issuer ? known || hasTypeWord : hasTypeWord;
  if (!candidate.issuer) return false;
  if (!known) return hasTypeWord;
  // `218/2025/QH15`: a year and the Assembly's code alone make a law's or a resolution's symbol
  // (every such annotated symbol is the Assembly's); a ministry's or a department's code after a
  // year, no type code between, is a certificate's or a file's number (`giấy xác nhận số
  // 0917/2025/BS`), none of them annotated.
  return (
    hasTypeWord ||
    candidate.issuer.includes('-') ||
    (candidate.year !== null && isAssemblyIssuer(candidate.issuer))
  );
}

/** The last number a bare number after a type word reads as a year up to (`đến năm 2050`). */
const LAST_YEAR_LIKE = 2050;

/** A bare number after a type word is a short reference unless it counts something. */
function isShortReferenceNumber(
  skeleton: string,
  normalized: string,
  numberStart: number,
  numberEnd: number,
  hadNumberWord: boolean,
  /** The text cited this type and number in full before. */
  citedInFull: boolean,
): boolean {
  const after = skeleton.slice(numberEnd, numberEnd + 30);
  // A failed symbol (`18/5`, `18-NQ`), a decimal or a time (`18.000`, `7:30`) is not a short form;
  // a dash between spaces before a plain word is punctuation (`Chỉ thị 05 – Bài 2`).
  const dashAsPunctuation = /^ {1,2}- {1,2}[A-Z]+(?:[ .,;:!?]|$)/u.test(after);
  if (!dashAsPunctuation && /^ {0,2}[/-] {0,2}[A-Z\d]|^[.,:]\d/u.test(after)) return false;
  if (/^[A-Z%]/u.test(after)) return false;
  // `Nghị quyết 2231 (2015)` of the UN Security Council: the year in brackets is how the United
  // Nations numbers its resolutions, not how Vietnamese documents are cited.
  if (/^ {0,2}\((?:19|20)\d\d\)/u.test(after)) return false;
  if (isItemMark(normalized, numberStart, after)) return false;
  const value = Number(skeleton.slice(numberStart, numberEnd));
  // `Quyết định 2037 năm 2024`: a number that reads as a year, but the year follows it. Years
  // run to the plans' horizons (`tầm nhìn 2050`); past them a number is a number (`Quyết định
  // 2081 của Thủ tướng Chính phủ`).
  if (
    !hadNumberWord &&
    value >= 1945 &&
    value <= LAST_YEAR_LIKE &&
    !/^ {1,3}NAM {1,3}(?:19|20)\d\d(?![\d-])/u.test(after)
  )
    return false;
  if (/^ {1,3}NAM(?![A-Z])/u.test(after) && !isPrintedAfter(normalized, numberEnd, 'nằm')) {
    // `Quy định 11 năm 2019` cites; `Kế hoạch 5 năm 2021 - 2025` counts years (`Nghị quyết 57
    // nằm trên giấy`, lies on paper, shares the skeleton). After `số` the number is the
    // document's, and `năm nay`, `năm qua` the time of the sentence (`… theo Kế hoạch số 58 năm
    // nay`).
    if (hadNumberWord && /^ {1,3}NAM {1,3}(?:NAY|QUA|NGOAI|TRUOC)(?![A-Z])/u.test(after))
      return true;
    return numberEnd - numberStart >= 2 && /^ {1,3}NAM {1,3}\d{4}(?! {0,3}-)/u.test(after);
  }
  // `Nghị định 16 so với Nghị định 78`: compared with, not a count of `số`.
  if (/^ {1,3}SO {1,3}VOI(?![A-Z])/u.test(after) && isPrintedAfter(normalized, numberEnd, 'so với'))
    return true;
  // `Công điện 06 đồng thời giao …`: at the same time, not six dong.
  if (
    /^ {1,3}DONG {1,3}THOI(?![A-Z])/u.test(after) &&
    isPrintedAfter(normalized, numberEnd, 'đồng thời')
  )
    return true;
  // `Nghị quyết 68 lần đầu tiên xác định …`: for the first time, not sixty-eight times.
  if (/^ {1,3}LAN {1,3}DAU(?![A-Z])/u.test(after)) return true;
  // `Quyết định 217 ban hành Quy chế …`: the verb, not `ban` counting boards; `Quyết định 25
  // điều chỉnh tăng …`, `Quyết định 12 cấp phép …`: a verb, not `điều` counting articles.
  if (COMPOUND_VERB_AFTER.test(after)) return true;
  // `Quy định 11 ngày 5/3/2019` cites; `Chỉ thị số 05 ngày càng …` (ever more) goes on.
  if (/^ {1,3}NGAY(?![A-Z])/u.test(after))
    return /^ {1,3}NGAY {1,3}(?:\d|CANG(?![A-Z]))/u.test(after);
  const quantity = QUANTITY.exec(after);
  if (!quantity) return true;
  // `áp theo Nghị định 45 khoản 4 điều 6`: a clause's or an article's number after the word makes
  // it the place cited in the document, not a count.
  if (ARTICLE_LOCATOR_AFTER.test(after)) return true;
  // `Công điện 09 tỉnh đã ký rồi`: the province that signed it, not nine provinces.
  if (SIGNER_AFTER.test(normalized.slice(numberEnd + 1, numberEnd + 41))) return true;
  // `… thực hiện Nghị quyết số 09-NQ/TU … bổ sung vào Nghị quyết 09 mục tiêu kết nối …`: after the
  // document's full mention its number names it again (7 of 7 annotated before such a word).
  if (citedInFull) return true;
  // `Nghị định 178 đợt 2, đợt 3`: a batch's or a session's own number follows; the word labels
  // it and counts nothing of the document's number.
  if (ORDINAL_LABEL.test(after)) return true;
  // The skeleton joins words the printed text tells apart: `Chương trình 26 còn chậm` and
  // `Thông tư 29 buộc …` cite, `26 con`, `3 bước` count. Text typed without marks stays counted.
  const wordStart = numberEnd + quantity[0].length - (quantity[1]?.length ?? 0);
  const printed = normalized.slice(wordStart, wordStart + (quantity[1]?.length ?? 0));
  // Letters with marks: printed text where the skeleton's collisions can be told apart.
  return MARKED.test(printed) && !PRINTED_QUANTITY_WORDS.has(lowerCase(printed));
}

/** An article, clause, point or chapter and its number (skeleton). */
const ARTICLE_LOCATOR_AFTER = /^ {1,3}(?:DIEU|KHOAN|DIEM|MUC|CHUONG) {1,3}\d/u;

/** Whether `word` (lower case, as printed) is the word after the spaces at `from`. */
function isPrintedAfter(normalized: string, from: number, word: string): boolean {
  let start = from;
  while (normalized.charCodeAt(start) === 0x20) start++;
  return lowerCase(normalized.slice(start, start + word.length)) === word;
}

/** A capital right after a number: the next cell of a flattened table's row. */
const ROW_CELL_AFTER = /^ \p{Lu}/u;
/**
 * Whether the number opens a new line as an item's mark (`… XÂY DỰNG KẾ HOẠCH\n1. Nghị quyết
 * số …`, `\n2) …`): a heading's type word then ends its line, and the number counts the items.
 * Only the line break tells it from a short form ending a sentence (`… theo Quyết định 18. Ngoài
 * ra …`).
 */
function isItemMark(normalized: string, numberStart: number, skeletonAfter: string): boolean {
  // `1. `, `2) `, or a flattened table's row number before its next cell (`Văn bản quy định\n1\tPhí
  // tham quan …`, the tab a space by now): a capital right after it, no word of a sentence.
  if (!/^[.)] /u.test(skeletonAfter)) {
    let numberEnd = numberStart;
    while (isDigitCode(normalized.charCodeAt(numberEnd))) numberEnd++;
    if (!ROW_CELL_AFTER.test(normalized.slice(numberEnd, numberEnd + 2))) return false;
  }
  let index = numberStart - 1;
  while (index >= 0 && (normalized[index] === ' ' || normalized[index] === '\t')) index--;
  return normalized[index] === '\n' || normalized[index] === '\r';
}

/**
 * Words a lower-case short form's number may be followed by (`thông tư 14 hướng dẫn …`,
 * `quy định 37 của …`): any other lower-case word after it makes the number a count of that
 * word, and the type word a verb or a common noun (`năm 2015 quy định 19 tội danh`).
 */
const PRINTED_SHORT_FORM_FOLLOWERS = [
  ...['của', 'về', 'ngày', 'năm', 'và', 'hoặc', 'với', 'tại', 'do', 'đã', 'được', 'là', 'thì'],
  ...['sẽ', 'vẫn', 'cũng', 'đang', 'vừa', 'mới', 'nêu', 'có', 'quy', 'hướng', 'ban', 'yêu'],
  // `… báo cáo chất lượng dịch vụ theo thông tư 14 còn nhiều thủ tục chồng chéo`: still, as `vẫn`.
  'còn',
  // A chat's clause going on after it: `em đọc nghị định 126 mà vẫn chưa rõ`, `… rồi ạ`, `đừng áp
  // mức cũ của nghị định 100 nữa` (no more: 2 of 2 annotated cite it).
  ...['mà', 'nhưng', 'nên', 'chưa', 'rồi', 'ạ', 'nhé', 'nữa'],
  // `… áp dụng nghị định 62 hay nghị định 33 ạ?`: or, the other document asked about.
  'hay',
  // A conjunction opening the next clause: `… tính tiền điện dư theo thông tư 08 khi công tơ …`.
  ...['khi', 'nếu', 'vì', 'để'],
  // What happened to it: `thông tư 24 hết hiệu lực rồi`.
  'hết',
  // What it fines: `nghị định 168 phạt không đội mũ bảo hiểm …`.
  'phạt',
];
/** As printed, and typed without marks (`thong tu 78 nam 2021`, a forum's spelling). */
const SHORT_FORM_FOLLOWERS = new Set([
  ...PRINTED_SHORT_FORM_FOLLOWERS,
  ...PRINTED_SHORT_FORM_FOLLOWERS.map(withoutMarks),
]);

/**
 * Document nouns a number can count (`Quyết định 2 phương án`, `Kế hoạch 3 đề án`); not the
 * type words that are also verbs (`thông tư 14 hướng dẫn thi hành`, `… 5 quy định`).
 */
const COUNTED_DOCUMENTS =
  /^(?:PHUONG {1,3}AN|DE {1,3}AN|KE {1,3}HOACH|CHUONG {1,3}TRINH|NGHI {1,3}QUYET|NGHI {1,3}DINH|THONG {1,3}TU|CHI {1,3}THI|CONG {1,3}VAN|VAN {1,3}BAN|TO {1,3}TRINH)(?![A-Z])/u;

/**
 * Whether a lower-case document noun follows the number: it counts documents, it is not the
 * number of one.
 */
function countsDocumentsAfter(state: AssemblyState, numberEnd: number): boolean {
  const { normalized, skeleton } = state.prepared;
  let start = numberEnd;
  while (start < skeleton.length && start < numberEnd + 3 && skeleton.charCodeAt(start) === 0x20)
    start++;
  if (start === numberEnd || !/^\p{Ll}/u.test(normalized.slice(start, start + 1))) return false;
  return COUNTED_DOCUMENTS.test(skeleton.slice(start, start + 24));
}

/** Whether a lower-case word that is no short-form follower comes right after `numberEnd`. */
function countsNextWord(state: AssemblyState, numberEnd: number): boolean {
  const { normalized } = state.prepared;
  let start = numberEnd;
  while (start < normalized.length && start < numberEnd + 3 && normalized[start] === ' ') start++;
  if (start === numberEnd || !/^\p{Ll}/u.test(normalized.slice(start, start + 1))) return false;
  let end = start;
  while (end < normalized.length && /\p{L}/u.test(normalized[end] ?? '')) end++;
  const word = normalized.slice(start, end);
  // `… thông tư 75 chỉ áp dụng cho …`: only, the clause's adverb; `quy định 5 chỉ tiêu`, `… chỉ
  // số`, `… chỉ thị` count what they name. Printed only: `chi` without its mark is also `chi`
  // (`… 3 chi nhánh`, `… chi phí`).
  if (word === 'chỉ') return COUNTED_AFTER_ONLY.test(normalized.slice(end, end + 8));
  // `quyết định 2315 bên tỉnh ký ngày 26/9 rồi`, `công điện 09 tỉnh đã ký rồi`: the body that signed
  // it follows, so the number is the document's (2 of 2 annotated; `20 loại ký hiệu` counts).
  if (SIGNER_AFTER.test(normalized.slice(start, start + 40))) return false;
  return !SHORT_FORM_FOLLOWERS.has(word);
}
/** A word or three, then `(đã) ký` (signed), not `ký hiệu`, `ký kết`, `ký tên` … */
const SIGNER_AFTER =
  /^(?:[^\s,.;:]+ ){1,3}(?:đã |vừa |mới )?ký(?![\p{L}]| (?:hiệu|kết|tên|túc|sự|ức|quỹ|gửi)(?![\p{L}]))/u;
/** The second words of the nouns that open with `chỉ` (`chỉ tiêu`, `chỉ số`, `chỉ thị` …). */
const COUNTED_AFTER_ONLY = /^ (?:tiêu|số|thị|đạo|huy|dẫn|định|rõ|báo)(?![\p{L}])|^(?! )/u;

/** Whether `số` (with an optional colon) stands right before `at`, after the type word. */
function hasNumberWordBefore(skeleton: string, typeEnd: number, at: number): boolean {
  return /SO {0,3}:? {0,3}$|SO$/u.test(skeleton.slice(Math.max(typeEnd, at - 8), at));
}

/**
 * Where a code-only symbol's span starts when a type code stands before it as its type word
 * (`KH số 89/KH-UBND`, `NQ 57-NQ/TW`, `kh số: 89/kh-ubnd`): the word must be the symbol's own
 * type code as printed there (any case), or `CV` or `VB` before a symbol without one (a Công
 * văn's `456/UBND-VX`), so only shorthand that names the same document's type is taken; null
 * otherwise. Nothing before `notBefore` (the previous reference) is looked at. A backward scan
 * of the skeleton, no substring: it runs for every code-only symbol.
 */
function abbreviatedTypeStart(
  prepared: PreparedText,
  candidate: SymbolCandidate,
  notBefore: number,
): { start: number; type: string | null } | null {
  const { skeleton, normalized } = prepared;
  const floor = Math.max(notBefore, candidate.start - 16);
  const isSpace = (at: number) => at > floor && skeleton.charCodeAt(at - 1) === 0x20;
  // Back over: spaces, then `số` (with a colon: `SO:`, `SO :`) and spaces, to the word.
  let index = candidate.start;
  while (isSpace(index)) index--;
  const spacesBeforeNumber = candidate.start - index;
  let probe = index;
  if (probe > floor && skeleton.charCodeAt(probe - 1) === 0x3a) {
    probe--;
    while (isSpace(probe)) probe--;
  }
  const hasNumberWord =
    probe - 2 >= floor &&
    skeleton.charCodeAt(probe - 1) === 0x4f &&
    skeleton.charCodeAt(probe - 2) === 0x53 &&
    !isUpperAt(skeleton, probe - 3);
  if (hasNumberWord) {
    index = probe - 2;
    const wordGap = index;
    while (isSpace(index)) index--;
    if (index === wordGap) return null; // `…KHSO 89`: no word of its own
  } else if (index !== probe) {
    return null; // a colon without `số`
  }
  // `QĐ125/QĐ-UBND`: glued to the number, only the symbol's own code as printed in it.
  const glued = !hasNumberWord && spacesBeforeNumber === 0;
  const wordEnd = index;
  // `Q.Đ 812/QĐ-UBND`: notes write the code with a dot between its letters.
  let dots = 0;
  while (
    index > floor &&
    wordEnd - index < 5 + dots &&
    (isUpperAt(skeleton, index - 1) ||
      (skeleton.charCodeAt(index - 1) === 0x2e &&
        index < wordEnd &&
        isUpperAt(skeleton, index - 2) &&
        ++dots > 0))
  )
    index--;
  const length = wordEnd - index - dots;
  // `qđ thi hành án số …`: words of the document's kind between the shorthand and `số`.
  const beforeWords = () => {
    const start =
      hasNumberWord && candidate.code !== null
        ? shorthandBeforeWords(prepared, wordEnd, toSkeleton(candidate.code), notBefore)
        : null;
    return start === null ? null : { start, type: null };
  };
  if (length < 2 || length > 4) return beforeWords();
  // The word stands alone: not the tail of a longer word, a symbol or a number.
  if (!startsWordAt(skeleton, index)) return null;
  const printed = normalized.slice(index, wordEnd).replaceAll('.', '');
  if (glued) {
    return printed === candidate.code && printed === printed.toUpperCase()
      ? { start: index, type: null }
      : null;
  }
  // A chat writes its shorthand in lower case whatever the symbol's case (`… va qd 1742/QD-UBND
  // ngay 5/8/2024 …`, `cv so 2215/STNMT-QLDD`, and with marks around it: `cv 4218/UBND-NLN của
  // tỉnh về chống rét`, `tb 45-TB/VPTU`; 5 of 5 annotated read the word as the type): the word
  // right before a symbol that spells its own code, or `cv` (or `vb`, `văn bản`: `theo vb số
  // 146/QBVR-KHTC ngày 4/3/2025 của Quỹ`) before a letter's, is its type.
  // Compared as skeletons: a chat typed without marks writes `qd` for the symbol's `QĐ` (`qd so
  // 2381/QĐ-UBND`). The word's skeleton is the prepared one's, already there.
  // The word names the type where the symbol's code does not: `cv 2456/CT-CS`, a letter whose code
  // is its unit's (`isUnitLetterSymbol`); `nđ 64-cp`, an old symbol's decree.
  const word = skeleton.slice(index, wordEnd).replaceAll('.', '');
  if (candidate.code !== null) {
    if (word === toSkeleton(candidate.code)) return { start: index, type: null };
    if (word === 'CV' && isUnitLetterSymbol(candidate)) return { start: index, type: 'Công văn' };
    return beforeWords();
  }
  if (word === 'CV' || word === 'VB') return { start: index, type: null };
  const oldType = oldLayoutShorthandType(word, candidate);
  return oldType !== null ? { start: index, type: oldType } : beforeWords();
}

/**
 * `qđ thi hành án số 76/QĐ-CCTHADS`, `kh tuyên truyền số 12/KH-UBND`: a chat's shorthand for the
 * type word, then a few lower-case words of the document's kind before `số`, as after the full
 * type word (`Quyết định thi hành án số …`). The shorthand spells the symbol's own code (no word
 * of the language does); the words hold no digit, no capital and no type word. Where the
 * shorthand starts, else null.
 */
function shorthandBeforeWords(
  prepared: PreparedText,
  wordsEnd: number,
  code: string,
  notBefore: number,
): number | null {
  const { skeleton, normalized } = prepared;
  const from = Math.max(notBefore, wordsEnd - 40);
  const window = skeleton.slice(from, wordsEnd);
  // Word by word back from `số`: one to four words, then the shorthand.
  let wordStart = window.length;
  for (let words = 0; words <= 4; words++) {
    const space = window.lastIndexOf(' ', wordStart - 1);
    const start = space + 1;
    const word = window.slice(start, wordStart);
    if (!/^[A-Z]+$/u.test(word)) return null;
    if (
      words > 0 &&
      word.length >= 2 &&
      word.length <= 4 &&
      shorthandOf(word) === shorthandOf(code)
    ) {
      const at = from + start;
      // A word cut by the window's edge is no shorthand: the character before it must end a word.
      if (space < 0 && !startsWordAt(skeleton, at)) return null;
      const printedWords = normalized.slice(at + word.length, wordsEnd);
      return /[\p{Lu}\d]/u.test(printedWords) ||
        containsTypeWord(skeleton.slice(at + word.length, wordsEnd))
        ? null
        : at;
    }
    if (space < 0) return null;
    wordStart = space;
  }
  return null;
}

/**
 * Whether a word starting at `at` stands alone: not the tail of a longer word, a symbol or a
 * number (no capital, digit, `&`, `/` or `-` right before it in the skeleton).
 */
function startsWordAt(skeleton: string, at: number): boolean {
  if (at === 0) return true;
  const before = skeleton.charCodeAt(at - 1);
  return (
    !isCapitalLetterCode(before) &&
    !isDigitCode(before) &&
    before !== 0x26 &&
    before !== 0x2f &&
    before !== 0x2d
  );
}

/**
 * `nđ 64-cp ngày 27/9/1993`: an old symbol holds no type code, and a chat's shorthand before it
 * names its type (a decree, a decision, a directive, a circular or a resolution of the
 * Government's or the Council of Ministers' old layout); null for any other word.
 */
function oldLayoutShorthandType(word: string, candidate: SymbolCandidate): string | null {
  if (candidate.layout !== 'old' || candidate.code !== null) return null;
  const type = typeFromCode(word, 'state');
  return type !== null && OLD_LAYOUT_TYPES.has(type) ? type : null;
}
const OLD_LAYOUT_TYPES: ReadonlySet<string> = new Set([
  'Nghị định',
  'Quyết định',
  'Chỉ thị',
  'Thông tư',
  'Nghị quyết',
]);

/**
 * `cv 2456/CT-CS` (Cục Thuế's policy unit): letters read as a type code before a unit no table
 * knows, the symbol of a letter as the full `Công văn số 2456/CT-CS` reads it (its code is its
 * issuer's, `unfoldLetterIssuer`). Before a known issuer (`cv 123/QĐ-UBND`) the code still names
 * another type, and `cv` does not vouch for it.
 */
function isUnitLetterSymbol(candidate: SymbolCandidate): boolean {
  return (
    candidate.layout === 'state' &&
    candidate.issuer !== '' &&
    !isKnownIssuer(candidate.issuer) &&
    upperCase(candidate.code ?? '') !== 'CV'
  );
}

/** `Số:` or `Số hiệu:` opening a line (or the text) right before a symbol: a document's header. */
const LETTERHEAD_NUMBER_LABEL = /(?:^|\n)[ \t]*(?:Số|SỐ)(?: hiệu| HIỆU)?[ \t]*:[ \t]*$/u;

function isLetterheadNumber(normalized: string, start: number): boolean {
  return LETTERHEAD_NUMBER_LABEL.test(normalized.slice(Math.max(0, start - 20), start));
}

/** `Căn cứNghị định số 151/2017/NĐ-CP`: at most this many characters of type word and `số`. */
const GLUED_TYPE_REACH = 40;
/** What may stand between a type word and its symbol: `số` (glued or not, with a colon). */
const NUMBER_WORD_END = / {0,3}(?:SO {0,3}:? {0,3})?$/;

/**
 * The drafts of a symbol whose type word is glued to the word before it (`Căn cứNghị định số
 * 151/2017/NĐ-CP`), read as the type word would have been; null when there is none. Only a
 * symbol no type word took reaches here, so the search runs for few.
 */
function gluedTypeWordDrafts(
  state: AssemblyState,
  symbolIndex: number,
  notBefore: number,
): readonly Draft[] | null {
  const { skeleton, normalized } = state.prepared;
  const candidate = state.symbols[symbolIndex];
  if (!candidate) return null;
  const from = Math.max(notBefore, candidate.start - GLUED_TYPE_REACH);
  const gap = NUMBER_WORD_END.exec(skeleton.slice(from, candidate.start));
  const wordEnd = candidate.start - (gap?.[0].length ?? 0);
  const hit =
    gluedTypeWordBefore(skeleton, normalized, from, wordEnd) ??
    hyphenatedTypeWordBefore(skeleton, normalized, from, wordEnd);
  if (!hit?.type) return null;
  const drafts = attachTypeWord(state, hit as TypeWordHit & { type: string });
  // Only when the type word took this very symbol: nothing else is read differently.
  return state.symbolAt.isUsed(symbolIndex) ? drafts : null;
}

function isGluedToCodeBefore(skeleton: string, start: number): boolean {
  return start >= 2 && skeleton.charCodeAt(start - 1) === 0x2d && isUpperAt(skeleton, start - 2);
}

function isUpperAt(skeleton: string, index: number): boolean {
  return index >= 0 && isCapitalLetterCode(skeleton.charCodeAt(index));
}

function applySymbol(draft: Draft, candidate: SymbolCandidate): void {
  draft.number = candidate.number;
  draft.code = candidate.code;
  draft.issuer = candidate.issuer || null;
  draft.symbolYear = candidate.year;
  draft.layout = candidate.layout;
}

/**
 * The symbols by start position, and which ones a type word already took. Binary search over
 * a typed array, not a Map of every symbol: text with a reference every few hundred
 * characters holds tens of thousands of symbols, and hashing each lookup cost more.
 */
class SymbolsByStart {
  private readonly starts: Int32Array;
  private readonly used: Uint8Array;

  constructor(symbols: readonly SymbolCandidate[]) {
    this.starts = new Int32Array(symbols.length);
    for (let index = 0; index < symbols.length; index++) {
      this.starts[index] = symbols[index]?.start ?? 0;
    }
    this.used = new Uint8Array(symbols.length);
  }

  /** Index of the symbol that starts exactly at `position` (starts are sorted and unique). */
  indexAt(position: number): number | undefined {
    const { starts } = this;
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const start = starts[middle] ?? 0;
      if (start === position) return middle;
      if (start < position) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  isUsed(index: number): boolean {
    return this.used[index] === 1;
  }

  markUsed(index: number): void {
    this.used[index] = 1;
  }
}

/** Most type words introduce nothing: one shared empty result instead of a new array each. */
const NO_DRAFTS: readonly Draft[] = Object.freeze([]);

interface AssemblyState {
  prepared: PreparedText;
  symbols: SymbolCandidate[];
  symbolAt: SymbolsByStart;
  drafts: Draft[];
  /** `type|number` of the full mentions (with a code) drafted so far, for short forms. */
  fullMentions: Set<string>;
  nextGroup: number;
}

/** Everything a type word introduces: a full reference, a list, a short form or a named law. */
function attachTypeWord(
  state: AssemblyState,
  hit: TypeWordHit & { type: string },
): readonly Draft[] {
  const { skeleton, normalized } = state.prepared;
  let position = hit.end;
  // A named type's next words are its name (`Luật Thanh tra số 11/2022/QH15`), never a modifier.
  const modifierEnd = NAMED_TYPES.has(hit.type) ? -1 : stickyEnd(MODIFIER, skeleton, position);
  if (
    modifierEnd >= 0 &&
    /\p{Ll}/u.test(normalized.slice(position, modifierEnd)) ===
      /\p{Ll}/u.test(normalized.slice(hit.start, hit.end))
  ) {
    position = modifierEnd;
  }
  // Where a number may start, in order of preference (-1: no such shape); three slots, not a
  // growing array, since this runs for every type word.
  const afterMark = stickyEnd(NUMBER_MARK, skeleton, position);
  // The costlier shapes only where they can start: `… của X số …`, `… <words> số …`.
  const capitalised = isCapital(normalized, hit.start);
  let bodyBefore =
    capitalised && stickyEnd(OF_BEFORE_NUMBER, skeleton, position) >= 0
      ? sticky(BODY_BEFORE_NUMBER, skeleton, position)
      : null;
  if (bodyBefore && containsTypeWord(bodyBefore[0])) bodyBefore = null;
  const afterBody = bodyBefore ? position + bodyBefore[0].length : -1;
  const nextIsDigit = afterMark >= 0 && isDigitAt(skeleton, afterMark);
  let wordsMatch =
    nextIsDigit || bodyBefore ? null : sticky(WORDS_BEFORE_NUMBER, skeleton, position);
  // Five or six words (`Quyết định giải quyết khiếu nại lần hai số …`) only in lower case after
  // a type word that is not a law's: a heading's capitals or a law's name could be anything.
  if (
    wordsMatch &&
    (wordsMatch[1]?.split(/ +/u).length ?? 0) > 4 &&
    (NAMED_TYPES.has(hit.type) ||
      !/^\P{Lu}*$/u.test(
        normalized.slice(wordsMatch.index, wordsMatch.index + wordsMatch[0].length),
      ))
  ) {
    wordsMatch = null;
  }
  // Words between a type word and `số` belong to it only if none is another type word, or if
  // the symbol's code names this type and the words are the title's, in lower case (`Quyết định
  // phê duyệt phương án bồi thường số 1402/QĐ-UBND`: the scheme is what the decision approves).
  let wordsBefore =
    wordsMatch &&
    (!containsTypeWord(wordsMatch[0]) ||
      (capitalised &&
        !/\p{Lu}/u.test(
          normalized.slice(wordsMatch.index + 1, wordsMatch.index + wordsMatch[0].length),
        ) &&
        symbolCodeNames(state, position + wordsMatch[0].length, hit.type)))
      ? wordsMatch
      : null;
  // A `về việc` title there, in lower case and naming no other document, is the document's
  // title; only a symbol may follow it (a bare number after so many words is prose).
  let aboutTitle: string | null = null;
  if (!nextIsDigit && !bodyBefore && hit.type !== null && !NAMED_TYPES.has(hit.type)) {
    const about = sticky(ABOUT_BEFORE_NUMBER, skeleton, position);
    const words = about?.[1];
    if (about && words && !containsTypeWord(words)) {
      // The skeleton keeps the printed text's offsets: the words' place in the match is theirs.
      const wordsStart = about.index + about[0].indexOf(words);
      const printed = normalized.slice(wordsStart, wordsStart + words.length);
      if (!/\p{Lu}/u.test(printed) && /\p{Ll}/u.test(normalized.slice(hit.start, hit.end))) {
        wordsBefore = about;
        aboutTitle = printed.replace(/\s+/gu, ' ');
      }
    }
  }
  // `báo cáo tham mưu theo tb số 215-TB/TU`: words ending in the symbol's own code written for
  // its type word are another document's shorthand, not this type's words.
  if (wordsBefore && endsWithOwnShorthand(state, wordsBefore, hit.type)) wordsBefore = null;
  let afterWords = -1;
  if (wordsBefore) {
    const words = normalized.slice(
      wordsBefore.index,
      wordsBefore.index + (wordsBefore[1]?.length ?? 0) + 4,
    );
    const headingCase = !/\p{Ll}/u.test(normalized.slice(hit.start, hit.end));
    // `LUẬT ĐẤT ĐAI SỐ 31/2024/QH15` in a heading: a law's words before its number are its name,
    // which the named reading takes (as `Luật Đất đai số 31/2024/QH15` in running text).
    if ((headingCase && !NAMED_TYPES.has(hit.type)) || !/\p{Lu}/u.test(words))
      afterWords = position + wordsBefore[0].length;
  }
  for (let slot = 0; slot < 3; slot++) {
    const at = slot === 0 ? afterMark : slot === 1 ? afterBody : afterWords;
    if (at < 0) continue;
    // `kế hoạch lựa chọn nhà thầu gói thầu số 05`: the words end in a look-alike's own label.
    if (slot === 2 && endsWithLookalikeLabel(skeleton, normalized, at)) continue;
    const symbolIndex = state.symbolAt.indexAt(at);
    if (symbolIndex !== undefined && !state.symbolAt.isUsed(symbolIndex)) {
      const candidate = state.symbols[symbolIndex];
      if (
        candidate &&
        isValidSymbol(candidate, true, state.prepared, hit.start) &&
        registerNumberFits(candidate, hit.type)
      ) {
        state.symbolAt.markUsed(symbolIndex);
        const draft = emptyDraft(hit.start, candidate.end, 'full');
        draft.writtenType = hit.type;
        applySymbol(draft, candidate);
        if (slot === 2 && aboutTitle !== null) draft.title = aboutTitle;
        if (bodyBefore && at === position + bodyBefore[0].length) {
          // `Nghị quyết của Ban Chấp hành Đảng bộ tỉnh số 05-NQ/TU`: the body sits inside the span.
          let bodyText = normalized
            .slice(bodyBefore.index, at)
            .replace(/^\s*\S+\s+/u, '')
            .replace(/\s+\S+\s*:?\s*$/u, '');
          // `… Huyện ủy Thạch Bàn (khóa XXIV) số …`: the term after the name is the document's.
          const term = BRACKETED_TERM_END.exec(bodyText);
          if (term) {
            draft.term = upperCase(term[1] ?? '');
            bodyText = bodyText.slice(0, term.index);
          }
          draft.issuingBody = bodyText.replace(/\s+/gu, ' ').trim() || null;
        }
        return [draft];
      }
      continue;
    }
    // `Bàn quyết định do số 9 Huỳnh Như ghi`: a lower-case type word, words, then a bare number
    // is prose (a decisive goal, a shirt's number); a short form with words before its `số` is
    // capitalised (`Quyết định thi hành án số 318`).
    if (slot === 2 && (!capitalised || aboutTitle !== null)) continue;
    // `Nghị quyết năm mươi bảy`, `Kết luận một trăm ba mươi bảy`: a number spoken in words, as a
    // speech's transcript prints it, a short form of the type's number.
    if (slot === 0 && SHORT_REFERENCE_TYPES.has(hit.type) && isCapital(normalized, hit.start)) {
      const spoken = sticky(SPOKEN_NUMBER, skeleton, at);
      if (spoken && SPOKEN_MAGNITUDE.test(spoken[0])) {
        const end = at + spoken[0].trimEnd().length;
        const draft = emptyDraft(hit.start, end, 'short');
        draft.writtenType = hit.type;
        draft.number = normalized.slice(at, end).replace(/\s+/gu, ' ');
        return [draft];
      }
    }
    if (
      isDigitAt(skeleton, at) &&
      (!NAMED_TYPES.has(hit.type) || citedByNumberBefore(state, hit, at))
    ) {
      const list = numberList(state, at, hit.start);
      if (list.symbol !== null) {
        const candidate = state.symbols[list.symbol];
        if (!candidate || !isValidSymbol(candidate, true, state.prepared, hit.start)) continue;
        state.symbolAt.markUsed(list.symbol);
        const group = state.nextGroup++;
        const drafts = list.numbers.map((number, index) => {
          const draft = emptyDraft(
            index === 0 ? hit.start : number.start,
            number.end,
            'list-member',
          );
          draft.number = normalized.slice(number.start, number.end);
          return draft;
        });
        const last = emptyDraft(
          drafts.length === 0 ? hit.start : (list.symbolSpanStart ?? candidate.start),
          candidate.end,
          drafts.length === 0 ? 'full' : 'list-member',
        );
        applySymbol(last, candidate);
        drafts.push(last);
        for (const draft of drafts) {
          draft.writtenType = hit.type;
          draft.code = candidate.code;
          draft.issuer = candidate.issuer || null;
          // `các Nghị quyết số 08, 09/2024/NQ-HĐND`: the year the symbol is written with once is
          // every member's, as its code and issuer are (6 of 6 annotated lists without a date).
          draft.symbolYear = candidate.year;
          // `các Công văn số 1156, 1157/CT-CS …`: the layout the members' code is read in, as the
          // symbol's own (a State letter's unit code is its issuer's, for each of them).
          draft.layout = candidate.layout;
          if (drafts.length > 1) {
            draft.group = group;
            draft.sharedList = true;
          }
        }
        return drafts;
      }
      if (list.numbers.length === 0) continue;
      if (
        !SHORT_REFERENCE_TYPES.has(hit.type) &&
        !isShortFormWithAntecedent(state, hit, at, list.numbers)
      )
        continue;
      const numberYear = list.numbers.length === 1 ? sticky(NUMBER_YEAR, skeleton, at) : null;
      if (numberYear) {
        // `Nghị định 168/2024`: number and year without the code (form `number-year` of references.md §11).
        const year = Number(numberYear[2]);
        if (year < 1945 || year > 2100) continue;
        // `số liệu theo kỳ báo cáo 12/2024`: a reporting period, the month it covers.
        if (
          !capitalised &&
          PERIOD_BEFORE.test(normalized.slice(Math.max(0, hit.start - 8), hit.start))
        )
          continue;
        const draft = emptyDraft(hit.start, at + numberYear[0].length, 'short');
        draft.writtenType = hit.type;
        draft.number = normalized.slice(at, at + (numberYear[1]?.length ?? 0));
        draft.attachedYear = year;
        return [draft];
      }
      const lastNumber = list.numbers[list.numbers.length - 1];
      // A lower-case type word and a number that counts the next word (`3 quyết định nữa`), unless
      // the text cited that document in full before (`… căn cứ hướng dẫn 24 xây dựng …`).
      // `số` before it makes the number the document's (`… và kế hoạch số 45 em đã đóng dấu`).
      if (
        lastNumber &&
        !isCapital(normalized, hit.start) &&
        !hasNumberWordBefore(skeleton, hit.end, list.numbers[0]?.start ?? hit.end) &&
        countsNextWord(state, lastNumber.end) &&
        !(list.numbers.length === 1 && hasFullMention(state, hit.type, lastNumber))
      )
        continue;
      if (lastNumber && countsDocumentsAfter(state, lastNumber.end)) continue;
      const citedInFull = lastNumber !== undefined && hasFullMention(state, hit.type, lastNumber);
      if (
        !lastNumber ||
        !isShortReferenceNumber(
          skeleton,
          normalized,
          lastNumber.start,
          lastNumber.end,
          // `Quyết định 2011` after `Quyết định số 2011/QĐ-UBND` is that decision, not a year;
          // so is `Công văn 2045`, of a type numbered into the thousands and never named by year.
          hasNumberWordBefore(skeleton, hit.end, at) ||
            THOUSANDS_NUMBERED_TYPES.has(hit.type) ||
            citedInFull ||
            (!YEAR_NAMED_TYPES.has(hit.type) &&
              OF_NAMED_BODY_AFTER.test(normalized.slice(lastNumber.end, lastNumber.end + 8))),
          citedInFull,
        )
      )
        continue;
      if (isLookalike(skeleton, hit.start, normalized)) continue;
      const group = list.numbers.length > 1 ? state.nextGroup++ : null;
      return list.numbers.map((number, index) => {
        const draft = emptyDraft(
          index === 0 ? hit.start : number.start,
          number.end,
          group === null ? 'short' : 'list-member',
        );
        draft.writtenType = hit.type;
        draft.number = normalized.slice(number.start, number.end);
        draft.group = group;
        draft.sharedList = group !== null;
        return draft;
      });
    }
  }
  if (NAMED_TYPES.has(hit.type)) return namedDrafts(state, hit);
  if (hit.type === 'Nghị quyết') return plenumDrafts(state, hit);
  return NO_DRAFTS;
}

/**
 * `các QĐ số 131, 132, 133/QĐ-UBND`: officials' type code heads a list of numbers that share
 * the last member's symbol, as the type word would (`các Quyết định số 131, 132, 133/QĐ-UBND`);
 * the code must be the symbol's own. Null when no such list follows: the code is then read as
 * a short form or as part of a code-only symbol.
 */
function abbreviatedListDrafts(
  state: AssemblyState,
  start: number,
  end: number,
  code: string,
): readonly Draft[] | null {
  const { skeleton } = state.prepared;
  const at = stickyEnd(NUMBER_MARK, skeleton, end);
  if (at < 0 || !isDigitAt(skeleton, at)) return null;
  const list = numberList(state, at);
  if (list.symbol === null || list.numbers.length === 0) return null;
  const symbolCode = state.symbols[list.symbol]?.code;
  if (symbolCode == null || shorthandOf(toSkeleton(symbolCode)) !== code) return null;
  // The type comes from the shared code, as after the generic `văn bản`.
  const drafts = attachTypeWord(state, { start, end, type: GENERIC_TYPE });
  return drafts.length > 0 ? drafts : null;
}

function numberList(
  state: AssemblyState,
  from: number,
  /** Where the type word starts: `từ` before it opens a range (`từ Nghị quyết số 27 đến số 42/…`). */
  typeStart = -1,
): {
  numbers: { start: number; end: number }[];
  symbol: number | null;
  /** Where the last member's span starts when a range's `số` precedes its symbol, else null. */
  symbolSpanStart: number | null;
} {
  const { skeleton } = state.prepared;
  const numbers: { start: number; end: number }[] = [];
  let position = from;
  let symbolSpanStart: number | null = null;
  for (let count = 0; count < 30; count++) {
    const symbolIndex = state.symbolAt.indexAt(position);
    if (symbolIndex !== undefined && !state.symbolAt.isUsed(symbolIndex))
      return { numbers, symbol: symbolIndex, symbolSpanStart };
    const end = stickyEnd(NUMBER, skeleton, position);
    if (end < 0) break;
    numbers.push({ start: position, end });
    let separatorEnd = stickyEnd(LIST_SEPARATOR, skeleton, end);
    // A range gives its two ends, which share the last one's code as a list does; the numbers
    // between them are not printed and not read.
    if (
      separatorEnd < 0 &&
      numbers.length === 1 &&
      typeStart > 0 &&
      RANGE_OPENS_BEFORE.test(skeleton.slice(Math.max(0, typeStart - 4), typeStart))
    ) {
      const range = sticky(RANGE_SEPARATOR, skeleton, end);
      if (range) {
        separatorEnd = end + range[0].length;
        if (range[1] !== undefined) symbolSpanStart = end + range[0].indexOf(range[1]);
      }
    }
    if (separatorEnd < 0) break;
    const memberEnd = stickyEnd(LIST_MEMBER, skeleton, separatorEnd);
    // `… thực hiện Nghị quyết 05, 41/43 tòa nhà …`: a ratio after the comma is the next clause's
    // count, no member (a member with its symbol is found where it starts, above).
    if (
      memberEnd < 0 ||
      countsAfter(state.prepared.normalized, memberEnd) ||
      (state.symbolAt.indexAt(separatorEnd) === undefined &&
        RATIO_AFTER.test(skeleton.slice(memberEnd, memberEnd + 6)))
    )
      break;
    position = separatorEnd;
  }
  return { numbers, symbol: null, symbolSpanStart: null };
}

/** `từ` right before a type word (skeleton), opening a range of its numbers. */
const RANGE_OPENS_BEFORE = /(?:^|[^A-Z])TU {1,3}$/u;
/** `đến`, `đến số` between a range's ends; the capture is `số`, which joins the last end's span. */
const RANGE_SEPARATOR = / {1,3}DEN {1,3}(?:(SO) {1,3})?(?=\d)/y;

/** Types only the National Assembly passes, and how its name reads in a body (skeleton). */
const ASSEMBLY_PASSED_TYPES = new Set(['Luật', 'Bộ luật', 'Hiến pháp']);
const ASSEMBLY_BODY = /(?:^|[^A-Z])QUOC HOI(?![A-Z])|^QH/u;

/**
 * The institutions whose names hold `Luật` (skeleton, right before the type word), a law firm
 * among them (`Công ty Luật TNHH Minh Khang`).
 */
const INSTITUTION_BEFORE =
  /(?:^|[^A-Z])(?:TRUNG CAP|CAO DANG|DAI HOC|HOC VIEN|TRUONG|KHOA|TAP CHI|NHA XUAT BAN|CONG TY) {1,3}$/u;

/** A convention's name before its subject (skeleton): `Công ước (của Liên hợp quốc) về`. */
const CONVENTION_ON_BEFORE = /(?:^|[^A-Z])CONG {1,3}UOC(?: {1,3}[A-Z]+){0,6} {1,3}VE {1,3}$/u;

/**
 * `theo Quyết định số 3254, 162 công dân được gọi …`: a lower-case word after the number that no
 * member of a list of documents is followed by makes it a count.
 */
function countsAfter(normalized: string, numberEnd: number): boolean {
  if (normalized.charCodeAt(numberEnd) !== 0x20) return false;
  // The word alone, without a comma after it (`theo Quyết định 1101, 18 tỉnh, thành phố …`).
  const word = COUNTED_WORD.exec(normalized.slice(numberEnd + 1, numberEnd + 24))?.[0];
  return word !== undefined && !SHORT_FORM_FOLLOWERS.has(word);
}
/** A lower-case word, then no letter (a space, a mark or the end). */
const COUNTED_WORD = /^\p{Ll}+(?![\p{L}])/u;

/**
 * A short name in parentheses after a law's name: initials (`(BLTTHS)`), or the type word and a
 * shortened name (`Luật Thuế thu nhập doanh nghiệp (Luật Thuế TNDN)`).
 */
const ALIAS_AFTER =
  /^ {0,2}\( {0,2}([A-ZĐ]{3,10}|(Bộ luật|Luật|Pháp lệnh) [\p{Lu}Đ][^()\n]{1,40}?) {0,2}\)/u;

function namedDrafts(state: AssemblyState, hit: TypeWordHit & { type: string }): readonly Draft[] {
  const { normalized, skeleton } = state.prepared;
  const firstLetter = normalized[hit.start] ?? '';
  const headingCase = !/\p{Ll}/u.test(normalized.slice(hit.start, hit.end));
  const named = parseNamedCitation(
    state.prepared,
    hit.end,
    hit.type,
    isCapital(normalized, hit.start),
  );
  if (!named) return NO_DRAFTS;
  // A lower-case `luật …` without its year is a law only where a legal text cites it by name.
  if (!headingCase && !/\p{Lu}/u.test(firstLetter) && named.year === null && !named.citedLowerCase)
    return NO_DRAFTS;
  if (isLookalike(skeleton, hit.start, normalized)) return NO_DRAFTS;
  // `Trường Trung cấp Luật Đồng Lạc`, `Khoa Luật`, `Tạp chí Luật học`: a school's or a journal's
  // name holds the word, not a law.
  if (INSTITUTION_BEFORE.test(skeleton.slice(Math.max(0, hit.start - 24), hit.start)))
    return NO_DRAFTS;
  // `Công ước của Liên hợp quốc về Luật Biển năm 1982`: the law of the sea a convention is on,
  // no Vietnamese law (`Luật Biển Việt Nam` is one).
  if (CONVENTION_ON_BEFORE.test(skeleton.slice(Math.max(0, hit.start - 60), hit.start)))
    return NO_DRAFTS;
  let end = named.end;
  const draft = emptyDraft(hit.start, end, 'named-law');
  draft.writtenType = hit.type;
  draft.kind = named.kind ?? (hit.type === 'Điều lệ' ? 'party' : 'state');
  draft.title = named.name;
  draft.nameKey = named.nameKey ?? null;
  draft.attachedYear = named.year;
  draft.date = named.date;
  draft.dateYear = named.date ? named.year : null;
  if (named.symbolAt !== null) {
    const symbolIndex = state.symbolAt.indexAt(named.symbolAt);
    const candidate = symbolIndex === undefined ? undefined : state.symbols[symbolIndex];
    if (
      symbolIndex !== undefined &&
      candidate &&
      !state.symbolAt.isUsed(symbolIndex) &&
      isValidSymbol(candidate, true, state.prepared, hit.start)
    ) {
      state.symbolAt.markUsed(symbolIndex);
      applySymbol(draft, candidate);
      // `Luật Đất đai số 31/2024/QH15`, `Luật Phòng bệnh 2025, số 114/2025/QH15`: the symbol
      // joins the span, after a comma too (as both annotations of that form read it).
      end = candidate.end;
      draft.end = end;
    }
  } else {
    draft.fieldsDone = true;
    // `Luật Đất đai năm 2024 được Quốc hội khóa XV thông qua ngày 18/01/2024`.
    const issued = parseIssuedBy(
      state.prepared,
      named.fieldsEnd,
      isAllCapsBetween(normalized, hit.start, named.end),
    );
    // A law is named by the year it was passed: a formula dated another year is not its own
    // (`… sửa đổi một số điều của Hiến pháp năm 2013 được Quốc hội thông qua ngày 16/6/2025`
    // passed the amending resolution, whose title names the Constitution).
    const passedAnotherYear =
      issued !== null &&
      named.year !== null &&
      issued.dateYear !== null &&
      issued.dateYear !== named.year;
    // Only the National Assembly passes a law or a code: `… của Luật Quản lý ngoại thương do Chính
    // phủ ban hành ngày …` is the decree's formula, whose title names the law.
    const passedByAnother =
      issued !== null &&
      ASSEMBLY_PASSED_TYPES.has(hit.type) &&
      !ASSEMBLY_BODY.test(toSkeleton(issued.issuingBody ?? ''));
    if (issued && !passedAnotherYear && !passedByAnother) {
      draft.issuingBody = issued.issuingBody;
      draft.term = issued.term;
      if (draft.date === null && issued.date !== null) {
        draft.date = issued.date;
        draft.dateYear = issued.dateYear;
      }
    }
  }
  const drafts = [draft];
  // The alias follows the name (`Bộ luật Hình sự (BLHS) năm 2015`) or its year (`… năm 2015 (BLHS)`).
  // After the symbol that joined the span, too (`Bộ luật Lao động số 45/2019/QH14 (BLLĐ)`).
  let alias: RegExpExecArray | null = null;
  let aliasFrom = named.fieldsEnd;
  for (const at of [named.end, named.fieldsEnd, end]) {
    alias = ALIAS_AFTER.exec(normalized.slice(at, at + 60));
    if (alias) {
      aliasFrom = at;
      break;
    }
  }
  // A type word in the alias must be this law's own (`Luật … (Luật …)`).
  const aliasType = alias?.[2];
  if (alias && alias[1] && named.name && (!aliasType || aliasType === hit.type)) {
    const aliasStart = aliasFrom + alias[0].indexOf(alias[1]);
    const aliasDraft = {
      ...emptyDraft(aliasStart, aliasStart + alias[1].length, 'named-law'),
      kind: draft.kind,
    };
    Object.assign(aliasDraft, {
      writtenType: draft.writtenType,
      title: draft.title,
      attachedYear: draft.attachedYear,
      date: draft.date,
      dateYear: draft.dateYear,
      number: draft.number,
      issuer: draft.issuer,
      symbolYear: draft.symbolYear,
      fieldsDone: true,
    });
    drafts.push(aliasDraft);
  }
  return drafts;
}

/** A code's initials from their `BL` on (skeleton, sticky), and the year after them if any. */
const CODE_INITIALS_AT = new RegExp(
  String.raw`(${Object.keys(CODE_INITIALS).join('|')})(?![A-Z\d])(?: {1,3}NAM {1,3}(\d{4})(?!\d))?`,
  'y',
);

/**
 * `… theo khoản 3 Điều 232 BLHS`: a code cited by its initials alone, printed in capitals, where
 * no reference read already covers them (the initials in brackets after the code's name are its
 * alias, read with it). Found from each `BL` by `indexOf`, which a regex with a lookbehind could
 * not skip to.
 */
function codeInitialsDrafts(state: AssemblyState): void {
  const { skeleton, normalized } = state.prepared;
  // The drafts read so far, in text order, walked once alongside the initials.
  let read: Draft[] | null = null;
  let next = 0;
  let coveredUntil = 0;
  for (let start = skeleton.indexOf('BL'); start >= 0; start = skeleton.indexOf('BL', start + 2)) {
    const before = skeleton.charCodeAt(start - 1);
    if (isCapitalLetterCode(before) || isDigitCode(before)) continue;
    CODE_INITIALS_AT.lastIndex = start;
    const match = CODE_INITIALS_AT.exec(skeleton);
    if (!match) continue;
    const initials = match[1] ?? '';
    const end = start + initials.length;
    const printed = normalized.slice(start, end);
    if (printed !== upperCase(printed)) continue;
    read ??= [...state.drafts].sort((a, b) => a.start - b.start);
    while (next < read.length && (read[next]?.start ?? Infinity) < end) {
      coveredUntil = Math.max(coveredUntil, read[next++]?.end ?? 0);
    }
    if (coveredUntil > start) continue;
    const draft = emptyDraft(start, end, 'named-law');
    draft.writtenType = 'Bộ luật';
    draft.kind = 'state';
    draft.title = CODE_INITIALS[initials] ?? null;
    draft.attachedYear = match[2] ? Number(match[2]) : null;
    draft.fieldsDone = true;
    state.drafts.push(draft);
  }
}

/** A plenum's number written as a word (skeleton): `Nghị quyết Trung ương bảy khóa XII`. */
const PLENUM_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['MOT', 1],
  ['HAI', 2],
  ['BA', 3],
  ['BON', 4],
  ['TU', 4],
  ['NAM', 5],
  ['SAU', 6],
  ['BAY', 7],
  ['TAM', 8],
  ['CHIN', 9],
  ['MUOI', 10],
  ['MUOI MOT', 11],
  ['MUOI HAI', 12],
  ['MUOI BA', 13],
  ['MUOI BON', 14],
  ['MUOI LAM', 15],
]);
// A number in words only with the term after it (`… Trung ương năm nay` is this year's); a
// plenum held in two sessions names the session (`Nghị quyết Trung ương 6 (lần 2) khóa VIII`).
const PLENUM_WORDS = [...PLENUM_NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');
// A plenum's term in words too (`Nghị quyết Trung ương bốn khóa mười hai`), and its number as an
// ordinal (`Nghị quyết Trung ương lần thứ 6 khóa VI`).
const PLENUM_CENTRAL = new RegExp(
  String.raw` {1,3}(?:HOI NGHI {1,3})?(?:TRUNG UONG|T\.U|TW) {1,3}(?:LAN {1,3}THU {1,3})?(?:(\d{1,2})|(${PLENUM_WORDS})(?= {0,2},? {0,2}KHOA {1,3}(?:[IVXL]|${PLENUM_WORDS})))(?: {0,2}\( {0,2}LAN {1,3}(\d) {0,2}\))?(?: {0,2},? {0,2}KHOA {1,3}([IVXL]{1,6}|(?:${PLENUM_WORDS}))(?![A-Z]))?`,
  'y',
);
const PLENUM_ORDINAL = new RegExp(
  String.raw` {1,3}(?:HOI NGHI {1,3})?LAN THU {1,3}(\d{1,2}|[A-Z]+(?: {1,3}(?:${DIGIT_WORDS}))?) {1,3}(BAN CHAP HANH|BCH) {1,3}TRUNG UONG(?: {1,3}DANG)?(?: {0,2},? {0,2}KHOA {1,3}([IVXL]{1,6})(?![A-Z]))?`,
  'y',
);
// The Youth Union's national congress too (`Nghị quyết Đại hội Đoàn toàn quốc lần thứ XIII`).
// `… Đại hội đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần thứ XII`: the union named in full after
// `toàn quốc`.
const CONGRESS =
  / {1,3}DAI HOI {1,3}(DOAN {1,3}|(?=DAI BIEU {1,3}TOAN QUOC {1,3}DOAN ))?(?:DAI BIEU {1,3})?(?:TOAN QUOC {1,3})?(?:DOAN {1,3}(?:TNCS|THANH {1,3}NIEN {1,3}CONG {1,3}SAN) {1,3}HO {1,3}CHI {1,3}MINH {1,3})?(?:LAN THU {1,3})?([IVXL]{1,6})(?![A-Z])/y;

/** `Nghị quyết Trung ương 8 khóa XIII`, `Nghị quyết Hội nghị lần thứ 10 BCH Trung ương Đảng khóa XIII`, `Nghị quyết Đại hội XIII`. */
function plenumDrafts(state: AssemblyState, hit: TypeWordHit): readonly Draft[] {
  const { skeleton, normalized } = state.prepared;
  const central = sticky(PLENUM_CENTRAL, skeleton, hit.end);
  const ordinal = central ? null : sticky(PLENUM_ORDINAL, skeleton, hit.end);
  const congress = central || ordinal ? null : sticky(CONGRESS, skeleton, hit.end);
  const match = central ?? ordinal ?? congress;
  if (!match) return NO_DRAFTS;
  const draft = emptyDraft(hit.start, match.index + match[0].length, 'unnumbered');
  draft.writtenType = 'Nghị quyết';
  draft.fieldsDone = true;
  draft.kind = 'party';
  if (central) {
    const term = central[4] ?? null;
    const termNumber = term === null ? undefined : PLENUM_NUMBER_WORDS.get(term);
    draft.term = termNumber === undefined ? term : toRoman(termNumber);
    const number = central[1] ?? central[2] ?? '';
    const session = central[3] ? `-${central[3]}` : '';
    draft.nameKey = `tw${PLENUM_NUMBER_WORDS.get(number) ?? number}${session}`;
  } else if (ordinal) {
    draft.term = ordinal[3] ?? null;
    const bodyStart = skeleton.indexOf(ordinal[2] ?? '', ordinal.index);
    const bodyEnd = skeleton.indexOf('TRUNG UONG', bodyStart) + 'TRUNG UONG'.length;
    const withParty = /^ {1,3}DANG/u.exec(skeleton.slice(bodyEnd, bodyEnd + 6));
    draft.issuingBody = normalized
      .slice(bodyStart, bodyEnd + (withParty ? withParty[0].length : 0))
      .replace(/\s+/gu, ' ');
    draft.nameKey = `tw-lan-${(ordinal[1] ?? '').replace(/ +/gu, '-')}`;
  } else if (congress) {
    draft.nameKey = `dai-hoi-${congress[1] ? 'doan-' : ''}${congress[2] ?? ''}`;
  }
  return [draft];
}

/** Whether an unused symbol starts at `at` whose type code names `type` (`QĐ` a Quyết định). */
function symbolCodeNames(state: AssemblyState, at: number, type: string): boolean {
  const index = state.symbolAt.indexAt(at);
  if (index === undefined || state.symbolAt.isUsed(index)) return false;
  return typeFromCode(state.symbols[index]?.code ?? null, 'state') === type;
}

/**
 * Whether the words between a type word and `số` end in the code of the symbol after them, that
 * code naming another type (`báo cáo … theo tb số 215-TB/TU`: the notice's shorthand).
 */
function endsWithOwnShorthand(state: AssemblyState, words: RegExpExecArray, type: string): boolean {
  const symbolIndex = state.symbolAt.indexAt(words.index + words[0].length);
  const code = symbolIndex === undefined ? null : state.symbols[symbolIndex]?.code;
  if (code === null || code === undefined) return false;
  const lastWord = words[1]?.slice(words[1].lastIndexOf(' ') + 1) ?? '';
  return (
    shorthandOf(toSkeleton(code)) === shorthandOf(lastWord) && typeFromCode(code, 'state') !== type
  );
}

/**
 * `tb kết luận số 1856-TB/TU`: a chat's `tb` before `kết luận` is the notice's type word, as
 * `Thông báo` is before it (`Thông báo kết luận số …`), when the symbol's code says so; the span
 * opens at `tb`. The drafts (a list's too) become the notice's, in place.
 */
function takeNoticeShorthand(state: AssemblyState, hitStart: number, drafts: readonly Draft[]) {
  const first = drafts[0];
  if (first?.start !== hitStart || upperCase(first.code ?? '') !== 'TB') return;
  const shorthand = NOTICE_SHORTHAND_BEFORE.exec(
    state.prepared.skeleton.slice(Math.max(0, hitStart - 6), hitStart),
  );
  if (!shorthand) return;
  first.start = hitStart - shorthand[0].length + shorthand[0].indexOf('TB');
  for (const draft of drafts) draft.writtenType = 'Thông báo';
}
/** `TB` standing alone right before `kết luận` (skeleton). */
const NOTICE_SHORTHAND_BEFORE = /(?:^|[^A-Z\d&/-])TB {1,3}$/u;

/**
 * A register's zero-led number (`000217/QĐ-KT`) goes with the type word its code names
 * (`Quyết định kiểm tra số 000217/QĐ-KT`); after another type it is that document's number run
 * into the next one's (`Chỉ thị 05` and `1234/QĐ-UBND` written without a space).
 */
function registerNumberFits(candidate: SymbolCandidate, type: string): boolean {
  if (!isRegisterNumber(candidate.number) || candidate.code === null) return true;
  return typeFromCode(candidate.code, 'state') === type;
}

/** Type words, symbols, lists and named citations → drafts, in text order. */
export function assembleDrafts(prepared: PreparedText): Draft[] {
  const symbols = scanIdentifiers(prepared);
  const state: AssemblyState = {
    prepared,
    symbols,
    symbolAt: new SymbolsByStart(symbols),
    drafts: [],
    fullMentions: new Set(),
    nextGroup: 0,
  };
  let coveredUntil = 0;
  const abbreviations: { start: number; end: number; code: string }[] = [];
  const hit = new TypeWordScanner(prepared.skeleton, prepared.normalized);
  while (hit.next()) {
    let drafts: readonly Draft[] | null = null;
    if (hit.abbreviation) {
      if (hit.start < coveredUntil) continue;
      drafts = abbreviatedListDrafts(state, hit.start, hit.end, hit.abbreviation);
      if (drafts === null) {
        abbreviations.push({ start: hit.start, end: hit.end, code: hit.abbreviation });
        continue;
      }
    } else if (hit.start < coveredUntil || hit.type === null) {
      if (hit.type === null) coveredUntil = Math.max(coveredUntil, hit.end);
      continue;
    }
    drafts ??= attachTypeWord(state, hit as TypeWordHit & { type: string });
    if (hit.type === 'Kết luận') takeNoticeShorthand(state, hit.start, drafts);
    for (const draft of drafts) {
      state.drafts.push(draft);
      // A full mention has a symbol: its code, or its issuer alone (`172/2024/QH15`).
      if (
        draft.writtenType !== null &&
        (draft.code !== null || draft.issuer !== null) &&
        draft.number !== null
      )
        state.fullMentions.add(typeNumberKey(draft.writtenType, draft.number));
      coveredUntil = Math.max(coveredUntil, draft.end);
    }
  }
  codeInitialsDrafts(state);
  const typed = [...state.drafts].sort((a, b) => a.start - b.start);
  const result: Draft[] = [];
  let typedIndex = 0;
  for (let index = 0; index < symbols.length; index++) {
    const candidate = symbols[index];
    if (!candidate) continue;
    if (state.symbolAt.isUsed(index)) continue;
    while (typedIndex < typed.length && (typed[typedIndex]?.start ?? 0) < candidate.start) {
      const draft = typed[typedIndex++];
      if (draft) result.push(draft);
    }
    const previous = result.at(-1);
    if (previous && previous.end > candidate.start) continue;
    // A bare symbol right after a typed one of the same series is the next member of its list
    // (`Quyết định số 90/TTg và 91/TTg`: old symbols have an issuer but no type code).
    const gap =
      previous &&
      (previous.code !== null ||
        (previous.issuer !== null && previous.issuer === (candidate.issuer || null)))
        ? (FOLLOWER_GAP.exec(prepared.skeleton.slice(previous.end, candidate.start)) ??
          (isSameSeries(previous, candidate)
            ? DATED_FOLLOWER_GAP.exec(prepared.skeleton.slice(previous.end, candidate.start))
            : null))
        : null;
    // `Kế hoạch số 03/KH-SNV 18-HD/HĐĐ`: a symbol with a type code of its own that is not the
    // previous one's is another document, cited bare, not the next member of that list.
    const follows =
      gap !== null &&
      !(
        previous !== undefined &&
        previous.code !== null &&
        candidate.code !== null &&
        upperCase(previous.code) !== upperCase(candidate.code)
      );
    if (
      previous &&
      follows &&
      isValidSymbol(candidate, true, prepared, candidate.start) &&
      // `12/QC-UBND 24/SC-CN-0156`: a certificate's serial is no member of the list before it.
      !hasSerialTail(prepared.skeleton, candidate)
    ) {
      // The member's own `số` belongs to its span, as it does after a type word.
      const numberWord = gap[1]?.length ?? 0;
      const draft = emptyDraft(candidate.start - numberWord, candidate.end, 'list-member');
      applySymbol(draft, candidate);
      draft.writtenType = previous.writtenType ?? previous.type;
      if (previous.group === null) {
        previous.group = state.nextGroup++;
      }
      draft.group = previous.group;
      result.push(draft);
      continue;
    }
    const glued = gluedTypeWordDrafts(state, index, previous?.end ?? 0);
    if (glued) {
      result.push(...glued);
      continue;
    }
    // `QĐ số 1234/QĐ-UBND`, `CV 456/UBND-VX`: officials' shorthand for the type word is part of
    // the identifier, as the type word would be, and vouches for the symbol as one does
    // (`QĐ 1536/QĐ-CCT`: an issuer no table knows).
    const shorthand = abbreviatedTypeStart(prepared, candidate, previous?.end ?? 0);
    const abbreviated = shorthand?.start ?? null;
    // `Số: 3094/CT-NVDTPC` heading a letter: the letterhead's own number label vouches for a
    // State symbol (a Party one's issuer is one the table knows, label or not); not under a
    // certificate's or a licence's name (`GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN CHĂN NUÔI\nSố: 0127/2024/
    // GCN-CNTY`), whose number it is.
    const vouched =
      abbreviated !== null ||
      (candidate.layout === 'state' &&
        isLetterheadNumber(prepared.normalized, candidate.start) &&
        !namesLicenceBefore(prepared.skeleton, candidate.start));
    if (!isValidSymbol(candidate, vouched, prepared, abbreviated ?? candidate.start)) continue;
    // `máy hủy tài liệu mã hiệu NĐ-2019/CP-X5`: a number glued by a hyphen to letters before it is
    // the tail of a model's or a product's code (no annotated span starts so).
    if (abbreviated === null && isGluedToCodeBefore(prepared.skeleton, candidate.start)) continue;
    // `hóa đơn số 0001256/HĐ`, `chứng chỉ hành nghề số 004512/VS-CCHN`: a register's number alone
    // is an invoice's or a licence's; a type word, its code or a letterhead label vouches for it.
    if (isRegisterNumber(candidate.number) && !vouched) continue;
    const draft = emptyDraft(abbreviated ?? candidate.start, candidate.end, 'code-only');
    applySymbol(draft, candidate);
    draft.writtenType = shorthand?.type ?? null;
    result.push(draft);
  }
  while (typedIndex < typed.length) {
    const draft = typed[typedIndex++];
    if (draft) result.push(draft);
  }
  result.sort((a, b) => a.start - b.start);
  return abbreviations.length === 0
    ? result
    : withAbbreviatedShortForms(prepared, result, abbreviations);
}

/**
 * A type code (skeleton) as officials write it for the type word: the Party's rules `QĐi` and a
 * local body's `QyĐ` as any `QĐ` (`QĐ 11` for `Quy định số 11-QĐi/TW`).
 */
function shorthandOf(skeletonCode: string): string {
  return skeletonCode === 'QDI' || skeletonCode === 'QYD' ? 'QD' : skeletonCode;
}

/**
 * The skeleton codes that shorten each type (`Nghị quyết` → `NQ`, `Quy định` → `QD`), from the
 * codes table.
 */
const CODES_OF_TYPE: ReadonlyMap<string, readonly string[]> = (() => {
  const codes = new Map<string, string[]>();
  for (const [code, type] of Object.entries(TYPE_CODES)) {
    const short = shorthandOf(toSkeleton(code));
    const list = codes.get(type) ?? [];
    if (!list.includes(short)) list.push(short);
    codes.set(type, list);
  }
  return codes;
})();
/** A letter's shorthand (skeleton), from the codes table. */
const LETTER_CODES: readonly string[] = CODES_OF_TYPE.get('Công văn') ?? [];

/** What may stand before a glued short form (`NQ57`): a space, an opening bracket or quote. */
const GLUED_SHORT_FORM_BEFORE = /^[\s(“"'‘]$/u;
/** What may follow it: a space, the end, or a punctuation mark that ends a word. */
const GLUED_SHORT_FORM_AFTER = /^(?:[\s,;:)”"'’!?]|\.(?!\p{L}))/u;

function isGluedShortFormAt(
  normalized: string,
  start: number,
  codeEnd: number,
  end: number,
): boolean {
  if (!isAllCapsBetween(normalized, start, codeEnd)) return false;
  if (start > 0 && !GLUED_SHORT_FORM_BEFORE.test(normalized[start - 1] ?? '')) return false;
  return end >= normalized.length || GLUED_SHORT_FORM_AFTER.test(normalized.slice(end, end + 2));
}

/** The type code a code-only draft's span opens with (`CV` of `CV số 45/UBND-KT`), if any. */
function leadingCode(skeleton: string, draft: Draft): readonly string[] | undefined {
  if (draft.form !== 'code-only' || !isCapitalLetterCode(skeleton.charCodeAt(draft.start)))
    return undefined;
  const span = skeleton.slice(draft.start, draft.end);
  const space = span.indexOf(' ');
  return space < 0 ? undefined : [span.slice(0, space)];
}

/** `NQ 57`, `QĐ số 1234`: the number after an abbreviated type, read as a short form's is. */
const ABBREVIATED_NUMBER = / {0,2}(?:SO {0,2})?(\d{1,5})(?![\d/-]|[.,]\d| {1,2}[/-] {0,2}[A-Z\d])/y;

/**
 * Officials' shorthand for a document the text has cited in full (`Nghị quyết số 57-NQ/TW …;
 * thực hiện NQ 57, …`): a type code written for the type word, then the number. A short form
 * of the full mention with that code and number earlier in the text, typed as it is; without
 * one it names nothing (`CT 05` alone may be anything). Before a symbol (`KH số 89/KH-UBND`) the
 * code-only symbol's own reading takes it.
 */
function withAbbreviatedShortForms(
  prepared: PreparedText,
  drafts: Draft[],
  abbreviations: readonly { start: number; end: number; code: string }[],
): Draft[] {
  // The earliest full mention of each code and number, by the skeleton spelling of its code.
  const fullMentions = new Map<string, Draft>();
  const remember = (code: string, number: string, draft: Draft): void => {
    if (!fullMentions.has(`${code}|${number}`)) fullMentions.set(`${code}|${number}`, draft);
  };
  for (const draft of drafts) {
    // A short form is no full mention (`Nghị quyết 57 …; nq 57 …`: the shorthand names nothing
    // the text gave in full).
    if (draft.number === null || draft.form === 'short') continue;
    const number = canonicalNumber(draft.number);
    if (draft.code === null) {
      // `Nghị quyết số 76/2025/UBTVQH15 …; theo NQ 76, …`: a symbol without a type code is
      // shortened by the code of its written type.
      // `CV số 45/UBND-KT …; nội dung thứ 3 của CV 45`: one written with the code for its type
      // word is shortened by that code.
      // `So van ban: 215/SVHTTDL-DSVH …; cv 215 đã kèm …`: a State symbol without a type code or
      // a type word is a letter's, shortened as one.
      // `Văn bản số 6218/BXD-KHTC …; đọc kỹ cv 6218`: the generic word before a letter's symbol
      // is shortened as the letter it is.
      const lettersSymbol = draft.layout === 'state' && draft.issuer !== null;
      const codes =
        draft.writtenType === null
          ? (leadingCode(prepared.skeleton, draft) ?? (lettersSymbol ? LETTER_CODES : undefined))
          : draft.writtenType === GENERIC_TYPE && lettersSymbol
            ? [...(CODES_OF_TYPE.get(GENERIC_TYPE) ?? []), ...LETTER_CODES]
            : CODES_OF_TYPE.get(draft.writtenType);
      for (const code of codes ?? []) remember(code, number, draft);
      continue;
    }
    const code = toSkeleton(draft.code);
    remember(code, number, draft);
    if (shorthandOf(code) !== code) remember(shorthandOf(code), number, draft);
    // `Công văn 2317/CT-TTHT …, cv 2317 …`: a letter whose unit code reads as a type code is
    // shortened by its written type's code too.
    if (draft.writtenType === 'Công văn') {
      for (const letterCode of LETTER_CODES) remember(letterCode, number, draft);
    }
  }
  if (fullMentions.size === 0) return drafts;
  const added: Draft[] = [];
  let next = 0;
  for (const abbreviation of abbreviations) {
    const match = sticky(ABBREVIATED_NUMBER, prepared.skeleton, abbreviation.end);
    const digits = match?.[1];
    if (!match || digits === undefined) continue;
    const end = match.index + match[0].length;
    // Glued (`NQ57`), only as printed in capitals and standing as a word of its own: not a tag
    // (`#NQ57`) or part of a file name (`QD318_TCT.pdf`, `Tong_hop_CV45.xlsx`).
    if (
      isDigitAt(prepared.skeleton, abbreviation.end) &&
      !isGluedShortFormAt(prepared.normalized, abbreviation.start, abbreviation.end, end)
    )
      continue;
    // Inside or across a reference already read: not a mention of its own.
    while (next < drafts.length && (drafts[next]?.end ?? 0) <= abbreviation.start) next++;
    const overlapping = drafts[next];
    if (overlapping && overlapping.start < end) continue;
    const full = fullMentions.get(`${abbreviation.code}|${canonicalNumber(digits)}`);
    if (!full || full.start >= abbreviation.start) continue;
    const draft = emptyDraft(abbreviation.start, end, 'short');
    draft.writtenType = full.writtenType ?? typeFromCode(full.code, full.kind ?? 'state');
    draft.number = prepared.normalized.slice(end - digits.length, end);
    added.push(draft);
  }
  if (added.length === 0) return drafts;
  return [...drafts, ...added].sort((a, b) => a.start - b.start);
}
