import { isKnownIssuer, issuerHead } from './classify';
import { ASSEMBLY_ISSUER } from './issuer-codes-table';
import { dateAt, DATE_SOURCE, dateFromMatch, type CitedDate } from './parse-dates';
import {
  BODY_LIST_HEADS,
  NAMES_WITH_COMMAS,
  BODY_LOWERCASE_WORDS,
  BODY_STOP_WORDS,
  DOCUMENT_FIELD_WORDS,
  CLAUSE_ADVERBS,
  ISSUING_ADVERBS,
  ISSUING_VERB_ADVERBS,
  ISSUING_VERBS,
  ACTING_VERBS,
  AGENCY_VERBS,
  CLAUSE_OPENERS,
  COUNTRY_NAMES,
  UNMARKED_CLAUSE_OPENERS,
  ORGANISATION_HEADS,
  PASSIVE_AGENT_VERBS,
  SECTOR_PAIRS,
  SEMICOLON_OPENERS,
  TITLE_PHRASES_WITH_COMMAS,
  TITLE_VERBS,
  TYPE_NON_TITLE_VERBS,
  TYPE_TITLE_VERBS,
} from './field-words-table';
import { indexWithin, lastIndexWithin } from './bounded-search';
import {
  holdsMarkedLetter,
  isCapitalLetterCode,
  isDigitCode,
  lowerCase,
  upperCase,
} from './letter-case';
import {
  MARKED,
  skeletonAlternation,
  toSkeleton,
  withoutMarks,
  type PreparedText,
} from './prepare-text';
import { NOISE_RULES } from '../noise/patterns';
import { isWhiteSpaceCode } from '../unicode/white-space';
import { containsTypeWord, startsWithAbbreviatedCitation } from './scan-type-words';
import { TYPE_MODIFIERS, TYPE_WORDS } from './type-words-table';

const BODY_MAX_WORDS = 14;
/** A title is read at most this far (linear time, bounded lookahead: a missing closing quote). */
const TITLE_MAX = 400;

export interface ParsedFields {
  date: string | null;
  dateYear: number | null;
  /** `năm 2023` attached to a symbol without a date. */
  attachedYear: number | null;
  /** The date was written `cùng ngày …`: every document listed before it shares it. */
  dateShared: boolean;
  issuingBody: string | null;
  term: string | null;
  title: string | null;
  /** The title is opened by a verb (`quy định …`, `phê duyệt …`), not by `về`, a quote or a colon. */
  titleVerbLed: boolean;
  /**
   * The body, and the date when set here too, were read after the title (`… do X ban hành ngày
   * …`, `… được X thông qua ngày …`): they go with the title when that is not the document's.
   */
  bodyAfterTitle: boolean;
  dateAfterTitle: boolean;
  /** Skeleton index where the parsed fields end. */
  end: number;
}

const ROMAN_VALUES: readonly [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
export function toRoman(value: number): string {
  let rest = value;
  let roman = '';
  for (const [amount, letters] of ROMAN_VALUES) {
    while (rest >= amount) {
      roman += letters;
      rest -= amount;
    }
  }
  return roman;
}

function wordsPattern(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[/]/gu, '\\/'))
    .join('|');
}

// `[3]`, or superscript digits glued to the symbol (`06/QĐ-TTg¹ ngày …`).
const FOOTNOTE = /\[\d{1,3}\]|[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]{1,3}/y;
/** `ngày 5/3/2024`, `cùng ngày 5/3/2024` (a list's shared date), `(5/3/2024)`, `(ngày 5/3/2024)`, `(ban hành 5/3/2024)`. */
const DATE_AFTER = new RegExp(
  String.raw` {0,3},? {0,3}(?:(?:CUNG {1,3})?NGAY {0,3}|\( {0,2}(?:(?:NGAY|BAN {1,3}HANH) {0,3}(?=\d)|(?=[\d]{1,2} {0,2}[/.-])))` +
    DATE_SOURCE +
    String.raw`\)?`,
  'y',
);
/**
 * `năm 2019` right after the reference, or the year alone in brackets (`Quyết định số 12-QĐ/TU
 * (1997)`, as encyclopaedias cite); after a comma it dates the next clause (`…, năm 2024 tỉnh đã
 * đón …`).
 */
const YEAR_AFTER =
  / {0,3}(?:NAM {0,3}|\( {0,2}(?=(?:19|20)\d\d {0,2}\)))(\d{4})(?!\d)(?: {0,2}\))?/y;
// `khóa XXI, nhiệm kỳ 2021 - 2026`, `khóa XXI (nhiệm kỳ 2021 - 2026)`: the term's years go with it.
const TERM_AT =
  / {0,3},? {0,3}\(? {0,2}KHO[AE] {1,3}([IVXL]{1,6}|\d{1,2})(?![A-Z\d])(?: {0,2}\))?(?: {0,3}(?:, {1,3}|\( {0,2})NHIEM {1,3}KY {1,3}\d{4} {0,3}- {0,3}\d{4}(?: {0,2}\))?)?/y;
const OF_BODY = / {0,3},? {0,3}(?:CUA|GIUA) {1,3}/y;
/** `cửa` (a door, a shop), whose skeleton is `của`'s (`… NĐ-CP\nCửa hàng bán lẻ xăng dầu …`). */
const DOOR_WORD = /^(?:cửa|Cửa|CỬA)$/u;
const BY_BODY = / {0,3},? {0,3}DO {1,3}/y;
/** `được ban hành bởi Bộ Tài chính ngày …`: the passive written with its verb first. */
const ISSUED_BY = / {0,3},? {0,3}(?:DUOC {1,3})?BAN {1,3}HANH {1,3}BOI {1,3}/y;
/** `được Quốc hội … thông qua`, after a comma too (`Luật Việc làm năm 2025, được Quốc hội …`). */
const PASSED_BY = /(?: {0,3}, {1,3}| {1,3})(?:DA {1,3})?DUOC {1,3}/y;
/** The session between a passing body and `thông qua`: `Quốc hội khóa XV, Kỳ họp thứ 9 thông qua`. */
const SESSION =
  / {0,3},? {0,3}(?:TAI {1,3})?KY {1,3}HOP {1,3}THU {1,3}(?:\d{1,2}|[A-Z]+)(?![A-Z\d])/y;
/**
 * A Party plenum or congress named right after the date, without `của`: the official way of
 * citing central resolutions (`Nghị quyết số 29-NQ/TW ngày 17/11/2022 Hội nghị lần thứ sáu Ban
 * Chấp hành Trung ương Đảng khóa XIII`). Ends before the name, which the body parser reads.
 */
const PLENUM_BODY = / {1,3}(?=(?:HOI NGHI|DAI HOI) )/y;
// `Biên bản … do Công an xã Phú Thành lập ngày 03/6/2025`: the body that draws up a record (not
// `lắp đặt`, installs).
const ISSUED_TAIL = / {1,3}(?:BAN HANH|THONG QUA|KY|LAP(?! {1,3}DAT))(?![A-Z])/y;
const TITLE_ABOUT = / {0,3}[\u201D"]? {0,3}[,:]? {0,3}(?:VE VIEC|VE|V\/V)(?![A-Z]) {0,3}/y;
const TITLE_QUOTED = / {0,3}[,:]? {0,3}(["'\u201C\u2018])/y;
const TITLE_COLON = / {0,3}: {1,3}/y;
/** Every verb that may open a title: the general ones and those of some types only. */
const ANY_TITLE_VERBS = [...new Set([...TITLE_VERBS, ...Object.values(TYPE_TITLE_VERBS).flat()])];
const TITLE_VERB_SET_ANY: ReadonlySet<string> = new Set(ANY_TITLE_VERBS);
const TITLE_VERB = new RegExp(
  // `… của Đảng ủy Khối – triển khai học tập …`: a dash may stand before it.
  String.raw` {1,3}(?:- {1,3})?(?:${wordsPattern(ANY_TITLE_VERBS.map(toSkeleton))})(?![A-Z])`,
  'y',
);
const TITLE_VERB_SET = new Set(TITLE_VERBS);
/**
 * An adverb or a colon after the verb: the sentence's own verb, not a title (`quy định rõ`,
 * `nêu rõ`, `quy định: người yêu cầu …` quoting what the document lays down). `số` and a number
 * after it: the verb is a type word citing another document (`… quyết định số 12/QĐ-UBND`).
 */
const SENTENCE_VERB_AFTER = /^(?: {1,3}(?:RO|THEM)(?![A-Z])| {0,3}:| {1,3}SO {0,3}:? {0,3}\d)/u;
/**
 * `bởi` after the verb, printed (the skeleton's `BOI` is `bồi` too): a passive's agent
 * (`nghị định 156/2018/NĐ-CP sửa đổi bởi nghị định 91/2024`, amended by), what happened to the
 * document, not its name.
 */
const AGENT_AFTER = /^ {1,3}(?:bởi|boi)(?![\p{L}])/iu;
/**
 * `Nghị quyết … thông qua tại kỳ họp …`: where or when, the sentence's passive verb (printed);
 * `Kế hoạch số 46/KH-UBND ban hành cùng ngày`: the day it was issued; `… ban hành từ năm 2019`,
 * `… ban hành năm 2019`: since when, or the year.
 */
const WHERE_OR_WHEN_AFTER =
  /^\s+(?:tại|vào|lúc|cùng ngày|ngày\s+\d|(?:từ\s+)?năm\s+(?:19|20)\d\d(?!\d))(?![\p{L}])/u;
/** The title verbs by skeleton, for text typed without tone marks (`sap xep`, `quy dinh`). */
const TITLE_VERB_BY_SKELETON: ReadonlyMap<string, string> = new Map(
  ANY_TITLE_VERBS.map((verb) => [toSkeleton(verb), verb]),
);
const ASCII_ONLY = /^[\x20-\x7e]*$/u;
/**
 * The verb as its title verb is printed: text without any tone mark (`sap xep don vi …`) reads
 * as the verb it spells; text with marks must print the verb itself (`giáo dục` is no `giao`).
 */
function printedVerb(words: string): string {
  if (!ASCII_ONLY.test(words)) return words;
  return TITLE_VERB_BY_SKELETON.get(upperCase(words).replace(/\s+/gu, ' ')) ?? words;
}

/** Whether `verb` (printed, lower case) opens a title after a document of `type`. */
function opensTitle(verb: string, type: string | null): boolean {
  if (type !== null && TYPE_NON_TITLE_VERBS[type]?.includes(verb) === true) return false;
  return (
    TITLE_VERB_SET.has(verb) || (type !== null && TYPE_TITLE_VERBS[type]?.includes(verb) === true)
  );
}
// `… của Tỉnh ủy thực hiện Nghị quyết 20`, `Bộ Nội vụ hợp nhất …`: verbs whose object is a
// document end a body; `kiểm tra`, `tổ chức` do not (`Đoàn kiểm tra liên ngành tỉnh`).
/** The second words of places named `Cần …` (`Cần Thơ`, `Cần Giờ`, `Cần Giuộc`, `Cần Đước`). */
const CAN_PLACE_NEXT: ReadonlySet<string> = new Set(['thơ', 'giờ', 'giuộc', 'đước']);
const BODY_STOPS = new Set([
  ...BODY_STOP_WORDS,
  ...TITLE_VERBS,
  'thực hiện',
  // `… được Quốc hội thông qua ngày 30/11/2024`: the passing verb ends the body as `ban hành`
  // does (with a term between them the term already did).
  'thông qua',
  'hợp nhất',
  'tổng kết',
  'sơ kết',
  'kiểm điểm',
  'chuẩn y',
  'điều động',
  'luân chuyển',
  'đôn đốc',
  'nhắc',
  // `… của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam tổng hợp ý kiến …`, `… của Ban Kinh tế
  // - Ngân sách HĐND tỉnh thẩm tra dự thảo …`: a report's verbs.
  'tổng hợp',
  'thẩm tra',
  // `… của Tòa án nhân dân tối cao thông báo kết quả …`: what a letter announces; `… giải đáp một
  // số vấn đề nghiệp vụ`: what it answers.
  'thông báo',
  'giải đáp',
  // `Hướng dẫn số 52-HD/BTGTU … của Ban Tuyên giáo Tỉnh ủy nhấn mạnh: …`: what the document says,
  // stresses or calls for, reported after its body (none is a word of a name in lower case).
  'nhấn mạnh',
  'lưu ý',
  'đề ra',
  'nhận định',
  'đề cập',
  'ghi nhận',
  'kêu gọi',
  // `… Quyết định 801 của Thủ tướng lại đòi hỏi …`: the sentence's adverb before its verb (no
  // annotated body holds `lại`).
  'lại',
  // `Kế hoạch số 57/KH-UBND … của UBND huyện tổ chức Tuần Văn hóa - Du lịch`: what the plan
  // organises (3 annotated bodies end there); a name holds it only after `các` or as a
  // committee's task (`Liên hiệp các tổ chức hữu nghị`, `Ban tổ chức …`: `ORGANISING_IN_NAME`).
  'tổ chức',
]);
/** The words before `tổ chức` in a name: `các tổ chức`, `Ban tổ chức`, `Ban Chỉ đạo tổ chức`. */
const ORGANISING_IN_NAME: ReadonlySet<string> = new Set(['các', 'ban', 'đạo']);
/** The tasks a steering committee's name may hold (`Ban Chỉ đạo sơ kết …`). */
const COMMITTEE_TASKS: ReadonlySet<string> = new Set(['tổng kết', 'sơ kết']);
const ADVERB_SET = new Set(CLAUSE_ADVERBS);
/**
 * The stop words that go on with the document's own fields after its listed bodies (`… của Bộ
 * Chính trị, Ban Bí thư về …`, `… ngày …`, `… khóa XIII`). Any other word that stops a body
 * there, in a sentence opened by an adjunct, is the next clause's predicate (`Theo Quyết định số
 * 06/QĐ-TTg của Thủ tướng Chính phủ, Bộ Công an là cơ quan thường trực`, `Thực hiện Hướng dẫn …
 * của Ban Tổ chức Trung ương, Ban Thường vụ Huyện ủy chỉ đạo kiện toàn …`): the name after the
 * comma is that clause's subject, not a second body.
 */
const DOCUMENT_FIELD_WORD_SET: ReadonlySet<string> = new Set(DOCUMENT_FIELD_WORDS);
/**
 * Whether the sentence holding `index` opens with an adjunct (`Theo …`, `Thực hiện …`, `Căn cứ
 * …`): its comma hands over to the sentence's subject. Without one, the documents themselves
 * are the subject (`Kết luận số 137-KL/TW của Bộ Chính trị, Ban Bí thư là cơ sở để …`), and a
 * predicate after the listed bodies is theirs.
 */
function opensWithAdjunct(normalized: string, index: number): boolean {
  let start = sentenceStart(normalized, index);
  // `Căn cứ Công điện số 199/CĐ-TTg …; Công điện số 28/CĐ-UBND … của UBND thành phố, Ban Chỉ huy
  // … yêu cầu …`: an adjunct's list of documents runs on across its `;` (five items back: `Căn
  // cứ: Luật …; Nghị định …; Thông tư …; Quyết định …; Kế hoạch … của Sở …, Ban tổ chức …`).
  for (let item = 0; item < 6; item++) {
    // `📢 Thực hiện …`: a post's emoji or a bullet before the adjunct.
    if (isFrontedAdjunct(normalized.slice(firstLetterAt(normalized, start, index), index)))
      return true;
    let before = start - 1;
    while (before > 0 && isWhiteSpaceCode(normalized.charCodeAt(before))) before--;
    if (before <= 0 || normalized.charCodeAt(before) !== 0x3b) return false;
    start = sentenceStart(normalized, before);
  }
  return false;
}
/**
 * Words that open a sentence with an adjunct before its main clause: `Theo`, `Thực hiện`, `Căn
 * cứ` …, and what the adjunct credits or dates from (`Nhờ triển khai quyết liệt Chỉ thị số …,
 * số thu …`, `Từ khi có Nghị quyết …, mô hình …`, `Với Nghị quyết …, tỉnh …`), what it adds to
 * (`Ngoài chính sách hỗ trợ tiền ăn trưa theo Nghị định số 105/2020/NĐ-CP …, trẻ em …`), also
 * inside a quotation (`“Sau 2 năm thực hiện Quyết định 1876 … về …, tỷ lệ trạm BTS dùng chung đã
 * tăng …”`), and as a label before its list (`Căn cứ: Luật …; Kế hoạch số … của Sở …, Ban tổ chức
 * ban hành …`); a review of the years it was carried out (`Sơ kết 2 năm thực hiện Nghị quyết số
 * 04-NQ/ĐU về …, thị trấn … có …`, `Tổng kết 5 năm thực hiện Đề án … về …, hội nghị ghi nhận …`,
 * `Hơn 15 năm thực hiện Nghị quyết … về …, vấn đề … vẫn là …`).
 * Not `Tiếp tục thực hiện …`, which opens as many tasks and headings as sentences (tried: 1 title
 * read, 3 lost).
 */
const FRONTED_ADJUNCT =
  /^\s*[“"]?(?:(?:căn cứ|thực hiện|theo) ?:|theo|thực hiện|căn cứ|triển khai|quán triệt|cụ thể hóa|cụ thể hoá|thể chế hóa|thể chế hoá|trên cơ sở(?! (?:đó|này)\s)|sau khi|trước khi(?: có)?|(?:kể )?từ khi(?: có)?|nhờ(?: có)?|với|tại|qua|để|bên cạnh|ngoài|cùng với|(?:(?:sơ kết|tổng kết|đánh giá) )?(?:(?:hơn|gần|sau|qua) )?(?:sau|hai mươi|mười|\d+) (?:\S+ ){0,2}năm thực hiện)\s/iu;
/** `Theo …` (according to) opening a sentence: the source its main clause reports. */
const ADJUNCT_OF_SOURCE = /^\s*[“"]?theo\s/iu;
/** A label ending with a colon, then a capital: a new sentence after it. */
const ANSWER_LABEL = /^\s*[^\s:][^:\n]{0,60}:\s+/u;
/**
 * Whether `opening` (a sentence's start) opens with an adjunct. A legal question column's answer
 * or a speaker may be labelled before it (`Trả lời: Theo …`, `Ngân hàng Chính sách xã hội huyện
 * trả lời: Theo …`), when a capital opens what follows; a lower-case word after a colon goes on
 * with the sentence (`… nhắc: thực hiện nghiêm Quy định 114 …`, an instruction, not an adjunct).
 */
function isFrontedAdjunct(opening: string): boolean {
  if (FRONTED_ADJUNCT.test(opening)) return true;
  const label = ANSWER_LABEL.exec(opening);
  if (!label) return false;
  const rest = opening.slice(label[0].length);
  return (startsUpper(rest) || TIMED_ADJUNCT.test(rest)) && FRONTED_ADJUNCT.test(rest);
}
/**
 * An adjunct of time, which no instruction opens with (`Báo cáo viên nhấn mạnh: sau gần 8 năm
 * thực hiện Nghị quyết …, tình trạng …`): after a label's colon in lower case too.
 */
const TIMED_ADJUNCT = /^(?:sau|hai mươi|mười|\d+) (?:\S+ ){0,2}năm thực hiện\s|^(?:kể )?từ khi\s/iu;
/** A quotation's opening mark and the spaces after it. */
const OPENING_QUOTE = /^\s*[“"]\s*/u;
/** The national bodies that issue joint documents, opening a name listed after a comma. */
const JOINT_ISSUER_HEAD =
  /^\s*(?:Bộ|Tòa án nhân dân tối cao|Toà án nhân dân tối cao|Viện kiểm sát nhân dân tối cao|Ngân hàng Nhà nước|Ủy ban|Uỷ ban|Thanh tra Chính phủ|Kiểm toán Nhà nước|Văn phòng Chính phủ|Bảo hiểm xã hội Việt Nam|Trung ương|Ban Tuyên giáo|Ban Tổ chức)(?![\p{L}])/u;
/** Heads of an agency whose name may start with a type word (`Bộ Kế hoạch và Đầu tư`). */
const NAMED_AFTER_TYPE = new Set(['bộ', 'sở', 'phòng', 'vụ', 'cục']);
/**
 * Whether the type word at `index` names an agency with the head before it: `Bộ`, `Sở`… printed
 * with its capital, opening the body or a body listed after `và` (not the `vụ` of `Bộ Nội vụ`).
 */
function namedAfterTypeAt(tokens: LazyTokens, index: number): boolean {
  // `Phòng Tài chính - Kế hoạch`: the second of an office's two fields, after its spaced dash;
  // the office may open the body or follow the unit it belongs to (`Chi bộ Phòng Tài chính - Kế
  // hoạch huyện`).
  if (isLoneDash(tokens.at(index - 1)?.text ?? '')) {
    const officeAt = (head: number) =>
      NAMED_AFTER_TYPE.has(tokens.plainAt(head)) && startsUpper(tokens.at(head)?.text ?? '');
    if (index >= 3 && officeAt(0)) return true;
    for (let head = index - 3; head > 0 && head >= index - 5; head--) {
      if (officeAt(head)) return true;
    }
  }
  const head = tokens.at(index - 1);
  if (!head || !startsUpper(head.text) || !NAMED_AFTER_TYPE.has(tokens.plainAt(index - 1)))
    return false;
  return (
    index === 1 ||
    tokens.plainAt(index - 2) === 'và' ||
    // `Bộ trưởng Bộ Kế hoạch và Đầu tư`, `Giám đốc Sở Kế hoạch và Đầu tư`: the post that signs
    // for the agency, named before it.
    POST_BEFORE_AGENCY.has(tokens.plainAt(index - 2)) ||
    (tokens.at(index - 2)?.text.endsWith(',') ?? false)
  );
}
/** The last word of a post named before its agency (`Bộ trưởng`, `Thứ trưởng`, `Giám đốc`). */
const POST_BEFORE_AGENCY: ReadonlySet<string> = new Set(['trưởng', 'đốc']);
/** Words `chỉ` is a syllable of (`chỉ huy`, `chỉ tiêu`, `chỉ số`, `chỉ dẫn`; `chứng chỉ`, `địa chỉ`). */
const CHI_COMPOUND_NEXT: ReadonlySet<string> = new Set(['huy', 'tiêu', 'số', 'dẫn']);
const CHI_COMPOUND_PREVIOUS: ReadonlySet<string> = new Set(['chứng', 'địa']);
/** First words of the two-word stops and adverbs: a word pair is built only when it can match. */
const STOP_PAIR_HEADS = new Set(
  [...BODY_STOPS, ...ADVERB_SET]
    .filter((word) => word.includes(' '))
    .map((word) => word.split(' ')[0]),
);
/**
 * `… cua Bo Noi vu huong dan …`, `… cua UBND huyen ket luan …`: a two-word title verb typed without
 * marks ends a body as the printed verb does. The first words of those verbs' unmarked spellings.
 */
const UNMARKED_STOP_VERB_HEADS = new Set(
  TITLE_VERBS.filter((verb) => verb.includes(' ') && BODY_STOPS.has(verb)).map(
    (verb) => lowerCase(toSkeleton(verb)).split(' ')[0] ?? '',
  ),
);
/**
 * A chat typed without marks: `… cua So Cong Thuong thi chua co …`, `UBND huyen thi cac xa …`,
 * `… UBND tinh Phu Hai thi nop ho so …`: `thì`, then the clause's next word typed without marks. A
 * name's `thị xã`, `thị trấn`, `thị ủy` are its unit, and `Thi đua`, `Thi hành án` are capitals.
 */
const THI_IN_NAMES: ReadonlySet<string> = new Set(['xa', 'tran', 'uy', 'truong', 'dua', 'hanh']);
const UNMARKED_WORD = /^[a-z]+$/u;
function opensUnmarkedClause(next: string): boolean {
  return UNMARKED_WORD.test(next) && !THI_IN_NAMES.has(next);
}
/** `Về` as a Title Case headline prints it, with marks or without. */
const TITLE_CASE_ABOUT: ReadonlySet<string> = new Set(['Về', 'Ve', 'Về Việc', 'V/v']);
/** Whether the words at `index` spell a stopping title verb without marks (see above). */
function unmarkedStopVerbAt(tokens: LazyTokens, index: number): boolean {
  const words = `${tokens.plainAt(index)} ${tokens.plainAt(index + 1)}`;
  const verb = printedVerb(words);
  return verb !== words && BODY_STOPS.has(verb);
}
/** First two words of the three-word stops (`có hiệu lực`, `ngưng hiệu lực`). */
const STOP_TRIPLE_HEADS = new Set(
  [...BODY_STOPS]
    .filter((word) => word.split(' ').length === 3)
    .map((word) => word.split(' ').slice(0, 2).join(' ')),
);
const ORGANISATION_HEAD_KEYS = new Set(ORGANISATION_HEADS.map((head) => head.toLowerCase()));
const TYPE_MODIFIER_SET: ReadonlySet<string> = new Set(TYPE_MODIFIERS);
const TYPE_WORD_SET = new Set(Object.keys(TYPE_WORDS).map((key) => key.split(' ')[0]));
/** Every leading run of words of a type word (`THONG`, `THONG TU`, `THONG TU LIEN`, …). */
const TYPE_WORD_PREFIXES = new Set(
  Object.keys(TYPE_WORDS).flatMap((key) =>
    key.split(' ').map((_, index, words) => words.slice(0, index + 1).join(' ')),
  ),
);
const TYPE_WORD_MAX_WORDS = Math.max(
  ...Object.keys(TYPE_WORDS).map((key) => key.split(' ').length),
);
const LOWER = /\p{Ll}/u;
/** A lower-case letter opening the text after its spaces; `từ`, a span's start, so. */
const LOWER_AFTER_SPACES = /^\s*\p{Ll}/u;
const RANGE_AFTER_COLON = /^\s*từ\s/u;
const UPPER_START = /^\p{Lu}/u;

const WHITESPACE_CHAR = /\s/u;

/**
 * Two white-space characters in a row, or a tab or line break. Not a `u` regex: this runs on
 * every body and title, and the plain engine scans two-byte text faster (same `\s` set here).
 */
const NEEDS_COLLAPSE = /[\t\n\r]|\s\s/;
function collapse(text: string): string {
  return NEEDS_COLLAPSE.test(text) ? text.replace(/\s+/gu, ' ').trim() : text.trim();
}

interface Token {
  start: number;
  end: number;
  text: string;
  /** Skeleton of the token and its plain word, computed when first asked for. */
  key: string | null;
  plain: string | null;
}

/**
 * Where the next `\S+` token starts, at or after `from` and before `windowEnd` (-1: none).
 * A character loop instead of `/\S+/g.exec`: no match array per word.
 */
function tokenStartAt(text: string, from: number, windowEnd: number): number {
  const end = Math.min(windowEnd, text.length);
  for (let index = from; index < end; index++) {
    if (!isWhiteSpaceCode(text.charCodeAt(index))) return index;
  }
  return -1;
}

/** Where the `\S+` token that starts at `start` ends. */
function tokenEndAt(text: string, start: number): number {
  let index = start;
  while (index < text.length && !isWhiteSpaceCode(text.charCodeAt(index))) index++;
  return index;
}

/**
 * Whitespace-separated tokens read on demand from `from`, at most `limit` of them, never past
 * `windowEnd`: most bodies and law names end after a few words, so the rest of the window is
 * never tokenized. `toPlain` is the caller's idea of a token's plain word (bodies keep a
 * trailing `/`, law names do not).
 */
export class LazyTokens {
  private readonly tokens: Token[] = [];
  private position: number;
  private done = false;

  constructor(
    private readonly prepared: PreparedText,
    from: number,
    private readonly windowEnd: number,
    private readonly limit: number,
    private readonly toPlain: (text: string) => string = plainWord,
  ) {
    this.position = from;
  }

  at(index: number): Token | undefined {
    while (!this.done && this.tokens.length <= index) {
      if (this.tokens.length >= this.limit) {
        this.done = true;
        break;
      }
      const { normalized } = this.prepared;
      const start = tokenStartAt(normalized, this.position, this.windowEnd);
      if (start < 0) {
        this.done = true;
        break;
      }
      const end = tokenEndAt(normalized, start);
      this.position = end;
      this.tokens.push({ start, end, text: normalized.slice(start, end), key: null, plain: null });
    }
    return this.tokens[index];
  }

  /** The token's skeleton (`''` past the end). */
  keyAt(index: number): string {
    const token = this.at(index);
    if (!token) return '';
    return (token.key ??= this.prepared.skeleton.slice(token.start, token.end));
  }

  /** The token as a plain word, by `toPlain` (`''` past the end). */
  plainAt(index: number): string {
    const token = this.at(index);
    if (!token) return '';
    return (token.plain ??= this.toPlain(token.text));
  }
}

/** Skeleton edge characters `stripPunctuation` keeps: letters and digits, and `&/-` at the end. */
function isKeyEdge(code: number, atEnd: boolean): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    (atEnd && (code === 0x26 || code === 0x2f || code === 0x2d))
  );
}

function stripPunctuation(key: string): string {
  // Most keys are bare words: test the edges before running two replacements.
  if (
    key.length > 0 &&
    isKeyEdge(key.charCodeAt(0), false) &&
    isKeyEdge(key.charCodeAt(key.length - 1), true)
  )
    return key;
  return key.replace(/[^A-Z\d&/-]+$/u, '').replace(/^[^A-Z\d]+/u, '');
}

/** True when the span of text has letters and none of them is lower case (headings). */
export function isAllCaps(text: string): boolean {
  // Running text has an ASCII lower-case letter within a few characters: answer without a regex.
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x61 && code <= 0x7a) return false;
  }
  return /\p{L}/u.test(text) && !LOWER.test(text);
}

/**
 * `isAllCaps(text.slice(start, end))` without the slice for the common answer: a span of
 * running text holds an ASCII lower-case letter (one test per reference).
 */
export function isAllCapsBetween(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x61 && code <= 0x7a) return false;
  }
  return isAllCaps(text.slice(start, end));
}

/** `\p{Ll}` for one character, without the Unicode regex for ASCII. */
export function isLowerChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER.test(text[index] ?? '');
}

/** `^\p{Lu}` without the Unicode regex for ASCII. */
function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER_START.test(text);
}

/** Characters that open a quote or aside: `(`, `"`, `“`, `”`, `'`, `‘`, `’`, `[`, full-width `（［`. */
function isOpeningMark(code: number): boolean {
  return (
    code === 0x28 ||
    code === 0xff08 ||
    code === 0xff3b ||
    code === 0x22 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x27 ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x5b
  );
}

/** Punctuation that may trail a word: `.,;:!?)]”"'’`. */
function isTrailingMark(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x2c ||
    code === 0x3b ||
    code === 0x3a ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x29 ||
    code === 0x5d ||
    code === 0x201d ||
    code === 0x22 ||
    code === 0x27 ||
    code === 0x2019
  );
}

/** The run of trailing punctuation of a token (`''` for most tokens). */
function trailingMarks(text: string): string {
  let start = text.length;
  while (start > 0 && isTrailingMark(text.charCodeAt(start - 1))) start--;
  return start === text.length ? '' : text.slice(start);
}

/**
 * Whether a token's plain word can be `và`: it holds `v` or `V` followed by `à` or `À` (NFC
 * text; the plain word is the lower-cased token without edge punctuation).
 */
function mayBeAnd(text: string): boolean {
  for (let index = 0; index + 1 < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 0x76 && code !== 0x56) continue;
    const next = text.charCodeAt(index + 1);
    if (next === 0xe0 || next === 0xc0) return true;
  }
  return false;
}

/**
 * A term's numeral after `khóa`: Roman (`XIII`) or Arabic (`15`), with its punctuation. Its end
 * is no `\b`, which knows ASCII letters only and would read the `v` of `về` as a numeral
 * (`Trường Đại học Bách khoa về …`).
 */
const TERM_NUMERAL = /^\(?(?:[IVXLivxl]{1,6}|\d{1,2})(?![\p{L}\d])/u;

/** `FOOTNOTE`'s mark ending a word, before the word's own punctuation. */
const FOOTNOTE_AT_END = new RegExp(`(?:${FOOTNOTE.source})[,.;:]?$`, 'u');

/** Where a footnote mark ending `word` starts (`Khê[2]`, `chính³,`), or -1. */
function footnoteMarkAt(word: string): number {
  let last = word.length - 1;
  const trailing = word.charCodeAt(last);
  if (trailing === 0x2c || trailing === 0x2e || trailing === 0x3b || trailing === 0x3a) last--;
  const code = word.charCodeAt(last);
  // The cheap test first: most words end in a letter.
  if (
    code !== 0x5d &&
    code !== 0xb9 &&
    code !== 0xb2 &&
    code !== 0xb3 &&
    (code < 0x2070 || code > 0x2079)
  )
    return -1;
  return FOOTNOTE_AT_END.exec(word)?.index ?? -1;
}

/** A term in brackets, then a lower-case word (not `nhiệm kỳ`): the clause's predicate. */
const TERM_THEN_PREDICATE = /^\(\s*(?:khóa|khoá)\s+[IVXL]{1,6}\s*\)\s+(?!nhiệm\s)\p{Ll}/u;
/** The Party's and the State's central bodies, named whole (skeleton, a space after). */
const CENTRAL_BODY =
  /^(?:BO {1,3}CHINH {1,3}TRI|BAN {1,3}BI {1,3}THU|BAN {1,3}CHAP {1,3}HANH {1,3}TRUNG {1,3}UONG(?: {1,3}DANG)?|CHINH {1,3}PHU|QUOC {1,3}HOI|THU {1,3}TUONG {1,3}CHINH {1,3}PHU|UY {1,3}BAN {1,3}THUONG {1,3}VU {1,3}QUOC {1,3}HOI) {1,3}$/u;
/**
 * An issuing body that starts at `from` (after `của`, `do`, `giữa`): an organisation name,
 * capitalised, ending at punctuation, a stop word (`về`, `ngày`, `khóa`, a title verb), a
 * clause word, or a long run of lower-case words. Bodies contain `và` and `Bộ X, Bộ Y` lists.
 */
export function parseBody(
  prepared: PreparedText,
  from: number,
  allCaps: boolean,
  /**
   * How many lower-case words in a row a name may hold (`Ban Quản lý khu kinh tế`): more where
   * an issuing verb must follow the body for it to count (`do … ban hành`), which ends it.
   */
  maxLowerRun = 3,
  /**
   * Whether the document is issued jointly (`Thông tư liên tịch …`): its bodies are listed, and a
   * verb after the last of them opens its title, not a main clause after an adjunct.
   */
  jointDocument = false,
): { text: string; end: number } | null {
  const windowEnd = Math.min(prepared.normalized.length, from + 140);
  const tokens = new LazyTokens(prepared, from, windowEnd, 2 * BODY_MAX_WORDS + 2);
  const first = tokens.at(0);
  // Case tells nothing in capitals, nor where the writer dropped them (`của ban thường vụ tỉnh ủy`).
  if (!first || first.start !== from || (!allCaps && !startsUpper(first.text))) return null;
  let end = from;
  let lowerRun = 0;
  let beforeListComma: number | null = null;
  let maxWords = BODY_MAX_WORDS;
  for (let index = 0; index < maxWords; index++) {
    const token = tokens.at(index);
    if (!token) break;
    const isLower = !allCaps && isLowerChar(token.text, 0);
    if (index > 0) {
      // A blank line ends the paragraph, and any name in it (`… của Bộ Chính trị\n\nChiều 20/5,
      // Ban Thường vụ …`: a headline, then the article); one line break may fall inside a name
      // copied out of a PDF.
      const breaks = lineBreaksBetween(
        prepared.normalized,
        tokens.at(index - 1)?.end ?? from,
        token.start,
      );
      if (breaks === 2) break;
      // `… CỦA BỘ CHÍNH TRỊ\nSáng 14/3, Ban Thường vụ …`: a headline in capitals ends with its line.
      if (breaks === 1 && allCaps && !isAllCaps(token.text)) break;
      // `… của Thủ tướng Chính phủ\nQuảng Hòa, ngày 21 tháng 9 năm 2024`: a letterhead's place and
      // date on the next line.
      if (
        breaks === 1 &&
        PLACE_DATE_LINE.test(prepared.normalized.slice(token.start, token.start + 48))
      )
        break;
      // `… của bộ chính trị nhé các đ/c`, `HĐND tỉnh Thanh Lĩnh 👏👏 ai thuộc diện …`: the writer
      // talks to the reader.
      if (isChatAside(token.text) || isChatAsideBeforePerson(tokens, index)) break;
      // `… Cua Ban Chap Hanh Dang Bo Tinh Nam Hai Ve Phat Trien …`: a Title Case headline's `Về`
      // opens the title (a name's `về` is in lower case: `Ủy ban Quốc gia về …`).
      if (
        !allCaps &&
        TITLE_CASE_ABOUT.has(token.text) &&
        startsUpper(tokens.at(index + 1)?.text ?? '')
      )
        break;
      // `… của UB huyện → các xã báo cáo`, `… của BCT + QĐ 99-QĐ/TW`: a note's arrow or plus
      // links the next item, never inside a name.
      if (NOTE_LINKS.has(token.text)) break;
      // `… được Quốc hội 16/19 thông qua`: a vote count, a ratio or a date is never in a name.
      if (SLASHED_NUMBER.test(token.text)) break;
      // `… của Thủ tướng Chính phủ có 10 dự án thành phần`: the sentence's `có` and what it counts.
      // After a list's comma, what stands before that `có` is the next clause's subject (`… của Ban
      // Thường vụ Tỉnh ủy, Ban Chỉ đạo phát triển du lịch tỉnh có 17 thành viên`).
      // So is the subject of `có <document>` (`Thực hiện Kế hoạch số 127-KH/TU … của Ban Thường vụ
      // Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy có Công văn số 1342-CV/BTGTU …`), which issues it.
      // `thông tư 05 của Bộ Xây dựng có bắt buộc …?`: any other `có` is the sentence's too (a
      // question's, a predicate's); `người có công` is a name's. There, only after an adjunct is
      // what stands past a list's comma the main clause's subject (`Theo Thông tư liên tịch số
      // 50/2014/TTLT-BTNMT-BNV … của Bộ Tài nguyên và Môi trường và Bộ Nội vụ, Phòng Tài nguyên và
      // Môi trường cấp huyện có trách nhiệm …`).
      if (token.text === 'có') {
        const countsOrIssues =
          isDigitCode(tokens.at(index + 1)?.text.charCodeAt(0) ?? 0) ||
          (beforeListComma !== null && isTypeWordAt(tokens, index + 1));
        if (countsOrIssues || tokens.plainAt(index - 1) !== 'người') {
          if (
            beforeListComma !== null &&
            !isBetweenList(prepared.skeleton, from) &&
            (countsOrIssues || opensWithAdjunct(prepared.normalized, from))
          )
            end = beforeListComma;
          break;
        }
      }
      // `… của Đảng ủy phường em đính kèm`, `… cua ban bi thu e gui email roi`: a chat's writer
      // and what they did, never a name's words (`CHAT_WRITER_VERBS`).
      if (isChatWriterAt(tokens, index)) break;
      // `… của Đảng ủy xã V/v chuẩn bị …`: the subject line's mark, in any case, opens the title.
      if (isSubjectLineMark(token.text)) break;
      // A capitalised word of mixed-case text is read as a plain word only to find `Và`.
      const single = isLower || allCaps || mayBeAnd(token.text) ? tokens.plainAt(index) : '';
      // `… của Bộ Chính trị năm 2024`, a heading's `… CỦA BỘ CHÍNH TRỊ NĂM 2024`: the year of what
      // the sentence reports; an event's committee keeps its year (`Ban Chỉ đạo Tổng điều tra
      // dân số và nhà ở năm 2019`).
      if (
        single === 'năm' &&
        YEAR_WORD.test(tokens.at(index + 1)?.text ?? '') &&
        !EVENT_COMMITTEE.test(prepared.skeleton.slice(from, from + 12))
      )
        break;
      if (isLower || allCaps) {
        const pair = STOP_PAIR_HEADS.has(single) ? `${single} ${tokens.plainAt(index + 1)}` : '';
        // `… của UBND tỉnh có hiệu lực từ …`: the three-word stops.
        const triple = STOP_TRIPLE_HEADS.has(pair) ? `${pair} ${tokens.plainAt(index + 2)}` : '';
        // `… của Ban Chỉ đạo tổ chức các ngày lễ lớn của tỉnh`: `ngày lễ` (holidays) names the
        // committee's task; `ngày` opens no date there.
        const holidays = single === 'ngày' && tokens.plainAt(index + 1) === 'lễ';
        // `… CỦA BAN CHỈ ĐẠO TRUNG ƯƠNG` in capitals: after `ban`, `chỉ đạo` names a steering
        // committee, as its capital tells in running text.
        const steeringCommittee = pair === 'chỉ đạo' && tokens.plainAt(index - 1) === 'ban';
        // `Cục Hàng không Việt Nam`: aviation, not the sentence's negation.
        const aviation = single === 'không' && tokens.plainAt(index - 1) === 'hàng';
        // `BỘ CHỈ HUY QUÂN SỰ TỈNH` in capitals, `Trung tâm Sát hạch và cấp chứng chỉ`, `chỉ
        // tiêu`, `chỉ số`: a word of its own, not `chỉ` (only).
        const compoundChi =
          single === 'chỉ' &&
          (CHI_COMPOUND_NEXT.has(tokens.plainAt(index + 1)) ||
            CHI_COMPOUND_PREVIOUS.has(tokens.plainAt(index - 1)));
        // `… của Ủy ban Quốc gia về chuyển đổi số`: a committee named by what it is for.
        const committeeFor = single === 'về' && namesCommitteeFor(prepared, from, token);
        // `Đại sứ quán Việt Nam tại Hàn Quốc`: a mission is named by the country it is in.
        const missionIn =
          single === 'tại' &&
          startsUpper(tokens.at(index + 1)?.text ?? '') &&
          MISSION_HEAD.test(prepared.normalized.slice(from, from + 32));
        if (
          !holidays &&
          !steeringCommittee &&
          !aviation &&
          !compoundChi &&
          !committeeFor &&
          !missionIn &&
          (BODY_STOPS.has(single) ||
            BODY_STOPS.has(pair) ||
            BODY_STOPS.has(triple) ||
            (isLower &&
              UNMARKED_STOP_VERB_HEADS.has(single) &&
              unmarkedStopVerbAt(tokens, index)) ||
            (single === 'thi' && isLower && opensUnmarkedClause(tokens.plainAt(index + 1))) ||
            (single === 'giao' && assignsAt(tokens, index, token.text)) ||
            // `… do Công an xã Phú Thành lập ngày …`: who draws the record up (`thành lập`, to
            // found, is one verb).
            (single === 'lập' && isLower && tokens.at(index - 1)?.text !== 'thành')) &&
          // `Ban Chỉ đạo tổng kết Nghị quyết 18`: a steering committee is named after its task.
          !(COMMITTEE_TASKS.has(pair) && tokens.plainAt(index - 1) === 'đạo') &&
          !(pair === 'tổ chức' && ORGANISING_IN_NAME.has(tokens.plainAt(index - 1))) &&
          // `Hội đồng khen thưởng, kỷ luật`, `Hội đồng đánh giá sản phẩm OCOP huyện`: a council is
          // named after its task, right after its head.
          !namedAfterTask(tokens, index) &&
          // `UBND TỈNH CAO BẰNG VỀ …`: the province, whose `Bằng` capitals do not tell from `bằng`.
          !(single === 'bằng' && tokens.plainAt(index - 1) === 'cao') &&
          // `SỞ Y TẾ CẦN THƠ`, `UBND HUYỆN CẦN GIỜ`: the places named `Cần …`, not the modal.
          !(single === 'cần' && CAN_PLACE_NEXT.has(tokens.plainAt(index + 1))) &&
          // `khoa`, the term typed without marks (`khoa XIII`), is also a faculty, a science
          // (`Trường Đại học Bách khoa`): a term word only before the term's numeral.
          !(single === 'khoa' && !TERM_NUMERAL.test(tokens.at(index + 1)?.text ?? ''))
        ) {
          // After `giữa` the list is the joint document's own: no clause's subject in it.
          // A joint document's bodies are national ones, listed (`… của Bộ Tài nguyên và Môi
          // trường, Bộ Tư pháp quy định …`); a province's body after the comma is the main clause's
          // subject (`… của Bộ Công Thương và Bộ Nội vụ, Sở Công Thương tỉnh … đã ban hành …`).
          if (
            beforeListComma !== null &&
            !isBetweenList(prepared.skeleton, from) &&
            !(
              jointDocument &&
              JOINT_ISSUER_HEAD.test(
                prepared.normalized.slice(beforeListComma + 1, beforeListComma + 32),
              )
            ) &&
            (ADVERB_SET.has(single) ||
              ADVERB_SET.has(pair) ||
              (!DOCUMENT_FIELD_WORD_SET.has(single) &&
                !DOCUMENT_FIELD_WORD_SET.has(pair) &&
                opensWithAdjunct(prepared.normalized, from)))
          )
            end = beforeListComma;
          break;
        }
      }
      // `… của Bộ Chính trị – bộ tứ nghị quyết …`: a dash between spaces before a lower-case word
      // ends the name (`Bộ Lao động - Thương binh và Xã hội` goes on).
      // `… của Thủ tướng Chính phủ | CA tỉnh | …`: a flattened table's next column.
      // `Căn cứ Hướng dẫn … của Ban Nội chính Trung ương, Ban Thường vụ Tỉnh ủy Hà Phong (khóa XVI)
      // đã ban hành …`: after an adjunct, a listed name whose term a lower-case predicate follows
      // is the main clause's subject (3 of 3 annotated).
      if (
        beforeListComma !== null &&
        TERM_THEN_PREDICATE.test(prepared.normalized.slice(token.start, token.start + 40)) &&
        opensWithAdjunct(prepared.normalized, from)
      ) {
        end = beforeListComma;
        break;
      }
      if (
        isOpeningMark(token.text.charCodeAt(0)) ||
        token.text.charCodeAt(0) === 0x7c ||
        (isLoneDash(token.text) && !allCaps && isLowerChar(tokens.at(index + 1)?.text ?? '', 0))
      )
        break;
      if (single === 'và' || single === 'va') {
        const next = tokens.at(index + 1);
        // `… của UBND xã và KH 57/KH-UBND`: a chat's type code before a number cites the next
        // document, as a type word does.
        if (
          !next ||
          isTypeWordAt(tokens, index + 1) ||
          (!allCaps &&
            !startsUpper(next.text) &&
            !joinsSectorPair(prepared.normalized, token.start, next.start) &&
            !goesOnToCommaName(prepared.skeleton, next.start)) ||
          startsWithAbbreviatedCitation(prepared.skeleton.slice(next.start, next.start + 16)) ||
          // `… của Bộ Tài nguyên và Môi trường và QCVN 42:2020/BTNMT`: a standard cited next.
          STANDARD_CODE.test(next.text) ||
          // `… CỦA BỘ CHÍNH TRỊ VÀ CÂU CHUYỆN NGƯỜI GIỮ LỬA …` (a headline in capitals): after a
          // central body named whole, `VÀ` before anything but another body joins the headline's
          // next topic (no central body's name goes on past a `và`).
          (allCaps &&
            CENTRAL_BODY.test(prepared.skeleton.slice(from, token.start)) &&
            !startsWithOrganisation(prepared.normalized, next.start))
        )
          break;
        // `của Bộ Nông nghiệp và Phát triển nông thôn và Bộ Tài nguyên và Môi trường` (a joint
        // circular's two ministries): the second body gets a name's length of its own. Not in
        // capitals, where the length is what ends a name.
        if (!allCaps && startsWithOrganisation(prepared.normalized, next.start))
          maxWords = Math.max(maxWords, index + 1 + BODY_MAX_WORDS);
      }
      if (isDigitCode(token.text.charCodeAt(0))) {
        // numbers belong to names (`Hội nghị Trung ương 5`) but do not end a lower-case run
      } else if (single === 'khu' && isNumberedRegionAt(tokens, index)) {
        // `Kiểm toán nhà nước khu vực XIII`, `Chi cục Thuế khu vực XV`: a deconcentrated
        // agency's numbered region (2025), part of its name as `tỉnh` is.
        const numeral = tokens.at(index + 2);
        if (!numeral) break;
        const trailing = trailingMarks(numeral.text);
        end = numeral.end - trailing.length;
        if (trailing) break;
        index += 2;
        continue;
      } else if (isLower && !BODY_LOWERCASE_WORDS.has(single)) {
        lowerRun++;
        // `của Ban Quản lý dự án đầu tư xây dựng tỉnh`: a board named after its project.
        if (
          !lowerRunFits(lowerRun, maxLowerRun, () => prepared.normalized.slice(from, from + 40))
        ) {
          // `… của Ban Tổ chức Trung ương, Ban Thường vụ Tỉnh ủy chỉ đạo rà soát …` after an
          // adjunct: the words run on into the main clause, whose subject the listed name is.
          if (beforeListComma !== null && opensWithAdjunct(prepared.normalized, from))
            end = beforeListComma;
          break;
        }
      } else if (!isLower) lowerRun = 0;
      // `Bộ Kế hoạch và Đầu tư`, `Sở Kế hoạch và Đầu tư`: a ministry or department named
      // after what it plans is no document.
      if (!isLower && !allCaps && isTypeWordAt(tokens, index) && !namedAfterTypeAt(tokens, index))
        break;
      // `… Của Ban Chấp Hành Trung Ương Đảng Khóa XIII` (a heading in Title Case): the term ends
      // the name whatever its case, as `khóa` does in running text, and so do `Về` and `Ngày`
      // (`… Của Ban Thường Vụ Huyện Ủy Về Kết Quả …`), which no name holds capitalised.
      if (!isLower && !allCaps && (isTermAt(tokens, index) || TITLE_CASE_STOPS.has(token.text)))
        break;
    }
    // `… Huyện ủy Tân Khê[2] về …`, `… Bộ Tài chính³, …`: a footnote mark ends the name.
    const noteAt = footnoteMarkAt(token.text);
    if (noteAt > 0) {
      end = token.start + noteAt;
      break;
    }
    const trailing = trailingMarks(token.text);
    end = token.end - trailing.length;
    if (trailing) {
      // `… của UBND TP. Hải Đăng`: a place's abbreviation keeps its dot, and the name goes on.
      if (
        trailing === '.' &&
        PLACE_ABBREVIATIONS.has(token.text.slice(0, -1)) &&
        startsUpper(tokens.at(index + 1)?.text ?? '')
      ) {
        end = token.end;
        continue;
      }
      if (trailing === ',') {
        // `Sở Văn hóa, Thể thao và Du lịch`: a name that holds the comma goes on to its end.
        const nameEnd = commaNameEnd(prepared.skeleton, end);
        if (nameEnd > 0) {
          end = nameEnd;
          // The name's last word is read again when it carries the sentence's own mark
          // (`… của Sở Văn hóa, Thể thao và Du lịch, Giải Bóng chuyền … sẽ khởi tranh`).
          // A task's words in lower case after the comma count as none of the body's (`Văn phòng
          // thường trực Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh`: sixteen words).
          const taskName = !allCaps && isLowerChar(tokens.at(index + 1)?.text ?? '', 0);
          for (let next = tokens.at(index + 1); next && next.end <= nameEnd;) {
            index++;
            if (taskName) maxWords++;
            next = tokens.at(index + 1);
          }
          continue;
        }
        const next = tokens.at(index + 1);
        const nextKey = stripPunctuation(tokens.keyAt(index + 1));
        // `giữa Cục Thuế tỉnh, Cục Hải quan tỉnh và Sở Kế hoạch và Đầu tư`: after `giữa` every
        // item is a body, whatever its head.
        const listed =
          BODY_LIST_HEADS.includes(nextKey) ||
          (next !== undefined &&
            (isBetweenList(prepared.skeleton, from) ||
              isJointDocumentOf(prepared.skeleton, from)) &&
            startsWithOrganisation(prepared.normalized, next.start));
        if (next && listed && (allCaps || startsUpper(next.text))) {
          beforeListComma = end;
          // `giữa Bộ Tư pháp, Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao, Bộ Công an
          // và Bộ Quốc phòng`: each body listed gets a name's length of its own.
          if (!allCaps) maxWords = Math.max(maxWords, index + 1 + BODY_MAX_WORDS);
          continue;
        }
      }
      break;
    }
  }
  const text = collapse(prepared.normalized.slice(from, end));
  if (!text) return null;
  return { text, end };
}

/** The arrows and plus of hasty notes between items (`QĐ 812 → xã rà soát`, `NQ 18 + KL 121`). */
const NOTE_LINKS: ReadonlySet<string> = new Set(['→', '->', '=>', '⇒', '+', '➡', '➡️']);

/** Diplomatic missions, named by the country they are in (`… tại Hàn Quốc`). */
const MISSION_HEAD =
  /^(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Phái đoàn thường trực|Cơ quan đại diện)\s/u;

/** Places' abbreviations printed with a dot before the name (`TP. Huế`, `TX. Sơn Tây`, `Q. 1`). */
const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'TP',
  'Tp',
  'TX',
  'Tx',
  'TT',
  'Q',
  'P',
  'H',
]);

/** The field words a heading in Title Case capitalises after a body (`Về`, `Ngày`). */
const TITLE_CASE_STOPS: ReadonlySet<string> = new Set(['Về', 'Ngày']);
/** A year after `năm`, and the committees named after a year's event (skeleton). */
const YEAR_WORD = /^(?:19|20)\d\d(?!\d)/u;
const EVENT_COMMITTEE = /^(?:BAN CHI DAO|BAN TO CHUC|HOI DONG|TIEU BAN)(?![A-Z])/u;

/** Whether the `và` at `and` joins one of `SECTOR_PAIRS`, its second half at `next`. */
function joinsSectorPair(normalized: string, and: number, next: number): boolean {
  return SECTOR_PAIRS.some(
    ([first, second]) =>
      normalized.slice(Math.max(0, and - first.length - 1), and - 1).toLowerCase() === first &&
      normalized.slice(next, next + second.length).toLowerCase() === second,
  );
}

/** A steering committee's head, all its name before `về` (skeleton): `BAN CHI DAO TRUNG UONG `. */
const STEERING_COMMITTEE = /^BAN {1,3}CHI {1,3}DAO(?: {1,3}[A-Z]+){0,3} {1,3}$/u;
/**
 * `… do Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh ban hành ngày …`, `… của Ban Chỉ đạo
 * liên ngành về an toàn thực phẩm huyện Xín Mần, …`: a task in a few lower-case words that ends
 * on the unit's place and then the clause, the committee's name (3 of 3 annotated); a title goes
 * on after its place or names none bare.
 */
const TASK_OF_PLACE =
  /^\s+(?:\p{Ll}+,?\s+){1,8}?(?:tỉnh|huyện|xã|thành phố|quận|phường)(?:\s+\p{Lu}\p{Ll}*){0,3}(?=[,.;]|\s+(?:ban hành|ngày|tại|\()|$)/u;
/** Another `về` within the clause (no sentence mark, quote or bracket before it). */
const SECOND_ABOUT = /^[^.;:“”()\n]{3,110}?\svề\s/u;
/**
 * A national or State committee's head, all its name before `về` (skeleton); the national
 * transplant centre's too (`Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người`).
 */
const NATIONAL_COMMITTEE =
  /^(?:UY|UY BAN|HOI DONG|TRUNG TAM DIEU PHOI) {1,3}(?:BAN {1,3})?(?:QUOC GIA|NHA NUOC) {1,3}$/u;

/**
 * Whether the `về` token after the body's words from `from` belongs to a committee's name:
 * `… của Ủy ban Quốc gia về chuyển đổi số`, `… của Ủy ban Nhà nước về người Việt Nam ở nước
 * ngoài` (a national or State committee is named by what it is for; none is named `Ủy ban Quốc
 * gia` alone), and `… của Ban Chỉ đạo Trung ương về phát triển khoa học, … và chuyển đổi số về
 * triển khai …` (a second `về` soon after opens the title, so the first names the steering
 * committee's task).
 */
function namesCommitteeFor(
  prepared: PreparedText,
  from: number,
  about: { start: number; end: number },
): boolean {
  const words = prepared.skeleton.slice(from, about.start);
  // `… của Bộ Chính trị, Ban Chỉ đạo tỉnh về …`: the last of the bodies listed.
  const head = words.slice(words.lastIndexOf(', ') + 1).trimStart();
  return (
    NATIONAL_COMMITTEE.test(head) ||
    (STEERING_COMMITTEE.test(head) &&
      (SECOND_ABOUT.test(prepared.normalized.slice(about.end, about.end + 120)) ||
        startsWithCommaName(prepared.skeleton, about.end) ||
        TASK_OF_PLACE.test(prepared.normalized.slice(about.end, about.end + 120))))
  );
}

/**
 * Whether a name holding a comma (`NAMES_WITH_COMMAS`) starts after the spaces at `at`
 * (skeleton): a steering committee's task (`Ban Chỉ đạo Trung ương về phát triển khoa học, công
 * nghệ, đổi mới sáng tạo và chuyển đổi số`), its name whether or not a title follows.
 */
function startsWithCommaName(skeleton: string, at: number): boolean {
  let start = at;
  while (skeleton.charCodeAt(start) === 0x20) start++;
  return COMMA_NAMES.some(({ name }) => skeleton.startsWith(name, start));
}

/** Whether `khu vực` and a numeral (Roman or Arabic) start at token `index`. */
function isNumberedRegionAt(tokens: LazyTokens, index: number): boolean {
  return (
    tokens.plainAt(index + 1) === 'vực' && NUMBERED_REGION.test(tokens.at(index + 2)?.text ?? '')
  );
}
/** A region's number after `khu vực` (`XIII`, `4`). */
const NUMBERED_REGION = /^(?:[IVXL]{1,6}|\d{1,2})(?![\p{L}\d])/u;

/**
 * What `giao` assigns when it is the verb (`giao dự toán`, `giao nhiệm vụ`, `giao chỉ tiêu`), or
 * the units it is given to, with marks or without (`… cua Huyen uy giao xa minh ra soat …`).
 */
const ASSIGNED_AFTER_GIAO: ReadonlySet<string> = new Set([
  'dự',
  'nhiệm',
  'chỉ',
  'kế',
  'vốn',
  'các',
  'cac',
  'xã',
  'xa',
  'huyện',
  'huyen',
  'phường',
  'phuong',
]);

/**
 * `… của UBND tỉnh giao dự toán …`, `… Thường trực Tỉnh ủy giao Đảng ủy UBND tỉnh …`: whether the
 * `giao` at `index` (printed `word`) is the verb, before what is assigned or before the body it
 * is assigned to, which ends a body (`giao thông`, `giao dịch` are a name's words).
 */
function assignsAt(tokens: LazyTokens, index: number, word: string): boolean {
  if (ASSIGNED_AFTER_GIAO.has(tokens.plainAt(index + 1))) return true;
  // `Bộ Ngoại giao, Bộ Tư pháp`: the ministry's name, not a verb; so is a propaganda commission's
  // typed without marks (`Ban Tuyen giao Tinh uy`, `tuyên giáo`'s skeleton).
  return (
    word === 'giao' &&
    tokens.plainAt(index - 1) !== 'ngoại' &&
    tokens.plainAt(index - 1) !== 'tuyen' &&
    startsUpper(tokens.at(index + 1)?.text ?? '')
  );
}

/** Whether the word at `index` follows a council's head (`Hội đồng`), which its task names. */
function namedAfterTask(tokens: LazyTokens, index: number): boolean {
  return tokens.plainAt(index - 1) === 'đồng' && tokens.plainAt(index - 2) === 'hội';
}

const BETWEEN_BEFORE = /GIUA {1,3}$/u;
/** Whether the body at `from` follows `giữa` (skeleton): the bodies of a joint document. */
function isBetweenList(skeleton: string, from: number): boolean {
  return BETWEEN_BEFORE.test(skeleton.slice(Math.max(0, from - 8), from));
}

/**
 * A joint document named right before `của` (skeleton): `liên ngành`, `liên tịch` in its type, or
 * a symbol whose type code two issuers' codes follow (`Kế hoạch liên ngành số
 * 27/KH-SGDĐT-SVHTTDL … của Sở Giáo dục và Đào tạo, Sở Văn hóa, Thể thao và Du lịch về …`).
 */
const JOINT_DOCUMENT_BEFORE =
  /(?:LIEN (?:NGANH|TICH)|\/ ?[A-Z]{1,5}-[A-Z&]+-[A-Z&]+(?![A-Z&-]))[^.;:]{0,60}CUA {1,3}$/u;
/** Whether the body at `from` follows `của` after a joint document: its issuers, listed. */
function isJointDocumentOf(skeleton: string, from: number): boolean {
  return JOINT_DOCUMENT_BEFORE.test(skeleton.slice(Math.max(0, from - 120), from));
}

/** `V/v`, `v/v`, `V/V` (về việc): a letter's subject line, never a word of a name. */
function isSubjectLineMark(word: string): boolean {
  return (
    word.length === 3 &&
    word[1] === '/' &&
    (word[0] === 'V' || word[0] === 'v') &&
    (word[2] === 'v' || word[2] === 'V')
  );
}

/**
 * Past the emoji, bullets and spaces that open a line at `from` (before `to`): where its words
 * start. A quotation mark stays: a quoted speaker's `Sở` is no name.
 */
function firstLetterAt(text: string, from: number, to: number): number {
  let index = from;
  while (index < to && LINE_DECORATION.test(text[index] ?? '')) index++;
  return index;
}
const LINE_DECORATION = /[\p{Extended_Pictographic}\p{So}\p{Pd}\p{Cs}\s•·*+]|\uFE0F|\u200D/u;

/**
 * How many line breaks the white space between `from` and `to` holds, counted to 2 (an empty
 * line): read within the gap only, never back through the text.
 */
function lineBreaksBetween(text: string, from: number, to: number): 0 | 1 | 2 {
  let breaks: 0 | 1 | 2 = 0;
  for (let index = from; index < to; index++) {
    if (text.charCodeAt(index) !== 0x0a) continue;
    if (breaks === 1) return 2;
    breaks = 1;
  }
  return breaks;
}

/** The first line break between `from` and `end` after which the words are no longer in capitals. */
function capitalsLineEnd(normalized: string, from: number, end: number): number {
  for (
    let at = indexWithin(normalized, '\n', from, end);
    at >= 0;
    at = indexWithin(normalized, '\n', at + 1, end)
  ) {
    if (LOWER_LETTER.test(normalized.slice(at + 1, at + 40))) return at;
  }
  return end;
}
const LOWER_LETTER = /\p{Ll}/u;

/** A letterhead's place and day: `Quảng Hòa, ngày 21 tháng 9`. */
const PLACE_AND_DAY = String.raw`(?:\p{Lu}[\p{L}.]*[ \t]){0,3}\p{Lu}[\p{L}.]*,[ \t]+ngày[ \t]+\d{1,2}[ \t]+tháng[ \t]+\d{1,2}`;
const PLACE_DATE_LINE = new RegExp(`^${PLACE_AND_DAY}`, 'u');

/** `Khóa XIII`, `Khoá 12`: the word for a term and its numeral, as two tokens. */
function isTermAt(tokens: LazyTokens, index: number): boolean {
  return (
    tokens.keyAt(index) === 'KHOA' &&
    tokens.plainAt(index) !== 'khoa' &&
    /^(?:[IVXL]{1,6}|\d{1,2})[,.;)]?$/u.test(tokens.keyAt(index + 1))
  );
}

/**
 * `NAMES_WITH_COMMAS` in skeleton, longest first; each split at its first comma, and where its
 * part after its last comma starts.
 */
const COMMA_NAMES = [...NAMES_WITH_COMMAS]
  .map((name) => toSkeleton(name))
  .sort((a, b) => b.length - a.length)
  .map((name) => ({
    name,
    head: name.slice(0, name.indexOf(',')),
    rest: name.slice(name.indexOf(',')),
    lastPart: name.lastIndexOf(',') + 2,
  }));

/**
 * Where a name holding a comma ends when its first part ends at `commaAt` (the comma's index in
 * the skeleton), else -1.
 */
function commaNameEnd(skeleton: string, commaAt: number): number {
  for (const { head, rest } of COMMA_NAMES) {
    if (skeleton.startsWith(rest, commaAt) && skeleton.endsWith(head, commaAt)) {
      const before = skeleton.charCodeAt(commaAt - head.length - 1);
      if (before === 0x20) return commaAt + rest.length;
    }
  }
  return -1;
}

/**
 * Whether a name holding a comma runs on from `at` through the next comma, close by (`Cục An ninh
 * mạng và | phòng, chống tội phạm sử dụng công nghệ cao`): the `và` before `at` does not end the body.
 */
function goesOnToCommaName(skeleton: string, at: number): boolean {
  const comma = indexWithin(skeleton, ',', at, at + 25);
  return comma > 0 && commaNameEnd(skeleton, comma) > 0;
}

/**
 * Where an organisation whose name holds a comma starts, when `subjectStart` is the start of
 * that name's part after its last comma (`Sở Văn hóa, | Thể thao và Du lịch ban hành …`), and
 * where the name with commas itself starts (`Văn hóa, …`); null when none ends there.
 */
function commaNameStart(
  skeleton: string,
  windowStart: number,
  subjectStart: number,
): { organisation: number; name: number } | null {
  if (skeleton.charCodeAt(subjectStart - 2) !== 0x2c) return null;
  for (const { name, lastPart } of COMMA_NAMES) {
    // The subject starts after the name's last comma (`… khoa học, công nghệ, | đổi mới …`).
    const nameStart = subjectStart - lastPart;
    if (nameStart <= windowStart || !skeleton.startsWith(name, nameStart)) continue;
    if (skeleton.charCodeAt(nameStart - 1) !== 0x20) continue;
    // The organisation's own words before the name (`SO`, `BO`, `UY BAN`): back to the clause start.
    const clauseStart = lastIndexWithin(skeleton, ', ', windowStart - 1, nameStart);
    const organisation = Math.max(windowStart, clauseStart < 0 ? windowStart : clauseStart + 2);
    return { organisation, name: nameStart };
  }
  return null;
}

/**
 * An emoji: dingbats and symbols (U+2600–U+27BF) and the high surrogates of the emoji planes
 * (U+1F000–U+1FAFF), matched as code units (one class scan, no Unicode property).
 */
const EMOJI_UNIT = /[\u2600-\u27bf\ud83c-\ud83e]/;

/**
 * Where an emoji first stands between `from` and `end` (`… cộng đồng 👇 file bên dưới`), else
 * `end`: a title ends there. (A chat particle is one of the title's clause words.)
 */
function emojiStart(normalized: string, from: number, end: number): number {
  const at = normalized.slice(from, end).search(EMOJI_UNIT);
  return at < 0 ? end : from + at;
}

/** Chat particles (`nhé`, `ạ`; `nhe` typed without marks), which no name holds. */
const CHAT_PARTICLES: ReadonlySet<string> = new Set(['nhé', 'nhá', 'nhe', 'nhỉ', 'ạ']);
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** A chat particle or an emoji (a word of the writer to the reader, not of a name). */
function isChatAside(word: string): boolean {
  const code = word.charCodeAt(0);
  // Most words start with a letter that no particle starts with: no set lookup, no regex.
  if (code !== 0x6e && code !== 0x1ea1 && code < 0x2000) return false;
  return CHAT_PARTICLES.has(plainWord(word)) || PICTOGRAPH.test(word);
}
/**
 * The particles that are words of a name too (`nha`, a house in text without marks; `đó`, that)
 * and so end a body only before the reader or the writer they are said to (`… của tỉnh nha anh`,
 * `… của UBND tỉnh đó anh`).
 */
const PARTICLES_BEFORE_PERSON: ReadonlySet<string> = new Set(['nha', 'đó']);
const CHAT_PERSONS: ReadonlySet<string> = new Set(['anh', 'chị', 'em', 'a', 'c', 'e', 'mn', 'mọi']);
function isChatAsideBeforePerson(tokens: LazyTokens, index: number): boolean {
  return (
    PARTICLES_BEFORE_PERSON.has(tokens.at(index)?.text ?? '') &&
    CHAT_PERSONS.has(tokens.plainAt(index + 1))
  );
}

const EDGE_PUNCTUATION = /^[^\p{L}\d]+|[^\p{L}\d/]+$/gu;
function isPlainEdge(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code >= 0xc0;
}
/** Lower case without surrounding punctuation; most words have none, so test before replacing. */
function plainWord(text: string): string {
  const lower = lowerCase(text);
  const first = lower.charCodeAt(0);
  const last = lower.charCodeAt(lower.length - 1);
  return isPlainEdge(first) && isPlainEdge(last) ? lower : lower.replace(EDGE_PUNCTUATION, '');
}

function isTypeWordAt(tokens: LazyTokens, index: number): boolean {
  const first = stripPunctuation(tokens.keyAt(index));
  if (!TYPE_WORD_SET.has(first)) return false;
  const second = stripPunctuation(tokens.keyAt(index + 1));
  const pair = TYPE_WORDS[`${first} ${second}`];
  // `Liên đoàn Luật sư Việt Nam`, `Đoàn Luật sư`: a phrase that names no document (`luật sư`, a
  // lawyer) goes on with the body; `Luật Sử dụng …` is a law's name.
  // `… và Luật Giá năm 2023`: the Law on Prices, printed with its mark, not a jurist (`luật gia`).
  if (pair === null && !LAW_AFTER_SKELETON_TWIN.test(tokens.at(index + 1)?.text ?? ''))
    return false;
  // `UBND tỉnh Điện Biên ban hành …`: a place's `Biên` before the verb `ban hành`, whose
  // skeleton is `biên bản`'s (minutes).
  if (first === 'BIEN' && second === 'BAN' && tokens.plainAt(index + 1) === 'ban') return false;
  // `UBND tỉnh Lâm Vân ban hành …`: the same with `Vân`, `văn bản`'s skeleton; where the first
  // word carries marks, a `ban` without them is no `bản` (a chat's `van ban` still is one).
  if (
    second === 'BAN' &&
    tokens.plainAt(index + 1) === 'ban' &&
    MARKED.test(tokens.at(index)?.text ?? '')
  )
    return false;
  return TYPE_WORDS[first] != null || pair != null;
}
/**
 * `Sử…`, the word `luật sư`'s skeleton shares (`Luật Sử dụng năng lượng …`), and `Giá`, `luật
 * gia`'s (`Luật Giá`).
 */
const LAW_AFTER_SKELETON_TWIN = /^(?:[sS][ửỬ]|Giá(?![\p{L}]))/u;

const OPENING_QUOTES = '“"\'‘';
const TITLE_TRAILERS = '”"\'’.,;:';

/**
 * Drops opening quotes and trailing quotes, punctuation and spaces. A loop, not
 * `replace(/…|[…]+$/u)`: the anchored class retries at every space of a 400-character title.
 */
function trimTitleMarks(text: string): string {
  let start = 0;
  while (start < text.length && OPENING_QUOTES.includes(text[start] ?? '')) start++;
  let end = text.length;
  while (end > start) {
    const char = text[end - 1] ?? '';
    if (!TITLE_TRAILERS.includes(char) && !WHITESPACE_CHAR.test(char)) break;
    // `… xét tặng danh hiệu “Nghệ nhân nhân dân”`: the quote closes a name the title holds.
    if (char === '”' && closesQuoteWithin(text, start, end - 1)) break;
    end--;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Whether `text[from, end)` holds more `“` than `”`: a `”` at `end` closes one of them. */
function closesQuoteWithin(text: string, from: number, end: number): boolean {
  let open = 0;
  for (let index = from; index < end; index++) {
    const char = text[index];
    if (char === '“') open++;
    else if (char === '”' && open > 0) open--;
  }
  return open > 0;
}

/** Whether skeleton text starts with a type word (its first one or two space-separated words). */
function startsWithTypeWord(rest: string): boolean {
  const firstSpace = rest.indexOf(' ');
  const first = firstSpace < 0 ? rest : rest.slice(0, firstSpace);
  // Every type word starts with one of these words: most texts are answered here.
  if (!TYPE_WORD_SET.has(first)) return false;
  const secondSpace = firstSpace < 0 ? -1 : rest.indexOf(' ', firstSpace + 1);
  const second =
    firstSpace < 0 ? '' : rest.slice(firstSpace + 1, secondSpace < 0 ? undefined : secondSpace);
  return TYPE_WORDS[`${first} ${second}`] != null || TYPE_WORDS[first] != null;
}

/**
 * How many of `words` (skeleton) the longest type word opening them holds (`THONG TU LIEN TICH`
 * before `THONG TU`), its key grown word by word while it still begins some type word (not one
 * join per length); -1 when the words end inside a type word, so nothing can follow it.
 */
function typeWordLength(words: readonly string[]): number {
  let length = 1;
  let key = words[0] ?? '';
  for (let count = 2; count <= TYPE_WORD_MAX_WORDS; count++) {
    if (count > words.length) return TYPE_WORDS[key] != null ? -1 : length;
    key = `${key} ${words[count - 1] ?? ''}`;
    if (!TYPE_WORD_PREFIXES.has(key)) break;
    if (TYPE_WORDS[key] != null) length = count;
  }
  return length;
}

/**
 * Whether skeleton text starts with a numbered citation: a type word, an optional `số`, then a
 * digit (`Báo cáo số 215/BC-UBND`). A bare type word may be part of the title (`ban hành Quy chế
 * … và Quy định phân cấp`); a numbered one is another document.
 */
/** Types whose bare number names a project or a programme (`Đề án 06`, `Chương trình 135`). */
const NAMED_BY_NUMBER: ReadonlySet<string> = new Set(['DE AN', 'CHUONG TRINH']);

function startsWithNumberedCitation(rest: string): boolean {
  if (!startsWithTypeWord(rest)) return false;
  // `… và kế hoạch số  45-KH/HU …`: a copy's double spaces are one.
  const words = rest.includes('  ')
    ? rest.split(/ +/u, TYPE_WORD_MAX_WORDS + 2)
    : rest.split(' ', TYPE_WORD_MAX_WORDS + 2);
  let next = typeWordLength(words);
  if (next < 0) return false;
  // `Báo cáo thẩm tra số 21/BC-KTXH`: a modifier of the type before the number.
  const modifier = `${words[next] ?? ''} ${words[next + 1] ?? ''}`;
  if (TYPE_MODIFIER_SET.has(modifier)) next += 2;
  const numberWord = words[next] === 'SO';
  if (numberWord) next++;
  // `… và Kế hoạch số42/KH-UBND …`: `số` glued to its number.
  const word = words[next] ?? '';
  const glued = word.startsWith('SO') && isDigitCode(word.charCodeAt(2));
  const code = word.charCodeAt(glued ? 2 : 0);
  if (!isDigitCode(code)) return false;
  // `… gắn với Đề án 06 của Chính phủ …`, `… thực hiện Chương trình 135`: a project's or a
  // programme's name without `số`, which the title names, no document cited beside it.
  if (!numberWord && !glued && NAMED_BY_NUMBER.has(words.slice(0, next).join(' '))) return false;
  // `… và kế hoạch 5 năm của Chính phủ`, `… và kế hoạch 5 năm 1996 - 2000 …`: a plan's span of
  // years, not a short form (`Nghị quyết 18 năm 2017` is one: a year follows, not a range).
  const unit = words[next + 1];
  if (unit !== 'NAM' && unit !== 'THANG') return true;
  const year = words[next + 2] ?? '';
  return YEAR_WORD.test(year) && words[next + 3] !== '-' && !year.includes('-');
}

/**
 * A law named with its year or number (`LUAT PHONG THU DAN SU NAM 2023`, `LUAT QUAN LY THUE SO
 * 38/2019/QH14`, skeleton): after `và` in a title, another document the sentence cites, unless
 * the title amends articles of the laws it lists.
 */
// A name may hold a comma (`Luật Phòng, chống ma túy năm 2021`); the year of a period or a time
// is the title's (`… và Luật Hòa giải ở cơ sở giai đoạn 2025 - 2030`, `… trong năm 2025`).
const NAMED_LAW_WITH_YEAR =
  /^(?:BO )?LUAT (?:(?!(?:GIAI DOAN|TRONG|DEN|TU|TOI) )[A-Z]+,? ){1,10}(?:(?:NAM )?\d{4}(?!\d)|SO \d)/u;

/**
 * A document named in a title's words (`triển khai Luật Đường bộ và Luật …`, `… Nghị quyết số 08-NQ/TW
 * và Luật Du lịch`): a law after its `và` may be one more the title lists. In a title that names
 * none (`… về Chiến lược bảo vệ Tổ quốc trong tình hình mới và Luật Phòng không nhân dân …`), the
 * law after `và` is one more the sentence cites.
 */
const DOCUMENT_TYPE_WORD = String.raw`(?:Bộ luật|Luật|Pháp lệnh|Hiến pháp|Nghị quyết|Nghị định|Quyết định|Thông tư|Chỉ thị|Kết luận|Quy định|Chương trình|Đề án|Kế hoạch)(?![\p{L}])`;
const DOCUMENT_NAMED_IN = new RegExp(String.raw`(?:^|\s)${DOCUMENT_TYPE_WORD}`, 'u');

/** A Party plenum's or congress's resolution or conclusion named by its meeting (skeleton). */
const PARTY_MEETING_RESOLUTION =
  /^(?:NGHI QUYET|KET LUAN) (?:HOI NGHI )?(?:(?:BAN CHAP HANH )?TRUNG UONG|DAI HOI)(?![A-Z])/u;

/** The articles a document replaces, before the document (skeleton): `MOT SO DIEU CUA `. */
const REPLACED_ARTICLES =
  /^(?:MOT SO DIEU|(?:DIEM|KHOAN|DIEU) [\dA-Z.]{1,6}(?:,? {1,3}(?:DIEM|KHOAN|DIEU) [\dA-Z.]{1,6})*)(?: {1,3}CUA)? {1,3}/u;
/** Articles, clauses and points named before their document (skeleton): `KHOAN 1 DIEU 6 `. */
const ARTICLE_LOCATOR = /^(?:(?:DIEM|KHOAN|DIEU|MUC|CHUONG|PHAN) [\dA-Z.]{1,6},? )+(?:CUA )?/u;

/**
 * A list connective in skeleton text: the title may end before it (see `parseTitleText`); `đến`
 * joins the two ends of a span of time (`Từ Nghị quyết 38/CP … về … đến Quyết định
 * 181/2003/QĐ-TTg …`); `&` is a slide's or a hasty note's `và` (`Nghi Dinh 08/2020/ND-CP ve …
 * & Thong Tu 05/2020/TT-BTP`). `đối với` is no `với`: what the title's opinion is on (`ý kiến của
 * Thường trực Huyện ủy đối với Tờ trình số 45/TTr-UBND …`).
 */
const LIST_CONNECTIVE = / (?:VA|&|CUNG VOI|CUNG|HOAC|DEN|TREN CO SO|(?<!DOI )VOI) /g;
/**
 * A subject's words, an issuing verb and a numbered citation at `at` (skeleton): `UBND HUYEN BAN
 * HANH QUYET DINH 2210/…`, `SO Y TE DA CO KE HOACH SO …`.
 */
const SUBJECT_THEN_ISSUING = /^(?:[^ .,;:()]+ ){1,8}?(?:(?:DA|VUA|CUNG) )?(?:BAN HANH|CO|KY) /u;
function issuesCitationAt(skeleton: string, at: number): boolean {
  const subject = SUBJECT_THEN_ISSUING.exec(skeleton.slice(at, at + 80));
  if (!subject) return false;
  const citation = at + subject[0].length;
  return startsWithNumberedCitation(skeleton.slice(citation, citation + 40));
}
/** An article's, a clause's or a point's number ending the words before a connective. */
const LOCATOR_BEFORE = /(?:^|\s)(?:khoản|điểm|[Đđ]iều)\s+[\p{L}\d]{1,4}$/u;
/**
 * `căn cứ` (on the grounds of) or `ra` (issued: `… về điều kiện cách âm … và ra Quyết định số
 * 905/QĐ-SVHTTDL thành lập …`) before documents cited after a connective, or the years a document
 * has been carried out (`Qua 15 năm thực hiện Nghị quyết … về nông nghiệp, nông dân, nông thôn và
 * hơn hai năm triển khai Nghị quyết số 19-NQ/TW …`: the sentence's second span of time, no title's
 * words; a title that itself cites the documents it reviews, `tổng kết 10 năm thực hiện … và 5 năm
 * thực hiện …`, is not read here). Skeleton.
 */
const CITATION_LEAD =
  /^(?:CAN CU (?:VAO )?|RA |(?:HON |GAN |SAU |TREN )?[^ ]{1,4} NAM (?:THUC HIEN|TRIEN KHAI|THI HANH) )/u;
/**
 * `… khen thưởng 4 chi bộ tiêu biểu và triển khai Nghị quyết số 14-NQ/ĐU …`, `… và ban hành Quyết
 * định số 45/QĐ-HKL …`, `… và bãi bỏ Điều 6 của Thông tư số 04/2014/TT-BGDĐT` (the articles of
 * another document it repeals): what the sentence goes on to do with another document (no annotated
 * title holds such a `và` before a numbered document, 3 end there; `… và thực hiện Đề án 06 của
 * huyện`, a project's name, stays); not in a title that itself carries documents out
 * (`CARRYING_OUT_WORD`: `sơ kết thực hiện Chỉ thị … và triển khai …` may list what it reviews).
 * Skeleton.
 */
const CARRYING_OUT_LEAD =
  /^(?:TRIEN KHAI|THUC HIEN|QUAN TRIET|BAN HANH|CONG BO) (?=(?:CAC )?(?:[A-Z]+ ){1,3}SO \d)/u;
/** The repealing verb, before the articles of another document it takes (skeleton). */
const REPEALING_LEAD =
  /^BAI BO (?=(?:(?:DIEM|KHOAN|DIEU) [\dA-Z.]{1,6},? )+(?:CUA )?(?:[A-Z]+ ){1,5}SO \d)/u;
const CARRYING_OUT_WORD =
  /(?:^|[^A-Z])(?:TRIEN KHAI|THUC HIEN|QUAN TRIET|BAN HANH|CONG BO)(?![A-Z])/u;
/** `các`, `những` before documents listed after a connective (skeleton). */
const LISTED_DETERMINER = /^(?:CAC|NHUNG) /u;

/**
 * Where the legal hierarchy sets a type (references.md): a law above a decree, a decree above a
 * Prime Minister's decision or a resolution, those above a ministry's circular. A document carries
 * out documents above it only.
 */
const HOLDER_RANKS: Readonly<Record<string, number>> = {
  Luật: 1,
  'Bộ luật': 1,
  'Pháp lệnh': 1,
  'Nghị định': 2,
  'Thông tư': 4,
  'Thông tư liên tịch': 4,
};
/** A numbered citation's type word after `và` (skeleton) and its rank, on the same scale. */
const CITED_RANKS: Readonly<Record<string, number>> = {
  'NGHI DINH': 2,
  'QUYET DINH': 3,
  'NGHI QUYET': 3,
  'THONG TU': 4,
};
const CITED_TYPE_WORDS = Object.keys(CITED_RANKS).join('|');
const CITED_RANK = new RegExp(`^(${CITED_TYPE_WORDS})(?![A-Z])`, 'u');
const AND_CITATION = new RegExp(` VA (?=(?:${CITED_TYPE_WORDS})(?![A-Z]))`, 'gu');
/**
 * `Nghị định số 15/2018/NĐ-CP … quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm
 * và Nghị định số 115/2018/NĐ-CP …`: a title that carries out documents names only those above its
 * own document (a circular `hướng dẫn thi hành … Luật Quản lý thuế và Nghị định số 126/2020/NĐ-CP`:
 * 36 of 36 annotated keep it); a numbered citation of the same rank or below after `và` is one more
 * the sentence cites (a decree before `và Nghị định …`, `và Thông tư …`: 20 of 20 annotated end
 * there). Where the title ends so, or -1.
 */
function outrankedCitationStart(
  skeleton: string,
  from: number,
  end: number,
  holderType: string | null,
): number {
  const holderRank = holderType === null ? undefined : HOLDER_RANKS[holderType];
  if (holderRank === undefined) return -1;
  const title = skeleton.slice(from, end);
  AND_CITATION.lastIndex = 0;
  for (let found = AND_CITATION.exec(title); found !== null; found = AND_CITATION.exec(title)) {
    const cited = from + found.index + found[0].length;
    const citedType = CITED_RANK.exec(skeleton.slice(cited, cited + 12));
    if (!citedType || !startsWithNumberedCitation(skeleton.slice(cited, cited + 40))) continue;
    if ((CITED_RANKS[citedType[1] ?? ''] ?? 0) >= holderRank) return from + found.index;
  }
  return -1;
}

/**
 * `(thay thế …)`, `(được sửa đổi …)`, `(đã được sửa đổi, bổ sung bởi …)`: what the document replaced
 * or what amended it; `(sau đây gọi tắt là Nghị quyết 57)`: the short name the text goes on with.
 * Neither is part of the title.
 */
const AMENDED_WORDS = String.raw`(?:(?:đã )?(?:thay thế|được sửa đổi|sửa đổi|được thay thế)|sau đây(?: gọi| viết)|gọi tắt|viết tắt)(?![\p{L}])`;
/** Whom a copy is for, in brackets (`(dành cho …)`, `(áp dụng cho …)`), with or without marks. */
const AUDIENCE_ASIDE = /^(?:[Dd]ành|[Dd]anh|[Áá]p dụng|[Aa]p dung) cho /u;
const AMENDED_ASIDE = new RegExp(String.raw`^[(（]${AMENDED_WORDS}`, 'u');

/**
 * Who a briefing or a training reaches (`quán triệt Kết luận số 121-KL/TW … về tổng kết Nghị quyết
 * số 18-NQ/TW cho 100% cán bộ, đảng viên`): the audience of the sentence's event, never a title's.
 * A title that hands something out names its own recipients (`giao dự toán cho 14 xã`, `tặng
 * Bằng khen cho 36 tập thể`, `đào tạo nghề cho 350 lao động`): none of them is in this list.
 */
const BRIEFED_AUDIENCE = String.raw`(?:cán bộ|đảng viên|hội viên|đoàn viên|đại biểu|công chức|viên chức|nhân viên|chủ tịch|bí thư|báo cáo viên|tuyên truyền viên|cấp ủy viên)`;

/**
 * Who a message or a campaign is carried to (`quán triệt Chỉ thị số 07-CT/TU … về chống khai thác
 * IUU đến 100% chủ tàu`, `… trực tuyến đến 312 điểm cầu`): a share of them, or a count of units
 * and people; the sentence's event reaches them (10 of the 11 annotated titles end there). A
 * range's end is no audience (`cho trẻ từ 1 đến 5 tuổi`, `từ ngày 15/5 đến 15/8/2025`).
 */
const REACHED_AUDIENCE = String.raw`(?:đến|den)(?= (?:hơn |gần |khoảng |trên )?(?:\d[\d.,]*% |\d[\d.]* (?:điểm cầu|doanh nghiệp|hộ|thôn|xã|chi bộ|${BRIEFED_AUDIENCE})))`;

/**
 * `, không …` after a title that directs something goes on with what it directs (`tăng cường phòng,
 * chống bệnh dại, không để phát sinh ca tử vong mới`, `vận động … tang lễ văn minh, không rắc vàng
 * mã …`: 58 of the 59 annotated titles opening so keep it), where after a topic it is mostly the
 * next clause (`trách nhiệm nêu gương của cán bộ, đảng viên, không nhận quà …`: 18 of 26 end there).
 */
const NEGATION_AFTER = /^\s*không\s/u;
/**
 * A negation in the last words before the comma: `không` after it lists the next thing not done
 * (`… gương mẫu không tham gia, không tiếp tay cho …`, `… không dán quảng cáo rao vặt, không treo
 * băng rôn …`: every annotated title with such a pair keeps it).
 */
const NEGATED_BEFORE = /(?:^|\s)không\s+(?:[^\s,;.]+\s+){0,5}[^\s,;.]+$/u;
/**
 * `về việc` before the title: the matter is an act, and `, không …` goes on with it (`về việc cán
 * bộ, đảng viên gương mẫu quản lý con em, không để con em bỏ học …`: all 9 annotated titles after
 * `về việc` with such a comma keep it).
 */
const MATTER_OPENER_BEFORE = /(?:^|\s)về việc\s+$/u;
const DIRECTIVE_TITLE =
  /^(?:khẩn trương|chủ động|tăng cường|lãnh đạo|đề nghị|vận động|xây dựng|phê duyệt|tuyên truyền|yêu cầu|tập trung|chỉ đạo|triển khai|hướng dẫn|nâng cao|bảo đảm|định hướng|kiện toàn|niêm yết|không)(?![\p{L}])/u;

/** `bổ sung` after a title's comma, and the verbs it pairs with there (see `parseTitleText`). */
const SUPPLEMENT_AFTER_COMMA = /^\s*bổ sung\s/u;
const SUPPLEMENT_PAIRED_BEFORE =
  /(?:^|\s)(?:rà soát|điều chỉnh|sửa đổi|cập nhật|kiện toàn|hoàn thiện|xây dựng|thay thế)$/u;

/** A person, `ông` or `bà`, after a title's comma; and one named in the title before it. */
// `…, hộ bà Lê Thị Hoa đã tự nguyện tháo dỡ …`: a household named by its head, the same.
const PERSON_AFTER_COMMA = /^\s*(?:hộ\s+)?(?:ông|bà)\s/u;
const PERSON_NAMED_IN = /(?:^|\s)(?:ông|bà|đồng chí|anh|chị|em)\s/u;

/**
 * `…, các Nghị định số 98/2010/NĐ-CP và 166/2018/NĐ-CP …` after a comma: the documents the
 * sentence lists besides, behind their determiner (both annotated titles end there; a capital
 * type word after the comma ends a title on its own).
 */
const DETERMINER_AFTER_COMMA = /^\s*(?:các|những)\s+/u;
function listsCitationsAfter(after: string, skeleton: string, at: number): boolean {
  const determiner = DETERMINER_AFTER_COMMA.exec(after);
  if (!determiner) return false;
  const cited = at + determiner[0].length;
  return startsWithNumberedCitation(skeleton.slice(cited, cited + 40));
}

/** Whether the comma at `at` stands between two digits (`98,5%`): a decimal comma, no list's. */
function isDecimalComma(text: string, at: number): boolean {
  return isDigitCode(text.charCodeAt(at - 1)) && isDigitCode(text.charCodeAt(at + 1));
}

/**
 * The verbs a chat's `e`, `em` (I) goes on with as the next clause's subject (`TITLE_EVENT`, the
 * body's words, and their spellings without marks in `UNMARKED_CLAUSE`): `… em đã gửi các xã rồi`,
 * `… e up lên drive rồi`, `… em trình a ký trước 16h`, `… em đính kèm`.
 */
const CHAT_WRITER_VERBS: readonly string[] = [
  'chuyển',
  'gửi',
  // `… em đẩy lên drive rồi nhé`: pushed up (a file), as `up`.
  'đẩy',
  'cần',
  'xin',
  'đã',
  'sẽ',
  'đang',
  'thấy',
  'hỏi',
  'nhờ',
  'tính',
  'muốn',
  'vừa',
  'mới',
  'chưa',
  'không',
  'có',
  'làm',
  'đọc',
  'xem',
  'nhận',
  'báo',
  'để',
  'cũng',
  'tìm',
  'up',
  'úp',
  'trình',
  'đính kèm',
  'in',
  'nộp',
  'sửa',
  'gọi',
  'ký',
  'scan',
  'photo',
  'lấy',
  'nhắc',
];
const CHAT_PRONOUN_VERBS = String.raw`(?:${CHAT_WRITER_VERBS.join('|')})(?![\p{L}])`;
/** The first words of `CHAT_WRITER_VERBS`, printed and typed without marks. */
const CHAT_WRITER_VERB_HEADS: ReadonlySet<string> = new Set(
  CHAT_WRITER_VERBS.flatMap((verb) => {
    const head = verb.split(' ')[0] ?? verb;
    return [head, withoutMarks(head)];
  }),
);
/**
 * The words before `em` that make it a noun, not the writer: children (`trẻ em`), pupils (`các
 * em`, `những em`), kin (`anh em`, `chị em`, `con em`, `cháu em`). All 14 annotated titles that
 * hold `em` before such a verb read `trẻ em`; 47 end before the writer's `em`.
 */
const EM_NOUN_BEFORE = ['trẻ', 'các', 'những', 'anh', 'chị', 'con', 'cháu'];
const EM_NOUN_BEFORE_SET: ReadonlySet<string> = new Set(
  EM_NOUN_BEFORE.flatMap((word) => [word, withoutMarks(word)]),
);
/** Whether the word at `index` is a chat's writer (`e`, `em`) before what they did. */
function isChatWriterAt(tokens: LazyTokens, index: number): boolean {
  const text = tokens.at(index)?.text;
  return (
    (text === 'e' || text === 'em') &&
    CHAT_WRITER_VERB_HEADS.has(tokens.plainAt(index + 1)) &&
    !EM_NOUN_BEFORE_SET.has(tokens.plainAt(index - 1)) &&
    tokens.plainAt(index - 1) !== 'điểm'
  );
}
const COUNTRIES = `(?:${COUNTRY_NAMES.join('|')})`;
/** A country or region named right before a comma, and one right after it. */
const COUNTRY_BEFORE_COMMA = new RegExp(String.raw`(?:^|\s)${COUNTRIES}$`, 'u');
const COUNTRY_AFTER_COMMA = new RegExp(String.raw`^\s${COUNTRIES}(?![\p{L}])`, 'u');
/**
 * A chat's `anh`, `chị`, `em` (or `a`, `c`, `e`, `mn`) after a comma, then what they do; or `xã
 * mình` (our commune: the writer's own unit, the next clause's subject).
 */
const CHAT_PERSON_AFTER_COMMA = new RegExp(
  String.raw`^\s*(?:(?:anh|chị|em|a|c|e|mn|ae)\s+(?:nhắc|giúp|${CHAT_PRONOUN_VERBS})|(?:xã|huyện|phường|trường|bên)\s+mình(?![\p{L}]))`,
  'u',
);

/**
 * A line that opens with a document's type word, an item's number glued before it at most (`…
 * thi hành Điều lệ Đảng\nHướng dẫn số 06-HD/TW …`, `…\n2Nghị định 103/2024/NĐ-CP …`), or a
 * listing's `Cập nhật`: the next entry of a list, no line of the title before it (9 annotated
 * titles end there), unless the line before ends on a word that cites it (`… về thực hiện\nChỉ thị
 * số 05-CT/TU`, `… triển khai\nQuyết định số …`: a PDF's line broken inside the title, 2 annotated).
 */
const CITING_WORDS_BEFORE_LINE = [
  'thực hiện',
  'triển khai',
  'thi hành',
  'theo',
  'tại',
  'của',
  'về',
  'và',
  'kèm theo',
  'sửa đổi',
  'bổ sung',
  'thay thế',
  'cụ thể hóa',
  'quán triệt',
].join('|');
const NEXT_LISTED_LINE = String.raw`\d{0,2}(?:Nghị quyết|Nghị định|Quyết định|Quy định|Thông tư|Chỉ thị|Kết luận|Hướng dẫn|Kế hoạch|Công văn|Thông báo|Luật|Cập nhật)(?= )`;
/**
 * A line that opens by addressing the group (`…\nAe lưu ý nđ 102 …`, `\nMn đọc kỹ …`): a chat's
 * next message, no line of the title before it.
 */
const GROUP_ADDRESSED = String.raw`(?:[Aa]e|AE|[Mm]n|MN|[Mm]ọi người|[Cc]ác (?:anh|chị|đồng chí))(?= (?:lưu ý|chú ý|nhớ|${CHAT_WRITER_VERBS.join('|')})(?![\p{L}]))`;
/**
 * Where a title may end: sentence punctuation, `;`, `,`, a line break before a list item (`\n- `,
 * `\n» `, `\n2. `, `\nb) `), a rule (`\n-----`) or a legal text's next block (`\nCăn cứ …`,
 * `\nKính gửi: …`, `\nThực hiện …`, `\nĐiều 2.`) or letterhead's motto (`\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
 * `\nĐẢNG CỘNG SẢN VIỆT NAM`, `\nĐộc lập - Tự do - Hạnh phúc`, after a `V/v` line in the left
 * column of a copied letterhead), and after a space (one group, so a space is tried once): a spaced
 * separator or dash, a deadline, `do <Body>` or `do đồng chí …` (`thành lập Ban Chỉ đạo … do đồng
 * chí Phó Bí thư làm Trưởng ban`: who leads what the title sets up), a clause word or a chat
 * particle. `dành` is one unless `dành cho` (`… giai đoạn 2025 - 2035 dành nguồn lực …`: what the
 * sentence says the document allots; `Quy chế … dành cho sinh viên`, `làn đường dành riêng cho xe
 * đạp`: whom it is for). `với mức …`
 * is the amount the sentence reports the document sets (25 of the 26 annotated titles end there;
 * not `với 46 hộ dân`, `với 4 hợp tác xã`, whom a dialogue or a joint work is with: all 4
 * annotated titles that hold one keep it; `với 1.200 hộ tham gia`, how many take part, ends it),
 * `chỉ rõ` what it says the text points out, as `nêu rõ`. `gửi xe` is parking (`khung giá dịch vụ
 * tắm biển, gửi xe …`) and `bưu gửi` a parcel, not a sending verb; `đã qua sử dụng` (used: `pin,
 * ắc quy đã qua sử dụng`, 5 of 5 annotated titles keep it) and `đã kích hoạt` (`SIM đã kích hoạt
 * sẵn`, the telecom rules' pre-activated SIM cards) no tense word; `giặt là` (laundering)
 * no copula. `cho phù hợp` (to suit) is what the sentence asks of the document (no annotated title
 * holds it, 5 end there); `có nhiều điểm mới` what it says of it (`Nghị định … quy định chi tiết
 * một số điều của luật này có nhiều điểm mới đối với …`: none holds it, 2 end there); `giao
 * <body> …` without a comma the task it hands on (`… giai đoạn 2024 - 2026 giao Ủy ban MTTQ huyện
 * chủ trì …`: none holds it, 5 end there), or a unit (`… giao huyện Vĩnh Thạnh Đông xây dựng …`,
 * `… giao tỉnh chỉ tiêu 4.200 căn`: both annotated end there); `đề ra mục tiêu …`, `đề ra nhiệm
 * vụ …` what it sets out (none holds it, 3 end there); `tại mục …` where a portal files the
 * document (`Xem toàn văn … tại mục Văn bản chỉ đạo`: none holds it, 4 end there). `không thể`
 * (cannot) and `lần đầu tiên` (for the first time) are what the sentence says of the document
 * (`… về phát triển du lịch trở thành ngành kinh tế mũi nhọn không thể dừng ở khẩu hiệu`: no
 * annotated title holds either, 3 and 2 end there), and so is a speaker's `nhấn mạnh` (`… về những
 * điều đảng viên không được làm, nhấn mạnh …`: none holds it, 3 end there); `được công nhận` is a
 * relative clause of the title's noun (`… chợ nổi được
 * công nhận là di sản …`, `… tuyến phố đêm được công nhận`: 5 annotated titles hold it, none ends
 * there) unless a modal asks for it (`… tài liệu của nước ngoài muốn được công nhận …`: the
 * sentence's clause). A chat's `hạn chót` (deadline) is the writer's (`… vào Lưu trữ lịch sử tỉnh
 * hạn chót 30/6`: none holds it, 3 end there), and so is its `e`, `em` (I) or `a`, `c` (you)
 * before a verb (`cv … về chống rét e chuyển qua hệ thống rồi nhé`, `… em trình a ký`; on the next
 * line too), not a point's letter (`điểm e khoản 2`) nor `trẻ em` (`EM_NOUN_BEFORE`), its `rồi`
 * before a particle (`… rồi ạ`, `… rồi đó`), its `với nhé` (please), and `sắp …` (about to; not
 * `sắp xếp`, `sắp tới`; no annotated title holds it). `ký hôm 26/2`, `ký ngày …` is when the
 * document was signed, after its title; a chat's `đúng ko` (right?) asks about it (not `đúng không
 * gian …`, a space). `chứ không phải …` (not …) sets something else against the document (`… về
 * chương trình công tác năm 2024 chứ ko phải Chương trình của UBND …`: none holds it, 2 end there).
 * `có … gì` asks what the document holds (`… tiêu chuẩn cán bộ đoàn cơ sở có bất cập gì`, `… có
 * điểm gì mới`: none holds it, 3 end there), as `có cần … không` asks whether (`… về chuyển đổi số
 * có cần đưa vào căn cứ … không ạ?`) and `có chưa ạ?` whether it exists yet; a chat's `chưa ạ`
 * asks whether it was done (`… về ATTP chưa ạ?`: none holds it, 2 end there). A chat's `nha`
 * before those it speaks to ends a title as before a stop (`… về công tác giáo dục nha các thầy
 * cô`). `để các đồng chí …`, `để a …` (so that you …) is why the writer sends it to the readers
 * (`… đề nghị khen thưởng tổng kết năm 2024 để các đồng chí nghiên cứu trước cuộc họp`: none holds
 * it), and so is `để <body> cho ý kiến` (for the body's opinion: `… nhân sự … khóa XVIII để Ban
 * Thường vụ Tỉnh ủy cho ý kiến`).
 */
const TITLE_EVENT = new RegExp(
  String.raw`[.!?](?=\s|$|\[\d{1,3}\])|\n\r?\n|(?<!(?:${CITING_WORDS_BEFORE_LINE}) ?)\n(?=[ \t]*${NEXT_LISTED_LINE})|\n(?=[ \t]*(?:(?:e|em) ${CHAT_PRONOUN_VERBS}|${GROUP_ADDRESSED} |(?:[-–—•»›+*]|\d{1,2}[.)]|[a-zđ]\))\s|[-–—_=*]{3}|(?:Căn cứ|Theo đề nghị|Xét đề nghị|Kính gửi|Nơi nhận|Thực hiện|QUYẾT ĐỊNH|QUYẾT NGHỊ|CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN)(?![\p{L}])|Điều \d{1,3}\.|Độc lập\s?[-–—]\s?Tự do))|;|,| (?:[-|»›—―‐‑‒–](?= )|(?:trước|truoc)(?= (?:ngày |ngay )?\d{1,2}(?:h|\/\d| tháng| thang))|do (?=\p{Lu}|(?:đồng chí|ông|bà) )|(?:nhé|nhá|nhe|nhỉ|ạ|thưa|nha(?=[,.!?]| (?:các|mọi|anh|chị|thầy|cô)(?![\p{L}]))|(?<!điểm |mục |khoản )[aec](?= ${CHAT_PRONOUN_VERBS})|rồi(?= (?:ạ|nhé|nha|nhe|nhá|đó)(?![\p{L}]))|sắp(?! xếp| tới)|(?<!(?:${EM_NOUN_BEFORE.join('|')}) )em(?= ${CHAT_PRONOUN_VERBS})|hạn chót|ký(?= (?:hôm|ngày|vào ngày) \d)|đúng (?:ko|không|k)(?! gian)|chứ(?= (?:ko|không|k) phải(?![\p{L}]))|để(?= (?:(?:các )?(?:đồng chí|đ\/c|anh chị|mọi người)|a|anh|c|chị|e|em) | \p{Lu}[^,.;]{2,60}? cho ý kiến(?![\p{L}]))|đã(?! qua sử dụng| kích hoạt)|là(?<![Gg]iặt là)|được(?! công nhận)|(?<=(?:muốn|phải|cần|chưa|không|mới) )được|sẽ|vẫn|cũng|đều(?! đặn)|đang|thì|nhưng|gửi(?<![Bb]ưu gửi)(?! qua dịch vụ| xe(?![\p{L}]))|yêu cầu|quy định|có hiệu lực|hết hiệu lực|còn hiệu lực|có (?:nhiều )?điểm mới|có(?= (?:[^\s,.;]+ ){0,2}gì(?![\p{L}])| (?:cần|phải) [^,.;?]{0,60}(?:không|ko|k)(?![\p{L}])| (?:chưa|không|ko|k)(?: (?:ạ|a|nhỉ|nhé|hả|ha))?\s*\?)|chưa(?= (?:ạ|nhé|nhỉ|hả)(?![\p{L}]))|cho thấy|cho biết|chỉ ra|(?:không )?cho phép|mở ra|mở đầu|tạo tiền đề|diễn ra|nghiêm cấm|không áp dụng|không thể|lần đầu tiên|nhấn mạnh|đặt ra|đề ra(?= (?:mục tiêu|nhiệm vụ|chỉ tiêu|giải pháp|yêu cầu))|khiến|thay vì|trước khi|sau khi(?= \d)|cho (?:đến|tới) khi|cho phù hợp|giao(?= (?:Ủy ban|UBND|Sở|Phòng|Ban|Bộ|Công an|Cục|Chi cục|Văn phòng|Trung tâm|Hội|Liên đoàn|huyện|xã|tỉnh|thị xã) )|nêu rõ|chỉ rõ|dự kiến|thay thế|đặt (?:mục|chỉ) tiêu|dành(?= (?!cho(?![\p{L}])|riêng cho(?![\p{L}])))|khẳng định|tới(?= (?:(?:toàn thể|tất cả|các) |(?!(?:19|20)\d\d(?!\d))\d))|đạt(?= (?:nhiều|kết quả|\d))|với(?= (?:nhé|nhá|nha|nhe|ạ)(?![\p{L}])| \d(?![\d.,]* (?:hộ|hợp tác xã|doanh nghiệp|cơ sở|đơn vị|người dân)(?![\p{L}])(?!(?: [^\s,.;]+){0,2} tham gia(?![\p{L}])))| mức| tổng (?:mức đầu tư|số tiền|số vốn|vốn|kinh phí|diện tích|giá trị|điểm|sản lượng|công suất|khối lượng|chiều dài)| thời hạn \d| chỉ tiêu| tỷ lệ (?:tán thành|đại biểu)| phương châm)|cùng ngày(?= \d)|tại(?= (?:mục|chuyên mục|chuyên trang) )|xác định|cho(?= (?:hơn |gần |khoảng |trên )?\d[\d.,]*%? ${BRIEFED_AUDIENCE})|${REACHED_AUDIENCE})(?![\p{L}]))| (?:→|->|=>|⇒|➡|\+)(?= )|[(（](?=${AMENDED_WORDS})|\((?=[\x20-\x7e]{3}|\p{Lu}|[Bb]ản |[Tt]ệp |[Đđ]ịnh dạng |[Kk]èm |[Dd]ành cho |[Áá]p dụng cho )|\[(?=[\x20-\x7e]{3})|:(?= )|”`,
  'gu',
);
/**
 * What marks the words between a comma and a chat's particle as a clause to the reader: a person
 * (`a`, `e`, `chị`, `mn`, `mình` …), a deadline or a time (`hạn`, `trước`, `mai`, `chiều nay`,
 * `16h`, `20/9`), a tense or a request (`đã`, `đang`, `rồi`, `đề nghị`, `báo cáo`, `nộp`, `họp`,
 * `in`, `gửi`, `xem`), with marks or without. Generous by design: any of them keeps the particle's
 * older reading, the title ending at the comma.
 */
const CHAT_CLAUSE_MARKER = new RegExp(
  String.raw`(?:^|\s)(?:${[
    'a',
    'e',
    'em',
    'anh',
    'chị',
    'c',
    'mn',
    'ae',
    'mình',
    'bạn',
    'các anh chị',
    'hạn',
    'trước',
    'trc',
    'mai',
    'chiều',
    'sáng',
    'tối',
    'hôm',
    'thứ',
    'đã',
    'đang',
    'rồi',
    'sẽ',
    'được',
    'cần',
    'phải',
    'đề nghị',
    'báo cáo',
    'nộp',
    'họp',
    'in',
    'gửi',
    'xem',
    'chuyển',
    'nhớ',
    'giúp',
  ]
    .flatMap((word) => [word, withoutMarks(word)])
    .join('|')})(?![\p{L}])|\d{1,2}(?:h|g|giờ|\/\d)`,
  'u',
);
/** Title events where the writer talks to the reader: chat particles and deadlines. */
const CHAT_PARTICLE_MARKS: ReadonlySet<string> = new Set([
  // `… tái định cư tại dự án … rồi ạ`: done, said to the reader before the particle itself.
  ' rồi',
  ' nhé',
  ' nhá',
  ' nhe',
  ' nhỉ',
  ' ạ',
  // `… vào Lưu trữ lịch sử tỉnh hạn chót 30/6 nha, …`: the same particle, before a mark (in text
  // typed without marks `nha` is `nhà`, a house: `nha van hoa`, `mai nha`).
  ' nha',
  // `…, thưa quý vị, …`: a newsreader's aside to the listeners.
  ' thưa',
]);
const DEADLINE_MARKS: ReadonlySet<string> = new Set([' trước', ' truoc']);
/** Units listed across a comma (`các xã, phường`, `các sở, ngành`, `huyện, thị xã`). */
const UNIT_WORDS = String.raw`(?:xã|phường|thị trấn|thị xã|huyện|quận|tỉnh|thành phố|sở|ngành|địa phương|đơn vị|cơ quan)`;
const UNIT_BEFORE_COMMA = new RegExp(String.raw`(?:^|\s)${UNIT_WORDS}$`, 'u');
const UNIT_AFTER_COMMA = new RegExp(String.raw`^\s*${UNIT_WORDS}(?![\p{L}])`, 'u');
/** A label's number right before a colon (`giai đoạn I`, `gói thầu số 05`, `ICD-10`). */
const NUMBERED_LABEL_END = /(?:\d|(?<![\p{L}])[IVXL]{1,5})\)?\s*$/u;
/** The prefixes of a national technical regulation's and a national standard's codes. */
const STANDARD_PREFIX = '(?:QCVN|TCVN)';
/** A standard or a technical regulation cited with its number (`QCVN 01:2019/BCT`, `TCVN 11041`). */
const STANDARD_CITED = new RegExp(String.raw`^${STANDARD_PREFIX}\s+\d`, 'u');
/** A national standard or technical regulation's code (`QCVN 42:2020/BTNMT`, `TCVN 11041-2`). */
const STANDARD_CODE = new RegExp(String.raw`^${STANDARD_PREFIX}(?![\p{L}])`, 'u');
/** A quotation opening after a colon. */
const QUOTE_FIRST = /^\s*[“"]/u;
/** A word or two in quotes (`“khủng bố”`, `“chui”`), not a quoted sentence. */
const QUOTED_WORDS_FIRST = /^\s*“[^”\s]+(?:\s[^”\s]+)?”/u;
const CLAUSE_SOON =
  /^\s*(?:\S+\s+){0,3}?(?:đã|(?<!(?:trước hết|nhất|đặc biệt|kể cả)\s)là|được|sẽ|vẫn|cũng|đang|còn|phải|có thể|có hiệu lực)(?![\p{L}])/u;

/** The set phrases' parts around their comma (`TITLE_PHRASES_WITH_COMMAS`). */
// A body named in a title keeps its comma as the body after `của` does (`sáp nhập Trung tâm
// Văn hóa, Thông tin và Thể thao huyện với …`).
const PHRASE_COMMA_PARTS = [...TITLE_PHRASES_WITH_COMMAS, ...NAMES_WITH_COMMAS].flatMap((phrase) =>
  // Every comma of the phrase (`bồi thường, hỗ trợ, tái định cư` holds two).
  [...phrase.matchAll(/,/gu)].map(({ index: comma }) => ({
    before: phrase.slice(0, comma),
    after: phrase.slice(comma + 1).trimStart(),
  })),
);

/**
 * Whether the comma at `commaAt` in `window` is inside one of the titles' set phrases; `after` is
 * the text after it.
 */
function holdsPhraseWithComma(window: string, commaAt: number, after: string): boolean {
  const candidates = PHRASE_COMMA_PARTS_BY_TAIL.get(
    window.slice(Math.max(0, commaAt - 2), commaAt),
  );
  if (candidates === undefined) return false;
  const next = after.trimStart();
  return candidates.some(
    (parts) => window.endsWith(parts.before, commaAt) && next.startsWith(parts.after),
  );
}
/**
 * `PHRASE_COMMA_PARTS` by the last two characters before their comma: a title's comma is tested
 * against the few phrases that can end there, not all of them (every part holds two at least).
 */
const PHRASE_COMMA_PARTS_BY_TAIL: ReadonlyMap<
  string,
  readonly { before: string; after: string }[]
> = PHRASE_COMMA_PARTS.reduce((byTail, parts) => {
  if (parts.before.length < 2)
    throw new Error(`A phrase's part before its comma is too short: ${parts.before}`);
  const tail = parts.before.slice(-2);
  byTail.set(tail, [...(byTail.get(tail) ?? []), parts]);
  return byTail;
}, new Map<string, { before: string; after: string }[]>());

/**
 * `…, các nhà máy nước đã dời điểm lấy nước …`, `…, nhiều chủ doanh nghiệp đã …`: things named in
 * the plural, then a tense word within eight words (`…, các cơ sở thu mua hồ tiêu phải tuân thủ …`;
 * no annotated title holds one, 135 end before one; `cần`, `khẩn trương`, `tiếp tục`, `chủ động`:
 * none, 6): the next clause's subject, longer than
 * `CLAUSE_SOON` reaches.
 */
const PLURAL_SUBJECT_CLAUSE =
  /^\s*(?:các|những|nhiều)\s+(?:[^\s,;.]+\s+){1,7}?(?:đã|đang|sẽ|vẫn|cũng|phải|cần|khẩn trương|tiếp tục|chủ động)(?![\p{L}])/u;
/**
 * `…, trạm nạp LPG vào chai phải có bồn chứa …`, `…, người đứng đầu cơ sở phải bảo đảm …`: a
 * subject and what it must do, within seven words: what the document requires, said after its
 * title (no annotated title holds one; 113 end before one). `không phải` (`thường xuyên không
 * phải đăng ký kinh doanh`) is a name's negation as often as a clause's; after `cho` the subject
 * is whom the title helps (`…, nhà ở cho hộ dân phải di dời do thiên tai`). `cán bộ, đảng viên` is
 * one subject (`…, cán bộ, đảng viên ở thôn phải gương mẫu …`: both annotated titles end there).
 */
const SUBJECT_MUST =
  /^\s*(?:cán bộ,\s+)?(?:(?!(?:không|cho)\s)[^\s\d,;.]+\s+){1,6}?phải(?![\p{L}])/u;
/** `…, phạm vi và đối tượng phải sử dụng vắc xin …`: whom the title covers, as `ENTITLED_AFTER`. */
const OBLIGED_WHOM = /^\s*(?:[^\s\d,;.]+\s+){0,5}?đối tượng\s+phải(?![\p{L}])/u;
/** The verbs `PLACE_STRIVES` ends with; also its cheap test. */
const PLACE_STRIVES_VERBS = [
  'phấn đấu',
  'kiên quyết',
  'định hướng',
  'tiếp tục',
  'đẩy mạnh',
  'tập trung',
  'ưu tiên',
];
/**
 * `…, tỉnh phấn đấu đến năm 2030 …`, `…, toàn huyện phấn đấu …`: a place and the target it strives
 * for, the main clause after the document that sets it; so is what it resolves not to do (`…,
 * tỉnh kiên quyết không chuyển mục đích sử dụng rừng tự nhiên …`), and the course it sets (`…, tỉnh
 * định hướng phát triển …`, `…, huyện tiếp tục đẩy mạnh …`: a place and a verb after a title's
 * comma: 182 annotated titles end there; the one that holds it lists a unit after another's comma).
 */
const PLACE_STRIVES = new RegExp(
  String.raw`^\s*(?:toàn\s+)?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?:\s+\p{Lu}[\p{L}\d]*)*\s+(?:${PLACE_STRIVES_VERBS.join('|')})(?![\p{L}])`,
  'u',
);
/**
 * `…, tỉnh siết chặt quản lý …`, `…, toàn tỉnh có 65 đơn vị …`: the province and a word in lower
 * case after a title's comma, the next clause's subject and its verb (189 annotated titles end
 * there, none holds one); not `tỉnh ủy`, `tỉnh lộ`, `tỉnh lỵ`, `tỉnh bạn`, `tỉnh thành`.
 */
const PROVINCE_ACTS = /^\s*(?:toàn\s+)?tỉnh\s+(?!(?:ủy|uỷ|lộ|lỵ|bạn|thành)(?![\p{L}]))\p{Ll}/u;
/**
 * `…, thời gian để thi hài tại nhà không quá 48 giờ`: a limit in numbers within twelve words (`…,
 * bảo đảm thời gian thông quan mỗi tờ khai luồng xanh không quá 15 phút`: 4 annotated end at one
 * nine to twelve words on, none holds one), what the document sets, said as the sentence's news
 * after its title (a title names the matter).
 */
const LIMIT_SOON =
  /^\s*(?:[^\s\d,;.]+\s+){1,12}?không\s+(?:quá|vượt quá|dưới|thấp hơn|cao hơn|ít hơn|nhiều hơn)\s+[±]?\d/u;
/**
 * `cán bộ, đảng viên`: one set phrase, its comma no clause's (`trách nhiệm nêu gương của cán bộ,
 * đảng viên được ban hành …`: all 6 annotated titles that end so hold both words; the title ends
 * at the clause word after them). Not where the phrase opens an item after a comma (`… nêu gương,
 * cán bộ, đảng viên ở thôn phải …`: the next clause's subject).
 */
const CADRES_AND_MEMBERS = /[^\s,;:]\s+cán bộ$/u;
const MEMBERS_AFTER_COMMA = /^\s*đảng viên(?![\p{L}])/u;
/**
 * `CLAUSE_SOON` after a comma inside a title, except where the clause word is the document's
 * own `có hiệu lực` (`Thông tư 29/2024/TT-BGDĐT về dạy thêm, học thêm có hiệu lực từ …`): the
 * words before it are the title's last item, and the title ends at that word. Else a plural
 * subject and its tense word a little further on.
 */
function clauseSoonAfterComma(after: string, before: string): boolean {
  if (CADRES_AND_MEMBERS.test(before) && MEMBERS_AFTER_COMMA.test(after)) return false;
  const clause = CLAUSE_SOON.exec(after);
  if (clause === null)
    return (
      PLURAL_SUBJECT_CLAUSE.test(after) ||
      (after.includes('phải') && SUBJECT_MUST.test(after) && !OBLIGED_WHOM.test(after)) ||
      (after.includes('không') && LIMIT_SOON.test(after)) ||
      // Not a unit listed after another (`yêu cầu các huyện, thị xã tập trung …`: whom the title
      // addresses).
      ((PROVINCE_ACTS.test(after) ||
        (PLACE_STRIVES_VERBS.some((verb) => after.includes(verb)) && PLACE_STRIVES.test(after))) &&
        !UNIT_BEFORE_COMMA.test(before))
    );
  return (
    !clause[0].endsWith('có hiệu lực') &&
    !ENTITLED_AFTER.test(clause[0]) &&
    !PERMITTED_WHEN_WHERE.test(after) &&
    // `… của cán bộ, đảng viên là chủ tàu cá …`: which people, named by what they are, as `là`
    // does without the comma (`PEOPLE_AFTER_IS`).
    !(
      clause[0].endsWith('là') &&
      PEOPLE_AFTER_IS.test(after.slice(clause[0].length, clause[0].length + 30))
    )
  );
}
/**
 * `…, thời gian được phép hoạt động kinh tế ban đêm`, `thời gian, địa điểm được phép sấy cau …`:
 * when and where something is permitted, a title's listed matters (2 of 2 annotated).
 */
const PERMITTED_WHEN_WHERE = /^\s*(?:thời gian|địa điểm|khu vực)\s+được\s+phép\s/u;
const PERMITTED_NOUN_BEFORE = /(?:^|\s)(?:thời gian|địa điểm|khu vực)$/u;
/**
 * `…, điều kiện được hưởng …`, `…, đối tượng được hỗ trợ`, `…, quản lý người được đặc xá`: whom or
 * what a title covers.
 */
const ENTITLED_AFTER = /(?:^|\s)(?:đối tượng|điều kiện|phạm vi|người)\s+được$/u;

/**
 * An article, clause or point (or a chapter, section or part: `Chương VII, Chương VIII`) with its
 * number, listed after a comma or ending the text before one.
 */
const ARTICLE_LISTED_AFTER =
  /^\s*(?:(?:Điều|điều|Khoản|khoản|Điểm|điểm)\s+\d|(?:Chương|chương|Mục|mục|Phần|phần)\s+(?:[IVXL]|\d))/u;
const ARTICLE_BEFORE =
  /(?:(?:Điều|điều|Khoản|khoản|Điểm|điểm)\s+\d{1,3}[a-zđ]?|(?:Chương|chương|Mục|mục|Phần|phần)\s+(?:[IVXL]{1,6}|\d{1,3}))$/u;

/**
 * `… đến năm 2030 - Cổng Thông tin Đảng bộ tỉnh`: a search result's or a page title's site name
 * after a spaced dash, running to the end of its line.
 */
function isSiteNameTail(normalized: string, from: number): boolean {
  // A line break past the 60 characters a site name may take is not looked for.
  const lineEnd = indexWithin(normalized, '\n', from, from + 61);
  const end = lineEnd < 0 ? normalized.length : lineEnd;
  return end - from <= 60 && SITE_NAME.test(normalized.slice(from, end));
}
/** A portal's name, in sentence case or in Title Case (`Cổng Thông Tin Điện Tử Xã Lộc Thành`). */
const SITE_NAME =
  /^(?:Cổng [Tt]hông [Tt]in|Cổng TTĐT|Hệ [Tt]hống [Vv]ăn [Bb]ản|Thư [Vv]iện [Pp]háp [Ll]uật|Trang [Tt]hông [Tt]in|Báo |Tạp [Cc]hí |Cơ [Ss]ở [Dd]ữ [Ll]iệu)[^.;:!?]*$/u;

/** A listing's separators and a spaced em dash: no title runs across them. */
const SEPARATOR_MARKS: ReadonlySet<string> = new Set([' |', ' »', ' ›', ' —', ' ―']);
/** A portal's metadata label (`Ngày đăng:`, `Cập nhật lúc:`), from the noise catalogue. */
const METADATA_LABEL = NOISE_RULES.find((rule) => rule.name === 'metadata-label')?.pattern;

/** The dashes a spaced ` - ` may be printed with (the skeleton folds them all to `-`). */
const DASH_MARKS = '-‐‑‒–';

/** `wordsPattern` for printed text: any white space between a phrase's words. */
function printedWords(words: readonly string[]): string {
  return wordsPattern(words).replace(/ /gu, String.raw`\s+`);
}
/**
 * A clause opening `text`: one of `openers`, or a verb with the agency it addresses (`giao Sở …`,
 * `giao các xã …`), the person (`giao đồng chí chi ủy viên …`, `giao công chức Tư pháp …`: a
 * meeting's minutes handing a task on) or what it counts (`giao 18 cơ sở …`, `yêu cầu 100% xã …`).
 */
function clauseOpening(openers: readonly string[]): RegExp {
  return new RegExp(
    String.raw`^\s*(?:(?:${printedWords(openers)})(?![\p{L}])|(?:${printedWords(AGENCY_VERBS)})\s+(?:các\s|\p{Lu}|\d|(?:đồng chí|đ\/c|công chức|cán bộ|viên chức|chi ủy viên)\s))`,
    'u',
  );
}
/** After a `,`: a clause opener, or a verb with the agency it addresses (`, giao Sở …`). */
const COMMA_CLAUSE = clauseOpening(CLAUSE_OPENERS);
/**
 * `…, năm 2024 huyện hỗ trợ 6 dự án …`: a year, then the next clause's subject in lower case (a
 * title's own year follows its words without a comma: `… năm 2025`); `…, trong 9 tháng năm 2024 …`,
 * `…, trong thời gian qua …`, `…, nhiệm kỳ qua …`, `…, từ năm 2006 theo …`, `…, đến năm 2030 các
 * tỉnh …`: the time of the sentence's own news (a horizon's `…, đến năm 2030, tầm nhìn …` has its
 * comma).
 */
const YEAR_CLAUSE =
  /^\s*(?:(?:trong\s+)?năm\s+(?:19|20)\d\d\s+(?:\p{Ll}|\p{Lu}{2,}(?![\p{Ll}]))|trong\s+(?:\d+\s+tháng|quý\s+[IV\d]|(?:những\s+)?năm\s+qua|thời\s+gian\s+qua)(?![\p{L}])|(?:trong\s+)?nhiệm\s+kỳ\s+qua(?![\p{L}])|(?:từ|đến|sau|trước)\s+năm\s+(?:19|20)\d\d\s+(?=\p{L}))/u;
/**
 * `… giai đoạn 2021 - 2025, toàn xã còn 412 hộ nghèo`: after a year, a comma goes on with the
 * title only into its horizon (`, tầm nhìn đến năm 2045`, `, định hướng …`, `, giai đoạn …`: all
 * 144 annotated; `, tam nhin …` typed without marks, `, Tam Nhin …` in a Title Case headline), or on to the next year's holiday (`cuối năm 2024, Tết Nguyên đán 2025`), else the
 * sentence's next clause.
 */
const YEAR_BEFORE = /(?:19|20)\d\d$/u;
const AFTER_YEAR_GOES_ON =
  /^\s*(?:tầm nhìn|định hướng|giai đoạn|phương hướng|tam nhin|dinh huong|giai doan|Tết\s+(?:Nguyên đán|Dương lịch)\s+(?:19|20)\d\d)(?![\p{L}\d])/iu;
/**
 * `…, tỉnh có 96 đơn vị hành chính cấp xã`: a short subject that has a number of something, the
 * next clause's news.
 */
const COUNT_CLAUSE = /^\s*(?:[^\s\d,;.]+\s+){0,3}có\s+(?:hơn\s+|gần\s+|trên\s+|khoảng\s+)?\d/u;
/**
 * `…, gồm 14 dự án với tổng diện tích …`: what the document's list holds, counted, and `…, số CCCD
 * 036195004412, …`, `…, SĐT 0905 …`: a person's identity or phone number. Both report on what the
 * title named.
 */
const COUNTED_OR_IDENTIFIED =
  /^\s*(?:gồm\s+\d|số\s+(?:CCCD|CMND|điện thoại|ĐT)\s|(?:SĐT|ĐT|CCCD)\s*:?\s*\d)/u;
/**
 * `…, số cơ sở du lịch biển đạt chuẩn tăng gấp đôi`, `…, số luật sư cả nước đã tăng …`, `…, diện
 * tích nuôi cá tra của tỉnh tăng gấp 3 lần`, `…, tỷ lệ hộ nghèo giảm còn 2,1%`: a count or a
 * measure of what the sentence reports, then how it changed, the next clause (no annotated title
 * holds one; 18 end at such a measure, the counts `CLAUSE_OPENERS` names aside; `số hóa`, `số lô`,
 * `số nhà` and a number are a title's own words).
 */
const COUNT_CHANGED =
  /^\s*(?:số\s+(?!(?:hóa|hoá|lô|nhà|lượt|đề|và)(?![\p{L}])|\d)|(?:diện tích|sản lượng|tỷ lệ|giá trị|thu nhập|doanh thu|tổng số|tổng)\s+)(?:[^\s,;.]+\s+){1,9}?(?:đã\s+)?(?:tăng|giảm|đạt|vượt)(?![\p{L}])/u;
/**
 * The follow-up a sentence sets out for what a title names, after the title's comma (see
 * `parseTitleText`): `, đề nghị …`, what a report recommends (`…, kiến nghị thu hồi 2,3 tỷ đồng`: 5
 * of 5 annotated end there; `phản ánh, kiến nghị của dân` and `kết luận, kiến nghị` pair them), `,
 * thời gian …`, `, thời hạn …`, the deadline set for it (`…, hoàn thành trong quý III/2024`: 8 of
 * the 9 annotated end there), the people or means counted out for it or drawn to it (`…, huy động
 * 1.250 tình nguyện viên …`, `…, bố trí 12 đoàn viên …`: 10 of the 11 annotated end there, the
 * eleventh paired, `điều động, bố trí 12 công chức`; `…, thu hút 1.500 đoàn viên tham gia`: 4 of 4;
 * `…, hỗ trợ 18 đoàn viên …`: 3 of 3), what enforcement under it counted (`…, phạt 3 cơ sở …`, `…,
 * thu giữ 1,36 gam …`: 2 of 2), and the years since (`…, sau 52 năm gia đình tìm kiếm …`: 3 of 3
 * annotated).
 */
const FOLLOW_UP_AFTER_COMMA =
  /^\s*(?:đề nghị|kiến nghị(?!\s+(?:của|năm)(?![\p{L}]))|thời gian|thời hạn|phân công|hoàn thành|(?:huy động|bố trí|thu hút|thành lập|hỗ trợ|phạt|thu giữ)(?=\s+(?:(?:hơn|trên|gần|khoảng)\s+)?\d)|sau(?=\s+(?:hơn\s+)?\d+\s+năm(?![\p{L}])))(?![\p{L}])/u;
const FOLLOW_UP_PAIRED_BEFORE =
  /(?:^|\s)(?:xét|phản ánh|ý kiến|khiếu nại|tố cáo|đơn thư|nội dung|hình thức|điều động|cơ chế|trình tự|thủ tục|địa điểm|phạm vi|điều kiện|khu vực|kết luận)$/u;
/** After a `;`: the same, and the openers a title crosses a `;` with even less often. */
const SEMICOLON_CLAUSE = clauseOpening([...CLAUSE_OPENERS, ...SEMICOLON_OPENERS]);
/**
 * Up to eight words of the next clause before its figure, none of them a tense word: a year before
 * the figure (`, tầm nhìn đến năm 2045 đặt mục tiêu 70% …`) keeps those words in the title, and so
 * does a tense word (`, phòng, chống hạn mặn vụ Đông Xuân đã được 100% chi bộ quán triệt`: the
 * whole sentence's predicate, after the title has ended).
 */
const WORDS_BEFORE_FIGURE = String.raw`^\s*(?:(?!(?:tới|đã|sẽ|vẫn|cũng|đang)\s)[^\s\d,;.]+\s+){0,8}?`;
/**
 * A quantity in the next clause (`, đạt 9/12 chỉ tiêu`, `, mức phạt tối đa 140 triệu đồng`, `…
 * chiếm 41%`, a range `, mức thu từ 4 đến 8% sản lượng` (not from a year: `năm 2024 đến 100% chi
 * bộ`), `, số vụ cháy trên địa bàn tỉnh giảm 23%`), or a number rising or falling (`…, số thôn giảm
 * từ 1.126 xuống 874`: no annotated title holds one after its comma; 7 end before one): news about
 * a document, not words of its name.
 */
const QUANTITY_SOON = new RegExp(
  WORDS_BEFORE_FIGURE +
    String.raw`(?:(?:\d{1,3}(?:[.,]\d+)?\s?(?:-|–|đến)\s?)?\d[\d.,]*\s?(?:%|(?:tỷ|triệu|nghìn)\s+(?:đồng|USD|lượt)|\/\d+\s+(?:chỉ tiêu|tiêu chí|mục tiêu)|\s(?:nhóm|chỉ tiêu|nhiệm vụ|giải pháp|tiêu chí)(?![\p{L}]))|(?:tăng|giảm)\s+từ\s+\d)`,
  'u',
);
/**
 * `…, buộc nộp khoản tiền phạt 18.500.000 đồng`: an amount in đồng written out in full, soon (also
 * typed without marks: `…, cong ty phai ky quy 1.865.000.000 dong`).
 */
const AMOUNT_SOON = new RegExp(
  WORDS_BEFORE_FIGURE + String.raw`\d{1,3}(?:\.\d{3})+\s?(?:đồng|dong)(?![\p{L}])`,
  'u',
);
/**
 * `… số giờ làm thêm trong 01 năm, trong 01 tháng …`: a span of time before the comma makes the
 * one after it the title's next item, not the time of the sentence's news.
 */
const TIME_SPAN_BEFORE = /trong\s+\d+\s+(?:năm|tháng|tuần|ngày)$/u;
/** The bodies of every province or level, listed after the ministries (`UBND các tỉnh`, `UBND cấp xã`). */
const GENERIC_BODIES_AFTER =
  /^\s*(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)\s+(?:các|cấp)\s/u;
/** A list of bodies by kind before the comma (`các bộ, cơ quan ngang bộ`, `các sở, ngành`). */
const GENERIC_BODIES_BEFORE = /(?:^|\s)các\s+(?:bộ|sở|ban|ngành|cơ quan)(?![\p{L}])/u;
/**
 * A name in capitals, or a brand's (`GlobalGAP`), followed by the list's next comma or `và`
 * (`SIPAS, PAPI, PCI và DTI`, `VietGAP, GlobalGAP và hữu cơ`).
 */
const LISTED_ACRONYM_AFTER = /^\s*(?:\p{Lu}{2,}[\p{Lu}\d]*|\p{Lu}\p{Ll}+\p{Lu}{2,})(?:,|\s+và\s)/u;
/** How far a quoted name inside a title may run on from a break to its closing quote. */
const QUOTED_NAME_REACH = 160;
/** Whether a closing quote follows `index` within a quoted name's reach. */
function closesSoon(window: string, index: number): boolean {
  const close = window.indexOf('”', index);
  return close >= 0 && close - index <= QUOTED_NAME_REACH;
}
/**
 * Marks that end a title even inside a quote it opened: a sentence's or a paragraph's end (a blank
 * line typed with `\r\n`, an e-mail's, is the `\n\r\n` mark).
 */
const QUOTE_BREAKING_MARKS: ReadonlySet<string> = new Set(['.', '!', '?', '\n\n', '\n\r\n']);
/** `gửi, nhận`, `gửi và nhận`: the pair of a clerical matter, not a sending verb. */
const SENDING_AND_RECEIVING = /^(?:,|\s+và)\s+nhận(?![\p{L}])/u;
/**
 * A name's initial before a full stop (`Lê Văn H.`), and the lower-case word, the amount or the
 * aside on the person that goes on after it (`xử phạt bà Nguyễn Thị L. 5.000.000 đồng`, `ông
 * Nguyễn Văn T. (SN 1992) về hành vi …`).
 */
const NAME_INITIAL = /^\s\p{Lu}$/u;
const LOWER_NEXT = /^\s(?:[\p{Ll}\d]|\((?:SN\s|[\p{Ll}\d]))/u;
/** The last of a run of initials before its dot (`N.V.A`), and a capital opening the next word. */
const INITIALS_END = /^\.\p{Lu}$/u;
const UPPER_NEXT = /^\s\p{Lu}/u;
/**
 * `do <body> bầu`, `… phê chuẩn`, `… bổ nhiệm`, `… giao nhiệm vụ`, `… làm chủ đầu tư`, `… quản lý`:
 * a relative clause on posts, associations or projects, within six words (`do Quốc hội, Hội đồng
 * nhân dân bầu`, `do UBND tỉnh làm chủ đầu tư`).
 */
const ELECTED_BY =
  /^(?:(?!ban hành|ký|thông qua)[^\s.;]+\s+){1,6}?(?:bầu|phê chuẩn|bổ nhiệm|giao nhiệm vụ|làm chủ đầu tư|quản lý|làm (?:Trưởng|Tổ trưởng|Chủ tịch))(?![\p{L}])/u;
/**
 * Who acts on what the title names, not who issued the document: `… khoản viện trợ … do Tổ chức Tầm
 * nhìn Thế giới (World Vision) tài trợ cho …`, `… chất độc da cam do Mỹ sử dụng`: who funds,
 * invests in or used it (donors' names run long); so too who hands it over, carries it, takes it
 * back or owns it (`… 538,2 ha đất do Công ty cổ phần Cao su Lộc Sơn bàn giao về địa phương`, `…
 * người bệnh do Trung tâm Cấp cứu 115 vận chuyển đến`, `… hộ gia đình phải di dời do Nhà nước thu
 * hồi đất`, `… do Nhà nước đại diện chủ sở hữu`: 5 of 5 annotated titles keep them). Neither this
 * nor `ELECTED_BY` reads across an issuing verb (`… do Chính phủ ban hành ngày … yêu cầu chủ đầu tư
 * …` names the issuer).
 */
const FUNDED_OR_HANDLED_BY =
  /^(?:(?!ban hành|ký|thông qua)[^\s.;]+\s+){1,10}?(?:tài trợ|viện trợ|đầu tư|sử dụng|bàn giao|chuyển giao|vận chuyển|thu hồi|đại diện chủ sở hữu)(?![\p{L}])/u;
/**
 * `quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện`,
 * `… pháo hoa do Nhà máy Z121 cung ứng`: who carries out or supplies what the title names, its
 * last words (never a body that issues: no `ban hành`).
 */
const CARRIED_OUT_BY =
  /^(?:(?!ban hành|ký|thông qua)[^\s.;,]+\s+){1,8}?(?:thực hiện|cung ứng|cung cấp|sản xuất)(?=\s*(?:[.;,]|$))/u;
/**
 * Defined terms the law capitalises mid-sentence (`… về hồ sơ địa chính, Giấy chứng nhận quyền sử
 * dụng đất, …`, `… Biểu thuế xuất khẩu ưu đãi, Biểu thuế nhập khẩu …, Danh mục hàng hóa …`) and
 * the holidays (`… bình ổn thị trường cuối năm 2024, Tết Nguyên đán 2025`): a capital after a
 * comma that goes on with the title's list.
 */
const CAPITALISED_TERM =
  /^\s*(?:Giấy chứng nhận|Biểu thuế|Danh mục|Tết\s+(?:Nguyên đán|Dương lịch|Trung thu))\s/u;
const DEPUTY_AFTER = /^\s*Phó\s+(\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?)/u;
/**
 * A person named by title and name at the end of a title's text (`… đối với đồng chí Lê Minh Tâm`,
 * `… việc đảng viên Nguyễn Văn Tài`).
 */
const PERSON_BEFORE =
  /(?:^|\s)(?:đồng chí|ông|bà|đ\/c|đảng viên)\s+(?:\p{Lu}[\p{L}.]*\s+){0,4}\p{Lu}[\p{L}.]*$/u;
/**
 * A post that stands in apposition to a person (`…, Tỉnh ủy viên`, `…, nguyên Phó Chủ tịch …`, `…,
 * Phó Chi cục trưởng Chi cục Hải quan …`: the heads of offices named `… trưởng` as `Trưởng …`).
 */
const POST_AFTER =
  /^\s*(?:nguyên\s+)?(?:Phó\s+)?(?:(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+(?:ủy|uỷ)\s+viên|Ủy viên|Uỷ viên|Bí thư|Chủ tịch|Giám đốc|Trưởng|(?:Chi cục|Cục|Tổng cục|Vụ|Viện|Đội)\s+trưởng|Chánh|Thứ trưởng|Bộ trưởng|Hiệu trưởng|Chủ nhiệm|Tổng Giám đốc|Kế toán trưởng|Chuyên viên)(?![\p{L}])/u;
/**
 * `bầu các chức danh Chủ tịch, Phó Chủ tịch UBND xã`: the post before the comma and its deputy
 * after it, one list of posts (a capital after a comma otherwise opens the next clause).
 */
function namesDeputyOf(before: string, after: string): boolean {
  const post = DEPUTY_AFTER.exec(after)?.[1];
  return post !== undefined && before.endsWith(post) && /\s$/u.test(before.slice(0, -post.length));
}
/**
 * `…, chiều nay em gửi bảng tổng hợp …`, `…, chieu mai 15h doan xa minh di lay mau`, `…, sáng Chủ
 * nhật 23/3/2025 …`, `…, sang 8h ngay 05/6`: a time of day by today, tomorrow or yesterday, a
 * weekday or an hour or date, the time of the sentence's next clause (no annotated title holds one
 * after a comma; 6 end there; `sáng tạo`, `tối đa` are other words). Skeleton, so a chat's
 * unmarked words count.
 */
const TIME_OF_DAY_CLAUSE =
  /^ {0,3}(?:SANG|TRUA|CHIEU|TOI|DEM) {1,3}(?:(?:NAY|MAI|QUA|CN|CHU {1,3}NHAT|THU {1,3}(?:HAI|BA|TU|NAM|SAU|BAY))(?![A-Z])|\d)/u;
/**
 * A Party cell's minutes go on with who does what (`…; chi bộ phân công đ/c Hòa …`, `…, đ/c Thủy
 * báo cáo …`): the comrade's abbreviation, or the cell and its decision, open the next clause.
 */
const MINUTES_CLAUSE =
  /^\s*(?:(?:các\s+|giao\s+)?đ\/c\s|chi bộ(?:\s+\p{Ll}+){0,2}?\s+(?:giao|phân công|giám sát|thống nhất|yêu cầu|đề nghị|quyết nghị|cử)\s)/u;
/**
 * A clause word within a few words after a `;`, which a title's list of matters rarely holds
 * (`…; mức cho vay tối đa hiện nay là 4.000.000 đồng`): further than after a comma. Not `có hiệu
 * lực` that far: the document itself takes effect (`… quy định về sát hạch, cấp giấy phép lái xe;
 * cấp, sử dụng giấy phép lái xe quốc tế có hiệu lực từ …`), and the title ends there.
 */
const CLAUSE_AFTER_SEMICOLON =
  /^\s*(?:\S+\s+){0,9}?(?:đã|là|được|sẽ|vẫn|cũng|đang|còn|phải)(?![\p{L}])/u;
/** `…; b) Thực hiện …`, `…; (2) …`: the next item of an enumeration, whatever its case. */
const ENUMERATION_MARK = /^\(?(?:[a-zđ]|\d{1,2}|[ivx]{1,4})\)\s/u;
/**
 * Whether a `;` inside a title ends it: what follows opens another clause (a capital, a
 * bullet, an opener, a clause word, a number soon) rather than going on with the name's list of
 * matters (`… giao thông đường bộ; trừ điểm, phục hồi điểm giấy phép lái xe`).
 */
function semicolonEndsTitle(after: string, afterQuotedName: boolean): boolean {
  const rest = after.trimStart();
  const first = rest[0] ?? '';
  // `… danh hiệu “Gia đình văn hóa”; “Thôn, tổ dân phố văn hóa” …`: quoted names listed (4 of 4
  // annotated titles); after the title's own words a quote opens what someone says (`… là giống
  // cây trồng chính; “Các địa phương cần …”, bà H. khuyến cáo`).
  if (first === '' || OPENING_QUOTES.includes(first)) return first === '' || !afterQuotedName;
  if (
    !LOWER.test(first) ||
    ENUMERATION_MARK.test(rest) ||
    MINUTES_CLAUSE.test(rest) ||
    PLACE_SUBJECT.test(rest)
  )
    return true;
  return (
    SEMICOLON_CLAUSE.test(rest) ||
    CLAUSE_SOON.test(rest) ||
    CLAUSE_AFTER_SEMICOLON.test(rest) ||
    // `…; diện tích gieo sạ giống xác nhận đạt 92%`: the news after the title, in numbers.
    (HAS_DIGIT.test(rest) &&
      (QUANTITY_SOON.test(rest) ||
        // `…; đám cưới tổ chức tại nhà văn hóa không quá 1 ngày`: a limit the document sets (4 of 4
        // annotated titles end before one after a `;`).
        (rest.includes('không') && LIMIT_SOON.test(rest)) ||
        // `…; mức thu đối với hộ gia đình ở khu vực đô thị là 35.000 đồng …`: a figure given, its
        // subject's own commas aside (`…; nguồn thu từ cho thuê sân tennis, hồ bơi năm 2024 đạt 3,6
        // tỷ đồng`).
        FIGURE_GIVEN_AFTER_SEMICOLON.test(rest))) ||
    /^[^\d;]{0,25}\d/u.test(rest)
  );
}
/** How far back a `;` that opened the reference's list item is looked for. */
const ITEM_REACH = 300;
/** How far the next item is read for a document it cites. */
const NEXT_ITEM_REACH = 160;
/** A sentence's end (normalized text). */
const SENTENCE_END = /[.!?]\s/u;
/**
 * Whether the `;` at `semicolon` closes a list item the reference stands in, the next item citing
 * a document of its own: `… từ các nguồn: hỗ trợ theo Nghị quyết số 14/2022/NQ-HĐND của HĐND tỉnh;
 * vốn khuyến công theo Nghị định số 45/2012/NĐ-CP … về khuyến công; vốn Chương trình … theo
 * Quyết định số 263/QĐ-TTg …`. Items are known by a `;` earlier in the same sentence (374
 * annotated titles in such a sentence end at the next `;`, 7 hold one, none before an item that
 * cites a document); a law's name lists its matters with `;` but cites nothing in them.
 */
function nextItemCitesItsOwn(prepared: PreparedText, from: number, semicolon: number): boolean {
  const { normalized, skeleton } = prepared;
  const opened = lastIndexWithin(normalized, ';', from - ITEM_REACH, from);
  const inList = opened >= 0 && !SENTENCE_END.test(normalized.slice(opened, from));
  const item = skeleton.slice(semicolon + 1, semicolon + 1 + NEXT_ITEM_REACH);
  if (inList) {
    const itemEnd = item.search(/[.;]/u);
    return citesNumberedDocument(itemEnd < 0 ? item : item.slice(0, itemEnd));
  }
  // Without an item before it, the next one must cite a document in its own first clause (`…
  // giai đoạn 2021 - 2025; nội dung chi và mức chi áp dụng Thông tư liên tịch số …`), not after a
  // comma (`…; điều chỉnh lương hưu, …, Quốc hội đã thông qua Nghị quyết …`, the sentence's main
  // clause), nor as the annex that names a regulation (`Quy chế tuyển sinh …; tuyển sinh … ban
  // hành kèm theo Thông tư số …`, a law's name going on).
  const clauseEnd = item.search(/[.;,]/u);
  const clause = clauseEnd < 0 ? item : item.slice(0, clauseEnd);
  return !clause.includes('KEM THEO') && citesNumberedDocument(clause);
}

/**
 * `… tại các bản Lũng Vài, Nà Hin …`, `… cho 3 xã Hòa Mỹ, Hòa Lợi và …`, `… trên các tuyến đường
 * Hai Bà Trưng, Trần Quang Khải …` (5 of 5 annotated), `… trên các tuyến QL4B, ĐT725`: places and
 * roads listed after their plural unit (`… trên các tuyến Quốc lộ 18, Quốc lộ 279 và …`), whose
 * next names after the comma go on with the list; the
 * unit may be qualified first (`… tại 3 xã biên giới Đức Long, Thông Nông Hạ và Lũng Pắc`). Passes,
 * border gates, islands, rivers, bridges, ports and markets are listed by name so too (`… tại các
 * đèo Khau Vàng, Pha Đin Hạ và …`).
 */
const PLACES_LISTED_BEFORE =
  /(?:^|\s)(?:các|hai|ba|bốn|năm|\d+)\s+(?:xã|phường|thị trấn|thôn|bản|làng|ấp|buôn|huyện|quận|tỉnh|thành phố|tuyến(?:\s+(?:đường|phố))?|đường|phố|đèo|cửa khẩu|đảo|sông|cầu|cảng|chợ)(?:\s+\p{Ll}+){0,2}(?:\s+(?:Quốc lộ\s+\d+[A-Z]?|\p{Lu}[\p{L}\d]*))+(?:,\s+(?:Quốc lộ\s+\d+[A-Z]?|\p{Lu}[\p{L}\d]*)(?:\s+\p{Lu}[\p{L}\d]*)*)*$/u;
/**
 * A subject's words, then a tense word or `được`, `là`, `phải`: a clause (see `colonOpensTitle`),
 * in a headline in capitals too (`… CỦA BỘ CHÍNH TRỊ: ĐẢNG VIÊN LÀ CHỦ HỘ … PHẢI GƯƠNG MẪU …`).
 */
const CLAUSE_AFTER_COLON = /^\s*(?:[^\s.;:]+\s+){0,6}?(?:được|đã|sẽ|đang|là|phải|cần)(?![\p{L}])/iu;
/**
 * `… người dân tộc Tày, Dao ở các xã …`, `… văn hóa dân tộc Mông, Lô Lô, Pu Péo`, `… đồng bào Khmer,
 * Chăm`, `… môn tiếng Bahnar, Chăm, Êđê …`: peoples or their languages named and listed (every
 * annotated title that names two keeps the list), typed without marks too.
 */
/** The words that name peoples and their languages, printed and typed without marks. */
const PEOPLE_WORDS = ['dân tộc', 'đồng bào', 'tiếng'].flatMap((word) => [word, withoutMarks(word)]);
const PEOPLES_LISTED_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:${PEOPLE_WORDS.join('|').replaceAll(' ', String.raw`\s+`)})(?:\s+thiểu\s+số)?(?:\s+\p{Lu}[\p{L}-]*)+(?:,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)*$`,
  'u',
);
/** `… là 35.000 đồng`, `… đạt 28,3%`: a figure the clause gives, after its subject's words. */
const FIGURE_GIVEN = /^[^;,.:]{0,80}\s(?:là|đạt)\s+\d/u;
/**
 * FIGURE_GIVEN after a semicolon, where the clause is the news after a title: its subject's commas
 * go through (`…; nguồn thu từ cho thuê sân tennis, hồ bơi năm 2024 đạt 3,6 tỷ đồng`).
 */
const FIGURE_GIVEN_AFTER_SEMICOLON = /^[^;.:]{0,90}\s(?:là|đạt)\s+\d/u;
/** `…; tỉnh Tây Lĩnh phấn đấu …`: a place named by its unit and name, the next clause's subject. */
const PLACE_SUBJECT = /^(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+\p{Lu}/u;
/** A title that amends or details articles of other documents, which it may list. */
const AMENDED_ARTICLES = /một số điều của\s/u;
/** The words that make `một số điều của` a detailing title's (`quy định chi tiết thi hành …`). */
const DETAILED_BEFORE = /(?:chi tiết|hướng dẫn|thi hành)\s+$/u;
/**
 * A title that amends articles of other documents: the numbered ones it lists are all its own
 * (`sửa đổi, bổ sung một số điều của Nghị quyết số 08/2021/NQ-HĐND và Nghị quyết số …`, `sửa đổi,
 * bổ sung Điều 6 của Thông tư số 12/2010/TT-BVHTTDL và Điều 6 của Thông tư số …`).
 */
const AMENDS_ARTICLES_OF =
  /sửa đổi,?\s+bổ sung\s+(?:một số điều|(?:(?:điểm|khoản)\s+[\p{L}\d]{1,3},?\s+)*[Đđ]iều\s+\d{1,3}[a-zđ]?)\s+của\s/u;
/** `trước hết là`, `nhất là`: what follows names part of the title's subject. */
const EMPHASIS_BEFORE = /(?:^|\s)(?:trước hết|nhất|đặc biệt|kể cả)$/u;
/**
 * People a title names by what they are, after `là` (`là cán bộ`, `là người dân tộc thiểu số`), and
 * things by what they serve as (`động vật hoang dã là tang vật, vật chứng`: 5 of 5 annotated).
 */
const PEOPLE_AFTER_IS =
  /^\s(?:tang vật|cán bộ|người|đảng viên|đoàn viên|hội viên|thành viên|công nhân|công chức|viên chức|giáo viên|học sinh|sinh viên|lao động|phụ nữ|thanh niên|trẻ em|thân nhân|quân nhân|chủ (?:doanh nghiệp|hộ|cơ sở|trang trại|tàu|nhóm trẻ))(?![\p{L}])/u;
/**
 * Seized things and Party members a title names by what they are, with `là` after them (`tiêu
 * hủy tang vật là máy kích điện`, `phát triển đảng viên là luật sư`: 6 of the 6 annotated titles
 * with no listed word after `là` keep it), unless what follows is what the document serves as
 * (`… của cán bộ, đảng viên là căn cứ để đánh giá …`: the one annotated title there ends).
 */
const CLASSED_BEFORE_IS = /(?:^|\s)(?:tang vật|đảng viên)$/u;
const BASIS_AFTER_IS = /^\s(?:căn cứ|cơ sở)(?![\p{L}])/u;
/**
 * Words after which `quy định` is a noun of the title (`ban hành quy định về …`, `vi phạm quy
 * định`, `sửa đổi nhiều quy định …`): a verb that takes rules, or a quantifier of them. Not
 * `các`: `… và các quy định về nêu gương` lists other rules beside the document. After what
 * rules set (`theo điều kiện quy định tại Thông tư 20`, `mức quy định`, `vượt diện tích quy
 * định`, `vượt giá quy định`, `cho các đối tượng quy định tại Điều 14 …`), it is a participle.
 * After a bare `và` it is the title's second task (`hướng dẫn phân cấp đê và quy định tải trọng
 * cho phép …`: 2 of 2 annotated). After `sai`, `trái`, `đúng` it is the rule a deed breaks or
 * keeps (`băng rôn treo sai quy định trên tuyến QL1A`, `nhận quà trái quy định`: 6 of 6 annotated).
 */
const RULE_AS_NOUN =
  /(?:^|\s)(?:và|một số|nhiều|[Bb]ản|ban hành|vi phạm|theo|đúng|sai|trái|thực hiện|triển khai|áp dụng|chấp hành|tuân thủ|thi hành|đáp ứng|sửa đổi|bổ sung|bãi bỏ|cắt giảm|đơn giản hóa|điều kiện|mức|định mức|giá|tiêu chuẩn|tiêu chí|trường hợp|đối tượng|diện tích|thời hạn)$/u;
/**
 * Whether every word of the first `TITLE_CASE_PROBE` characters (two at least) starts with a
 * capital: `Dạy Thêm, Học Thêm`. A word the probe cuts is not looked at.
 */
function isTitleCase(text: string): boolean {
  const probe = text.slice(0, TITLE_CASE_PROBE);
  let words = probe.split(/\s+/u);
  if (text.length > TITLE_CASE_PROBE) words = words.slice(0, -1);
  words = words.filter((word) => LETTER_START.test(word));
  return words.length >= 2 && words.every((word) => UPPER_START.test(word));
}
const TITLE_CASE_PROBE = 40;
/** Whether the words around `index` (a few before, a few after) are all capitalised. */
function isTitleCaseAround(normalized: string, index: number): boolean {
  // From the first whole word of the 24 characters before it (a bounded look back).
  const start = Math.max(0, index - 24);
  const space = normalized.slice(start, index).indexOf(' ');
  const from = start === 0 ? 0 : space < 0 ? index : start + space + 1;
  return isTitleCase(normalized.slice(from, index + TITLE_CASE_PROBE));
}
/**
 * A line that holds nothing but a document's type word and symbol before this point (after a
 * list's number or bullet): `Quyết định số 1876/QĐ-UBND `, `2. Kế hoạch 45/KH-UBND `.
 */
const HEADLINE_REFERENCE_BEFORE =
  /(?:^|\n)[ \t]*(?:\d{1,3}[.)][ \t]+|[-–•*+][ \t]+)?(\p{Lu}[\p{L} ]{2,30}?)[ \t]\d[^\s,;]*\/[^\s,;]*[ \t]{1,3}$/u;
/** Whether such a line ends at `index`, its words before the symbol a type word (and `số`). */
function isHeadlineReferenceBefore(normalized: string, index: number): boolean {
  const line = HEADLINE_REFERENCE_BEFORE.exec(normalized.slice(Math.max(0, index - 80), index));
  if (!line) return false;
  const typeWords = toSkeleton(line[1] ?? '').replace(/ SO:?$/u, '');
  return TYPE_WORDS[typeWords] !== undefined;
}
const LETTER_START = /^\p{L}/u;
/** A dash standing alone as a word (`–`, `—`, `-`). */
function isLoneDash(word: string): boolean {
  return word === '–' || word === '—' || word === '-';
}
/** How many times `char` occurs in `text` before `end`. */
function countOf(text: string, char: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf(char); at >= 0 && at < end; at = text.indexOf(char, at + 1)) count++;
  return count;
}
/** Whether more curly quotes open than close in `text` before `end`: a quote is still open there. */
function quoteOpenBefore(text: string, end: number): boolean {
  return countOf(text, '“', end) > countOf(text, '”', end);
}
/**
 * `Quy chế làm việc của Ban Chấp hành, Ban Thường vụ và Thường trực Tỉnh ủy`: the bodies a title
 * names after `của`, listed on after its comma (`before` is the title up to the comma).
 */
function listsBodiesOf(before: string, after: string): boolean {
  return (
    (OF_BODY_AT_END.test(before) && LISTED_BODY_HEAD.test(after)) ||
    (OF_POLITICAL_SYSTEM_AT_END.test(before) && POLITICAL_SYSTEM_HEAD.test(after)) ||
    (PERSONNEL_OF_COMMITTEE_AT_END.test(before) && LISTED_POST_HEAD.test(after))
  );
}
// `đề án nhân sự Ban Thường vụ, Bí thư, Phó Bí thư`, `chuẩn y kết quả bầu cử Ban Chấp hành, Ban
// Thường vụ, Bí thư, Phó Bí thư Đảng ủy xã …`: a Party committee's personnel, its organs and posts
// listed (not after `của`, where `…, Bí thư Tỉnh ủy …` opens the next clause's subject).
const PERSONNEL_OF_COMMITTEE_AT_END =
  /(?:^|\s)(?:nhân sự|bầu cử|bầu|chuẩn y)\s+(?:Ban|Ủy ban|Uỷ ban)\s(?:(?!\svề\s)[^,;])*$/u;
const LISTED_POST_HEAD =
  /^\s*(?:Ban|Ủy ban|Uỷ ban|Bí thư|Phó Bí thư|Chủ nhiệm|Phó Chủ nhiệm)(?![\p{L}])/u;
// `… yêu cầu Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh sẵn sàng …`: the bodies
// a dispatch or a letter asks, listed as the bodies of a document are; the committees a decision
// appoints or someone joins (`chỉ định Ban Chấp hành, Ban Thường vụ …`, `… tham gia Ban Chấp
// hành, Ban Thường vụ Đảng bộ huyện`). A `về` after the body opened a cited document's own title,
// and the list is over (`… Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương Đảng khoá IX về
// công tác dân tộc …, Ban Thường vụ Huyện ủy chỉ đạo …`).
const OF_BODY_AT_END =
  /(?:^|\s)(?:của|yêu cầu|giao|đề nghị|chỉ đạo|chỉ định|tham gia)\s+(?:Ban|Bộ|Ủy ban|Uỷ ban|Hội đồng|Thường trực)\s(?:(?!\svề\s)[^,;])*$/u;
const LISTED_BODY_HEAD = /^\s*(?:Ban|Bộ|Ủy ban|Uỷ ban|Hội đồng|Thường trực|Văn phòng)\s/u;
// `… đơn vị của Đảng, Nhà nước, Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội`: the
// political system's members, listed as one (`cơ quan đảng, Mặt trận Tổ quốc …` in lower case
// too). After `của Đảng, ` a committee (`Ban Thường vụ Huyện ủy ban hành …`, `Ủy ban Kiểm tra
// Tỉnh ủy quyết định …`) is the next clause's subject.
const OF_POLITICAL_SYSTEM_AT_END =
  /\s(?:của|cơ quan)\s+(?:Đảng|Nhà nước|Mặt trận Tổ quốc(?: Việt Nam)?)$|\scơ quan\s+đảng$/u;
const POLITICAL_SYSTEM_HEAD = /^\s*(?:Nhà nước|Mặt trận Tổ quốc)(?![\p{L}])/u;

/** `phối hợp giữa A, B và C`: `giữa` among the title's first words. */
const AGENCIES_BETWEEN = /^(?:\S+\s+){0,7}giữa\s/u;
/** Cheap test before `QUANTITY_SOON` (a plain regex on two-byte text is fast). */
const HAS_DIGIT = /\d/;
/** A cited document's number and code, ending a title's words (`102/2024/NĐ-CP`, `09/QĐ-SGDĐT`). */
const CITED_SYMBOL = String.raw`\d\/[\p{L}\d-]*\p{L}[\p{L}\d-]*`;
/**
 * `… Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ`: a document cited inside a title
 * with its date and body, whose own `quy định …` follows.
 */
const CITED_WITH_FIELDS_END = new RegExp(
  String.raw`${CITED_SYMBOL}(?: ngày \d{1,2}\/\d{1,2}\/\d{4})? của (?:\S+ ){0,4}\S+$`,
  'u',
);
/** A symbol, and its date in any separator, just before: a document cited inside the title. */
const CITED_SYMBOL_DATE_END = new RegExp(
  String.raw`${CITED_SYMBOL}(?: ngày \d{1,2}[/.-]\d{1,2}[/.-]\d{4})?$`,
  'u',
);
/** A symbol or a date just before: the end of a document cited inside the title. */
const CITED_END = new RegExp(String.raw`(?:${CITED_SYMBOL}|\d{1,2}\/\d{1,2}\/\d{4})$`, 'u');
/**
 * A law named with its year just before (`… Luật Đất đai năm 2024 quy định …`), a document cited
 * inside the title; a year alone is the title's own (`… của tỉnh Hà Phong năm 2025 quy định tỉnh
 * có …`: the sentence's verb follows).
 */
const NAMED_WITH_YEAR_END =
  /(?:^|\s)(?:Bộ luật|Luật|Pháp lệnh|Hiến pháp|Điều lệ)\s[^,;]{0,80}?năm \d{4}$/u;
/** Legal documents, whose subject is written `quy định …` (`nghị quyết quy định mức thu …`). */
const RULE_MAKING_TYPES = new Set([
  'Nghị quyết',
  'Nghị định',
  'Thông tư',
  'Quyết định',
  'Luật',
  'Pháp lệnh',
  'Chỉ thị',
]);
/** Whether a skeleton slice ends with the type word of a legal document (`… BAN HANH NGHI QUYET`). */
function endsWithRuleMakingType(skeletonSlice: string): boolean {
  const words = skeletonSlice.trimEnd().split(' ');
  const last = words.at(-1) ?? '';
  const type = TYPE_WORDS[`${words.at(-2) ?? ''} ${last}`] ?? TYPE_WORDS[last];
  return type != null && RULE_MAKING_TYPES.has(type);
}
/**
 * Clause words that stay in a title after these words: `quy định` after a verb (`RULE_AS_NOUN`),
 * `hướng tới`, `đối với`, `việc gửi, nhận …`, `… và dự kiến kế hoạch …`.
 */
const KEPT_AFTER: ReadonlyMap<string, RegExp> = new Map([
  [' quy định', RULE_AS_NOUN],
  [' tới', /(?:^|\s)(?:hướng|tiến)$/u],
  // `từ 80% đến 100% hộ`: a range's end (`REACHED_AUDIENCE`).
  [' đến', /(?:^|\s)từ\s(?:\S+\s){0,2}\S+$/u],
  [' den', /(?:^|\s)tu\s(?:\S+\s){0,2}\S+$/u],
  [' với', /(?:^|\s)đối$/u],
  [' gửi', /(?:^|\s)việc$/u],
  // `… lấy ý kiến Nhân dân đối với dự kiến danh mục …`: the draft, a noun after a preposition.
  [' dự kiến', /(?:^|\s)(?:và|đối với|về)$/u],
  // `… bố trí Bí thư chi bộ đồng thời là trưởng thôn`: concurrently, one post held with another.
  // `đấu giá tài sản là nhà, đất trụ sở cũ …`, `… tài sản là quyền sử dụng đất`, `giá cho thuê tài
  // sản công là sân bãi, nhà thi đấu`: which assets, named, the title's own words; so are which
  // buildings and land (`xử lý nhà, đất là tài sản công …`, `… nhà, đất là cơ sở thể dục, thể thao`).
  // `… chợ nổi được công nhận là di sản văn hóa phi vật thể quốc gia`: what it was recognised as.
  [' là', /(?:^|\s)(?:đồng thời|tài sản(?: công)?|nhà, đất|công nhận)$/u],
  // `tặng Bằng khen cho … vì đã có thành tích …`: the award's reason, a clause inside the title.
  [' đã', /(?:^|\s)vì$/u],
  // `… trong thời gian diễn ra Giải vô địch bóng đá châu Âu`: when, a clause inside the title.
  [' diễn ra', /(?:^|\s)(?:thời gian|thời điểm|dịp)$/u],
  // `… đáp ứng yêu cầu phát triển`, `theo yêu cầu`, `tình trạng yêu cầu người dân …`, `tiếp nhận
  // hồ sơ yêu cầu điều tra …`, `đơn yêu cầu`, `giải quyết yêu cầu bồi thường`: a noun; `người
  // yêu cầu công chứng`: the person who asks (after a comma, `người yêu cầu …` opens a clause).
  // `máy, thiết bị có yêu cầu nghiêm ngặt về an toàn`: equipment with strict requirements, the
  // name of the list a circular issues; `phổ biến yêu cầu chứng nhận Halal …`: requirements made known;
  // `công bố TCVN 13800:2022 về yêu cầu an toàn …`: a preposition's noun.
  [
    ' yêu cầu',
    /(?:^|\s)(?:đáp ứng|theo|các|những|mọi|việc|tình trạng|đặt ra|trước|hồ sơ|đơn|giải quyết|tiếp nhận|xử lý|phổ biến|về)$|[^,\s]\s+(?:người|có)$/u,
  ],
  // `… thuộc phạm vi được hưởng của người tham gia bảo hiểm y tế`, `đối tượng được hỗ trợ`: who
  // or what the title's noun covers, a relative clause of it.
  // `giúp đỡ người được đặc xá trở về địa phương`: the pardoned, a person named by what was done
  // to them.
  // `trình độ chuẩn được đào tạo`: the standard of training, a noun phrase.
  // `trẻ em có nhu cầu được nhận làm con nuôi`: the need to be, a noun phrase.
  [' được', /(?:^|\s)(?:phạm vi|đối tượng|người|chuẩn|nhu cầu)$|,\s*điều kiện$/u],
  // `… cho phép người lao động …`: what the document allows, the sentence's news (3 of 3); a
  // policy that allows is the title's own (`phê duyệt chủ trương cho phép tu bổ …`). What it does
  // not allow is news as well, and the title ends before `không` (`TITLE_EVENT`: 2 of 2 annotated).
  [' cho phép', /(?:^|\s)(?:và|hoặc|việc|chủ trương)$/u],
  // `… Luật Bảo vệ môi trường đều yêu cầu …`: what the documents all do, the sentence's predicate
  // (6 of 6 annotated); `phát triển đồng đều`: evenly, a title's word.
  [' đều', /(?:^|\s)đồng$/u],
  // `… xác định kinh tế tư nhân là …`: the sentence's predicate, 20 of 26 annotated; a method or
  // its guidance names what it determines (`tiêu chí xác định doanh nghiệp …`, `quy trình xác định
  // chết não`, `quy định kỹ thuật xác định ranh giới …`), and who determines it themselves (`hộ
  // kinh doanh tự xác định doanh thu`), the principles it sets (`nguyên tắc xác định giá tiêu thụ
  // nước sạch`), the grounds it sets for determining (`quy định căn cứ xác
  // định nạn nhân bị mua bán`), and the council named by it (`Hội đồng xác định mức độ khuyết
  // tật`), a scheme named by what it determines (`phê duyệt Đề án xác định Chỉ số cải cách hành
  // chính …`), and what cannot be determined (`tài sản không xác định được chủ sở hữu`, the legal
  // phrase), and what a test establishes (`giám định gen xác định danh tính hài cốt liệt sĩ`, `giám
  // định ADN xác định …`).
  [
    ' xác định',
    /(?:^|\s)(?:về|căn cứ|hướng dẫn|tiêu chí|nguyên tắc|trình tự|thủ tục|quy trình|kỹ thuật|nội dung|cách|phương pháp|việc|và|để|nhằm|triển khai|tự|Hội đồng|không|giám định(?: gen| ADN)?|[Đđ]ề án)$/u,
  ],
]);

/** A title that awards (`tặng Bằng khen …`, `khen thưởng …`, `truy tặng …`). */
const AWARD_TITLE = /^(?:tặng|tặng thưởng|truy tặng|phong tặng|khen thưởng|công nhận danh hiệu)\s/u;
/** What the awarded did (`đã có thành tích`, `đã lập thành tích`, `đã 3 lần liên tục đạt`). */
const AWARD_REASON = /^\s+(?:có|lập|đạt|hoàn thành|\d+\s+lần)(?![\p{L}])/u;

/** `người` before `yêu cầu`: maybe the person who asks, maybe the end of `đông người`. */
const PERSON_ASKING_END = /\sngười$/u;
/**
 * A capital after the verb, a body asked by its name (`yêu cầu Công an tỉnh …`), or a plural of
 * bodies (`yêu cầu các bộ, ngành …`).
 */
const ADDRESSEE_NAMED_OR_PLURAL = /^ (?:\p{Lu}|(?:các|mọi|tất cả|toàn thể) )/u;

/** `và` ending the words before a mark. */
const AND_BEFORE = /(?:^|\s)và$/u;
/** Whom a verb asks (`các cấp ủy`, `mọi người`, `UBND tỉnh`): a plural, a whole or a name. */
const ADDRESSEE_AFTER = /^\s+(?:các|mọi|những|toàn|tất cả|\p{Lu})/u;

/**
 * `danh sách` or `danh mục` (`Danh mục thuốc bảo vệ thực vật được phép …`) and up to ten words
 * of what it lists, before `được` (`danh sách 27 cơ sở lưu trú du lịch được hỗ trợ …`; 5 annotated
 * titles list seven or eight, 2 nine or ten, `danh mục 18 điểm sân chơi, bãi tập thể thao ngoài
 * trời được đầu tư …`; none ends there), its items maybe listed with commas (`danh mục 28 trang
 * trại bò sữa, dê sữa được hỗ trợ …`: 9 annotated titles, none ends at such a comma).
 */
// A count with its thousands' dots is one word (`danh sách 1.216 hộ người có công được …`).
// A chat writes `ds` for `danh sách` (`đề nghị phê duyệt ds 26 cộng đồng được giao rừng đợt 2`).
const LISTED_WHO =
  /(?:^|\s)(?:[Dd]anh sách|[Dd]anh mục|ds|DS)(?:,?\s+(?:\d{1,3}(?:\.\d{3})+|[^\s,;.]+)){1,10}$/u;
/**
 * A list's next item, then its `được` or `phải` (see `LISTED_WHO`; `danh mục 86 công trình trường
 * học, trạm y tế phải thay mái …`: all 12 annotated titles with either keep it).
 */
const LISTED_ITEM_THEN_ENTITLED = /^\s*(?:[^\s,;.]+\s+){1,3}(?:được|phải)(?![\p{L}])/u;
/**
 * `THUC HIEN`, `TRIEN KHAI` or `THEO` (skeleton) opening what follows a comma, with `các`; and
 * `thực hiện theo`, `theo tinh thần` (no annotated title holds one before a symbol, 2 end there).
 */
const CARRYING_OUT_OPENING =
  /^ *(?:THUC HIEN(?: +THEO)?|TRIEN KHAI|THEO(?: +TINH +THAN)?) +(?:CAC +)?/;
/**
 * A type word's last words, an optional `số`, then a symbol: a number and its code (`19-CT/TU`),
 * or numbers listed before the code they share (`các Kế hoạch số 38, 39-KH/HU`).
 */
const TYPE_THEN_SYMBOL =
  /^[A-Z ]{2,32}?(?: SO)? {0,2}:? {0,2}\d{1,5}(?: {0,2}, {0,2}\d{1,5}){0,8}(?: ?\/ ?\d{4})? ?[-/] ?[A-Z]/;
/**
 * `… tổ chức thực tập phương án chữa cháy, thực hiện Chỉ thị số 19-CT/TU …`, `…, triển khai Nghị
 * quyết số 21-NQ/TW …`: after a comma, the document the sentence carries out, cited by its
 * symbol: an adjunct of the sentence, not the title's next task (no annotated title holds one).
 * A task the title names carries out a document it names by its short form (`lãnh đạo công tác
 * chuyển đổi số, thực hiện Đề án 06 trên địa bàn xã`); a title's own `theo` has no comma before it.
 */
function carriesOutCitationAfter(skeleton: string, from: number): boolean {
  const after = skeleton.slice(from, from + 64);
  const opening = CARRYING_OUT_OPENING.exec(after);
  if (opening === null) return false;
  const cited = after.slice(opening[0].length);
  return startsWithTypeWord(cited) && TYPE_THEN_SYMBOL.test(cited);
}
/**
 * `…, bảo đảm phù hợp với Luật Đất đai năm 2024`, `…, bảo đảm đúng quy định của Luật Cán bộ, công
 * chức …`: after a comma, the law or document the sentence says its act conforms to, the
 * sentence's own words (no annotated title holds one; 5 end there; `bảo đảm phù hợp phong tục`,
 * which cites nothing, stays).
 */
function conformsToCitationAfter(after: string, skeleton: string, from: number): boolean {
  const conforms = CONFORMS_TO.exec(after);
  return (
    conforms !== null &&
    startsWithTypeWord(skeleton.slice(from + conforms[0].length, from + conforms[0].length + 40))
  );
}
const CONFORMS_TO =
  /^\s*bảo đảm\s+(?:phù hợp|đúng)(?:\s+(?:với|theo|quy định))*(?:\s+(?:của|tại))?\s+/u;
/** The procedures a decision publishes (`công bố 12 thủ tục hành chính được sửa đổi …`). */
const PUBLISHED_PROCEDURES = /^công bố\s.*thủ tục hành chính(?:\s+[^\s,;.]+){0,3},?$/su;

/**
 * `công bố thủ tục hành chính mới ban hành, được sửa đổi, bổ sung …`: the formula that names
 * the procedures a decision publishes, kept whole after its comma.
 */
function publishesProcedures(window: string, commaAt: number, after: string): boolean {
  return PROCEDURES_CHANGED.test(after) && window.lastIndexOf('thủ tục hành chính', commaAt) >= 0;
}
const PROCEDURES_CHANGED = /^\s*(?:được\s+(?:sửa đổi|thay thế)|bị\s+bãi bỏ)/u;

/** A document's symbol as a word (`100/2019/NĐ-CP`, `130-KL/TW`). */
const SYMBOL_WORD = String.raw`\d(?:\/[\p{L}\d-]*|-\p{L}+\/[\p{L}\d-]*)\p{L}[\p{L}\d-]*`;
/** The type words a short form ends a title's words with (`Nghị quyết 08`, `Chỉ thị số 07`). */
const SHORT_FORM_TYPES = [
  'Nghị quyết',
  'Chỉ thị',
  'Kết luận',
  'Quyết định',
  'Quy định',
  'Nghị định',
  'Thông tư',
  'Kế hoạch',
  'Chương trình',
  'Hướng dẫn',
];
/** A short form of one of `types` (`Quyết định 2876`, `Nghị quyết số 18`), as a pattern's source. */
function shortFormSource(types: readonly string[]): string {
  return String.raw`(?:^|\s)(?:${types.join('|')})\s+(?:số\s+)?\d{1,4}`;
}
/**
 * A title's last words are a document's symbol and `của` its body, named in capitals (`… số
 * 57-NQ/TW của Bộ Chính trị`, `… của Bộ Văn hóa, Thể thao và Du lịch`, `… của Ban Chấp hành
 * Trung ương Đảng (khóa XIII)`); not a body's task or place in lower case after it. The same after
 * a short form (`… thực hiện Nghị quyết 08 của Bộ Chính trị`, `… Chỉ thị 07 của Ban Thường vụ Tỉnh
 * ủy`): no annotated title goes on past such a body's comma before a lower-case word, 12 end there.
 */
const CITATION_OF_BODY_END = new RegExp(
  String.raw`(?:${SYMBOL_WORD}|${shortFormSource(SHORT_FORM_TYPES)})\s+của\s+\p{Lu}(?:(?!\s(?:về|trên|tại|trong|đối|cho|để|nhằm|theo|với|quy định|hướng dẫn|ban hành|phê duyệt|sửa đổi)\s)[^;.\n])*$`,
  'u',
);
/** A plenum's resolution or conclusion cited by its plenum (`Nghị quyết Trung ương 7 khóa X`). */
const PLENUM_CITATION_START =
  /^\s*(?:Nghị quyết|Kết luận|NQ)\s+(?:Hội nghị\s+)?(?:Trung ương|TW)\s+(?:lần thứ\s+)?\d/u;
/** A title's last word is a document's symbol (`100/2019/NĐ-CP`, `130-KL/TW`). */
const SYMBOL_END = new RegExp(`${SYMBOL_WORD}$`, 'u');
/** A title's last words are a short form (`Quyết định 2876`, `Công văn 412`). */
const SHORT_FORM_END = new RegExp(`${shortFormSource([...SHORT_FORM_TYPES, 'Công văn'])}$`, 'u');
/**
 * A National Assembly's symbol (`172/2024/QH15`): the Assembly passes it, so a `do <body> ban
 * hành` after it is the citing document's formula (`… thực hiện Nghị quyết số 172/2024/QH15 do
 * Chính phủ ban hành ngày …`), never this one's.
 */
const ASSEMBLY_SYMBOL_END = new RegExp(String.raw`\/${ASSEMBLY_ISSUER}$`, 'u');
/** The year a symbol carries (`26/2019/NĐ-CP`), and the year of the day a document was issued. */
const SYMBOL_YEAR = /\/((?:19|20)\d\d)\/[^\s]*$/u;
const ISSUED_DAY_YEAR = /(?:ban hành|ký)\s+ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d\d)(?!\d)/u;
/** Whether `after` dates an issuing in another year than the symbol ending `before`. */
function issuedInOtherYear(before: string, after: string): boolean {
  const symbolYear = SYMBOL_YEAR.exec(before)?.[1];
  const issuedYear = ISSUED_DAY_YEAR.exec(after)?.[1];
  return symbolYear !== undefined && issuedYear !== undefined && symbolYear !== issuedYear;
}
/** A body, then its issuing verb (`Bộ Chính trị ban hành`), within eight words. */
const ISSUED_BY_BODY = /^(?:[^\s.;,]+\s+){1,8}?(?:ban hành|ký|thông qua)(?![\p{L}])/u;

/**
 * Clause words a title keeps when it opens with the verb they complete: what a decision declares
 * something to be (`công nhận Lễ hội Đền Vân Phong là di tích quốc gia đặc biệt`), what a request
 * asks to be allowed (`đề nghị UBND tỉnh cho phép chuyển mục đích …`).
 */
const KEPT_IN_TITLE_OPENED_BY: ReadonlyMap<string, RegExp> = new Map([
  // A request for it too (`đề nghị công nhận phố đêm Hàng Buồm - Tạ Hiện là tuyến phố …`), and
  // what a decision designates something as (`chỉ định Trung tâm … là tổ chức chứng nhận hợp quy …`).
  [' là', /^(?:đề nghị\s+)?(?:công nhận|xếp hạng|chỉ định)\s/u],
  [' cho phép', /^đề nghị /u],
  // `hướng dẫn các trường xác định chỉ tiêu tuyển sinh …`: what a guide shows those it addresses
  // how to determine (2 of 2 annotated).
  [' xác định', /^hướng dẫn\s/u],
  // `tặng quà cho 327 hội viên …`: a title that hands something out names who it is for
  // (`BRIEFED_AUDIENCE`), as a title that gives a briefing does not (`tổ chức đại hội … cho 100%
  // bí thư chi đoàn`: 1 of the 2 annotated titles opening `tổ chức` ends there).
  [' cho', /^(?:tặng|trao|cấp|hỗ trợ|trợ cấp|chi trả|phân bổ)\s/u],
  // `phối hợp giám sát dịch bệnh với 4 hợp tác xã`: whom a title that coordinates works with.
  [' với', /^phối hợp\s/u],
  // `triển khai đến 100% chi bộ khu dân cư …`, `triển khai phong trào … đến 100% chi bộ trực
  // thuộc`: a title that is itself the spreading names whom it reaches (`REACHED_AUDIENCE`: 2 of 2
  // annotated titles opening so keep them; the 10 that end there open otherwise).
  [' đến', /^(?:triển khai|quán triệt|tuyên truyền|phổ biến)\s/u],
  [' den', /^(?:trien khai|quan triet|tuyen truyen|pho bien)\s/u],
]);

/** An amending law's name opening (`Luật sửa đổi, bổ sung một số điều của Luật …`). */
const AMENDING_LAW_SOURCE = String.raw`Luật sửa đổi,? bổ sung (?:một số điều của |một số điều của các )?(?:các )?(?:Bộ luật|Luật)\s`;
const AMENDING_LAW_NAMED = new RegExp(`^${AMENDING_LAW_SOURCE}`, 'u');
/** The same right after a comma (`…, Luật sửa đổi, bổ sung một số điều của Luật …`). */
const AMENDING_LAW_AFTER_COMMA = new RegExp(String.raw`^\s*${AMENDING_LAW_SOURCE}`, 'u');
/** A law named right after a comma, and one named right before it (`Luật Đất đai, Luật Nhà ở`). */
const LAW_NAMED_AFTER = /^\s*(?:Bộ luật|Luật|Pháp lệnh)\s\p{Lu}/u;
const LAW_NAMED_BEFORE = /(?:^|\s)(?:Bộ luật|Luật)\s\p{Lu}[^,;]*$/u;

/**
 * `tiếp tục`, `vẫn`, `cũng` ending a stretch: the clause's adverb before its verb (not `vừa`, `mới`:
 * `doanh nghiệp nhỏ và vừa được hỗ trợ`, `cấp xã mới được hình thành` keep them).
 */
const ADVERB_BEFORE = /\s(?:tiếp tục|vẫn|cũng)$/u;

/** A lower-case word after a comma, and a task verb a title lists after its first task. */
const LOWER_AFTER_COMMA = /^\s*\p{Ll}/u;
const NEXT_TASK_AFTER_COMMA = /^\s*(?:nâng cao|tăng cường|đẩy mạnh|phát huy|góp phần)(?![\p{L}])/u;
/** `việc` opening what follows a comma, and a `việc …` item ending the words before it. */
const ACT_AFTER_COMMA = /^\s*việc\s/u;
const ACT_LISTED_BEFORE = /(?:^|\s)việc\s+[^\s,]+$/u;
/** `thay thế` opening what follows a comma. */
const REPLACE_AFTER = /^\s*thay thế\s/u;

/** A class's code (`A1`, `B`, `II`) before a comma, and another after it, the list going on. */
const LISTED_CLASS_BEFORE = /(?:^|\s)(?:[A-Z]\d{0,2}|[IVX]{1,4})$/u;
const LISTED_CLASS_AFTER = /^ (?:[A-Z]\d{0,2}|[IVX]{1,4})(?=,| (?:và|hoặc) | \p{Ll})/u;

/** `gửi tới Kỳ họp …`, `gửi đến kỳ họp …`: petitions sent to a session. */
const SENT_TO_SESSION = /^ (?:tới|đến) (?:Kỳ|kỳ) họp(?![\p{L}])/u;

/**
 * `đang công tác`, `đang làm việc`, `đang cư trú tại …`, `đang hưởng lương …`: a relative clause of
 * the people a title names.
 */
const SERVING_AFTER = /^ (?:công tác|làm việc|cư trú|sinh sống|hưởng)(?![\p{L}])/u;

/** `các` / `những` right before a clause word, and the list connective before them if any. */
const DETERMINER_BEFORE = /(?:^|\s)(?:(và|cùng|hoặc)\s+)?(?:các|những)$/u;
/**
 * A connective left at a title's end, with a determiner or a time word after it (`… về quản lý
 * ngoại hối và hiện nay | là Pháp lệnh Ngoại hối`: the sentence goes on to what came after).
 */
const DANGLING_LIST_TAIL =
  /\s+(?:và|cùng|hoặc)(?:\s+(?:các|những|hiện nay|sau đó|trước đó|nay))?$/u;
/** Cheap test before the anchored regex (it retries at every space of a long title). */
const DANGLING_LAST_WORDS = ['và', 'cùng', 'hoặc', 'các', 'những', 'nay', 'sau đó', 'trước đó'];

/**
 * What a title lists across a comma, the comma going on with it: the item after the comma (`after`,
 * tested first: it is anchored and cheap) and the one before it, within `reach` characters.
 */
const TITLE_LISTS: readonly { after: RegExp; before: RegExp; reach: number }[] = [
  // `… của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố …`: the standing list of the bodies a
  // national document addresses.
  { after: GENERIC_BODIES_AFTER, before: GENERIC_BODIES_BEFORE, reach: 60 },
  // `… tuyển lao động đi Nhật Bản, Đài Loan (Trung Quốc) qua mạng xã hội`: countries.
  { after: COUNTRY_AFTER_COMMA, before: COUNTRY_BEFORE_COMMA, reach: 24 },
  // `hướng dẫn thi hành Điều 11, Điều 14, Điều 16 và Điều 26 của Luật …`: articles (or chapters).
  { after: ARTICLE_LISTED_AFTER, before: ARTICLE_BEFORE, reach: 16 },
  // `triển khai thi hành Luật Đất đai, Luật Nhà ở và Luật Kinh doanh bất động sản …`: the laws a
  // title names, an amending law among them (`… thi hành Luật Phòng cháy và chữa cháy, Luật sửa
  // đổi, bổ sung một số điều của Luật Phòng cháy và chữa cháy`).
  { after: LAW_NAMED_AFTER, before: LAW_NAMED_BEFORE, reach: 80 },
  { after: AMENDING_LAW_AFTER_COMMA, before: LAW_NAMED_BEFORE, reach: 80 },
];
/** Whether the comma at `index` of the title's `window` goes on with one of `TITLE_LISTS`. */
function listsAcrossComma(window: string, index: number, after: string): boolean {
  for (const list of TITLE_LISTS) {
    if (
      list.after.test(after) &&
      list.before.test(window.slice(Math.max(0, index - list.reach), index))
    )
      return true;
  }
  return false;
}

/** Title from `from` to the end of its clause: sentence end, a clause word, `, Subject …`. */
function parseTitleText(
  prepared: PreparedText,
  from: number,
  closingQuote: string | null,
  /** The title names documents it carries out (`thực hiện Quy định 08 và Hướng dẫn số 15-HD/VPTU`): `và <citation>` stays in it. */
  citesDocuments = false,
  /** The type of the document whose title this is, when known (`Nghị định`, `Thông tư` …). */
  holderType: string | null = null,
): { text: string; end: number } | null {
  const { normalized, skeleton } = prepared;
  const limit = Math.min(normalized.length, from + TITLE_MAX);
  // Every search runs on this bounded window: a missing closing quote costs 400 characters, not the rest of the text.
  const window = normalized.slice(from, limit);
  let end = limit;
  // Whether the title stopped at the sentence's own clause word (`đã`, `là` …) or full stop.
  let stoppedAtClause = false;
  if (closingQuote !== null) {
    let close = window.indexOf(closingQuote);
    if (closingQuote === '”') {
      const straight = window.indexOf('"');
      if (straight >= 0 && (close < 0 || straight < close)) close = straight;
    }
    if (close >= 0) end = from + close;
  } else {
    // `… VỀ TRÁCH NHIỆM NÊU GƯƠNG\nQuy định số …`: a headline's line in capitals, the article after it.
    const firstLineEnd = window.indexOf('\n');
    const allCaps = isAllCaps(
      window.slice(0, firstLineEnd >= 0 && firstLineEnd < 40 ? firstLineEnd : 40),
    );
    // `… Về Dạy Thêm, Học Thêm` (a heading in Title Case): a capital after a comma opens no
    // clause there. Asked only at a comma before a capital.
    let titleCase: boolean | null = null;
    let emphasisList = false;
    // `phối hợp giữa Cục Thuế, Cục Hải quan và …`: the agencies `giữa` lists are the title's.
    // Asked only at a comma before a capital (most titles never are).
    let agencyList: boolean | null = null;
    // Where `một số điều của` stands in the window (-1: nowhere), found once per title.
    // (Values asked for lazily, kept in plain variables: a closure per title costs more than they do.)
    let amendedAt: number | null = null;
    // Once the title lists bodies after `của` (`… của Hội đồng nhân dân, Thường trực Hội đồng nhân
    // dân, Ban của …`), its next capitals after a comma go on with that list.
    let bodyList = false;
    // Inside the posts listed after a person's name (`POST_AFTER`).
    let inAppositionOfPerson = false;
    TITLE_EVENT.lastIndex = 0;
    let event: RegExpExecArray | null;
    while ((event = TITLE_EVENT.exec(window)) !== null) {
      const index = from + event.index;
      const mark = event[0];
      // `phê duyệt Đề án “Cơ cấu lại doanh nghiệp nhà nước, trọng tâm là tập đoàn kinh tế …”`: a
      // name quoted inside the title holds its own commas and clause words until its quote
      // closes; only the end of a sentence or a paragraph ends it there.
      if (
        mark !== '”' &&
        !QUOTE_BREAKING_MARKS.has(mark) &&
        // Most titles hold no quote: a look back from the mark to the title's start, no count.
        window.lastIndexOf('“', event.index - 1) >= 0 &&
        quoteOpenBefore(window, event.index) &&
        closesSoon(window, event.index)
      )
        continue;
      if (mark === ';') {
        const rest = skeleton.slice(index + 1, index + 40).trimStart();
        if (
          !rest ||
          startsWithTypeWord(rest) ||
          // `…; dự thảo Nghị định quy định …`: a draft of another document, the list's next item.
          (rest.startsWith('DU THAO ') && startsWithTypeWord(rest.slice(8))) ||
          (!allCaps &&
            semicolonEndsTitle(
              normalized.slice(index + 1, index + 90),
              normalized[index - 1] === '”' || normalized[index - 1] === '"',
            )) ||
          nextItemCitesItsOwn(prepared, from, index)
        ) {
          end = index;
          // `Theo Nghị định số 147/2024/NĐ-CP … về quản lý, cung cấp …, doanh nghiệp … phải …;
          // Nghị định có hiệu lực …`: the `;` closes the main clause after an adjunct's title as a
          // full stop does. Not a preamble's item (`Căn cứ …;`), whose commas are the title's.
          stoppedAtClause = !allCaps && ADJUNCT_OF_SOURCE.test(sentenceOpening(normalized, from));
          break;
        }
        continue;
      }
      // `“… thực hiện Nghị quyết số 66-NQ/TW”, đồng chí … khẳng định`: the quotation the
      // reference stands in ends, and the title with it, unless the title opened that quote.
      if (mark === '”') {
        if (quoteOpenBefore(window, event.index)) continue;
        end = index;
        break;
      }
      // `… thẻ ngân hàng: chủ thẻ phải xác thực …`: a clause after the colon; `giai đoạn I: từ năm
      // 2021 đến năm 2025` stays.
      // `… học sinh bán trú: 15.000 đồng/học sinh/ngày`: an amount after the colon, too, also
      // behind the words it prices (`năm học 2024 - 2025: mầm non thành thị 300.000 đồng …`).
      // `… sau nạo vét duy tu: trong phạm vi đáy luồng …`: after a word, the colon opens what the
      // document says; only a numbered label goes on (`giai đoạn I:`, `gói thầu số 05:`).
      if (mark === ':') {
        const after = normalized.slice(index + 1, index + 60);
        // A headline in capitals ends its title there too (`… LUẬT ĐẦU TƯ: NHỮNG ĐIỂM CẦN LƯU Ý`).
        if (
          (!allCaps &&
            (CLAUSE_SOON.test(after) ||
              COLON_COMMENT.test(after) ||
              WHOLE_UNIT_FIRST.test(after) ||
              (after.includes('đồng') && AMOUNT_SOON.test(after)))) ||
          !NUMBERED_LABEL_END.test(window.slice(Math.max(0, event.index - 12), event.index)) ||
          // `… năm 2024: trong năm xảy ra 3 vụ …`: a numbered label's own name opens with its
          // capital (`gói thầu số 02: Cung cấp …`: all 6 annotated titles that hold one), its
          // span with `từ` (`giai đoạn I: từ năm 2021 đến năm 2025`: 24 annotated).
          (LOWER_AFTER_SPACES.test(after) && !RANGE_AFTER_COLON.test(after)) ||
          DIGIT_FIRST.test(after) ||
          // `… tại cuộc họp tối 25/9: “Phải cưỡng chế sơ tán …”`: what someone said (no annotated
          // title holds `: “`, 15 end there).
          QUOTE_FIRST.test(after)
        ) {
          end = index;
          break;
        }
        continue;
      }
      if (mark === ',') {
        // `98,5%`: a decimal comma.
        if (allCaps || isDecimalComma(normalized, index)) continue;
        // `… bổ sung môn Thể thao điện tử (nội dung Liên Quân Mobile, FIFA Online 4) vào …`: what
        // the title's own brackets list.
        if (insideTitleBrackets(window, event.index)) continue;
        const after = normalized.slice(index + 1, index + 80);
        // `… đóng cửa nghĩa trang thôn Bến theo quy hoạch, thực hiện theo Luật Đất đai …`: what the
        // document acts under, the sentence's words (no annotated title holds it, 8 end there).
        // `…, báo cáo kết quả về Phòng Kinh tế và Hạ tầng trước ngày 15 hằng tháng`: the report the
        // sentence asks for by a deadline (6 annotated titles end there; `tổng hợp, báo cáo kết quả
        // rà soát …`, a pair of the title's verbs, has none).
        // A task's bare verb before the comma pairs with `báo cáo` as the title's own (`… về việc
        // kiểm tra, báo cáo hiện trạng sử dụng đất trước ngày 30/8/2025`).
        if (
          ACTS_UNDER_AFTER.test(after) ||
          (REPORT_BY_DEADLINE_AFTER.test(after) &&
            wordsBetween(
              normalized,
              Math.max(from, lastIndexWithin(normalized, ',', from, index) + 1),
              index,
            ) >= REPORTED_ITEM_MIN_WORDS)
        ) {
          end = index;
          break;
        }
        // `…, “không thể tùy tiện tăng hay giảm theo mùa”`: after the title's own words a quote
        // opens what someone says, as after a `;`; after a quoted name it is the next one listed
        // (`danh hiệu “Nghệ nhân nhân dân”, “Nghệ nhân ưu tú”`: all 23 annotated titles that hold
        // `, “`), and a word or two in quotes is the title's own (`…, “khủng bố” bằng sơn …`).
        if (
          QUOTE_FIRST.test(after) &&
          normalized[index - 1] !== '”' &&
          normalized[index - 1] !== '"' &&
          !QUOTED_WORDS_FIRST.test(after)
        ) {
          end = index;
          break;
        }
        // `… mô tô hạng A1, A tại 21 điểm sát hạch`, `khu vực I, II`: classes listed by their codes.
        if (
          LISTED_CLASS_AFTER.test(after) &&
          LISTED_CLASS_BEFORE.test(window.slice(Math.max(0, event.index - 6), event.index))
        )
          continue;
        if (publishesProcedures(window, event.index, after)) continue;
        if (holdsPhraseWithComma(window, event.index, after)) continue;
        if (
          // The cheap test first: few commas have `được` or `phải` after them.
          (after.includes('được') || after.includes('phải')) &&
          LISTED_ITEM_THEN_ENTITLED.test(after) &&
          LISTED_WHO.test(window.slice(Math.max(0, event.index - 60), event.index))
        )
          continue;
        // `… kỷ luật đối với đồng chí Lê Minh Tâm, Tỉnh ủy viên, Bí thư Huyện ủy …`: the posts
        // of the person the decision names, in apposition, one after another.
        if (
          POST_AFTER.test(after) &&
          (inAppositionOfPerson || PERSON_BEFORE.test(window.slice(0, event.index)))
        ) {
          inAppositionOfPerson = true;
          continue;
        }
        inAppositionOfPerson = false;
        // `các chỉ số PAR Index, SIPAS, PAPI, PCI và DTI`: names in capitals listed.
        if (LISTED_ACRONYM_AFTER.test(after)) continue;
        // Bodies, countries, articles or laws listed across the comma (`TITLE_LISTS`).
        if (listsAcrossComma(window, event.index, after)) continue;
        // `sửa đổi, bổ sung một số điều của Luật Giá, Luật Đấu thầu và …`: the laws amended. A title
        // that details laws' articles names laws, not numbered documents (`quy định chi tiết thi
        // hành một số điều của Luật Khoáng sản, Nghị định số 67/2019/NĐ-CP … là những văn bản …`: the
        // sentence's list; `… của Luật Phòng, chống ma túy, Luật Xử lý vi phạm hành chính …` stays).
        if (
          (amendedAt ??= window.search(AMENDED_ARTICLES)) >= 0 &&
          amendedAt < event.index &&
          startsWithTypeWord(skeleton.slice(index + 1, index + 40).trimStart()) &&
          !(
            DETAILED_BEFORE.test(window.slice(Math.max(0, amendedAt - 24), amendedAt)) &&
            startsWithNumberedCitation(skeleton.slice(index + 1, index + 41).trimStart())
          )
        )
          continue;
        if (
          (!emphasisList &&
            UPPER_START.test(after.trimStart()) &&
            !(titleCase ??= isTitleCase(window)) &&
            !namesDeputyOf(window.slice(0, event.index), after) &&
            !CAPITALISED_TERM.test(after) &&
            !(agencyList ??= AGENCIES_BETWEEN.test(window)) &&
            !PLACES_LISTED_BEFORE.test(window.slice(Math.max(0, event.index - 80), event.index)) &&
            !PEOPLES_LISTED_BEFORE.test(window.slice(Math.max(0, event.index - 60), event.index)) &&
            !(bodyList ||= listsBodiesOf(window.slice(0, event.index), after))) ||
          clauseSoonAfterComma(after, window.slice(Math.max(0, event.index - 16), event.index)) ||
          listsCitationsAfter(after, skeleton, index + 1) ||
          // `V/v rà soát, thay thế cây xanh …`: a verb or two before the title's first comma are
          // its first task, and `thay thế` after it the next, not what replaces a document.
          (COMMA_CLAUSE.test(after) &&
            !(
              REPLACE_AFTER.test(after) &&
              window.lastIndexOf(',', event.index - 1) < 0 &&
              wordsBetween(normalized, from, index) <= 2 &&
              isLowerChar(normalized, from)
            ) &&
            !(
              NEGATION_AFTER.test(after) &&
              (DIRECTIVE_TITLE.test(window) ||
                MATTER_OPENER_BEFORE.test(normalized.slice(Math.max(0, from - 9), from)) ||
                NEGATED_BEFORE.test(window.slice(Math.max(0, event.index - 48), event.index)))
            )) ||
          // `…, việc bố trí cầu vượt cho người đi bộ …`: the next clause's subject, an act named as
          // a noun (15 of 15 annotated), unless the title lists acts so (`trong việc cưới, việc tang`,
          // all 14 titles that hold one).
          (ACT_AFTER_COMMA.test(after) &&
            !ACT_LISTED_BEFORE.test(window.slice(Math.max(0, event.index - 24), event.index))) ||
          // `…, ông Nguyễn Văn Hiệp, Phó Giám đốc Sở … cho biết`, `…, ông nộp hồ sơ tại …`: a person
          // after the comma is the next clause's subject (4 of 4 annotated), unless the title names
          // people itself and lists them (`kỷ luật đối với ông A, bà B`).
          (PERSON_AFTER_COMMA.test(after) && !PERSON_NAMED_IN.test(window.slice(0, event.index))) ||
          // `…, chị nhắc chi bộ THCS Đông Sơn gửi báo cáo nhé`: a chat's reader or writer, asked or
          // saying what to do, opens the next clause.
          CHAT_PERSON_AFTER_COMMA.test(after) ||
          // `…, bổ sung 1.250 tỷ đồng cho …`, `…, bổ sung chỉ tiêu đến năm 2030 …`: what else the
          // document adds, the sentence's next item (6 of 6 annotated end there), unless a verb
          // before the comma pairs with it (`rà soát, bổ sung`, `điều chỉnh, bổ sung`: 23 of 23 keep it).
          (SUPPLEMENT_AFTER_COMMA.test(after) &&
            !SUPPLEMENT_PAIRED_BEFORE.test(
              window.slice(Math.max(0, event.index - 16), event.index),
            )) ||
          // `…, đề nghị mỗi hộ cử 01 lao động …`, `…, thời gian thực hiện từ …`, `…, phân công 12
          // đảng viên …`: what the writer asks, when and how long, who does what: the next clause
          // (34 of 34, 16 of 16 and 5 of 5 annotated), unless the title pairs them with the word
          // before its comma (`xét, đề nghị khen thưởng`, `nội dung, thời gian tổ chức kỳ họp`,
          // `khu vực, thời gian được phép …`, `hình thức, thời hạn thu, nộp`, `điều động, phân công
          // đồng chí …`).
          (FOLLOW_UP_AFTER_COMMA.test(after) &&
            !FOLLOW_UP_PAIRED_BEFORE.test(
              window.slice(Math.max(0, event.index - 16), event.index),
            )) ||
          // `… hướng dẫn thi hành Quyết định số 25/2021/QĐ-TTg, công chức Tư pháp - Hộ tịch xã đã
          // …`: after a symbol that ends the title's words, a comma and a lower-case word go on
          // with the sentence (83 of 84 annotated), unless the title's next task follows
          // (`đẩy mạnh thực hiện Chỉ thị 16-CT/TW, nâng cao chất lượng …`).
          (LOWER_AFTER_COMMA.test(after) &&
            !NEXT_TASK_AFTER_COMMA.test(after) &&
            (SYMBOL_END.test(window.slice(Math.max(0, event.index - 40), event.index)) ||
              // `điều chỉnh Quyết định 2876, kéo dài thời gian …`: a short form ends them too.
              SHORT_FORM_END.test(window.slice(Math.max(0, event.index - 24), event.index)) ||
              // `… thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, trong đó …`: the symbol's
              // body after it ends the title's words as the symbol does (53 of 53 annotated), and so
              // does a short form's (`… Nghị quyết 08 của Bộ Chính trị, …`).
              CITATION_OF_BODY_END.test(
                window.slice(Math.max(0, event.index - 100), event.index),
              ))) ||
          (YEAR_CLAUSE.test(after) &&
            !TIME_SPAN_BEFORE.test(window.slice(Math.max(0, event.index - 20), event.index))) ||
          (after.includes('có ') && COUNT_CLAUSE.test(after)) ||
          COUNTED_OR_IDENTIFIED.test(after) ||
          COUNT_CHANGED.test(after) ||
          MINUTES_CLAUSE.test(after) ||
          TIME_OF_DAY_CLAUSE.test(skeleton.slice(index + 1, index + 16)) ||
          (YEAR_BEFORE.test(window.slice(Math.max(0, event.index - 5), event.index)) &&
            !AFTER_YEAR_GOES_ON.test(after)) ||
          (HAS_DIGIT.test(after) && (QUANTITY_SOON.test(after) || AMOUNT_SOON.test(after))) ||
          carriesOutCitationAfter(skeleton, index + 1) ||
          conformsToCitationAfter(after, skeleton, index + 1)
        ) {
          end = index;
          break;
        }
        continue;
      }
      // `… dạy thêm, học thêm (English: Circular 29/2024/TT-BGDĐT on extra teaching …)`: a
      // translation beside the name, not a part of it, ends it as `(thay thế …)` does; other
      // parentheses stay in it.
      if (
        (mark === '(' || mark === '[') &&
        !AMENDED_ASIDE.test(window.slice(event.index, event.index + 24))
      ) {
        // `… về công tác dân số trong tình hình mới (Nghị quyết số 21-NQ/TW), tỷ số …`: the
        // document's own symbol, or another document, cited beside the title, not inside it.
        if (
          startsWithNumberedCitation(skeleton.slice(index + 1, index + 41).trimStart()) ||
          // `… nông nghiệp, nông dân, nông thôn (Nghị quyết Trung ương 7 khóa X)`: a plenum's
          // resolution, cited by its plenum beside the title.
          PLENUM_CITATION_START.test(normalized.slice(index + 1, index + 40))
        ) {
          end = index;
          break;
        }
        // `… về cấp cứu ngoại viện (bản pdf, 1,2 MB)`: a download's file, beside the title; `…
        // (dành cho giáo viên chủ nhiệm)`, `(ap dung cho co so nuoi ca canh)`: whom a leaflet or
        // a copy is for (4 of 4 annotated titles end before it).
        if (
          FILE_ASIDE.test(normalized.slice(index + 1, index + 12)) ||
          AUDIENCE_ASIDE.test(normalized.slice(index + 1, index + 16))
        ) {
          end = index;
          break;
        }
        const asideEnd = skipForeignAside(normalized, index);
        if (asideEnd === index) continue;
        // `… tiếng Anh tăng cường (intensive English programme) năm học 2025 – 2026`: a gloss of
        // the words before it, which the title goes on past (10 of 10 annotated).
        if (!TRANSLATES_DOCUMENT.test(normalized.slice(index + 1, asideEnd - 1))) {
          TITLE_EVENT.lastIndex = asideEnd - from;
          continue;
        }
      }
      // `… tiến tới Đại hội XIV của Đảng | Ban Tuyên giáo Tỉnh ủy | 1.204 lượt xem`, `… bão số 9 »
      // Thông báo số 305/TB-UBND …`: a listing's next column or item.
      if (SEPARATOR_MARKS.has(mark)) {
        end = index;
        break;
      }
      if (mark.length === 2 && mark.startsWith(' ') && DASH_MARKS.includes(mark[1] ?? '')) {
        // `… quốc gia - Kế hoạch số 58-KH/TU …` (the next headline), `… năm 2025 - Ngày đăng: …`
        // (the portal's metadata); `kinh tế - xã hội`, `2021 - 2025`, `Bắc - Nam` stay in it.
        const rest = index + 3;
        if (
          startsWithNumberedCitation(skeleton.slice(rest, rest + 40)) ||
          METADATA_LABEL?.test(normalized.slice(rest, rest + 40)) === true ||
          isSiteNameTail(normalized, rest)
        ) {
          end = index;
          break;
        }
        continue;
      }
      // `…, chị theo dõi giúp em nhé`, `…, các xã báo cáo trước 20/10`: the writer talks to the
      // reader; the title ends at the comma that opened that clause (a particle with none before
      // it ends the title where it stands; a deadline with none is a title's own).
      const particle = CHAT_PARTICLE_MARKS.has(mark);
      if (mark === ' nha' && !holdsMarkedLetter(normalized, from, index)) continue;
      if (particle || DEADLINE_MARKS.has(mark)) {
        const comma = window.lastIndexOf(',', event.index);
        const reach = particle ? 100 : 50;
        // `về việc rà soát, cập nhật dữ liệu … trước ngày 15/7/2025`: a word or two before the
        // comma are the first of the title's own tasks, whose deadline it is.
        if (
          !particle &&
          comma >= 0 &&
          window.lastIndexOf(',', comma - 1) < 0 &&
          wordsBetween(normalized, from, from + comma) <= 2
        )
          continue;
        // `đôn đốc các xã, phường hoàn thành … trước ngày 31/12/2025`: a comma between two units
        // lists whom the title addresses; the deadline is the title's own.
        if (
          !particle &&
          comma >= 0 &&
          UNIT_BEFORE_COMMA.test(window.slice(Math.max(0, comma - 12), comma)) &&
          UNIT_AFTER_COMMA.test(window.slice(comma + 1, comma + 16))
        )
          continue;
        if (
          comma >= 0 &&
          event.index - comma <= reach &&
          // `… về kiểm điểm tập thể, cá nhân năm 2024 ạ`, `… về chủ động ứng phó mưa lũ, bảo đảm
          // an toàn cho du khách nhé`: words after the comma that say nothing to the reader (no
          // person, deadline, time or tense) are the title's next item, and the particle ends it
          // where it stands (3 annotated; the 52 titles that end at such a comma have one).
          (!particle || CHAT_CLAUSE_MARKER.test(window.slice(comma + 1, event.index)))
        ) {
          end = from + comma;
          break;
        }
        if (!particle) continue;
        end = index;
        break;
      }
      if (mark.startsWith(' ') && index > from) {
        if (mark === ' được' && /không$/u.test(normalized.slice(Math.max(from, index - 6), index)))
          continue;
        // `… phương tiện không xác định được chủ sở hữu`: property whose owner cannot be found, the
        // legal phrase, a title's words.
        if (
          mark === ' được' &&
          /không xác định$/u.test(normalized.slice(Math.max(from, index - 16), index))
        )
          continue;
        // `… quản lý, sử dụng tài sản được hình thành thông qua …`: what the title's noun came from,
        // a relative clause of it.
        if (mark === ' được' && normalized.startsWith(' hình thành ', index + 5)) continue;
        // `quy định về bệnh nghề nghiệp được hưởng bảo hiểm xã hội`, `… giáo viên mầm non hợp đồng
        // được hưởng hỗ trợ …`: who or what is entitled, a relative clause of the title's noun (all
        // 9 annotated titles that reach `được hưởng` hold it), in a title without a comma before
        // it (`…, hạ sĩ quan, binh sĩ khi xuất ngũ được hưởng …`: the news after the title's list).
        if (
          mark === ' được' &&
          normalized.startsWith(' hưởng ', index + 5) &&
          !window.slice(0, event.index).includes(',')
        )
          continue;
        // `… thời gian, địa điểm được phép sấy cau …`: when and where something is permitted.
        if (
          mark === ' được' &&
          normalized.startsWith(' phép ', index + 5) &&
          PERMITTED_NOUN_BEFORE.test(normalized.slice(Math.max(from, index - 12), index))
        )
          continue;
        if (mark.startsWith(' do') && allCaps) continue;
        const before = normalized.slice(Math.max(from, index - 16), index);
        if (mark === ' do ') {
          // `… đối với người giữ chức vụ do HĐND tỉnh bầu`: who elects the posts the title names,
          // not the body that issued it. Its own commas (`do Quốc hội, Hội đồng nhân dân bầu`) are
          // the clause's: read on after it.
          const elected =
            ELECTED_BY.exec(normalized.slice(index + 4, index + 64)) ??
            FUNDED_OR_HANDLED_BY.exec(normalized.slice(index + 4, index + 100)) ??
            CARRIED_OUT_BY.exec(normalized.slice(index + 4, index + 84));
          if (elected) {
            TITLE_EVENT.lastIndex = event.index + 4 + elected[0].length;
            continue;
          }
          // `triển khai Kết luận số 130-KL/TW do Bộ Chính trị ban hành ngày …`: the issuer of the
          // document the title cites, part of how the title names it.
          if (
            SYMBOL_END.test(before) &&
            ISSUED_BY_BODY.test(normalized.slice(index + 4, index + 84)) &&
            !ASSEMBLY_SYMBOL_END.test(before) &&
            // `… sửa đổi … Nghị định số 26/2019/NĐ-CP do Chính phủ ban hành ngày 04/4/2024`: a day
            // of another year than the cited symbol's is the citing document's own.
            !issuedInOtherYear(before, normalized.slice(index + 4, index + 100))
          )
            continue;
        }
        if (KEPT_IN_TITLE_OPENED_BY.get(mark)?.test(window) === true) continue;
        // `kết nạp đảng viên là chủ doanh nghiệp tư nhân`, `… đối với 12 đảng viên là cán bộ thuộc
        // diện …`: which people, named (21 of 23 annotated; `là chủ đề …`, the topic, is not).
        if (mark === ' là' && PEOPLE_AFTER_IS.test(normalized.slice(index + 3, index + 32)))
          continue;
        // `xử lý tang vật là xuất bản phẩm vi phạm`, `… đối với đảng viên là công chứng viên`:
        // which seized things or which members, named by what they are (`CLASSED_BEFORE_IS`).
        if (
          mark === ' là' &&
          CLASSED_BEFORE_IS.test(before) &&
          !BASIS_AFTER_IS.test(normalized.slice(index + 3, index + 16))
        )
          continue;
        // `…, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư`: the title singles out some of
        // what it covers, and the capitals listed after it stay in it.
        if (mark === ' là' && EMPHASIS_BEFORE.test(before)) {
          emphasisList = true;
          continue;
        }
        if (
          KEPT_AFTER.get(mark)?.test(before) === true &&
          // `… dịch vụ đông người yêu cầu Công an tỉnh kiểm tra …`, `… bộ phận cơ thể người yêu cầu
          // các bộ, ngành …`: a body asked by name, or bodies by their plural, follow the verb, not
          // what the person who asks wants (`người yêu cầu công chứng`).
          !(
            mark === ' yêu cầu' &&
            PERSON_ASKING_END.test(before) &&
            ADDRESSEE_NAMED_OR_PLURAL.test(normalized.slice(index + 8, index + 20))
          )
        )
          continue;
        // `tặng Bằng khen cho 20 tập thể, 35 cá nhân … đã có thành tích xuất sắc …`: an award's
        // reason, the award's own words.
        if (
          mark === ' đã' &&
          AWARD_TITLE.test(window) &&
          AWARD_REASON.test(normalized.slice(index + 3, index + 24))
        )
          continue;
        // `quy định tiêu chuẩn dữ liệu … và yêu cầu bảo quản tài liệu …`, `… và yêu cầu “3 cứng” …`:
        // requirements listed beside what the title names; `… và yêu cầu các cấp ủy …` asks someone.
        if (
          mark === ' yêu cầu' &&
          AND_BEFORE.test(before) &&
          !ADDRESSEE_AFTER.test(normalized.slice(index + mark.length, index + mark.length + 12))
        )
          continue;
        // `phê duyệt danh sách 52 hộ nghèo được hỗ trợ …`: who the list names (12 of 12 annotated),
        // `công bố danh mục thủ tục hành chính được chuẩn hóa …` (7 of 7).
        if (
          mark === ' được' &&
          (LISTED_WHO.test(normalized.slice(Math.max(from, index - 60), index)) ||
            PUBLISHED_PROCEDURES.test(normalized.slice(from, index)))
        )
          continue;
        // `trách nhiệm của đảng viên đang công tác …`: who is now at work, part of the name.
        if (mark === ' đang' && SERVING_AFTER.test(normalized.slice(index + 5, index + 16)))
          continue;
        // `… kiến nghị của cử tri gửi tới Kỳ họp thứ 10`: where the petitions go, part of the name.
        if (mark === ' gửi' && SENT_TO_SESSION.test(normalized.slice(index + 4, index + 24)))
          continue;
        // `ban hành Quy chế gửi, nhận văn bản điện tử …`: sending and receiving, one matter.
        if (mark === ' gửi' && SENDING_AND_RECEIVING.test(normalized.slice(index + 4, index + 14)))
          continue;
        // `thu hồi Quyết định số 09/QĐ-SGDĐT ngày 13-4-2021 cho phép Công ty … hoạt động …`: the
        // document the title acts on, with what it allowed.
        if (
          mark === ' cho phép' &&
          CITED_SYMBOL_DATE_END.test(normalized.slice(Math.max(from, index - 60), index))
        )
          continue;
        // `… của Nghị định số 123/2020/NĐ-CP quy định về hóa đơn`, `ban hành nghị quyết quy định
        // mức thu phí`: a document named inside the title, followed by its own subject.
        // `sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP … của Chính phủ quy định chi
        // tiết …`: the document amended is named whole, its own title with it.
        if (
          mark === ' quy định' &&
          (CITED_END.test(before) ||
            (/năm \d{4}$/u.test(before) &&
              NAMED_WITH_YEAR_END.test(normalized.slice(Math.max(from, index - 100), index))) ||
            CITED_WITH_FIELDS_END.test(normalized.slice(Math.max(from, index - 90), index)) ||
            endsWithRuleMakingType(skeleton.slice(Math.max(from, index - 24), index)) ||
            ((amendedAt ??= window.search(AMENDED_ARTICLES)) >= 0 && amendedAt < event.index))
        )
          continue;
        // `…, thay thế Quyết định số 19/2021/QĐ-UBND`: the document it replaces is not in its
        // name; `bãi bỏ và thay thế Quyết định …` is.
        // So are articles of it (`… thay thế một số điều của Thông tư số 21/2019/TT-BNNPTNT`).
        if (
          mark === ' thay thế' &&
          (!startsWithTypeWord(
            skeleton
              .slice(index + 9, index + 80)
              .trimStart()
              .replace(REPLACED_ARTICLES, ''),
          ) ||
            /(?:^|\s)(?:và|hoặc)$/u.test(before))
        )
          continue;
        // `các quy định`, `những quy định`: after a determiner `quy định` is a noun of the title,
        // unless `và các …` opens the sentence's own list (the title ends before it, below).
        const determiner =
          mark === ' quy định'
            ? DETERMINER_BEFORE.exec(normalized.slice(Math.max(from, index - 16), index))
            : null;
        if (determiner && determiner[1] === undefined) continue;
        end = index;
        // `… trong tình hình mới tiếp tục được các cấp ủy quán triệt …`: an adverb right before the
        // clause word is the clause's, not the title's last word.
        const adverb = ADVERB_BEFORE.exec(normalized.slice(Math.max(from, index - 12), index));
        if (adverb && index - adverb[0].length > from) end = index - adverb[0].length;
        // `Theo … thì …`: `thì` itself opens the main clause, after the adjunct's whole title.
        stoppedAtClause = mark !== ' thì';
        break;
      }
      // `… chỉ định đồng chí Lê Văn H. giữ chức Bí thư …`: a name's initial, the sentence going on;
      // `… kỷ luật em N.V.A. (lớp 11B5) …`: a run of initials, unless a capital opens a sentence.
      if (
        mark === '.' &&
        ((NAME_INITIAL.test(normalized.slice(index - 2, index)) &&
          LOWER_NEXT.test(normalized.slice(index + 1, index + 6))) ||
          (INITIALS_END.test(normalized.slice(index - 2, index)) &&
            !UPPER_NEXT.test(normalized.slice(index + 1, index + 3))))
      )
        continue;
      if (!mark.startsWith(' ')) {
        end = index;
        // A full stop ends the sentence, and the clause in it; an ellipsis (`...`) does not. In
        // capitals no clause word is seen, so where the main clause starts is not known.
        stoppedAtClause = !allCaps && /^[.!?]$/u.test(mark) && normalized[index - 1] !== '.';
        break;
      }
    }
    // `HỘI NGHỊ QUÁN TRIỆT … TÀI SẢN CÔNG\nSáng 14/11, Đảng ủy …`: a headline in capitals ends
    // with its last line in capitals, where the article's own sentences begin.
    if (allCaps) {
      const lineEnd = capitalsLineEnd(normalized, from, end);
      // Then the headline's line ended it, not the clause word found in the article after it
      // (`TRIỂN KHAI NGHỊ ĐỊNH … SỬA ĐỔI, BỔ SUNG …\nSáng 15/6, … đại biểu là …`): no main clause of
      // an adjunct to look for in it.
      if (lineEnd < end) {
        end = lineEnd;
        stoppedAtClause = false;
      }
    }
  }
  if (closingQuote === null) end = emojiStart(normalized, from, end);
  if (closingQuote === null) end = placeDateStart(normalized, from, end);
  if (closingQuote === null) end = unmarkedClauseStart(normalized, from, end);
  if (closingQuote === null && !citesDocuments) {
    // `về … 2021 - 2025 và Báo cáo số 215/BC-UBND ngày …`: the sentence goes on to cite another
    // document, which the title must not swallow.
    LIST_CONNECTIVE.lastIndex = 0;
    const titleSkeleton = skeleton.slice(from, end);
    let connective: RegExpExecArray | null;
    while ((connective = LIST_CONNECTIVE.exec(titleSkeleton)) !== null) {
      const after = from + connective.index + connective[0].length;
      // `… và khoản 1 Điều 6 Thông tư số 55/2021/TT-BCA`: articles of another document, too.
      const locator = ARTICLE_LOCATOR.exec(skeleton.slice(after, after + 40));
      // `hướng dẫn khoản 1 và khoản 2 Điều 31 Nghị định số 20/2021/NĐ-CP …`: the locator after
      // `và` goes on with one the title names before it (7 of 7 annotated titles keep both).
      if (
        locator !== null &&
        LOCATOR_BEFORE.test(
          normalized.slice(Math.max(from, from + connective.index - 16), from + connective.index),
        )
      ) {
        LIST_CONNECTIVE.lastIndex = connective.index + 1;
        continue;
      }
      // `… năm 2025 và căn cứ Luật Chăn nuôi năm 2018, …`: the grounds the sentence goes on to give;
      // `… và hơn hai năm triển khai Nghị quyết …`: the time it has carried another out.
      const andAct = locator === null && connective[0] === ' VA ';
      const repealing = andAct ? REPEALING_LEAD.exec(skeleton.slice(after, after + 64)) : null;
      const lead =
        locator === null
          ? (CITATION_LEAD.exec(skeleton.slice(after, after + 32)) ??
            repealing ??
            (andAct && !CARRYING_OUT_WORD.test(titleSkeleton.slice(0, connective.index))
              ? CARRYING_OUT_LEAD.exec(skeleton.slice(after, after + 48))
              : null))
          : null;
      let cited = after + (locator?.[0].length ?? lead?.[0].length ?? 0);
      // `… và bãi bỏ Điều 6 của Thông tư số 04/2014/TT-BGDĐT`: the articles the sentence's act
      // takes, then their document.
      if (repealing !== null && lead === repealing) {
        cited += ARTICLE_LOCATOR.exec(skeleton.slice(cited, cited + 40))?.[0].length ?? 0;
      }
      // `… và các Kế hoạch số 45, 46-KH/HU …`: documents of one type listed after a determiner.
      const determiner = LISTED_DETERMINER.exec(skeleton.slice(cited, cited + 6));
      const citedDocument = cited + (determiner?.[0].length ?? 0);
      if (
        ((startsWithNumberedCitation(skeleton.slice(citedDocument, citedDocument + 40)) ||
          (startsUpper(normalized.slice(cited, cited + 2)) &&
            startsWithAbbreviatedCitation(skeleton.slice(cited, cited + 16))) ||
          startsWithBodiedCitation(skeleton.slice(cited, cited + 100))) &&
          !AMENDS_ARTICLES_OF.test(normalized.slice(from, cited))) ||
        (NAMED_LAW_WITH_YEAR.test(skeleton.slice(cited, cited + 80)) &&
          !AMENDED_ARTICLES.test(normalized.slice(from, cited))) ||
        (connective[0] === ' VA ' &&
          locator === null &&
          LAW_NAMED_AFTER.test(normalized.slice(cited, cited + 12)) &&
          !DOCUMENT_NAMED_IN.test(normalized.slice(from, cited))) ||
        // `… về xử lý kỷ luật cán bộ, công chức, viên chức và Luật sửa đổi, bổ sung một số điều của
        // Luật Cán bộ, công chức và Luật Viên chức năm 2019`: an amending law, named by its formula,
        // unless the title names the law it amends (`… biện pháp thi hành Luật Phòng cháy và chữa
        // cháy và Luật sửa đổi, bổ sung …`, a decree's own name: 7 of 7 annotated).
        (connective[0] === ' VA ' &&
          locator === null &&
          AMENDING_LAW_NAMED.test(normalized.slice(cited, cited + 48)) &&
          !DOCUMENT_NAMED_IN.test(normalized.slice(from, cited))) ||
        // `… trong tình hình mới và Nghị quyết Trung ương 4 khoá XII`, `… và Nghị quyết Đại hội XIII
        // của Đảng`: a Party plenum's or congress's resolution named after `và`, one more the
        // sentence cites (3 of 3 annotated).
        (connective[0] === ' VA ' &&
          locator === null &&
          PARTY_MEETING_RESOLUTION.test(skeleton.slice(cited, cited + 40))) ||
        // `… vật liệu nổ công nghiệp và QCVN 01:2019/BCT về an toàn …`, `… và TCVN 11041-2:2017`: a
        // technical regulation or a standard the sentence cites besides (2 of 2 annotated).
        (connective[0] === ' VA ' && STANDARD_CITED.test(normalized.slice(cited, cited + 16))) ||
        // `… giai đoạn 2021 - 2025 và UBND huyện ban hành Quyết định 2210/QĐ-UBND …`: a body that
        // issues a document of its own, the sentence's next clause.
        (connective[0] === ' VA ' &&
          locator === null &&
          startsWithOrganisation(normalized, cited) &&
          issuesCitationAt(skeleton, cited))
      ) {
        end = from + connective.index;
        // It ended at the next citation, not at the clause: no main clause to look for.
        stoppedAtClause = false;
        break;
      }
      LIST_CONNECTIVE.lastIndex = connective.index + 1;
    }
  }
  if (closingQuote === null && citesDocuments) {
    const cut = outrankedCitationStart(skeleton, from, end, holderType);
    if (cut >= 0) {
      end = cut;
      stoppedAtClause = false;
    }
  }
  if (closingQuote === null && stoppedAtClause) end = adjunctTitleEnd(prepared, from, end);
  if (closingQuote === null) end = purposeClauseStart(normalized, from, end);
  if (closingQuote === null) end = unopenedBracketAt(normalized, from, end);
  let text = trimTitleMarks(collapse(normalized.slice(from, end)));
  // A title does not end on a connective: `về công tác văn thư và các | quy định hiện hành`
  // lists what the sentence cites besides this document.
  if (closingQuote === null && DANGLING_LAST_WORDS.some((word) => text.endsWith(word)))
    text = text.replace(DANGLING_LIST_TAIL, '');
  if (!text) return null;
  return { text, end };
}

/**
 * `(kèm chỉ thị số 08-ct/tu về thực hành tiết kiệm …).pdf`, `Xem (Chỉ thị số 08-CT/TU về …) tại
 * đây`: a bracket the title did not open closes the aside the reference stands in, and the title
 * with it (no annotated title holds one; 9 end right before one).
 */
function unopenedBracketAt(normalized: string, from: number, end: number): number {
  // A title is at most `TITLE_MAX` characters: one pass over it, no search past its end.
  let depth = 0;
  for (let at = from; at < end; at++) {
    const code = normalized.charCodeAt(at);
    if (code === 0x28) depth++;
    else if (code === 0x29) {
      if (depth === 0) return at;
      depth--;
    }
  }
  return end;
}

/**
 * `Nghị định số 24/2012/NĐ-CP về quản lý hoạt động kinh doanh vàng để doanh nghiệp không …`, `…
 * về đăng ký phương tiện thủy nội địa để các cơ sở đóng tàu tra cứu`: after a topic (`về …`), `để`
 * and whom it serves is why the sentence mentions the document (all 3 annotated titles there end
 * before it). A title that directs (`tuyên truyền, vận động … thay đổi tập quán để người chết …`)
 * and one that acts (`phê duyệt mức hỗ trợ … để các hộ chuyển sang …`: 13 annotated) keep it.
 */
const TOPIC_OPENER_BEFORE = /(?:^|\s)về\s+$/u;
const PURPOSE_FOR_WHOM =
  / để (?:các|những|mọi|người|doanh nghiệp|cơ sở|hộ|nhân dân|người dân|cơ quan|địa phương) /u;
function purposeClauseStart(normalized: string, from: number, end: number): number {
  const window = normalized.slice(from, end);
  if (!window.includes(' để ')) return end;
  if (!TOPIC_OPENER_BEFORE.test(normalized.slice(Math.max(0, from - 4), from))) return end;
  if (DIRECTIVE_TITLE.test(window)) return end;
  const purpose = PURPOSE_FOR_WHOM.exec(window);
  return purpose ? from + purpose.index : end;
}

/**
 * `V/v hướng dẫn quyết toán thuế năm 2024     Hà Phong, ngày 18 tháng 02 năm 2025`: a letterhead's
 * place and date, the next column or line of its header, run on after the subject line.
 */
const PLACE_DATE = new RegExp(String.raw`(?:[ \t]{2,}|[ \t]*\n[ \t]*)` + PLACE_AND_DAY, 'u');

/**
 * A letterhead's place and date beside its number, its `V/v` subject line under them. One space
 * may open the column: a tab between the columns (a letterhead copied out of a word processor's
 * table) is one space in the normalized text.
 */
const DATE_COLUMN_THEN_SUBJECT = new RegExp(
  String.raw` +${PLACE_AND_DAY}[ \t]+năm[ \t]+\d{4}[ \t]*(?=\n[ \t]*[Vv]\/[Vv][ \t])`,
  'uy',
);

/** Where the place and date at `position` end when the letter's subject line follows, else -1. */
function dateColumnEnd(normalized: string, position: number): number {
  // The cheap test first: a space opens the column.
  if (normalized.charCodeAt(position) !== 0x20) return -1;
  DATE_COLUMN_THEN_SUBJECT.lastIndex = position;
  return DATE_COLUMN_THEN_SUBJECT.test(normalized) ? DATE_COLUMN_THEN_SUBJECT.lastIndex : -1;
}

/**
 * The clause words a title typed without any marks runs into, which `TITLE_EVENT` knows only
 * printed: `… da duoc trien khai …` (`đã được`), `… co hieu luc tu ngay …` (`có hiệu lực`), a
 * passive's agent `… duoc Dang uy xa quan triet …` (no annotated unmarked title holds one; 9 end
 * there), and the comma's openers `UNMARKED_CLAUSE_OPENERS` (`, de nghi`, `, kem theo`, an
 * inspection team's `, doan kiem tra …`, a deadline's `, han bao cao …`), a chat's `, a …`, `, e
 * …`, `, anh …`, `, c …` or `, em …` (the writer and the reader: `…, a in giup e 5 ban nhe`; no
 * annotated title holds one, 11 end there), the writer's `e`, `em` before a verb without a comma
 * (`… vung lu em da gui cac xa roi`: `CHAT_WRITER_VERBS`), a chat's `, con …` (`còn`: 2 of 2 end
 * there; not a child's or an animal's `con`), and a chat's `thì` before the clause's subject or
 * tense word (`… ve quy che phong hop khong giay thi e da up len …`; `thi` alone is also an exam,
 * `thi tot nghiep`). Bare `duoc` is a title's often (`danh sach … duoc ho tro`), and so is `khong
 * duoc` (`nhung dieu dang vien khong duoc lam`); a tense word after a comma is not looked for
 * (`dang` is also `dâng`: `trieu cuong, nuoc dang do bao`).
 */
const UNMARKED_CLAUSE = new RegExp(
  String.raw`,? (?:(?:da|se|dang|cung|van) duoc|duoc(?= [A-Z])|co hieu luc|da ban hanh)(?![a-z])|, (?:${UNMARKED_CLAUSE_OPENERS.map(withoutMarks).join('|')})(?![a-z])|, (?:a|e|anh|c|em)(?= (?!hung(?![a-z]))[a-z])| (?:(?<!(?:diem|muc|khoan) )[aec]|(?<!(?:${EM_NOUN_BEFORE.map(withoutMarks).join('|')}) )em) (?=(?:${CHAT_WRITER_VERBS.map(withoutMarks).join('|')})(?![a-z]))|, con (?!(?:em|chau|nguoi|giong|nuoi|trai|gai|lon|bo|ga|vit|ca|tom|de|trau|cho|meo|so|dau|duong|tau|nha)(?![a-z]))| thi (?=(?:e|em|a|anh|chi|minh|toi|cac|moi|da|se|chua|khong|van|dang|phai|huyen|tinh)(?![a-z]))| roi(?= (?:a|nhe|nha|do)(?![a-z]))| co(?= \d)|, (?:chi|mn|ae) (?=(?:${CHAT_WRITER_VERBS.map(withoutMarks).join('|')}|doc)(?![a-z]))| (?:da )?(?:ky|ban hanh|duyet|gui|trinh) chua(?![a-z])| da (?:ky|gui|duyet|trinh|up|chuyen|nop)(?![a-z])|, (?:xa|huyen|phuong|truong|ben) minh(?![a-z])| chu (?=(?:ko|khong|k) phai(?![a-z]))| chua(?= (?:a|nhe|nhi|ha)(?![a-z]))`,
);
/**
 * Where a title typed without any marks reaches an unmarked clause word (`end` if none, or if the
 * stretch holds a marked letter: printed text has its words found by `TITLE_EVENT`).
 */
function unmarkedClauseStart(normalized: string, from: number, end: number): number {
  if (holdsMarkedLetter(normalized, from, end)) return end;
  const clause = UNMARKED_CLAUSE.exec(normalized.slice(from, end));
  return clause ? from + clause.index : end;
}

/** Where a letterhead's place and date start between `from` and `end` (`end` if none). */
function placeDateStart(normalized: string, from: number, end: number): number {
  const stretch = normalized.slice(from, end);
  // The cheap test first: few titles hold `, ngày`.
  if (!stretch.includes(', ngày')) return end;
  const match = PLACE_DATE.exec(stretch);
  return match ? from + match.index : end;
}

/**
 * Where a title in a sentence's opening adjunct ends when it ran to the main clause's verb or to
 * the full stop: `Thực hiện Nghị quyết số 26-NQ/TW … về nông nghiệp, nông dân, nông thôn, thu
 * nhập bình quân của cư dân nông thôn tỉnh đã tăng gấp 4,2 lần.` The adjunct needs a main clause
 * after it, and a long last item after a comma is that clause's subject or the clause itself (a
 * name's items are short), so the title ends at that comma. `end` unchanged otherwise.
 */
function adjunctTitleEnd(prepared: PreparedText, from: number, end: number): number {
  const { normalized } = prepared;
  let comma = itemCommaBefore(normalized, from, end);
  if (comma <= from) return end;
  // `…, 20 năm qua Nghị quyết 24 đã đi vào cuộc sống`: a short item citing a document is the
  // clause's subject too (the document the adjunct carries out).
  if (
    wordsBetween(normalized, comma + 1, end) < MAIN_CLAUSE_MIN_WORDS &&
    !citesNumberedDocument(prepared.skeleton.slice(comma + 1, end)) &&
    // `…, huyện đảo Hòn Nhạn đã hoàn thành …`: a place named by its unit, the clause's subject.
    !PLACE_NAMED_SUBJECT.test(normalized.slice(comma + 1, end))
  ) {
    // `… về kinh doanh hàng miễn thuế, hàng hóa bày bán … phải chịu sự kiểm tra, giám sát hải
    // quan.`: a short last item after a clause's own predicate is that clause's, which opened at
    // the comma before.
    const previous = itemCommaBefore(normalized, from, comma);
    if (
      previous <= from ||
      wordsBetween(normalized, previous + 1, comma) < MAIN_CLAUSE_MIN_WORDS ||
      !PREDICATE_WORD.test(normalized.slice(previous + 1, comma))
    )
      return end;
    comma = previous;
  }
  // A time that opens the sentence before the adjunct is no part of it (`Từ ngày 15/12/2007, theo
  // Nghị quyết số 32/2007/NQ-CP … về …, người đi mô tô … phải …`).
  const opening = sentenceOpening(normalized, from).replace(LEADING_TIME, '');
  // The reference stands in the adjunct itself: no comma has closed it before the title.
  // A `;` inside the title ends a preamble's item (`Căn cứ …;`): no main clause to look for.
  // A set phrase's comma in an earlier title of the adjunct closes nothing (`Thực hiện Nghị quyết
  // số 29-NQ/TW … về đổi mới căn bản, toàn diện giáo dục và đào tạo và Nghị quyết số 88/2014/QH13
  // … về …, ngành giáo dục tỉnh … đã hoàn thành …`).
  const openingComma = itemCommaBefore(normalized, from - opening.length - 1, from);
  if (
    !(openingComma >= from - opening.length
      ? opensTimedAdjunctAfterComma(normalized.slice(openingComma, from))
      : isFrontedAdjunct(opening)) ||
    lastIndexWithin(normalized, ';', from + 1, end) >= 0
  )
    return end;
  return comma;
}

/** `, thực hiện theo …` after a title's words. */
const ACTS_UNDER_AFTER = /^\s*thực hiện theo\s/u;
/** The fewest words before the comma that make a finished item, not a verb paired with `báo cáo`. */
const REPORTED_ITEM_MIN_WORDS = 4;
/** `, báo cáo … trước ngày 15 …` after a title's words: a report due by a day. */
const REPORT_BY_DEADLINE_AFTER = /^\s*báo cáo(?:\s+[^\s,;.]+){0,10}?\s+trước\s+(?:ngày\s+)?\d/u;
/** The most characters between a comma and the bracket that closes around it. */
const BRACKET_CLOSE_REACH = 60;
/** Whether `index` stands inside a bracket the title opened, which closes soon in the sentence. */
function insideTitleBrackets(window: string, index: number): boolean {
  const open = window.lastIndexOf('(', index);
  if (open < 0 || window.lastIndexOf(')', index) > open) return false;
  const close = window.indexOf(')', index);
  return (
    close >= 0 && close - index <= BRACKET_CLOSE_REACH && !/[.;(]/u.test(window.slice(index, close))
  );
}

/**
 * The last comma between `from` and `before` that separates items, or -1: a set phrase's own
 * comma is no item's (`… tăng cường phòng, chống cá độ bóng đá …`), nor a decimal comma (`… tăng
 * từ 8,4% lên 21,7%`). Commas are looked for after `from` only (a title without one must not cost
 * a search of all the text before it).
 */
function itemCommaBefore(normalized: string, from: number, before: number): number {
  let comma = lastIndexWithin(normalized, ',', from + 1, before);
  while (
    comma > from &&
    (isDecimalComma(normalized, comma) ||
      holdsPhraseWithComma(normalized, comma, normalized.slice(comma + 1, comma + 80)))
  )
    comma = lastIndexWithin(normalized, ',', from + 1, comma);
  return comma;
}

/**
 * Whether skeleton text starts with a citation whose body stands before its number (`Nghị quyết
 * của Ban Thường vụ Huyện ủy Krông Sa số 10-NQ/HU`).
 */
function startsWithBodiedCitation(rest: string): boolean {
  if (!startsWithTypeWord(rest)) return false;
  const words = rest.split(' ', TYPE_WORD_MAX_WORDS + 2);
  const length = typeWordLength(words);
  if (length < 0) return false;
  // The body follows the type word itself (`Hướng dẫn thi hành … của Nghị định số …` is a verb's).
  return BODY_THEN_NUMBER.test(rest.slice(words.slice(0, length).join(' ').length));
}
const BODY_THEN_NUMBER = /^ CUA [^.;:()\d]{2,80}? SO {0,3}:? {0,3}\d/u;

/** Whether a stretch of skeleton holds a type word with its number (`NGHI QUYET 24`). */
function citesNumberedDocument(skeletonSlice: string): boolean {
  for (let word = 0; word < skeletonSlice.length;) {
    if (
      skeletonSlice.charCodeAt(word) !== 0x20 &&
      startsWithNumberedCitation(skeletonSlice.slice(word))
    )
      return true;
    const space = skeletonSlice.indexOf(' ', word);
    if (space < 0) break;
    word = space + 1;
  }
  return false;
}

/** How many words stand between `from` and `to` (runs of non-space), counted without a split. */
function wordsBetween(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let index = from; index < to; index++) {
    const space = isWhiteSpaceCode(text.charCodeAt(index));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * Where the sentence holding `index` starts: after the last sentence break (`. `, `;`, a blank
 * line; a single line break may fall inside a citation copied out of a PDF, but not before a
 * legal text's next block, `BLOCK_OPENING`) within 300 characters, read backwards.
 */
function sentenceStart(text: string, index: number): number {
  const floor = Math.max(0, index - 300);
  for (let at = index - 1; at > floor; at--) {
    const code = text.charCodeAt(at);
    if (isWhiteSpaceCode(code)) {
      const previous = text.charCodeAt(at - 1);
      if (previous === 0x2e || previous === 0x3b || previous === 0x21 || previous === 0x3f)
        return at + 1;
      if (code === 0x0a) {
        // `Số 112-KH/HU     Vĩnh Hòa, ngày 20 tháng 8 năm 2024\nThực hiện Chỉ thị số …`: the
        // letterhead's line ends where the letter's text opens.
        BLOCK_OPENING.lastIndex = at + 1;
        if (BLOCK_OPENING.test(text)) return at + 1;
        // A blank line: another line break before this one, with only white space between.
        let back = at - 1;
        while (
          back >= floor &&
          isWhiteSpaceCode(text.charCodeAt(back)) &&
          text.charCodeAt(back) !== 0x0a
        )
          back--;
        if (back >= floor && text.charCodeAt(back) === 0x0a) return at + 1;
      }
    }
  }
  return floor;
}

/**
 * A legal text's next block after a line break (`Căn cứ …`, `Thực hiện …`, `Kính gửi: …`), as
 * `TITLE_EVENT` knows them: a sentence starts there, whatever the line before ends with.
 */
const BLOCK_OPENING =
  /[ \t]*(?:Căn cứ|Theo đề nghị|Xét đề nghị|Kính gửi|Nơi nhận|Thực hiện)(?![\p{L}])/uy;

/** A day, month or year that opens a sentence, and its comma (`Từ ngày 15/12/2007, `, `Năm 2024, `). */
const LEADING_TIME =
  /^\s*(?:(?:[Tt]ừ|[Kk]ể từ|[Đđ]ến|[Tt]rước|[Ss]au|[Tt]rong)\s+)?(?:[Nn]gày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|[Nn]ăm\s+\d{4}|[Tt]háng\s+\d{1,2}(?:\s*[/.-]\s*\d{4})?)\s*,\s*/u;

/** The sentence's text before `index` (see `sentenceStart`). */
function sentenceOpening(normalized: string, index: number): string {
  return normalized.slice(sentenceStart(normalized, index), index);
}
/**
 * Whether the opening's last comma hands over to an adjunct of time, the reference in it (`Theo
 * ông Phan Đình Lực, Hạt trưởng …, từ khi UBND thị xã ban hành Kế hoạch số 58/KH-UBND … về …, tình
 * trạng …`): the main clause still follows it.
 */
function opensTimedAdjunctAfterComma(opening: string): boolean {
  let adjunct = opening.slice(opening.lastIndexOf(',') + 1).trim();
  // `…, Phó Bí thư … nhấn mạnh: “Sau gần hai năm thực hiện Nghị quyết số 12-NQ/HU …`: a speaker
  // named with commas, then the quoted words after the colon.
  const colon = adjunct.lastIndexOf(':');
  // Quoted or not (`… nhớ lại: từ khi có Chỉ thị 100-CT/TW … và sau đó là Nghị quyết …`).
  if (colon >= 0)
    adjunct = adjunct
      .slice(colon + 1)
      .replace(OPENING_QUOTE, '')
      .trimStart();
  // `…, từ khi Nghị định số 37/2024/NĐ-CP … có hiệu lực, …`: the document is the adjunct's own
  // subject, and the clause word its title ran to is the adjunct's verb, not the main clause's.
  return TIMED_ADJUNCT.test(adjunct) && !DOCUMENT_AFTER_WHEN.test(adjunct);
}
/** A document right after `từ khi`, the adjunct's own subject (printed). */
const DOCUMENT_AFTER_WHEN = new RegExp(String.raw`^(?:kể )?từ khi\s+${DOCUMENT_TYPE_WORD}`, 'iu');
/** A place named by its unit and its name, the whole of an item (`huyện đảo Hòn Nhạn`). */
const PLACE_NAMED_SUBJECT =
  /^\s*(?:tỉnh|thành phố|huyện(?: đảo)?|quận|thị xã|xã|phường|thị trấn)(?:\s+\p{Lu}[\p{L}-]*)+\s*$/u;
/** A clause's predicate word: a modal, a tense word, a copula or a passive. */
const PREDICATE_WORD = /\s(?:phải|đã|sẽ|đang|được|bị|là|cần)\s/u;
/** A last item this long after a comma is a clause, not a name's item. */
const MAIN_CLAUSE_MIN_WORDS = 5;

/**
 * A sticky field pattern and the bit that says which first characters (after the leading
 * spaces) can start it. Eleven patterns are tried after every reference and most fail on that
 * first character, so a table read tells first, instead of a regex call.
 */
interface FieldPattern {
  regex: RegExp;
  bit: number;
}
/** Per first character, the bits of the patterns it can start. */
const ASCII_START_BITS = new Uint32Array(0x80);
const OTHER_START_BITS = new Map<number, number>();
let fieldPatternCount = 0;

/** `firstCharacters`: what the pattern's first non-space character can be (read off it). */
function fieldPattern(regex: RegExp, firstCharacters: string): FieldPattern {
  // One bit per pattern in a Uint32Array (31: the sign bit is left alone).
  if (fieldPatternCount === 31) throw new Error('fieldPattern: more than 31 field patterns');
  const bit = 1 << fieldPatternCount++;
  for (let offset = 0; offset < firstCharacters.length; offset++) {
    const code = firstCharacters.charCodeAt(offset);
    if (code < 0x80) ASCII_START_BITS[code] = (ASCII_START_BITS[code] ?? 0) | bit;
    else OTHER_START_BITS.set(code, (OTHER_START_BITS.get(code) ?? 0) | bit);
  }
  return { regex, bit };
}
const FOOTNOTE_FIELD = fieldPattern(
  FOOTNOTE,
  '[\u00B9\u00B2\u00B3\u2070\u2074\u2075\u2076\u2077\u2078\u2079',
);
const DATE_FIELD = fieldPattern(DATE_AFTER, ',NC(');
/**
 * `ngày 2/10`, `ngày 02-10`, `ngày 2 tháng 10`: a day written without its year, as chats and local
 * news date a document of the year. No ISO date is made of it, but what follows (`của UBND xã
 * về …`) is still the document's, so reading goes on past it.
 */
const YEARLESS_DATE_FIELD = fieldPattern(
  / {0,3},? {0,3}NGAY {0,3}\d{1,2} {0,2}(?:[/.-] {0,2}\d{1,2}|THANG {1,3}\d{1,2})(?![\d/.-]| {0,2}[/.-] {0,2}\d| {1,3}NAM)/y,
  ',N',
);
const YEAR_FIELD = fieldPattern(YEAR_AFTER, 'N(');
const TERM_FIELD = fieldPattern(TERM_AT, ',(K');
/** `… của Bộ Chính trị năm 2016`: no comma (`…, năm 2024 toàn huyện …` opens the next clause). */
const BODY_YEAR_FIELD = fieldPattern(/ {0,3}NAM {1,3}(\d{4})(?!\d)/y, 'N');
const OF_BODY_FIELD = fieldPattern(OF_BODY, ',CG');
const BY_BODY_FIELD = fieldPattern(BY_BODY, ',D');
const ISSUED_BY_FIELD = fieldPattern(ISSUED_BY, ',DB');
const PASSED_BY_FIELD = fieldPattern(PASSED_BY, ',D');
const PLENUM_BODY_FIELD = fieldPattern(PLENUM_BODY, 'HD');
const ISSUED_TAIL_FIELD = fieldPattern(ISSUED_TAIL, 'BTKL');
const SESSION_FIELD = fieldPattern(SESSION, ',TK');
// `“Thông báo số 245/TB-UBND” về việc …`: a quotation of the symbol closes before its title.
const TITLE_ABOUT_FIELD = fieldPattern(TITLE_ABOUT, ',:V\u201D"');
const TITLE_QUOTED_FIELD = fieldPattern(TITLE_QUOTED, ',:"\'\u201C\u2018');
const TITLE_COLON_FIELD = fieldPattern(TITLE_COLON, ':');
/** `… Quyết định số 1251-QĐ/HU cùng ngày …`: `cùng ngày` with no date after it. */
const BARE_SAME_DAY_FIELD = fieldPattern(
  / {0,3},? {0,3}CUNG {1,3}NGAY(?! {0,3}\d)(?![A-Z])/y,
  ',C',
);
/** Where a bare `cùng ngày` at `position` ends (the day of the document cited before), else -1. */
export function bareSameDayEnd(skeleton: string, position: number): number {
  return stickyEndAt(BARE_SAME_DAY_FIELD, skeleton, position);
}
/**
 * `Công văn số 2356/UBND-VX gửi các sở, ngành về việc rà soát …`, `… tới các sở, ngành về việc
 * …`: the addressees between the symbol and its `về` title (seven annotations of nine read that
 * title).
 */
const SENT_TO_FIELD = fieldPattern(
  / {1,3}(?:GUI|TOI) {1,3}(?:[A-Z\d&]+,? {1,3}){1,10}?(?=(?:VE VIEC|V\/V|VE)(?![A-Z]))/y,
  'GT',
);
/** Where the addressees at `position` end, before the `về` that opens the title; else -1. */
function sentToEnd(prepared: PreparedText, position: number): number {
  const end = stickyEndAt(SENT_TO_FIELD, prepared.skeleton, position);
  if (end < 0) return -1;
  // `… gửi về Ủy ban Kiểm tra …` has no addressee before `về`, which the pattern already
  // refuses; a `về` in capitals inside mixed-case text is an addressee's name word.
  return isLowerChar(prepared.normalized.slice(end, end + 1), 0) ? end : -1;
}
/** A chat's particles closing what it says (`… chấp thuận rồi`, `… rồi ạ`). */
const TRAILING_CHAT_PARTICLES = /(?:\s+(?:rồi|roi|r|ạ|nhé|nhe|nha))+$/u;
/**
 * After a submission's `trình`: the body it goes to (a capital, a word or a few), then what it asks
 * that body to do (`trình UBND tỉnh phê duyệt …`, `trình HĐND huyện phê chuẩn …`, `trình Chính phủ
 * dự thảo Nghị định …`); not past a `và` (`trình Đại hội và thông qua`: adopted after it).
 */
const TITLE_SUBMITTED_FOR =
  /^\s+\p{Lu}\S*(?:\s+(?!và\s)\S+){0,5}?\s+(?:phê duyệt|phê chuẩn|ban hành|thông qua|dự thảo)(?![\p{L}])/u;
const TITLE_VERB_FIELD = fieldPattern(
  TITLE_VERB,
  '-' + [...new Set(ANY_TITLE_VERBS.map((verb) => toSkeleton(verb)[0] ?? ''))].join(''),
);

/** The marks that close a quoted title (`”`, `"`). */
const CLOSING_QUOTES = '”"';
const MAX_LEADING_SPACES = 8;

/** Whether the first non-space character at or after `position` can start `pattern`. */
function mayStartAt(pattern: FieldPattern, text: string, position: number): boolean {
  // No pattern allows more than eight leading spaces (` {0,3},? {0,3}\(? {0,2}` of TERM_AT).
  const limit = Math.min(text.length, position + MAX_LEADING_SPACES + 1);
  let index = position;
  while (index < limit && text.charCodeAt(index) === 0x20) index++;
  if (index >= limit) return false;
  const code = text.charCodeAt(index);
  const bits = code < 0x80 ? (ASCII_START_BITS[code] ?? 0) : (OTHER_START_BITS.get(code) ?? 0);
  return (bits & pattern.bit) !== 0;
}

function stickyAt(pattern: FieldPattern, text: string, position: number): RegExpExecArray | null {
  if (!mayStartAt(pattern, text, position)) return null;
  pattern.regex.lastIndex = position;
  return pattern.regex.exec(text);
}

/**
 * Where the sticky `pattern` matching at `position` ends, or -1: for shapes whose extent is all
 * that is read (`của`, `do`, `ban hành`, `:`), `test` and `lastIndex` without a match array.
 */
function stickyEndAt(pattern: FieldPattern, text: string, position: number): number {
  if (!mayStartAt(pattern, text, position)) return -1;
  pattern.regex.lastIndex = position;
  return pattern.regex.test(text) ? pattern.regex.lastIndex : -1;
}

/**
 * After a date that follows a comma, a subject named with a capital and its verb: the date opens
 * the next clause (`… của Thanh tra Chính phủ, ngày 10-01-2025 UBND tỉnh ban hành Kế hoạch …`).
 */
const CLAUSE_AFTER_DATE =
  /^\s*,?\s*\p{Lu}[^\s,;.]*(?:\s+[^\s,;.]+){0,7}?\s+(?:đã\s+|vừa\s+)?(?:ban hành|ký|có|tổ chức|triển khai|thông qua|phê duyệt)(?![\p{L}])/u;
const COMMA_FIRST = /^ {0,3},/u;

/**
 * Reads the date at `position` into `fields` (once); returns the position after it. With the
 * printed text, a date after a comma that opens the next clause is left to it.
 */
function readDate(
  skeleton: string,
  fields: ParsedFields,
  position: number,
  normalized?: string,
): number {
  if (fields.date) return position;
  const match = stickyAt(DATE_FIELD, skeleton, position);
  if (!match) return Math.max(position, stickyEndAt(YEARLESS_DATE_FIELD, skeleton, position));
  const date = dateFromMatch(match, 1);
  if (!date) return position;
  const end = match.index + match[0].length;
  if (
    normalized !== undefined &&
    COMMA_FIRST.test(match[0]) &&
    CLAUSE_AFTER_DATE.test(normalized.slice(end, end + 100))
  )
    return position;
  fields.date = date.iso;
  fields.dateYear = date.year;
  fields.dateShared = match[0].includes('CUNG');
  return match.index + match[0].length;
}

/** Reads the term (`khóa XIII`) at `position` into `fields` (once); returns the position after it. */
function readTerm(skeleton: string, fields: ParsedFields, position: number): number {
  if (fields.term) return position;
  const match = stickyAt(TERM_FIELD, skeleton, position);
  if (!match) return position;
  const value = match[1] ?? '';
  fields.term = /^\d+$/u.test(value) ? toRoman(Number(value)) : value;
  return match.index + match[0].length;
}

/**
 * The issuing formula after a named law's name and year, when it dates the law: `do X ban hành
 * ngày …`, `(đã) được X (khóa …)(, Kỳ họp thứ …) thông qua ngày …`. Without the date the
 * formula tells the sentence's story, not the citation's (the dev gold leaves `Luật Thủ đô năm
 * 2024 được Quốc hội khóa XV thông qua tại Kỳ họp thứ 7` without body or term). The other fields
 * of a named law (titles) are not read after its name.
 */
export function parseIssuedBy(
  prepared: PreparedText,
  position: number,
  allCaps: boolean,
): ParsedFields | null {
  const { skeleton } = prepared;
  let openerEnd = stickyEndAt(BY_BODY_FIELD, skeleton, position);
  if (openerEnd < 0) openerEnd = stickyEndAt(PASSED_BY_FIELD, skeleton, position);
  if (openerEnd < 0) return null;
  const body = parseBody(prepared, openerEnd, allCaps);
  if (!body) return null;
  const fields: ParsedFields = {
    date: null,
    dateYear: null,
    attachedYear: null,
    dateShared: false,
    issuingBody: body.text,
    term: null,
    title: null,
    titleVerbLed: false,
    bodyAfterTitle: false,
    dateAfterTitle: false,
    end: position,
  };
  const end = readIssuingVerb(skeleton, fields, body.end);
  if (end < 0) return null;
  fields.end = end;
  return fields.date === null ? null : fields;
}

/**
 * What follows a body that needs its issuing verb (`do X ban hành`, `được X thông qua`): the
 * term, the session (`Kỳ họp thứ 9`), the verb and its date. Returns where they end, or -1
 * without the verb (the term it read stays in `fields` for the caller to undo).
 */
function readIssuingVerb(skeleton: string, fields: ParsedFields, bodyEnd: number): number {
  let at = readTerm(skeleton, fields, bodyEnd);
  const sessionEnd = stickyEndAt(SESSION_FIELD, skeleton, at);
  if (sessionEnd >= 0) at = sessionEnd;
  const verbEnd = stickyEndAt(ISSUED_TAIL_FIELD, skeleton, at);
  return verbEnd < 0 ? -1 : readDate(skeleton, fields, verbEnd);
}

/**
 * An aside that translates the document itself (`Decree No. 13/2023/ND-CP on …`, `English:
 * Circular …`, `Personal Data Protection Decree`, `on private economic development`), or points
 * to a file, rather than glossing the title's last words.
 */
const TRANSLATES_DOCUMENT =
  /\b(?:Decree|Circular|Resolution|Law|Directive|Decision|Conclusion|Regulation|Letter|Dispatch|Instruction|No\.)\b|^\s*(?:English|Pursuant|on|often|file|List)\b/iu;
/** Printable ASCII only, with a lower-case word in it (not initials such as `(BLTTHS)`): an aside in another language, symbols taken out. */
const FOREIGN_ASIDE_TEXT = /^[\x20-\x27\x2a-\x7e]*[a-z]{3}[\x20-\x27\x2a-\x7e]*$/u;
/** What an unaccented aside may be in Vietnamese: a date, a term, `ban hành …`, a title. */
const VIETNAMESE_ASIDE_START = /^\s*(?:\d|ngay\b|khoa\b|ban hanh\b|ve\b|sua doi\b)/iu;

/**
 * Past an aside in another language right after the span (`Nghị định số 100/2019/NĐ-CP
 * (Decree No. 100/2019/ND-CP) ngày 30/12/2019 của Chính phủ`), so the date, body and title after
 * it are still the reference's. Only plain ASCII in parentheses that cannot be one of the
 * reference's own fields typed without marks.
 */
function skipForeignAside(normalized: string, position: number): number {
  let open = position;
  while (normalized.charCodeAt(open) === 0x20) open++;
  // `(…)`, or `[…]` as a gloss is also printed (`… năm 2024 [Decision on the 2024 e-commerce …]`).
  const opener = normalized.charCodeAt(open);
  if ((opener !== 0x28 && opener !== 0x5b) || open - position > 3) return position;
  const close = indexWithin(normalized, opener === 0x28 ? ')' : ']', open + 1, open + 91);
  if (close < 0) return position;
  // Symbols keep their Vietnamese letters in any language (`Circular 29/2024/TT-BGDĐT`).
  const aside = normalized.slice(open + 1, close).replace(/\S*\d\S*/gu, '');
  if (!FOREIGN_ASIDE_TEXT.test(aside) || VIETNAMESE_ASIDE_START.test(aside)) return position;
  return close + 1;
}

/**
 * What the 2025 reorganisation prints after a body that was merged or renamed: `(cũ)` or `(mới)`,
 * part of the body's name (captured), and an aside on what it became or was (`(nay là Sở Nội
 * vụ)`, `(trước sắp xếp)`), skipped, so the date and title after it are still the reference's.
 */
const STATUS_ASIDE =
  /[ \t]{0,3}[(（][ \t]*(?:(cũ|mới)|trước đây|(?:trước|sau)(?: khi)? (?:sắp xếp|sáp nhập|hợp nhất)[^()\n]{0,60}|nay (?:là|thuộc|đã sáp nhập vào) [^()\n]{1,80})[ \t]*[)）]/iuy;

function statusAsideAt(normalized: string, position: number): RegExpExecArray | null {
  // Most bodies are followed by no bracket: a character test before the pattern.
  let open = position;
  while (open - position < 3 && (normalized[open] === ' ' || normalized[open] === '\t')) open++;
  if (normalized[open] !== '(' && normalized[open] !== '（') return null;
  STATUS_ASIDE.lastIndex = position;
  return STATUS_ASIDE.exec(normalized);
}

/** `cùng ngày` opening a date (skeleton). */
const SHARED_DAY_AFTER = /^ {0,3},? {0,3}CUNG {1,3}NGAY {0,3}\d/u;

/**
 * `… báo cáo kết quả thực hiện KH số 89/KH-UBND về Phòng Văn hóa và Thông tin huyện trước ngày
 * …`: `về` before an office is `to`, where the report goes, and opens no title.
 */
function isAddresseeAt(normalized: string, position: number): boolean {
  return ADDRESSEE.test(normalized.slice(position, position + 12));
}
const ADDRESSEE = /^(?:Phòng|Sở|Văn phòng|Ủy ban|Uỷ ban|UBND|Cục|Chi cục)\s/u;

/**
 * A headline's comment after its colon: what readers need to know (`…: doanh nghiệp cần lưu ý
 * gì?`, `…: những điểm doanh nghiệp cần biết`), or a question.
 */
const COLON_COMMENT = /^\s*(?:[^\s.;:]+\s+){0,4}?(?:cần|nên)(?![\p{L}])|^[^.;:\n]{0,60}\?/u;

/**
 * The whole province, district or country as what follows a colon is about (`… công bố hiện trạng
 * rừng thông năm 2024: toàn tỉnh có 48.626,3 ha …`): the findings, not the title's words (no
 * annotated title holds one after its colon).
 */
const WHOLE_UNIT_FIRST =
  /^\s*(?:toàn|cả)\s+(?:tỉnh|huyện|thành phố|thị xã|xã|phường|nước|quốc|ngành|vùng)(?![\p{L}])/u;

/** A number first, after any spaces: `: 15.000 đồng`, `: 0236.3822.115`. */
const DIGIT_FIRST = /^\s*\d/u;

/**
 * Whether the colon before `colonEnd` opens the document's name on the same line; not a list
 * it introduces (`… theo Quy định số 124-QĐ/TW:\n+ Hoàn thành …`), a number it gives
 * (`…: 0236.3822.115`), nor a headline's own words after a capital (`Nghị định 168: Vượt đèn
 * đỏ, ô tô bị phạt …`, `NGHỊ QUYẾT 57: Tỉnh Hà Phong dành …`): a name goes on in lower case
 * (`… của Bộ Chính trị: đột phá …`), or in capitals in a heading all in capitals.
 */
function colonOpensTitle(
  normalized: string,
  position: number,
  colonEnd: number,
  allCaps: boolean,
): boolean {
  return (
    !normalized.slice(position, colonEnd).includes('\n') &&
    !DIGIT_FIRST.test(normalized.slice(colonEnd, colonEnd + 4)) &&
    // `… theo Kế hoạch số 1024/KH-ĐHCN: ngày 08/9 tại hội trường …`: a schedule, not a title.
    !DATED_AFTER_COLON.test(normalized.slice(colonEnd, colonEnd + 16)) &&
    !isListMark(normalized.charCodeAt(colonEnd)) &&
    !ENGLISH_AFTER.test(normalized.slice(colonEnd, colonEnd + 60)) &&
    // `… của Tổng cục Thống kê: dân số cả nước tại thời điểm … là 96.208.984 người`: a figure
    // the document gives, not its name.
    !FIGURE_GIVEN.test(normalized.slice(colonEnd, colonEnd + 90)) &&
    // `… ngày 30/12/2024 ban hành bởi UBND thành phố …: khu vực bán hoa Tết được tổ chức tại 6
    // điểm`: a subject and its tense word within seven words, what the document says (no
    // annotated title opens after a colon so; 18 texts give none).
    !CLAUSE_AFTER_COLON.test(normalized.slice(colonEnd, colonEnd + 80)) &&
    (!UPPER_START.test(normalized.slice(colonEnd, colonEnd + 2)) ||
      (allCaps && isAllCaps(normalized.slice(colonEnd, colonEnd + 30))))
  );
}
/**
 * `… NGHỊ QUYẾT SỐ 57-NQ/TW CỦA BỘ CHÍNH TRỊ: PHÚ ĐIỀN KHAI TRƯƠNG …`: in a headline in capitals,
 * after the body that issued the document, the colon opens the news the headline reports (18 of
 * the 19 annotated such headlines give no title), except a dispatch's instruction (`CÔNG ĐIỆN SỐ
 * 05/CĐ-UBND CỦA CHỦ TỊCH UBND TỈNH: RÀ SOÁT …`).
 */
function isHeadlineNewsAfterBody(skeleton: string, position: number, type: string | null): boolean {
  return (
    type !== 'Công điện' &&
    BODY_BEFORE_COLON.test(skeleton.slice(Math.max(0, position - 100), position))
  );
}
/** `CỦA <body>` on the line before the colon (skeleton). */
const BODY_BEFORE_COLON = /(?:^|[^A-Z])CUA [^:\n]*$/u;
/** A day and its date right after a colon (`ngày 08/9`, `từ ngày 15/10`, `thứ Hai 08/9`). */
const DATED_AFTER_COLON = /^(?:từ\s+)?(?:ngày|thứ\s+\S+)\s+\d{1,2}[/.-]\d/iu;
/**
 * `Thông báo số 56/TB-ĐLHP: planned interruption on the 22kV feeder …`: a bilingual notice's
 * English line, no Vietnamese letter in it and English function words, is no title (a
 * Vietnamese title typed without marks has no `of`, `from`, `with` or `for`; `the` may be
 * `thẻ`).
 */
const ENGLISH_AFTER = /^[\x20-\x7e]*\b(?:of|from|with|for)\b[\x20-\x7e]*$/u;
/**
 * A downloaded file's description in brackets after a title: `(bản PDF, 1,2 MB)`, `(file Word)`,
 * `(định dạng PDF, 1,2 MB)`, or its edition, `(bản cập nhật tháng 9/2024)`, `(ban cap nhat …)`,
 * `(ban PDF …)` typed without marks (no annotated title holds a `(bản …`; 38 end before one), or
 * its file typed without marks, `(tep dinh kem: …)`, what is attached, `(đính kèm 03 phụ lục)`,
 * `(dinh kem 2 tep)`, its size, `(dung lượng 2,4 MB …)`, or what
 * comes with it, `(kèm phụ lục phân bổ …)`, `(kèm theo danh sách)`.
 */
const FILE_ASIDE =
  /^(?:[Bb]ản |BẢN |ban (?=[a-z]|PDF|WORD|DOC|SCAN)|BAN (?:PDF|WORD|DOC|SCAN)|[Tt]ệp |TỆP |tep (?=dinh )|[Đđ]ính kèm |ĐÍNH KÈM |dinh kem |[Ff]ile |FILE |[Đđ]ịnh dạng |ĐỊNH DẠNG |dinh dang |[Dd]ung lượng |DUNG LƯỢNG |dung luong |(?:[Kk]èm|KÈM|kem) (?:theo|phụ lục|PHỤ LỤC|phu luc)(?![\p{L}]))/u;
/** `+`, `-`, `•`: a bullet, not the first letter of a name. */
function isListMark(code: number): boolean {
  return code === 0x2b || code === 0x2d || code === 0x2022;
}

/** A letter or a digit. */
const WORD_CHARACTER = /^[\p{L}\d]$/u;
/** A clause word opening a quotation (see `opensQuotedTitle`). */
const QUOTED_SPEECH = /^\s*(?:đã|là|được|sẽ|vẫn|cũng|đang|không|chưa|rất)\s/u;
/**
 * Whether the quote `found` at `position` opens a title. A straight quote glued to the span closes
 * the quotation the reference stands in (`… đề nghị thẩm định dự thảo "Quyết định sửa đổi …
 * Quyết định số 25/2021/QĐ-UBND", dự kiến …`); a quote that opens on a clause word is what someone
 * says of the document (`… Kế hoạch 52 “đã đi vào thực chất”`), not its name.
 */
function opensQuotedTitle(normalized: string, position: number, found: RegExpExecArray): boolean {
  if (
    found[0].length === 1 &&
    (found[1] === '"' || found[1] === "'") &&
    WORD_CHARACTER.test(normalized[position - 1] ?? '')
  )
    return false;
  const textStart = found.index + found[0].length;
  // `… theo Nghị định 08/2022/NĐ-CP, “nhiều cơ sở nhỏ lẻ không đủ năng lực …”`: after a comma, a
  // quotation opening in lower case is what someone says (no annotated title opens so; a quoted
  // name opens with its capital).
  if (found[0].includes(',') && isLowerChar(normalized, textStart)) return false;
  return !QUOTED_SPEECH.test(normalized.slice(textStart, textStart + 12));
}

/**
 * The title at `position` (quoted, after `về`, after a colon, or opened by a title verb when
 * `allowVerbTitle`), and where reading stopped; `title` null when there is none.
 */
function readTitle(
  prepared: PreparedText,
  position: number,
  allCaps: boolean,
  allowVerbTitle: boolean,
  type: string | null,
): { title: string | null; end: number; verbLed: boolean } {
  const { skeleton } = prepared;
  let title: string | null = null;
  let verbLed = false;
  // `Số: 412/SVHTTDL-QLDS     Tây Lĩnh, ngày 16 tháng 01 năm 2025\nV/v tăng cường …`: the
  // letterhead's place and date, in the column beside the number, stand before its subject line.
  const letterheadEnd = dateColumnEnd(prepared.normalized, position);
  if (letterheadEnd >= 0) position = letterheadEnd;
  const found = stickyAt(TITLE_QUOTED_FIELD, skeleton, position);
  const quoted = found && opensQuotedTitle(prepared.normalized, position, found) ? found : null;
  if (quoted) {
    const opening = quoted[1] ?? '"';
    const closing = opening === '\u201C' ? '”' : opening === '\u2018' ? '’' : opening;
    let from = quoted.index + quoted[0].length;
    const about = /^ {0,2}(?:VE VIEC|VE)(?![A-Z]) {0,2}/u.exec(skeleton.slice(from, from + 12));
    if (about) from += about[0].length;
    const read = parseTitleText(prepared, from, closing);
    if (read) {
      title = read.text;
      position = read.end + 1;
    }
  } else {
    const aboutEnd = stickyEndAt(TITLE_ABOUT_FIELD, skeleton, position);
    const about = aboutEnd >= 0;
    const aboutIsLower =
      about && (allCaps || LOWER.test(prepared.normalized.slice(position, aboutEnd)));
    const colonEnd = about ? -1 : stickyEndAt(TITLE_COLON_FIELD, skeleton, position);
    const colon = colonEnd >= 0;
    const verb =
      about || colon || !allowVerbTitle ? null : stickyAt(TITLE_VERB_FIELD, skeleton, position);
    const verbStart = verb ? verb.index + verb[0].search(/[A-Z]/u) : 0;
    const verbWords = verb
      ? printedVerb(prepared.normalized.slice(verbStart, verb.index + verb[0].length).toLowerCase())
      : '';
    const verbIsLower =
      verb &&
      opensTitle(verbWords, type) &&
      // A headline's verb in capitals too (`… CỦA BAN THƯỜNG VỤ TỈNH ỦY\nQuy định 05 năm 2024 nêu
      // rõ …`: the article's first sentence on the next line, a short form, not the title).
      ((allCaps && isAllCaps(prepared.normalized.slice(verbStart, verb.index + verb[0].length))) ||
        LOWER.test(prepared.normalized[verbStart] ?? '') ||
        // `Kết Luận Số 150-KL/TW Của Bộ Chính Trị Hướng Dẫn Công Tác …`: a Title Case headline
        // capitalises its verb as every word around it.
        isTitleCaseAround(prepared.normalized, verbStart) ||
        // `Quyết định số 1876/QĐ-UBND Phê duyệt Đề án …`: a line that opens with the document
        // and goes on with its title as a sentence, the download's or the listing's name.
        isHeadlineReferenceBefore(prepared.normalized, verbStart)) &&
      // A submission's `trình` opens its title only before the approval it asks for.
      (verbWords !== 'trình' ||
        TITLE_SUBMITTED_FOR.test(
          prepared.normalized.slice(verb.index + verb[0].length, verb.index + verb[0].length + 60),
        )) &&
      // `Luật số 12/2017/QH14 quy định rõ …`: the sentence says what the document lays down.
      !SENTENCE_VERB_AFTER.test(
        skeleton.slice(verb.index + verb[0].length, verb.index + verb[0].length + 8),
      ) &&
      !AGENT_AFTER.test(
        prepared.normalized.slice(verb.index + verb[0].length, verb.index + verb[0].length + 6),
      ) &&
      !WHERE_OR_WHEN_AFTER.test(
        prepared.normalized.slice(verb.index + verb[0].length, verb.index + verb[0].length + 12),
      );
    let from = -1;
    if (about && aboutIsLower && (allCaps || !isAddresseeAt(prepared.normalized, aboutEnd)))
      from = aboutEnd;
    else if (
      colon &&
      colonOpensTitle(prepared.normalized, position, colonEnd, allCaps) &&
      !(allCaps && isHeadlineNewsAfterBody(skeleton, position, type))
    )
      from = colonEnd;
    else if (verb && verbIsLower) from = verbStart;
    if (from >= 0) {
      const nested = stickyAt(TITLE_QUOTED_FIELD, skeleton, from);
      const closing = nested ? (nested[1] === '\u201C' ? '”' : (nested[1] ?? null)) : null;
      const read = parseTitleText(
        prepared,
        nested ? nested.index + nested[0].length : from,
        closing,
        (verbIsLower === true &&
          CARRYING_OUT_VERBS.has(verbWords) &&
          // `tuyên truyền về an toàn du lịch mạo hiểm và Công văn số …`: a topic after `về`, not
          // documents, is what it spreads; the citation after `và` is the sentence's.
          !TOPIC_AFTER.test(
            prepared.normalized.slice(verb.index + verb[0].length, verb.index + verb[0].length + 5),
          )) ||
          CARRIES_OUT_DOCUMENTS.test(prepared.normalized.slice(from, from + 64)),
        type,
      );
      if (read) {
        // `… gửi các đảng ủy về nội dung này`: the matter spoken of before, no title of its own.
        title = ANAPHORIC_TITLE.test(read.text) ? null : read.text;
        position = read.end;
        verbLed = from === verbStart && verbIsLower === true;
      }
    }
  }
  return { title, end: position, verbLed };
}

/** `về` right after a verb: what follows is a topic (`tuyên truyền về …`). */
const TOPIC_AFTER = /^\s*về\s/u;

/** A title that only points back (`nội dung này`, `vấn đề trên`, `việc nêu trên`). */
const ANAPHORIC_TITLE =
  /^(?:(?:các|những)\s+)?(?:nội dung|vấn đề|việc|sự việc|vụ việc)\s+(?:này|trên|nêu trên|đó|nói trên)$/u;

/**
 * A title whose object is the documents it carries out (`hướng dẫn thi hành một số điều của Luật
 * Quản lý thuế và Nghị định số 126/2020/NĐ-CP …`, `triển khai thực hiện Nghị quyết số 66-NQ/TW và
 * Nghị quyết số 68-NQ/TW …`): `và <citation>` stays in it. Without `thi hành` or `thực hiện` (`quy
 * định chi tiết một số điều của Luật Cư trú và khoản 1 Điều 6 Thông tư số 55 …`) the annotated
 * texts read the next citation as the sentence's own, and so with a task carried out (`hướng dẫn
 * thực hiện nhiệm vụ năm học … và Kế hoạch số …`): the object must be documents. `triển khai` alone
 * carries out a document cited by its symbol or a law by its name (`triển khai Công điện số
 * 192/CĐ-TTg … và Chỉ thị số 14-CT/TU …`: 5 of 5 annotated); after a short form (`triển khai Chỉ
 * thị 07 và Hướng dẫn số 19-HD/BTGTU …`) the annotators read the next citation as the sentence's (2
 * of 2).
 */
const CARRIES_OUT_DOCUMENTS =
  /^(?:(?:hướng dẫn|quy định chi tiết|triển khai) (?:thi hành|thực hiện)\s+(?:\p{Lu}|(?:một số |các )?(?:điều|khoản|chương)\s|các\s+\p{Lu})|triển khai\s+(?:Luật\s+\p{Lu}|\p{Lu}[^\d,;.]{0,30}?\s(?:số\s+)?\d{1,5}(?:\/\d{4})?[-/]\p{Lu}))/u;
/**
 * The verbs of a plan's, a programme's or a guide's title that carry documents out (`Kế hoạch số
 * 45-KH/HU thực hiện Quy định 08 và Hướng dẫn số …`): `và <citation>` stays in its title. A plan's
 * other verbs (`kiểm tra …`, `phát triển …`, `phòng, chống …`) name its own work: a citation after
 * `và` is the sentence's (no annotated title led by one holds it; 41 end there), as after a
 * decision's own verbs, which act on persons and bodies (`… điều động đồng chí … và Quyết định số
 * 1453-QĐ/TU chỉ định …` cites the next decision).
 */
const CARRYING_OUT_VERBS: ReadonlySet<string> = new Set([
  'thực hiện',
  'thi hành',
  'cụ thể hóa',
  'cụ thể hoá',
  'tuyên truyền',
  'tổng kết',
  'sơ kết',
  // A consolidated text names the documents it consolidates (`hợp nhất Thông tư số 06/2021/TT-BXD
  // và Thông tư số 12/2023/TT-BXD`).
  'hợp nhất',
]);

/**
 * The title after a document named without a number (`Nghị quyết Trung ương 4 khóa XII về xây
 * dựng, chỉnh đốn Đảng`): its other fields come from the name.
 */
export function parseTitleAfter(
  prepared: PreparedText,
  spanEnd: number,
  allCaps: boolean,
): string | null {
  // `Nghị quyết Đại hội XIII: 100% đảng viên …` reports, it does not name the title.
  if (stickyEndAt(TITLE_COLON_FIELD, prepared.skeleton, spanEnd) >= 0) return null;
  return readTitle(prepared, spanEnd, allCaps, false, null).title;
}

/**
 * `… quyết định 2105 của huyện, …`, `KH 172/KH-UBND của tỉnh và CV 1633/UBND-KT của huyện → …`, a
 * chat's `cua huyen ve …`: the district or the province itself named as the body, in lower case (9
 * of the 10 annotated bare units; the tenth is a central resolution's, `Nghị quyết số 18-NQ/TW của
 * tỉnh`, where `của tỉnh` is the steering committee's before it), or its Party committee (`chi thi
 * 27-CT/TU cua tinh uy`, `… của huyện ủy về …`: all 6 annotated).
 */
const BARE_UNIT =
  /^(?:(?:tỉnh|huyện|thành|quận|thị|tinh|huyen|thanh|quan|thi) (?:ủy|uỷ|uy)|huyện|tỉnh|xã|phường|quận|thị xã|thành phố|huyen|tinh|xa|phuong|quan|thi xa|thanh pho)(?=$|[\s,.;:!?)→])(?!\s+(?:ủy|uỷ|uy|và\s+\p{Lu}|\p{Lu}|\d))/u;
/** A central body's symbol ending (skeleton): `18-NQ/TW`, `100/2019/NĐ-CP`, `15/2023/QH15`. */
const CENTRAL_SYMBOL_END = /(?:\/TW|[-/](?:CP|TTG|QH\d*|UBTVQH\d*|BCT|BBT|VPCP|TANDTC|VKSNDTC))$/u;
function bareUnitBodyAt(
  prepared: PreparedText,
  from: number,
  spanEnd: number,
): { text: string; end: number } | null {
  const unit = BARE_UNIT.exec(prepared.normalized.slice(from, from + 24));
  if (!unit) return null;
  if (CENTRAL_SYMBOL_END.test(prepared.skeleton.slice(Math.max(0, spanEnd - 16), spanEnd)))
    return null;
  return { text: unit[0], end: from + unit[0].length };
}

/** Where `của` or `giữa` and its spaces end at `position` (-1 if not there), `cửa` aside. */
function ofBodyEndAt(prepared: PreparedText, position: number): number {
  const end = stickyEndAt(OF_BODY_FIELD, prepared.skeleton, position);
  if (end < 0) return -1;
  const word = prepared.normalized.slice(position, end).trim().replace(/^,\s*/u, '');
  return DOOR_WORD.test(word) ? -1 : end;
}

/** Fields that follow a reference span, in the grammar's order (references.md §3). */
export function parseFieldsAfter(
  prepared: PreparedText,
  spanEnd: number,
  allCaps: boolean,
  allowVerbTitle: boolean,
  /** The document's type as written, when known: some verbs open a title only after some types. */
  type: string | null = null,
): ParsedFields {
  const { skeleton } = prepared;
  const fields: ParsedFields = {
    date: null,
    dateYear: null,
    attachedYear: null,
    dateShared: false,
    issuingBody: null,
    term: null,
    title: null,
    titleVerbLed: false,
    bodyAfterTitle: false,
    dateAfterTitle: false,
    end: spanEnd,
  };
  let position = spanEnd;
  const footnoteEnd = stickyEndAt(FOOTNOTE_FIELD, skeleton, position);
  if (footnoteEnd >= 0) position = footnoteEnd;
  position = skipForeignAside(prepared.normalized, position);
  position = readDate(skeleton, fields, position, prepared.normalized);
  if (!fields.date) {
    const year = stickyAt(YEAR_FIELD, skeleton, position);
    if (year) {
      fields.attachedYear = Number(year[1]);
      position = year.index + year[0].length;
    }
  }
  position = readTerm(skeleton, fields, position);
  // Issuing body: `của X`, `giữa X`, `do X ban hành (ngày …)`, `được X (khóa …) thông qua (ngày …)`.
  let openerEnd = ofBodyEndAt(prepared, position);
  if (openerEnd < 0) openerEnd = stickyEndAt(ISSUED_BY_FIELD, skeleton, position);
  const ofBody = openerEnd >= 0;
  if (openerEnd < 0) openerEnd = stickyEndAt(BY_BODY_FIELD, skeleton, position);
  if (openerEnd < 0) openerEnd = stickyEndAt(PASSED_BY_FIELD, skeleton, position);
  let plenumBody = false;
  if (openerEnd < 0) {
    openerEnd = stickyEndAt(PLENUM_BODY_FIELD, skeleton, position);
    // Capitalised as a name (`Hội nghị`), not the common noun of a clause (`hội nghị đã …`).
    plenumBody = openerEnd >= 0 && (allCaps || !isLowerChar(prepared.normalized, openerEnd));
    if (!plenumBody) openerEnd = -1;
  }

  if (openerEnd >= 0) {
    const body =
      parseBody(
        prepared,
        openerEnd,
        allCaps,
        ofBody || plenumBody ? 3 : 6,
        type?.endsWith('liên tịch') === true,
      ) ?? (ofBody ? bareUnitBodyAt(prepared, openerEnd, spanEnd) : null);
    if (body) {
      let after = body.end;
      let accepted = ofBody || plenumBody;
      if (!accepted) {
        // `do X ban hành`, `được X thông qua`: a body only with its issuing verb.
        const verbEnd = readIssuingVerb(skeleton, fields, after);
        if (verbEnd >= 0) {
          accepted = true;
          position = verbEnd;
          after = verbEnd;
        } else {
          fields.term = null;
        }
      }
      if (accepted) {
        fields.issuingBody = body.text;
        position = Math.max(position, after);
        // `… của Ban Thường vụ Huyện ủy Tân Khê[2] về …`: a footnote mark after the body, and
        // `… của Chính phủ (Decree No. 45/2020/ND-CP) về …`, a translation beside it.
        position = Math.max(position, stickyEndAt(FOOTNOTE_FIELD, skeleton, position));
        position = skipForeignAside(prepared.normalized, position);
        const status = statusAsideAt(prepared.normalized, position);
        if (status) {
          if (status[1] !== undefined) fields.issuingBody = `${body.text} (${status[1]})`;
          position += status[0].length;
        }
        position = readTerm(skeleton, fields, position);
        // `… của Hội đồng nhân dân tỉnh Lâm Thủy khóa X, kỳ họp thứ 19 quy định mức chi …`: the
        // council's session after its term, before the title.
        if (fields.term !== null)
          position = Math.max(position, stickyEndAt(SESSION_FIELD, skeleton, position));
        position = readDate(skeleton, fields, position, prepared.normalized);
        // `Nghị quyết số 01-NQ/ĐU của Đảng ủy xã ban hành ngày 2/7/2025`: the body's issuing verb
        // and the day it issued the document, as after `do X ban hành`.
        if (ofBody && fields.date === null) {
          const verbEnd = stickyEndAt(ISSUED_TAIL_FIELD, skeleton, position);
          const dateEnd = verbEnd >= 0 ? readDate(skeleton, fields, verbEnd) : -1;
          if (fields.date !== null) position = dateEnd;
        }
        // `… của Bộ Chính trị năm 2016 về …`: the year the body's name stopped before.
        const year = stickyAt(BODY_YEAR_FIELD, skeleton, position);
        if (year) {
          position = readDate(skeleton, fields, year.index + year[0].length);
          if (fields.date === null) fields.attachedYear ??= Number(year[1]);
          position = readTerm(skeleton, fields, position);
        }
      }
    }
  }
  // Title, after a bare `cùng ngày` (`Hướng dẫn số 03-HD/BCĐ cùng ngày về …`: the date is the
  // document's before it, which the caller gives it).
  const titleFrom = Math.max(position, bareSameDayEnd(skeleton, position));
  const titleRead = readTitle(
    prepared,
    Math.max(titleFrom, sentToEnd(prepared, titleFrom)),
    allCaps,
    allowVerbTitle,
    type,
  );
  // `… có Thông báo số 76-TB/TU đồng ý.`: a verb with no object names nothing (no annotated
  // title is a verb alone), nor one a chat closes with its particle (`… của UBND xã chấp thuận
  // rồi`).
  fields.title =
    titleRead.verbLed &&
    titleRead.title !== null &&
    TITLE_VERB_SET_ANY.has(titleRead.title.replace(TRAILING_CHAT_PARTICLES, ''))
      ? null
      : titleRead.title;
  fields.titleVerbLed = titleRead.verbLed;
  position = titleRead.end;
  // `Nghị quyết số 20-NQ/TW về … và Nghị quyết số 21-NQ/TW về … cùng ngày 25/10/2017 của Ban
  // Chấp hành Trung ương Đảng khóa XII`: the date the list shares, and its body, after the title.
  if (
    fields.title !== null &&
    fields.date === null &&
    SHARED_DAY_AFTER.test(skeleton.slice(position, position + 16))
  ) {
    position = readDate(skeleton, fields, position);
    const ofEnd = fields.date !== null ? ofBodyEndAt(prepared, position) : -1;
    const body = ofEnd >= 0 ? parseBody(prepared, ofEnd, allCaps, 3) : null;
    if (body) {
      fields.issuingBody = body.text;
      position = readTerm(skeleton, fields, body.end);
    }
  }
  // `… về bảo vệ dữ liệu cá nhân do Chính phủ ban hành ngày 17/4/2023`: the body after the title.
  if (fields.issuingBody === null && fields.title !== null) {
    const datedBefore = fields.date !== null;
    const byEnd = stickyEndAt(BY_BODY_FIELD, skeleton, position);
    if (byEnd >= 0) {
      const body = parseBody(prepared, byEnd, allCaps);
      const tailEnd = body ? stickyEndAt(ISSUED_TAIL_FIELD, skeleton, body.end) : -1;
      if (body && tailEnd >= 0) {
        fields.issuingBody = body.text;
        fields.bodyAfterTitle = true;
        position = tailEnd;
        position = readDate(skeleton, fields, position);
      }
    }
    // `Chương trình số 09/CTr-LĐLĐ ngày 01/11/2024 “Tết Sum vầy – Xuân gắn kết” của Liên đoàn Lao
    // động tỉnh …`: a quoted title, then the body it is of.
    if (
      fields.issuingBody === null &&
      CLOSING_QUOTES.includes(prepared.normalized[position - 1] ?? '')
    ) {
      const ofEnd = ofBodyEndAt(prepared, position);
      const body = ofEnd >= 0 ? parseBody(prepared, ofEnd, allCaps, 3) : null;
      if (body) {
        fields.issuingBody = body.text;
        position = readTerm(skeleton, fields, body.end);
      }
    }
    // `… về thí điểm xử lý nợ xấu được Quốc hội khóa XIV thông qua ngày 21/6/2017`; not when
    // the title cites a document, whose formula it is (`Lệnh … công bố Luật … đã được …`),
    // unless that document is named by another year than the formula's (`… sửa đổi một số điều
    // của Hiến pháp năm 2013 được Quốc hội thông qua ngày 16/6/2025`: a law is named by the year
    // it was passed). The cheap test first: most titles are not followed by a formula at all.
    const formula =
      fields.issuingBody === null && stickyEndAt(PASSED_BY_FIELD, skeleton, position) >= 0
        ? parseIssuedBy(prepared, position, allCaps)
        : null;
    const passed =
      formula !== null &&
      (!containsTypeWord(toSkeleton(titleObject(fields.title, fields.titleVerbLed))) ||
        citedInAnotherYear(fields.title, formula.dateYear))
        ? formula
        : null;
    if (passed) {
      fields.issuingBody = passed.issuingBody;
      fields.bodyAfterTitle = true;
      fields.term ??= passed.term;
      if (fields.date === null) {
        fields.date = passed.date;
        fields.dateYear = passed.dateYear;
      }
      position = passed.end;
    }
    fields.dateAfterTitle = !datedBefore && fields.date !== null;
  }
  fields.end = position;
  return fields;
}

/**
 * What a title names after its verb: `quy định tiêu chuẩn …` opens with a verb that is also a
 * type word (`Quy định`), and cites no document by it.
 */
function titleObject(title: string, verbLed: boolean): string {
  return verbLed && title.startsWith('quy định ') ? title.slice('quy định '.length) : title;
}

/** A year ending a title, the year of the document it names (`… của Hiến pháp năm 2013`). */
const TITLE_END_YEAR = /(?:^|\s)(?:năm\s+)?((?:19|20)\d\d)$/u;

/** Whether the title ends in a named document's year and a formula's date is of another year. */
function citedInAnotherYear(title: string, formulaYear: number | null): boolean {
  const year = TITLE_END_YEAR.exec(title);
  return year !== null && formulaYear !== null && Number(year[1]) !== formulaYear;
}

const ADVERBS = wordsPattern(ISSUING_ADVERBS.map(toSkeleton));
/** The adverbs after the verb, as the skeleton patterns of the subject grammars. */
const VERB_ADVERBS = ISSUING_VERB_ADVERBS.map(([head, last]) =>
  [head, last].map(toSkeleton).join(' {1,3}'),
).join('|');
/**
 * The words `endsWithVerb` reads around the verb, as printed (`các`, `đồng thời`, `bốn`) and as
 * typed without a single mark (`cac`, `dong thoi`, `bon`: a chat's `UBND tinh ban hanh …`).
 */
interface VerbWords {
  determiner: string;
  adverbs: readonly string[];
  countEnd: RegExp;
}
const PRINTED_VERB_WORDS: VerbWords = {
  determiner: 'các',
  adverbs: ISSUING_VERB_ADVERBS.map(([head, last]) => `${head} ${last}`),
  countEnd: /(?<![\p{L}\d])(?:\d{1,2}|hai|ba|bốn)$/u,
};
const UNMARKED_VERB_WORDS: VerbWords = {
  determiner: withoutMarks(PRINTED_VERB_WORDS.determiner),
  adverbs: PRINTED_VERB_WORDS.adverbs.map(withoutMarks),
  countEnd: /(?<![\p{L}\d])(?:\d{1,2}|hai|ba|bon)$/u,
};
/** The adverbs after the verb in skeleton, their first word by their last (`THOI` → `DONG`). */
const VERB_ADVERB_HEADS = new Map(
  ISSUING_VERB_ADVERBS.map(([head, last]) => [toSkeleton(last), toSkeleton(head)]),
);

/** Whether `verb` ends `text` at `end`, at the start of the text or after white space. */
function verbEndsAt(text: string, verb: string, end: number): boolean {
  const start = end - verb.length;
  if (start < 0 || !text.startsWith(verb, start)) return false;
  return start === 0 || isWhiteSpaceCode(text.charCodeAt(start - 1));
}

/**
 * `/(?:^|\s)<verb>(?:\s+(?:đồng thời|kèm theo))?(?:\s+(?:các|<count>))?\s*$/u` for some issuing
 * verb (`… ban hành các`, `… ban hành 02`), read from the end of the text instead of one regex
 * scan of the whole text per verb.
 */
function endsWithVerb(
  text: string,
  verbs: ReadonlySet<string>,
  words: VerbWords = PRINTED_VERB_WORDS,
): boolean {
  let end = text.length;
  while (end > 0 && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
  // `… ban hành các …`, `… ban hành đồng thời …`, `… ban hành kèm theo …`: the verb stands before
  // the determiner and the adverb.
  let beforeDeterminer = endBeforeWord(text, end, words.determiner);
  // `… ban hành 02 Quyết định …`: a count stands there as `các` does (`OBJECT_COUNT`).
  if (beforeDeterminer < 0) {
    const count = words.countEnd.exec(text.slice(Math.max(0, end - 6), end));
    if (count) {
      beforeDeterminer = end - count[0].length;
      while (beforeDeterminer > 0 && isWhiteSpaceCode(text.charCodeAt(beforeDeterminer - 1)))
        beforeDeterminer--;
    }
  }
  const adverbEnd = beforeDeterminer >= 0 ? beforeDeterminer : end;
  let beforeTogether = -1;
  for (const adverb of words.adverbs) {
    beforeTogether = endBeforeWord(text, adverbEnd, adverb);
    if (beforeTogether >= 0) break;
  }
  for (const verb of verbs) {
    if (verbEndsAt(text, verb, end)) return true;
    if (beforeDeterminer >= 0 && verbEndsAt(text, verb, beforeDeterminer)) return true;
    if (beforeTogether >= 0 && verbEndsAt(text, verb, beforeTogether)) return true;
  }
  return false;
}

/** Where the text before `word`, which ends at `end` after a space, ends; -1 when it is not there. */
function endBeforeWord(text: string, end: number, word: string): number {
  const start = end - word.length;
  if (start < 1 || !text.startsWith(word, start) || !isWhiteSpaceCode(text.charCodeAt(start - 1)))
    return -1;
  let before = start - 1;
  while (before > 0 && isWhiteSpaceCode(text.charCodeAt(before - 1))) before--;
  return before;
}
/**
 * Whether the line break at `at` wraps a sentence: a letter before it, a lower-case letter after
 * it (a new sentence, a heading or a list item starts with a capital, a mark or a digit), or a
 * symbol's dash before it and its code after.
 */
function isWrappedLine(text: string, at: number): boolean {
  // `Tờ trình số 305/TTr-\nSTC của Sở Tài chính, UBND tỉnh ban hành …`: a symbol broken after its
  // dash, its code on the next line.
  if (text.charCodeAt(at - 1) === 0x2d && isCapitalLetterCode(text.charCodeAt(at + 1))) return true;
  if (!LETTER_END.test(text.slice(Math.max(0, at - 2), at))) return false;
  if (isLowerChar(text, at + 1)) return true;
  // `Chủ tịch UBND huyện\nYên Thạnh vừa ký …`: a name broken after its unit word, the place's
  // name on the next line (not another body: `… tại tỉnh\nUBND huyện ban hành …`); `… của Ban
  // Thường vụ\nTỉnh ủy, UBND tỉnh …`: a standing committee's, whose committee follows.
  const lineEnd = text.slice(Math.max(0, at - 16), at);
  return (
    (PLACE_UNIT_BEFORE_BREAK.test(lineEnd) && !startsWithOrganisation(text, at + 1)) ||
    STANDING_BEFORE_BREAK.test(lineEnd)
  );
}
const PLACE_UNIT_BEFORE_BREAK = /(?:^|\s)(?:huyện|tỉnh|xã|phường|quận|thị xã|thành phố|thị trấn)$/u;
const STANDING_BEFORE_BREAK = /(?:^|\s)Thường vụ$/u;
const LETTER_END = /\p{L}$/u;

/** A number with a slash in it (`16/19`, `10/7/2024`). */
const SLASHED_NUMBER = /^\d+\/\d/u;

/**
 * Head nouns of bodies that name no body when they stand alone (`Sở`, `Bộ`, `Ban`), and places
 * (`Tỉnh đã ban hành …`: the province, whose People's Committee or Party committee issues).
 */
const BARE_HEAD_NOUNS: ReadonlySet<string> = new Set([
  // `Hội nghị đã thông qua Quy chế số 05/QC-BVĐCT …`: the meeting, whose body is named elsewhere.
  'Hội nghị',
  'Tỉnh',
  'Huyện',
  'Xã',
  'Phường',
  // (`Sở` only in a quotation: see `parseSubjectBefore`.)
  'Bộ',
  'Ban',
  'Cục',
  'Phòng',
  'Viện',
  'Vụ',
  'Trường',
  'Đoàn',
  'Hội',
  'Tổ',
]);

/** `BARE_HEAD_NOUNS` typed without marks (`Phong vua co Cong van …`), lower case. */
const UNMARKED_BARE_HEAD_NOUNS: ReadonlySet<string> = new Set(
  [...BARE_HEAD_NOUNS].map(withoutMarks),
);

/** What ends the sentence before a subject. */
// An opening quote starts a quoted clause: `Thống đốc nói: “Ngân hàng Nhà nước đã ban hành …`.
const SENTENCE_BREAKS = ['. ', '; ', '\n', ': ', '! ', '? ', '“'];
/** A place's abbreviation before its dot (`TP.` thành phố, `TX.` thị xã, `Q.` quận, `P.` phường). */
const PLACE_ABBREVIATION_END = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...PLACE_ABBREVIATIONS].join('|')})$`,
  'u',
);
/**
 * Words after which the subject that issues starts: a verb handing the task on (`tham mưu để
 * Thủ tướng Chính phủ ban hành …`: advised so that it issues), a connective, a
 * consequence's `nên`, `vì vậy`, `do đó` (`…, nên Sở Công Thương đã có Tờ trình số …`), `và` after
 * another document's date or symbol (`… ban hành Kế hoạch số 186/KH-UBND ngày 16/8/2023 và Sở Y tế
 * có Công văn số …`, `… Công điện số 86/CĐ-TTg và Tỉnh ủy cũng có …`; not between two names, `Bộ
 * Tài chính và Bộ Nội vụ`, `Phòng Cảnh sát PCCC và CNCH`).
 */
const SUBJECT_HANDED_ON =
  /(?:^|\s)(?:chỉ đạo|lãnh đạo|giao|đề nghị|tham mưu(?: cho| để)?|trình|đồng thời|sau đó|tiếp đó|cùng ngày|khi|(?:cho )?nên|vì vậy|vì thế|do đó|do vậy|bởi vậy)\s+(?=\p{Lu})|(?<=\d|\d[-/][\p{Lu}\p{Ll}\d/-]*\p{L})\s+và\s+(?=\p{Lu})/gu;
/** A request handing the task on (`đề nghị`, `trình`), and the approving verb after its body (skeleton). */
const ASKED_BEFORE = /(?:^|\s)(?:đề nghị|trình)\s+$/u;
const APPROVING_VERB = /^ {1,3}PHE DUYET {1,3}$/u;
// `UBND tỉnh giao Sở Công Thương chủ trì xây dựng Đề án số …`: the office that leads the drafting,
// as one that advises, does not issue.
const ADVISED = /(?:^|\s)tham mưu(?:\s|$)|(?:^|\s)chủ trì(?:\s|$)/u;
/** Where the last match of the global `pattern` in `text` ends (0: none). */
function lastMatchEnd(pattern: RegExp, text: string): number {
  let end = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    end = match.index + match[0].length;
  }
  return end;
}
/** `của` and the bodies listed after it, ending a stretch (skeleton). */
const OF_LIST_BEFORE = /(?:^|[^A-Z])CUA {1,3}(?:[^,.;:()]+, {1,3})*$/u;
/**
 * The body before a listed second one: `(, )Bộ Chính trị, ` ending the window; up to six words
 * (`Tòa án nhân dân tối cao, Viện kiểm sát …`; seven would read `Báo cáo tại hội nghị cho biết, …`
 * as a newspaper's name: 4 annotated bodies lost, 1 read).
 */
const JOINT_BODY_BEFORE = /(?:^|, {1,3})((?:[^ ,.;:()]+ {1,3}){0,5}[^ ,.;:()]+), {1,3}$/u;
/** Words that end a clause's opening before its subject (`… thì Ban …`, `cho biết UBND …`). */
/** `ngày 22/5 Tỉnh ủy có Chỉ thị …`: a day before the subject, without a comma or a year. */
const DAY_AND_MONTH = /^\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?$/u;
const BEFORE_SUBJECT: ReadonlySet<string> = new Set([
  'thì',
  // `Trên cơ sở đó UBND tỉnh ban hành …`, `Sau đó Sở …`: a connective ending on `đó`.
  'đó',
  'nay',
  'rằng',
  'biết',
  'là',
  'còn',
  'để',
  // `… việc Bộ Y tế ban hành Công văn …`, `dù Ngân hàng Nhà nước đã có Công văn …`, `khi UBND
  // tỉnh ban hành …`: the act, or the concession or time, whose subject the body is.
  'việc',
  'Việc',
  'dù',
  'Dù',
  'khi',
  'Khi',
  // `…; riêng UBND huyện Bắc Khê ban hành các Quyết định …`: separately, the clause's own subject.
  'riêng',
  'Riêng',
  // `Đội Quản lý thị trường số 3 đã tham mưu Chi cục trưởng Chi cục … ban hành …`: the body
  // advised, after an adviser whose name makes the clause too long for one subject (the adviser
  // never issues: `SUBJECT_HANDED_ON`).
  'mưu',
  // `a ơi Cục Thú y có vb số 1536/TY-DT …`: a chat's call to the reader, then the subject.
  'ơi',
  'oi',
]);

/**
 * The first word in `from`–`to` (the last, with `last`) that starts an organisation's name right
 * after a word that ends a clause's opening (`… thì Ban Thường vụ …`, `chiều nay UBND tỉnh`), or -1.
 */
function organisationAfterLowerWord(
  normalized: string,
  from: number,
  to: number,
  last = false,
): number {
  let previous = '';
  let beforePrevious = '';
  let found = -1;
  let index = from;
  while (index < to) {
    while (index < to && isWhiteSpaceCode(normalized.charCodeAt(index))) index++;
    if (index >= to) break;
    if (
      (BEFORE_SUBJECT.has(previous) ||
        DAY_AND_MONTH.test(previous) ||
        // `Hôm qua Sở Công Thương có …`, `tuần qua`, `vừa qua`: the clause's time (not `thông qua`).
        (previous === 'qua' && PAST_BEFORE_QUA.has(lowerCase(beforePrevious))) ||
        // `… KCN thi UBND tinh co Cong van …`: `thì` in a text typed without marks.
        (previous === 'thi' && ASCII_ONLY.test(normalized.slice(from, to)))) &&
      startsWithOrganisation(normalized, index)
    ) {
      if (!last) return index;
      found = index;
    }
    const start = index;
    while (index < to && !isWhiteSpaceCode(normalized.charCodeAt(index))) index++;
    beforePrevious = previous;
    previous = normalized.slice(start, index);
  }
  return found;
}
/** The words before `qua` that make it a time gone by (`hôm qua`, `tuần qua`, `vừa qua` …). */
const PAST_BEFORE_QUA: ReadonlySet<string> = new Set([
  'hôm',
  'tuần',
  'vừa',
  'tháng',
  'năm',
  'gian',
]);

/** Whether an organisation's name starts at `index` (its first one to five words are a head). */
export function startsWithOrganisation(normalized: string, index: number): boolean {
  return hasOrganisationHead(normalized.slice(index, index + 32).split(/\s+/u));
}
/**
 * Whether the first one to five words are an organisation's head (`Tổng Liên đoàn`, `Phó Thủ
 * tướng Chính phủ`).
 */
function hasOrganisationHead(words: readonly string[]): boolean {
  // `UBCKNN đã ban hành …`, `NHNN ban hành …`, `BTC có …`: a body written as the code it signs
  // with, as officials and the press shorten it. In running text only: in a line of capitals
  // every word looks like a code (`SAU KHI …`).
  const first = words[0] ?? '';
  if (
    ISSUER_ACRONYM.test(first) &&
    (words.length === 1 || !isAllCaps(words[1] ?? '')) &&
    (isKnownIssuer(first) || COMMITTEE_ACRONYM.test(first))
  )
    return true;
  let head = '';
  for (let count = 0; count < 5 && count < words.length; count++) {
    head =
      count === 0
        ? (words[0] ?? '').toLowerCase()
        : `${head} ${(words[count] ?? '').toLowerCase()}`;
    if (ORGANISATION_HEAD_KEYS.has(head)) return true;
    // `Dang uy vua co Ke hoach …` (a chat typed without marks): the head typed so, capitalised as
    // a name is (`xa`, `huyen` in lower case are a bare unit's words), where none of the words
    // carries a mark (`SO VỚI …` in capitals is no `Sở`).
    if (
      UNMARKED_ORGANISATION_HEAD_KEYS.has(head) &&
      startsUpper(words[0] ?? '') &&
      !words.some((word) => MARKED.test(word))
    )
      return true;
  }
  return false;
}
/**
 * A body's head as a chat types it, in lower case, with marks or without: the councils and
 * committees (`hđnd`, `ubnd`, `ub`, `ubkt`, `mttq`), a department (`sở`, `so`), a Party committee
 * (`huyện ủy`, `tỉnh ủy`, `đảng ủy`, its standing committee `btv`, its secretary `bt`), an office
 * (`văn phòng`, `vp`, `phòng`).
 */
const CHAT_ORGANISATION_HEAD = new RegExp(
  `^(?:${[
    'hđnd',
    'ubnd',
    'ub',
    'ubkt',
    'mttq',
    'sở',
    'huyện ủy',
    'tỉnh ủy',
    'thành ủy',
    'đảng ủy',
    'btv',
    'bt',
    'văn phòng',
    'vp',
    'phòng',
  ]
    .flatMap((head) => [head, withoutMarks(head)])
    .join('|')})\\s`,
  'u',
);
/**
 * Whether `original`, the words before an issuing verb, are a body typed in lower case by a chat
 * that cites the document in lower case too (`nq`, `qd`, `công văn số …`): all 4 annotated such
 * subjects give the body (`hđnd tỉnh`, `bt huyện ủy`, `huyện ủy`, `so NN`); a citation with its
 * capitals keeps a lower-case subject out (`… huyện đã có Công văn số …`, a place's word).
 */
function isChatSubject(normalized: string, original: string, spanStart: number): boolean {
  return isLowerChar(normalized, spanStart) && CHAT_ORGANISATION_HEAD.test(`${original} `);
}
const UNMARKED_ORGANISATION_HEAD_KEYS: ReadonlySet<string> = new Set(
  ORGANISATION_HEADS.map(withoutMarks),
);
/**
 * `mới` after `nông thôn` or `đô thị` is the adjective of the programme's and the township's
 * names (`Văn phòng Điều phối nông thôn mới tỉnh`, `Ban Quản lý khu đô thị mới`), not the adverb
 * `mới` (just) before a subject's verb.
 */
function isNewAfterPlace(words: readonly string[], index: number): boolean {
  if (plainWord(words[index] ?? '') !== 'mới') return false;
  const before = `${plainWord(words[index - 2] ?? '')} ${plainWord(words[index - 1] ?? '')}`;
  return before === 'nông thôn' || before === 'đô thị';
}

/** A word in capitals that may be a body's code (`UBCKNN`, `NHNN`, `BTC`, `BGDĐT`). */
const ISSUER_ACRONYM = /^[A-ZĐ][A-ZĐ&]{1,9}$/u;
/** A committee's initials (`UBCKNN`, Ủy ban Chứng khoán Nhà nước; `UBMTTQ`), its codes aside. */
const COMMITTEE_ACRONYM = /^UB[A-ZĐ]{2,8}$/u;

/**
 * What a subject before its verb is read with (`Bộ Chính trị ban hành …`): the verbs as printed,
 * the subject's pattern, and two cheap tests run first.
 */
interface SubjectGrammar {
  verbs: ReadonlySet<string>;
  /** The verbs typed without marks (`ban hanh`, `co`), for a clause typed so. */
  unmarkedVerbs: ReadonlySet<string>;
  subject: RegExp;
  /** Cheap test first: most references are not right after such a verb. */
  endsWithVerb: RegExp;
  /** The last word of each verb, and `các`: what must stand right before the span. */
  lastWords: ReadonlySet<string>;
  /** How far before the span `endsWithVerb` looks: the longest verb, `các` and spaces. */
  reach: number;
}

/** A place's abbreviation with its dot, in the skeleton (`TP.`, `TX.`, `Q.`, `P.`). */
const PLACE_ABBREVIATION_WORD = String.raw`(?:${skeletonAlternation([...PLACE_ABBREVIATIONS])})\.`;

/**
 * A count between the verb and the first document it issues (`UBND thành phố ban hành 02 Quyết
 * định số 4521 và 4522/QĐ-UBND …`), as `các` stands there (skeleton).
 */
const OBJECT_COUNT = String.raw`(?:\d{1,2}|HAI|BA|BON)`;
const OBJECT_COUNT_WORD = new RegExp(String.raw`^${OBJECT_COUNT}$`, 'u');
/** The last words (skeleton) of the verbs a count may follow. */
const COUNTING_VERB_ENDS: ReadonlySet<string> = new Set(['HANH', 'QUA', 'KY', 'CO']);

function subjectGrammar(verbs: readonly string[]): SubjectGrammar {
  const pattern = wordsPattern(verbs.map(toSkeleton));
  return {
    verbs: new Set(verbs),
    unmarkedVerbs: new Set(verbs.map(withoutMarks)),
    subject: new RegExp(
      // `HĐND xã Phú Sơn khóa I, nhiệm kỳ 2021 - 2026 đã thông qua …`, `… khóa I (nhiệm kỳ 2025 -
      // 2030) ban hành …`: the term and the years it runs.
      // A place's abbreviation keeps its dot (`UBND TP. Hải Đăng`, `Sở … TP.HCM`); a body of before
      // the 2025 mergers keeps its `(cũ)` (`Ban Thường vụ Huyện ủy Tân Sơn (cũ) đã có …`); its
      // initials in brackets stay out (`Ủy ban Chứng khoán Nhà nước (UBCKNN) đã ban hành …`).
      // The verb may be followed by an adverb of ISSUING_VERB_ADVERBS (`ban hành kèm theo …`).
      // The session may stand between the body and its verb (`HĐND tỉnh tại kỳ họp thứ 21 đã
      // thông qua …`).
      String.raw`(?:^|, {1,3})((?:(?:${PLACE_ABBREVIATION_WORD}[A-Z]*|[^ ,.;:()]+) {1,3}){0,17}?(?:${PLACE_ABBREVIATION_WORD}[A-Z]+|[^ ,.;:()]+)(?: {1,3}\(CU\))?)(?: {1,3}\([A-Z][A-Z&]{1,9}\))?(?: {1,3}\(? {0,2}KHOA {1,3}([IVXL]{1,6}|\d{1,2})\)?(?: {0,3}(?:,? {1,3}|\( {0,2})NHIEM {1,3}KY {1,3}\d{4} {0,3}- {0,3}\d{4}(?: {0,2}\))?)?(?: {0,3},? {1,3}(?:KY {1,3}HOP|LAN) {1,3}THU {1,3}\d{1,2})?)?(?: {0,3},? {1,3}TAI {1,3}KY {1,3}HOP {1,3}THU {1,3}\d{1,2},?)?(?: {1,3}(?:${ADVERBS})){0,2} {1,3}(?:${pattern})(?: {1,3}(?:${VERB_ADVERBS}))?(?: {1,3}(?:CAC|${OBJECT_COUNT}))? {1,3}$`,
    ),
    endsWithVerb: new RegExp(
      String.raw`(?:^|[^A-Z])(?:${pattern})(?: {1,3}(?:${VERB_ADVERBS}))?(?: {1,3}(?:CAC|${OBJECT_COUNT}))? {1,3}$`,
    ),
    lastWords: new Set([...verbs.map((verb) => toSkeleton(verb).split(' ').at(-1) ?? ''), 'CAC']),
    reach: Math.max(...verbs.map((verb) => verb.length)) + 24,
  };
}

/**
 * Bodies named after their work in lower case: a project management board after its project, an
 * agency after what it manages (`Ban Quản lý dự án đầu tư xây dựng khu vực Tây Lĩnh`, `Cục Quản
 * lý xuất nhập cảnh`), a steering committee or a council after its task (`Ban Chỉ đạo giải phóng
 * mặt bằng huyện`, `Hội đồng tuyển dụng viên chức huyện`), a centre after its
 * service (`Trung tâm Phục vụ hành chính công tỉnh`), a state corporation after its trade
 * (`Tổng công ty Bảo đảm an toàn hàng hải miền Bắc`), a national committee after what it is for
 * (`Ủy ban Quốc gia về hội nhập quốc tế`), a federation after what it unites (`Liên hiệp các tổ
 * chức hữu nghị tỉnh`): a longer run of lower-case words stays in its name. `Ban QLDA` is the board's
 * usual abbreviation (`Ban QLDA đầu tư xây dựng huyện`), before its project's words (`Ban QLDA tổ
 * chức lựa chọn nhà thầu`: the board's act). The same typed without marks (`Ban Quan ly an toan
 * thuc pham thanh pho`).
 */
const NAMED_BY_ITS_WORK =
  /(?:^|\s)(?:(?:Cục|Chi cục|Ban|Ủy ban|Uỷ ban|Phòng|Sở) Quản lý|(?:Cuc|Chi cuc|Ban|Uy ban|Phong|So) Quan ly|(?:Ban QLDA|BQLDA)(?=\s+(?:đầu tư|dự án|các dự án|công trình|khu vực|chuyên ngành|phát triển))|Cục|Cơ sở cai nghiện|Ban Chỉ đạo|Ban Tổ chức|Hội đồng|Trung tâm|Công ty|Ủy ban Quốc gia|Ủy ban Nhà nước|Liên hiệp|Văn phòng Điều phối)\s/iu;
const NAMED_BY_ITS_WORK_LOWER_RUN = 10;

/**
 * Whether a run of `run` lower-case words may stand in a name whose usual limit is `limit`; the
 * name's text is read only past that limit, where a name after its work may go on.
 */
function lowerRunFits(run: number, limit: number, name: () => string): boolean {
  if (run <= limit) return true;
  if (run > NAMED_BY_ITS_WORK_LOWER_RUN) return false;
  const text = name();
  return NAMED_BY_ITS_WORK.test(text) || ASSOCIATION.test(text);
}
/**
 * An association named after its members (`Hội Nạn nhân chất độc da cam/dioxin tỉnh`, `Hội Bảo
 * trợ người khuyết tật và trẻ mồ côi`): `Hội` before a capital (case-sensitive: not `Hội nghị`).
 */
const ASSOCIATION = /(?:^|\s)Hội \p{Lu}/u;

/** A post's tag in brackets, after any emoji, opening a subject (`📢 [THÔNG BÁO] `). */
const BRACKETED_TAG = /^[^\p{L}\d[]*\[[^\]\n]{1,30}\]\s*/u;
/** A passive `được` or a document's symbol in a subject's words (printed). */
const PASSIVE_OR_SYMBOL = /(?:^|\s)được(?![\p{L}])|\d[-/][\p{Lu}\d]/u;
/** A document's number and symbol (`100/2019/NĐ-CP`, `07-QĐ/LĐ`) in a subject (skeleton). */
const SYMBOL_IN_SUBJECT = /\d[-/][A-Z\d]/u;
/** A symbol's number and its letters (`100/2019/NĐ-CP` from `9/N`, `07-QĐ/LĐ`), not a date. */
const SYMBOL_LETTERS_IN_SUBJECT = /\d[-/][A-Z]/u;
/** A demonstrative ending a subject's words (printed): `Cơ quan này`, `đơn vị đó`. */
const POINTED_BACK_END = /\s(?:này|đó|nói trên)$/u;
/** A reporting verb after the subject (skeleton). */
const REPORTED_END = / {1,3}CHO {1,3}BIET$/u;
/**
 * A speaker's other verbs (printed: in lower case a verb, not a document's type word), after the
 * subject (`UBND huyện khẳng định đã ban hành …`) or inside the words before the issuing verb,
 * another subject after it (`Đồng chí Bí thư Chi bộ thông báo UBND xã đã ban hành …`). Not `thông
 * tin`, a name's noun too (`Cục Phát thanh, truyền hình và thông tin điện tử`).
 */
const SPEECH_VERBS = String.raw`(?:cho hay|thông báo|nhấn mạnh|khẳng định)`;
const SPEECH_VERB_END = new RegExp(String.raw`\s${SPEECH_VERBS}$`, 'u');
const SPEECH_VERB_INSIDE = new RegExp(String.raw`\s${SPEECH_VERBS}\s+`, 'gu');
/** A negation right before the verb (skeleton): `không`, `chưa`, `chẳng`, `chưa từng`. */
const NEGATED_END = /(?:^|[^A-Z])(?:KHONG|CHUA|CHANG)(?: {1,3}(?:HE|TUNG))?$/u;

/** The subject that issues: `Bộ Chính trị ban hành`, `HĐND tỉnh đã thông qua`. */
const ISSUING_SUBJECT = subjectGrammar(ISSUING_VERBS);
/** The subject that carries a document out: `Đảng ủy xã triển khai …`. */
const IMPLEMENTING_SUBJECT = subjectGrammar(['triển khai', 'triển khai thực hiện']);
/** The subject that sends a paper: `UBND xã Thanh Vân Hạ gửi Giấy mời số 27/GM-UBND …`. */
// `UBND xã … gửi kèm Giấy mời số …`: sent with the letter, the same sending.
// `Đảng ủy xã gửi lên Báo cáo số …`: sent up to the level above, the same sending.
const SENDING_SUBJECT = subjectGrammar(['gửi', 'gửi kèm', 'gửi lên']);

/**
 * The body that sends its own invitation or report (`UBND xã … gửi Giấy mời số 27/GM-UBND …`,
 * `Sở Y tế đã gửi Báo cáo số …`: 27 of the 37 and 5 of the 6 annotated give the sender; a letter
 * sent on, `Văn phòng Huyện ủy gửi Công văn …`, is often another's, 7 of 53). The caller asks it
 * only for those types.
 */
export function parseSenderBefore(
  prepared: PreparedText,
  spanStart: number,
): { body: string; term: string | null } | null {
  return bodyAndTermBefore(prepared, spanStart, SENDING_SUBJECT);
}

/** The subject that posts a paper at its office: `UBND xã Hòa Bắc đã niêm yết Thông báo số …`. */
const POSTING_SUBJECT = subjectGrammar(['niêm yết', 'niêm yết công khai']);

/**
 * The body that posts its own notice or decision (`UBND xã Hòa Bắc đã niêm yết Thông báo số
 * 48/TB-UBND …`: all 5 annotations where the poster's name is the symbol's issuer and no body
 * follows give it); a body posting another's paper (`Hội đồng bồi thường huyện đã niêm yết công
 * khai Quyết định số 1742/QĐ-UBND`) or a short form without its symbol is not its issuer. The
 * poster's name spells the issuer's code, whole (`UBND`) or by its words' initials (`Ủy ban nhân
 * dân`).
 */
export function parsePosterBefore(
  prepared: PreparedText,
  spanStart: number,
  issuer: string | null,
): { body: string; term: string | null } | null {
  if (issuer === null) return null;
  // Most references follow no `niêm yết`: the cheap test first.
  if (!prepared.skeleton.slice(Math.max(0, spanStart - 24), spanStart).includes('NIEM YET'))
    return null;
  const poster = bodyAndTermBefore(prepared, spanStart, POSTING_SUBJECT);
  return poster !== null && spellsIssuer(toSkeleton(poster.body), issuer) ? poster : null;
}

/** Whether a body's name (skeleton) opens with an issuer's code or its words' initials. */
function spellsIssuer(bodySkeleton: string, issuer: string): boolean {
  const head = toSkeleton(issuerHead(issuer));
  if (head === '') return false;
  const words = bodySkeleton.split(' ').filter((word) => word !== 'VA');
  if (words[0] === head) return true;
  return (
    words
      .slice(0, head.length)
      .map((word) => word.charAt(0))
      .join('') === head
  );
}

/** The subject that submits a paper to a body: `Sở Tư pháp đã trình UBND tỉnh Tờ trình số …`. */
const SUBMITTING_SUBJECT = subjectGrammar(['trình']);
/**
 * The body a submission is put to, between `trình` and the submission (printed): a council, a
 * people's committee, a Party committee's standing board, a ministry or the government, by name.
 */
const SUBMITTED_TO =
  /(?<![\p{L}\d])(?<!tờ\s)trình\s+((?:UBND|Ủy ban|Uỷ ban|HĐND|Hội đồng|Thường trực|Ban Thường vụ|Chủ tịch|Bộ|Thủ tướng|Chính phủ|Quốc hội|Tỉnh ủy|Huyện ủy|Thành ủy|Sở)(?![\p{L}])(?:\s+[^\s,.;:()\d/]+){0,8}?)\s+(?:các\s+)?$/iu;

/**
 * The body that puts its own submission to another (`Sở Tư pháp đã trình UBND tỉnh Tờ trình số
 * 86/TTr-STP`, `UBND tỉnh đã trình HĐND tỉnh các Tờ trình số …`): a submission is signed by the
 * one who submits it (14 of the 19 annotated submissions after `trình <body>` give the subject).
 * The caller asks it only for submissions.
 */
export function parseSubmitterBefore(
  prepared: PreparedText,
  spanStart: number,
): { body: string; term: string | null } | null {
  const window = prepared.normalized.slice(Math.max(0, spanStart - 80), spanStart);
  // Most submissions follow no `trình <body>`: the cheap test first.
  if (!prepared.skeleton.slice(Math.max(0, spanStart - 80), spanStart).includes('TRINH '))
    return null;
  const recipient = SUBMITTED_TO.exec(window);
  // A body's name opens with a capital (`số`, `bộ hồ sơ` are no recipient's).
  if (!recipient?.[1] || !startsUpper(recipient[1])) return null;
  const recipientStart =
    spanStart - window.length + recipient.index + recipient[0].indexOf(recipient[1]);
  return bodyAndTermBefore(prepared, recipientStart, SUBMITTING_SUBJECT);
}

/**
 * The body that submits its own scheme (`UBND huyện Văn Lạc trình Đề án số 04/ĐA-UBND …`): a
 * scheme is drafted by the one who submits it (3 of 3 annotated), also when it names the body it
 * is put to. The caller asks it only for schemes.
 */
export function parseSchemeSubmitterBefore(
  prepared: PreparedText,
  spanStart: number,
): { body: string; term: string | null } | null {
  // `UBND thành phố Bảo Lâm trình HĐND thành phố Đề án số 04/ĐA-UBND …`: put to a body by name.
  return (
    bodyAndTermBefore(prepared, spanStart, SUBMITTING_SUBJECT) ??
    parseSubmitterBefore(prepared, spanStart)
  );
}

/**
 * The Party committees a Party issuer code names (`ĐU` a Party committee of a commune or an
 * agency, `HU` a district's, `QU` an urban district's, `TU` a province's or a city's).
 */
const COMMITTEE_OF_ISSUER: Readonly<Record<string, RegExp>> = {
  ĐU: /^Đảng (?:ủy|uỷ)(?! Khối)/iu,
  ĐUK: /^Đảng (?:ủy|uỷ) Khối/iu,
  // `Huyện ủy Yên Khê triển khai Chỉ thị số 08-CT/HU`: the committee named with its place.
  HU: /(?:^|\s)Huyện (?:ủy|uỷ)(?:\s+\p{Lu}[\p{L}-]*){0,4}$/iu,
  QU: /(?:^|\s)Quận (?:ủy|uỷ)(?:\s+\p{Lu}[\p{L}-]*){0,4}$/iu,
  TU: /(?:^|\s)(?:Tỉnh|Thành) (?:ủy|uỷ)(?:\s|$)/iu,
  // The Youth Union's provincial or city committee (`Tỉnh đoàn triển khai Kế hoạch số
  // 238-KH/TĐTN-TG`), whose symbols end in `TĐTN`.
  TĐTN: /^(?:Tỉnh|Thành) đoàn(?:\s|$)/iu,
  // A district's (`Huyện đoàn Phú Cường triển khai Kế hoạch số 27-KH/HĐTN`), named with its place.
  HĐTN: /(?:^|\s)Huyện đoàn(?:\s+\p{Lu}[\p{L}-]*){0,4}$/iu,
};

/**
 * The Party committee that carries out its own document (`Đảng ủy xã Ea Rông triển khai Kế
 * hoạch số 08-KH/ĐU`, `Quận ủy Đông Sơn triển khai Kế hoạch số 67-KH/QU`), or a State body whose
 * initials are the issuer code (`Sở Y tế triển khai Kế hoạch số 2310/KH-SYT`): the body only
 * when the subject is the body the symbol's issuer names, since most subjects carry out another
 * body's document (`Công an huyện triển khai Nghị định 168/2024/NĐ-CP`). No date: one before the
 * clause is the day it was carried out.
 */
export function parseImplementerBefore(
  prepared: PreparedText,
  spanStart: number,
  issuer: string | null,
): { body: string; term: string | null } | null {
  // Most references follow no `triển khai`: the cheap test first.
  if (issuer === null || !endsWithVerbWord(prepared.skeleton, spanStart, IMPLEMENTING_SUBJECT))
    return null;
  const head = issuerHead(issuer);
  const committee = COMMITTEE_OF_ISSUER[head];
  if (!committee && head.length < 2) return null;
  const subject = parseSubjectBefore(prepared, spanStart, IMPLEMENTING_SUBJECT);
  if (!subject) return null;
  if (committee ? !committee.test(subject.body) : !namesIssuerCode(subject.body, head)) return null;
  return { body: subject.body, term: subject.term };
}

/**
 * Whether the issuer code is the body's initials (`SYT` of `Sở Y tế`, `CAH` of `Công an huyện
 * Phước Lâm`, `BVĐK` of `Bệnh viện Đa khoa tỉnh`), any words after them its place: a State body
 * carrying out its own plan (27 of the 30 annotated subjects of `triển khai` whose initials spell
 * the plan's issuer give the body). A branch (`Ngân hàng Nhà nước chi nhánh tỉnh` under `NHNN`)
 * or a committee named after its task carries out its head office's document.
 */
function namesIssuerCode(body: string, head: string): boolean {
  const words = body.split(/\s+/u);
  const code = toSkeleton(head);
  const conjunctions = words.filter((word) => word === 'và').length;
  // `Trung tâm Kiểm soát bệnh tật tỉnh triển khai Kế hoạch số 77/KH-KSBT`: a centre's code may
  // spell its field alone, without the `TT` of `Trung tâm`.
  if (words[0] === 'Trung' && words[1] === 'tâm' && !code.startsWith('T') && words.length > 2)
    return namesIssuerCode(words.slice(2).join(' '), head);
  // A place is a few words (`huyện Phước Lâm`); in capitals, where case tells nothing, a longer
  // tail is a task (`BAN CHỈ ĐẠO CHỐNG KHAI THÁC IUU TỈNH`).
  if (
    words.length - conjunctions < code.length ||
    words.length - conjunctions - code.length > PLACE_MAX_WORDS
  )
    return false;
  // The place's own initials may close the code, its level word skipped (`BTLH` of `Bảo tàng
  // tỉnh Lam Hải`).
  let at = 0;
  for (let index = 0; index < code.length; index++) {
    // A level word that spells no letter of the code (`CAT`'s `T` is `Công an tỉnh`'s `tỉnh`).
    // `và` between a name's fields spells none either (`SVHTTDL` of `Sở Văn hóa, Thể thao và Du
    // lịch`).
    while (
      index > 0 &&
      (PLACE_LEVEL_WORDS.has(words[at] ?? '') || words[at] === 'và') &&
      toSkeleton(words[at] ?? '').charAt(0) !== code.charAt(index) &&
      at < words.length - 1
    )
      at++;
    if (toSkeleton(words[at] ?? '').charAt(0) !== code.charAt(index)) return false;
    at++;
  }
  return words.slice(at).every((word) => startsUpper(word) || PLACE_LEVEL_WORDS.has(word));
}
const PLACE_MAX_WORDS = 4;
/** The words of a body's administrative level after its name (`… huyện`, `… thành phố`). */
const PLACE_LEVEL_WORDS: ReadonlySet<string> = new Set([
  'tỉnh',
  'huyện',
  'xã',
  'phường',
  'quận',
  'thị',
  'trấn',
  'thành',
  'phố',
]);

/** The subject that acts in a document named after `tại` (`UBND tỉnh phê duyệt … tại …`). */
const ACTING_SUBJECT = subjectGrammar(ACTING_VERBS);
/** Those verbs anywhere in a clause (skeleton). */
const ACTING_VERB = new RegExp(
  String.raw`(?<![A-Z])(?:${wordsPattern(ACTING_VERBS.map(toSkeleton))})(?![A-Z])`,
  'g',
);
/**
 * The most words between the verb and `tại`: its object (`phương án bồi thường, hỗ trợ …`), a
 * quoted name counted as one.
 */
const ACTING_OBJECT_WORDS = 24;
/** How far back from `tại` a quoted name in the object may open. */
const QUOTED_OBJECT_REACH = 240;
/**
 * What an object never holds (skeleton): another document cited (a symbol's slash), a clause
 * break, a passive (`nhiệm vụ được giao tại …`), what another document lays down (`… báo cáo số
 * liệu đúng quy định tại Thông tư 54`, as after `theo`).
 */
const FOREIGN_OBJECT =
  /(?:^|[^A-Z])(?:DUOC|BI|THEO|NHU|NEU|DUNG {1,3}QUY {1,3}DINH)(?![A-Z])|[;:()"“”/]/u;
/**
 * A project's quoted name and a donor's initials in brackets inside the object (`phê duyệt văn
 * kiện Dự án “Phòng, chống lao …” do Quỹ Toàn cầu tài trợ tại …`, `(WB)`): names, not a quotation
 * or an aside; skeleton.
 */
const NAMED_IN_OBJECT = /“[^“”;:]{1,160}”|\([A-Z][A-Z\d &.-]{0,30}\)/gu;
/** `của` in an object (skeleton), where an owner's name may follow. */
const OWNER_IN_OBJECT = /(?:^|[^A-Z])CUA {1,3}/gu;

/**
 * The word `tại` (skeleton) right before the span, one to three spaces away, or before its `các`
 * (`… phê duyệt quyết toán 6 cầu tại các Quyết định số …`); null when another word is.
 */
function taiBefore(skeleton: string, spanStart: number): { start: number; end: number } | null {
  let at = wordBefore(skeleton, spanStart);
  if (
    at &&
    spanStart - at.end <= 3 &&
    skeleton.startsWith('CAC ', at.start) &&
    at.end - at.start === 3
  ) {
    spanStart = at.start;
    at = wordBefore(skeleton, spanStart);
  }
  return at &&
    spanStart - at.end <= 3 &&
    at.end - at.start === 3 &&
    skeleton.startsWith('TAI', at.start)
    ? at
    : null;
}

/**
 * The body that acted in the document, named as the subject of its verb before `tại`: `UBND huyện
 * Thạch Bàn đã phê duyệt phương án bồi thường, hỗ trợ, tái định cư tại Quyết định số 3876/QĐ-UBND`,
 * `Sở Tài chính báo cáo tại Báo cáo số 88/BC-STC` (eight of the eleven annotations of that form
 * give the subject; the verb's object may stand between).
 */
export function parseActingSubjectBefore(
  prepared: PreparedText,
  spanStart: number,
): { body: string; term: string | null } | null {
  const { skeleton, normalized } = prepared;
  // Most references follow no `tại` (one to three spaces before the span): the cheap test first.
  const at = taiBefore(skeleton, spanStart);
  if (!at) return null;
  let windowStart = clauseStartBefore(normalized, at.start);
  // A name quoted in the object and closed before `tại` opens no quotation: the clause goes on
  // before it (`phê duyệt văn kiện Dự án “Phòng, chống lao …” tại …`).
  while (windowStart > 0 && normalized.charCodeAt(windowStart - 1) === 0x201c) {
    const close = indexWithin(normalized, '”', windowStart, at.start + 1);
    if (close < 0) break;
    windowStart = clauseStartBefore(normalized, windowStart - 1);
  }
  // Nor does a comma inside such a name (`phê duyệt Đề án “… thu nhập thấp, công nhân khu công
  // nghiệp …” tại …`): the clause starts before the name's opening quote.
  const closeInWindow = normalized.lastIndexOf('”', at.start);
  if (closeInWindow >= windowStart && normalized.lastIndexOf('“', closeInWindow) < windowStart) {
    const open = normalized.lastIndexOf('“', windowStart);
    if (open > 0 && at.start - open <= QUOTED_OBJECT_REACH) {
      windowStart = clauseStartBefore(normalized, open);
    }
  }
  const clause = skeleton.slice(windowStart, at.start);
  let verbEnd = -1;
  ACTING_VERB.lastIndex = 0;
  let verb: RegExpExecArray | null;
  while ((verb = ACTING_VERB.exec(clause)) !== null) verbEnd = verb.index + verb[0].length;
  if (verbEnd < 0) return null;
  const objectFrom = windowStart + verbEnd;
  const object = clause.slice(verbEnd);
  if (
    object.replace(NAMED_IN_OBJECT, ' NAME ').trim().split(/ +/u).length > ACTING_OBJECT_WORDS ||
    FOREIGN_OBJECT.test(object.replace(NAMED_IN_OBJECT, ' '))
  )
    return null;
  // `phê duyệt đề nghị của Sở Tài chính tại Tờ trình …`: the document is that owner's (not so
  // `trả lời kiến nghị của cử tri tại …`).
  OWNER_IN_OBJECT.lastIndex = 0;
  let owner: RegExpExecArray | null;
  while ((owner = OWNER_IN_OBJECT.exec(object)) !== null) {
    if (startsWithOrganisation(normalized, objectFrom + owner.index + owner[0].length)) return null;
  }
  let objectStart = objectFrom;
  while (skeleton.charCodeAt(objectStart) === 0x20) objectStart++;
  return bodyAndTermBefore(prepared, objectStart, ACTING_SUBJECT);
}

/**
 * `đề nghị của `, `ý kiến của ` (skeleton) before a proposer and the `tại` that names the
 * proposal, or the opinion given (`sau khi có ý kiến của Phòng GD&ĐT tại Công văn số 987/PGDĐT`).
 */
const PROPOSALS_OF = ['DE NGHI CUA ', 'Y KIEN CUA '] as const;
/** The farthest a proposer's name runs from after `của` to `tại`. */
const PROPOSER_REACH = 90;

/**
 * The proposer whose submission the document is: `Xét đề nghị của Giám đốc Sở Tài chính tại Tờ
 * trình số 412/TTr-STC`, `… theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình …` (the one who
 * proposes signs the submission; 12 of the 20 annotations of the form give the proposer), and the
 * body whose opinion a letter gives (`… ý kiến của Phòng GD&ĐT tại Công văn số 987/PGDĐT`). The
 * name must fill the whole gap between `của` and `tại`.
 */
export function parseProposerBefore(
  prepared: PreparedText,
  spanStart: number,
): { body: string; term: string | null } | null {
  const { skeleton } = prepared;
  const at = taiBefore(skeleton, spanStart);
  if (!at) return null;
  let nameStart = -1;
  for (const proposalOf of PROPOSALS_OF) {
    // Only within the proposer's reach of `tại`.
    const proposal = lastIndexWithin(
      skeleton,
      proposalOf,
      at.start - PROPOSER_REACH - proposalOf.length,
      at.start + proposalOf.length,
    );
    if (proposal >= 0) nameStart = Math.max(nameStart, proposal + proposalOf.length);
  }
  if (nameStart < 0 || at.start - nameStart > PROPOSER_REACH) return null;
  if (!isPlainNameStretch(skeleton, nameStart, at.start)) return null;
  const body = parseBody(prepared, nameStart, false);
  if (!body) return null;
  let bodyEnd = body.end;
  while (skeleton.charCodeAt(bodyEnd) === 0x20) bodyEnd++;
  return bodyEnd === at.start ? { body: body.text, term: null } : null;
}

/**
 * Whether the skeleton between `from` and `to` holds no punctuation a name cannot (`.`, `;`,
 * `:`, brackets, quotes, a comma), a comma of a name that holds one aside (`Giám đốc Sở Văn hóa,
 * Thể thao và Du lịch`).
 */
function isPlainNameStretch(skeleton: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = skeleton.charCodeAt(index);
    if (code === 0x2c) {
      const nameEnd = commaNameEnd(skeleton, index);
      if (nameEnd < 0) return false;
      index = nameEnd - 1;
    } else if (PROPOSER_GAP_MARKS.has(code)) return false;
  }
  return true;
}
/** `.`, `;`, `:`, `(`, `)`, `“`, `”`, `"`. */
const PROPOSER_GAP_MARKS: ReadonlySet<number> = new Set([
  0x2e, 0x3b, 0x3a, 0x28, 0x29, 0x201c, 0x201d, 0x22,
]);

/** The agent of a passive before its verb (`được Thủ tướng Chính phủ phê duyệt tại …`). */
const PASSIVE_AGENT = subjectGrammar(PASSIVE_AGENT_VERBS);
/** The prepositions between the agent's verb and the document (skeleton words). */
const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(['TAI', 'BANG']);
/** `được` and `do` (skeleton), the passive's marks before its agent. */
const PASSIVE_MARKS = ['DUOC', 'DO'] as const;

/** Whether `do` (any case, no marks) is printed at `index`. */
function isPrintedDo(normalized: string, index: number): boolean {
  return (
    (normalized.charCodeAt(index) | 0x20) === 0x64 &&
    (normalized.charCodeAt(index + 1) | 0x20) === 0x6f
  );
}

/**
 * Where `word` last stands in `text` as a word of its own (spaces or the text's edges around
 * it), -1 when nowhere. Each try is strictly before the last, so a `DUOC` glued to a mark at the
 * text's start (`Được,…`) ends the search instead of finding itself again.
 */
function lastWordAt(text: string, word: string): number {
  let at = text.lastIndexOf(word);
  while (
    at >= 0 &&
    ((at > 0 && text.charCodeAt(at - 1) !== 0x20) || text.charCodeAt(at + word.length) !== 0x20)
  )
    at = at > 0 ? text.lastIndexOf(word, at - 1) : -1;
  return at;
}

/** An approval's verb, then what it approves (up to eight words, no digits), before `tại` (skeleton); group 1 starts the object. */
const APPROVED_OBJECT_BEFORE =
  /(?:^|[^A-Z])(?:PHE DUYET|CHAP THUAN|PHE CHUAN|CONG NHAN) {1,3}((?:(?:[A-Z]+|-) {1,3}){1,8})$/u;

/**
 * The agent of a passive that acts in the document named right after its verb: `Quy hoạch … được
 * Thủ tướng Chính phủ phê duyệt tại Quyết định số 1579/QĐ-TTg`, `Nội dung này đã được Tổng cục
 * Thuế hướng dẫn tại Công văn số …`, `… được Đảng ủy xã cụ thể hóa bằng Chương trình hành động số
 * …` (every one of the seven annotations of that form gives the agent). The verb stands right
 * before the document or its preposition, an approval also before what it approves
 * (`APPROVED_OBJECT_BEFORE`); with another object between (`tỉnh được Trung ương giao 1.024 tỷ
 * đồng tại Quyết định …`) the agent may be only the document's messenger.
 */
export function parsePassiveAgentBefore(
  prepared: PreparedText,
  spanStart: number,
): { body: string; term: string | null } | null {
  const { skeleton, normalized } = prepared;
  let verbAnchor = spanStart;
  const preposition = wordBefore(skeleton, spanStart);
  if (preposition && spanStart - preposition.end <= 3) {
    const word = skeleton.slice(preposition.start, preposition.end);
    if (AGENT_PREPOSITIONS.has(word)) verbAnchor = preposition.start;
    else if (word === 'QUA') {
      const through = wordBefore(skeleton, preposition.start);
      if (through && skeleton.slice(through.start, through.end) === 'THONG')
        verbAnchor = through.start;
    }
  }
  if (!endsWithVerbWord(skeleton, verbAnchor, PASSIVE_AGENT)) {
    // `… được Thủ tướng Chính phủ chấp thuận chủ trương đầu tư tại Quyết định …`: what an
    // approval approves may stand between it and the document (5 of 5 annotated give the
    // agent); not an allocation's amount (`giao 1.024 tỷ đồng tại …`: no digits in the object).
    if (verbAnchor === spanStart) return null;
    const approved = APPROVED_OBJECT_BEFORE.exec(
      skeleton.slice(Math.max(0, verbAnchor - 80), verbAnchor),
    );
    if (!approved?.[1]) return null;
    verbAnchor = verbAnchor - approved[0].length + approved[0].indexOf(approved[1]);
  }
  // The agent starts right after the clause's last `được`, a word of its own: searched in the
  // clause alone, from its end back, each try strictly before the last (so a `DUOC` glued to the
  // next mark at the clause's start, `Được,…`, ends the search instead of finding itself again).
  const clauseStart = clauseStartBefore(normalized, verbAnchor);
  const clause = skeleton.slice(clauseStart, verbAnchor);
  // `được` or `do` (`Quy chế tuyển sinh do Bộ Giáo dục và Đào tạo ban hành tại Thông tư …`),
  // whichever stands last.
  let agentStart = -1;
  for (const passiveMark of PASSIVE_MARKS) {
    const at = lastWordAt(clause, passiveMark);
    // The skeleton's `DO` is also `đó`, `độ`: only the printed `do` marks an agent.
    if (at < 0 || (passiveMark === 'DO' && !isPrintedDo(normalized, clauseStart + at))) continue;
    agentStart = Math.max(agentStart, clauseStart + at + passiveMark.length);
  }
  if (agentStart < 0) return null;
  while (skeleton.charCodeAt(agentStart) === 0x20) agentStart++;
  if (!startsWithOrganisation(normalized, agentStart)) return null;
  const agent = parseSubjectBefore(prepared, verbAnchor, PASSIVE_AGENT, agentStart);
  return agent ? { body: agent.body, term: agent.term } : null;
}

/**
 * Necessary condition for `grammar.endsWithVerb`, without a slice and a regex: spaces, then a
 * word that ends one of its verbs. Almost every reference fails it (`theo`, `của`, `và`…).
 */
function endsWithVerbWord(skeleton: string, spanStart: number, grammar: SubjectGrammar): boolean {
  let word = wordBefore(skeleton, spanStart);
  if (word === null) return false;
  let text = skeleton.slice(word.start, word.end);
  // `… ban hành 02 Quyết định …`: the verb is a word further back. Only before a type word: a
  // bare symbol after a number is no counted document (`… quy định 11 1234/QĐ-UBND`, where the
  // number ends another reference).
  let countStart = word.start;
  if (text === '')
    while (countStart > 0 && isDigitCode(skeleton.charCodeAt(countStart - 1))) countStart--;
  if (
    isCapitalLetterCode(skeleton.charCodeAt(spanStart)) &&
    OBJECT_COUNT_WORD.test(skeleton.slice(countStart, word.end))
  ) {
    word = wordBefore(skeleton, countStart);
    if (word === null) return false;
    text = skeleton.slice(word.start, word.end);
    // Only verbs that issue what they count (`ban hành`, `thông qua`, `ký`, `có`): `Quy định 11`
    // before a type word is another reference, not `quy định` counting.
    if (!COUNTING_VERB_ENDS.has(text)) return false;
  }
  // `… ban hành kèm theo …`, `… ban hành đồng thời …`: the verb is two words further back (`theo`
  // alone stands before most references, and must not send them all to the grammar's pattern).
  const adverbHead = VERB_ADVERB_HEADS.get(text);
  if (adverbHead !== undefined) {
    const head = wordBefore(skeleton, word.start);
    if (head === null || skeleton.slice(head.start, head.end) !== adverbHead) return false;
    word = wordBefore(skeleton, head.start);
    if (word === null) return false;
    text = skeleton.slice(word.start, word.end);
    if (text === 'CAC') return false;
  }
  return grammar.lastWords.has(text);
}

/**
 * The run of capitals (a skeleton word) that ends where the spaces before `index` start, without
 * a slice or a regex; null when no space stands right before `index`. Its start is the end when
 * no letter stands there.
 */
function wordBefore(skeleton: string, index: number): { start: number; end: number } | null {
  let end = index;
  while (end > 0 && skeleton.charCodeAt(end - 1) === 0x20) end--;
  if (end === index) return null;
  let start = end;
  while (start > 0) {
    const code = skeleton.charCodeAt(start - 1);
    if (code < 0x41 || code > 0x5a) break;
    start--;
  }
  return { start, end };
}

/** A session opening a subject (skeleton): `KY HOP THU 18 `, `TAI KY HOP THU NHAT `. */
const LEADING_SESSION =
  /^(?:TAI {1,3})?KY {1,3}HOP {1,3}(?:THU {1,3})?(?:\d{1,2}|[A-Z]+)(?: {1,3}(?:THUONG LE|CHUYEN DE|BAT THUONG))? {1,3}(?=[A-Z])/u;
const LEADING_DATE_WORD = /^NGAY {1,3}(?=\d)/u;
const SESSION_TAIL = / {0,3}, {0,3}(?:TAI {1,3})?KY {1,3}HOP {1,3}[^,]{0,30}$/u;
const DATE_BEFORE = new RegExp(String.raw`(?:^|[^A-Z\d])(?:NGAY {1,3})?${DATE_SOURCE} {0,3}$`);
/**
 * `Sau buổi kiểm tra ngày 16/10/2024, UBND huyện có Thông báo …`, `Tại hội nghị ngày …`: the day of
 * a meeting or a visit named before the subject, not the day the document was issued (skeleton).
 */
const EVENT_DAY_BEFORE =
  /^(?:SAU|TAI|TRONG|QUA)(?: {1,3}[A-Z]+){0,2}? {1,3}(?:BUOI|CUOC|HOI NGHI|DOT|PHIEN|KY HOP)(?![A-Z])/u;
/**
 * `Từ ngày 15 đến 16/10/2024, Ban Chỉ huy tỉnh đã ban hành các Công điện …`: days of a span, each
 * document's own day unknown (skeleton).
 */
const DAY_RANGE_BEFORE =
  /(?:^|[^A-Z])TU {1,3}(?:NGAY {1,3})?\d[^,;]*(?:DEN|-) {0,3}(?:NGAY {1,3})?\d/u;

/** Whether the grammar's verb (`ban hành`, `ký` …) stands right before `spanStart`. */
function endsWithIssuingVerb(
  skeleton: string,
  spanStart: number,
  grammar: SubjectGrammar,
): boolean {
  // The cheap word test first, then the grammar's own pattern.
  return (
    endsWithVerbWord(skeleton, spanStart, grammar) &&
    grammar.endsWithVerb.test(skeleton.slice(Math.max(0, spanStart - grammar.reach), spanStart))
  );
}

/** How far back a clause before a reference is looked for. */
const CLAUSE_REACH = 160;

/**
 * Where the clause that ends at `index` starts: right after the last sentence break (`. `, or
 * one line break: `\n\nSở …`) in the `CLAUSE_REACH` units before it, else where they start.
 */
function clauseStartBefore(normalized: string, index: number): number {
  const windowStart = Math.max(0, index - CLAUSE_REACH);
  const before = normalized.slice(windowStart, index);
  let clauseStart = 0;
  for (const mark of SENTENCE_BREAKS) {
    let at = before.lastIndexOf(mark);
    // `Ban Chỉ huy Quân sự huyện Mường Khoa\nban hành Thông báo …`: a line wrapped inside the
    // sentence, the subject before it and its verb after.
    while (mark === '\n' && at > 0 && isWrappedLine(before, at))
      at = before.lastIndexOf(mark, at - 1);
    // `UBND TP. Hải Đăng ban hành …`: the dot of a place's abbreviation ends no sentence.
    while (mark === '. ' && at > 0 && PLACE_ABBREVIATION_END.test(before.slice(at - 3, at)))
      at = before.lastIndexOf(mark, at - 1);
    if (at >= 0) clauseStart = Math.max(clauseStart, at + mark.length);
  }
  return windowStart + clauseStart;
}

/**
 * `Ngày 08/01/2025, Thủ tướng Chính phủ Phạm Minh Chính đã ký ban hành Nghị quyết số 01/NQ-CP
 * của Chính phủ …`: the day that opens the clause whose issuing verb stands right before the
 * document is the document's date, whoever signs it (the body is read after the symbol). A
 * source tag may come first (`(Chinhphu.vn) - Ngày …`). Null when the clause opens otherwise.
 */
export function parseIssuedDateBefore(prepared: PreparedText, spanStart: number): CitedDate | null {
  const { skeleton, normalized } = prepared;
  if (!endsWithIssuingVerb(skeleton, spanStart, ISSUING_SUBJECT)) return null;
  const clauseStart = clauseStartBefore(normalized, spanStart);
  const opening = SOURCE_THEN_DAY.exec(skeleton.slice(clauseStart, spanStart));
  if (!opening) return null;
  const date = dateAt(skeleton, clauseStart + opening[0].length);
  // The day, a comma, then the clause: `Ngày 08/01/2025, …`.
  return date && /^ {0,2},/u.test(skeleton.slice(date.end, date.end + 3)) ? date : null;
}
const SOURCE_THEN_DAY = /^ {0,3}(?:\([^()]{1,30}\) {0,2}- {0,2})?NGAY {1,3}(?=\d)/u;
/** `, ngày 30/10/2016, ` right before a subject (skeleton); group 1 runs to the day's digits. */
const COMMA_DAY_BEFORE =
  /(, {0,2}NGAY {1,3})\d{1,2} {0,2}[/.-] {0,2}\d{1,2} {0,2}[/.-] {0,2}\d{4} {0,2}, {0,3}$/u;

/** The subject's body and term alone, for callers that read no date from it. */
function bodyAndTermBefore(
  prepared: PreparedText,
  start: number,
  grammar: SubjectGrammar,
): { body: string; term: string | null } | null {
  const subject = parseSubjectBefore(prepared, start, grammar);
  return subject ? { body: subject.body, term: subject.term } : null;
}

/**
 * The subject that issued the document, written before it: `UBND tỉnh ban hành Quyết định …`,
 * `Ngày 16/6/2022, Hội nghị Trung ương 5 khóa XIII đã ban hành Nghị quyết …`.
 */
export function parseSubjectBefore(
  prepared: PreparedText,
  spanStart: number,
  grammar: SubjectGrammar = ISSUING_SUBJECT,
  /** Where the subject must start, when the caller knows (a passive's agent after `được`). */
  subjectFrom = -1,
): { body: string; term: string | null; date: string | null; dateYear: number | null } | null {
  const { skeleton, normalized } = prepared;
  if (!endsWithIssuingVerb(skeleton, spanStart, grammar)) return null;
  let windowStart = Math.max(subjectFrom, clauseStartBefore(normalized, spanStart));
  let match = grammar.subject.exec(skeleton.slice(windowStart, spanStart));
  if (!match) {
    // `Nhiều hợp tác xã ở Đồng Tháp đã đầu tư drone phun thuốc sau khi Bộ Nông nghiệp và Môi
    // trường ban hành …`: a clause too long for a subject, whose inner clause (`khi`, `việc`,
    // `thì` …) opens on the body that issues; the last such clause, nearest the verb.
    const innerSubject = organisationAfterLowerWord(normalized, windowStart, spanStart, true);
    if (innerSubject < 0) return null;
    windowStart = innerSubject;
    match = grammar.subject.exec(skeleton.slice(windowStart, spanStart));
    // A symbol between the name and the verb: another document's clause, not one subject.
    if (!match || SYMBOL_IN_SUBJECT.test(match[1] ?? '')) return null;
  }
  let subjectText = match[1] ?? '';
  // `UBND huyện khẳng định không có Quyết định …`: a body that denies issuing it issues nothing
  // (in lower case: `Huyện ủy Tủa Chùa ban hành …` names a place, whose skeleton is `chưa`'s).
  const negated = NEGATED_END.exec(subjectText);
  if (negated) {
    let at = windowStart + match.index + match[0].indexOf(subjectText) + negated.index;
    if (negated[0].startsWith(' ')) at++;
    // A place's name is in title case; `chưa`, `CHƯA` (a heading in capitals) negate.
    if (isLowerChar(normalized, at) || !isLowerChar(normalized, at + 1)) return null;
  }
  // `Bộ Tài chính cho biết đã ban hành …`: the body that reports its own issuing.
  const subjectAt = windowStart + match.index + match[0].indexOf(subjectText);
  const printedSubject = normalized.slice(subjectAt, subjectAt + subjectText.length);
  const reported = REPORTED_END.exec(subjectText) ?? SPEECH_VERB_END.exec(printedSubject);
  if (reported) subjectText = subjectText.slice(0, reported.index);
  // `… Chủ tịch UBND huyện Yên Khê khẳng định và cho biết huyện đã ban hành …`, `Đồng chí Bí thư
  // Chi bộ thông báo UBND xã đã ban hành …`: the speaker reports another subject's act; that
  // subject follows the speech verb.
  if (!reported) {
    const toldAt = subjectText.lastIndexOf(' CHO BIET ');
    const told = Math.max(
      toldAt >= 0 ? toldAt + ' CHO BIET '.length : 0,
      lastMatchEnd(SPEECH_VERB_INSIDE, printedSubject),
    );
    if (told > 0) subjectText = subjectText.slice(told);
  }
  let subjectStart = windowStart + match.index + match[0].indexOf(subjectText);
  const subjectEnd = subjectStart + subjectText.length;
  // `📢 [THÔNG BÁO] Sở Ngoại vụ ban hành …`: a post's bracketed tag opens the line, not the name.
  const tag = BRACKETED_TAG.exec(normalized.slice(subjectStart, subjectEnd));
  if (tag && tag[0].length < subjectText.length) {
    subjectStart += tag[0].length;
    subjectText = skeleton.slice(subjectStart, subjectEnd);
  }
  // `📌 Đảng ủy xã … triển khai …`, `- UBND tỉnh ban hành …`: a post's emoji or a bullet opens
  // the line, not the name.
  const nameStart = firstLetterAt(normalized, subjectStart, subjectEnd);
  if (nameStart > subjectStart) {
    subjectText = skeleton.slice(nameStart, subjectEnd);
    subjectStart = nameStart;
  }
  const namedWithComma = commaNameStart(skeleton, windowStart, subjectStart);
  if (namedWithComma) {
    subjectStart = namedWithComma.organisation;
    subjectText = skeleton.slice(subjectStart, subjectEnd);
  }
  // `Bộ Chính trị, Ban Bí thư ban hành …`: two bodies that issue together, listed.
  const firstBody = JOINT_BODY_BEFORE.exec(skeleton.slice(windowStart, subjectStart));
  if (firstBody?.[1] !== undefined) {
    let jointStart = windowStart + firstBody.index + firstBody[0].indexOf(firstBody[1]);
    // `Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh và Sở Y tế ban hành …`: the first body's own
    // name holds commas; it starts before them.
    const commaNamed = commaNameStart(skeleton, windowStart, jointStart);
    if (commaNamed) jointStart = commaNamed.organisation;
    if (
      startsWithOrganisation(normalized, jointStart) &&
      startsWithOrganisation(normalized, subjectStart) &&
      // `Thực hiện Kết luận … của Bộ Chính trị, Ban Bí thư, Quốc hội đã ban hành …`: the bodies
      // listed after `của` are the cited document's; the subject stands alone after them.
      !OF_LIST_BEFORE.test(skeleton.slice(windowStart, jointStart))
    ) {
      subjectText = skeleton.slice(jointStart, subjectStart + subjectText.length);
      subjectStart = jointStart;
    }
  }
  // `…, đồng thời Ban Tuyên giáo … ban hành …`, `UBND tỉnh giao Sở Y tế ban hành …`, `Sở Tư pháp
  // tham mưu UBND tỉnh ban hành …`: the body that issues is the one after the connective or the
  // verb handing the task on (printed words, so `Tuyên giáo` is not `giao`). The adviser never
  // issues: eight annotations of thirteen give the body it advised, the others none.
  const subjectPrinted = normalized.slice(subjectStart, subjectStart + subjectText.length);
  const handedOn = lastMatchEnd(SUBJECT_HANDED_ON, subjectPrinted);
  if (handedOn > 0) {
    // `Sở … có Tờ trình … đề nghị UBND tỉnh phê duyệt Đề án số 04/ĐA-UBND`: a body asked to
    // approve a paper has not issued it (all 3 annotated give none).
    if (
      ASKED_BEFORE.test(subjectPrinted.slice(0, handedOn)) &&
      APPROVING_VERB.test(skeleton.slice(subjectEnd, spanStart))
    )
      return null;
    subjectText = subjectText.slice(handedOn);
    subjectStart += handedOn;
  }
  // `Sở Tư pháp tham mưu ban hành …`: the adviser alone, no body that issues.
  if (ADVISED.test(subjectPrinted.slice(handedOn))) return null;
  // `… trình Đại hội và thông qua Quy chế …`: a subject never ends on a connective; the verb is
  // the second of two the clause's own subject does.
  if (/(?:^| )(?:VA|HOAC)$/u.test(subjectText)) return null;
  // `…, ngày 24/11/2023 Ban Chấp hành Trung ương ban hành Nghị quyết …`: the date opens the
  // clause without a comma; it dates the document and is not part of the subject.
  let leadingDate: CitedDate | null = null;
  const dateWord = LEADING_DATE_WORD.exec(subjectText);
  if (dateWord) {
    leadingDate = dateAt(skeleton, subjectStart + dateWord[0].length);
    if (leadingDate) {
      let after = leadingDate.end;
      while (skeleton.charCodeAt(after) === 0x20) after++;
      subjectText = subjectText.slice(after - subjectStart);
      subjectStart = after;
    }
  }
  // `Tiếp nối Nghị quyết …, ngày 30/10/2016, Ban Chấp hành Trung ương … ban hành Nghị quyết …`: the
  // day between commas right before the subject dates what it issues (the document before the
  // day leaves it to this clause, `CLAUSE_AFTER_DATE`).
  if (!leadingDate) {
    const commaDay = COMMA_DAY_BEFORE.exec(
      skeleton.slice(Math.max(0, subjectStart - 32), subjectStart),
    );
    if (commaDay) {
      const day = dateAt(skeleton, subjectStart - commaDay[0].length + commaDay[1]!.length);
      if (day && /^ {0,2},/u.test(skeleton.slice(day.end, day.end + 3))) leadingDate = day;
    }
  }
  // `Kỳ họp thứ 18 HĐND huyện Tân Khê khóa XX đã thông qua …`: the session that passed it, named
  // before the council without a comma, is not part of the council's name.
  const session = LEADING_SESSION.exec(subjectText);
  if (session && session[0].length < subjectText.length) {
    subjectText = subjectText.slice(session[0].length);
    subjectStart += session[0].length;
  }
  let original = normalized.slice(subjectStart, subjectStart + subjectText.length);
  let words = original.split(/\s+/u);
  // `hđnd tỉnh thông qua nq 18/2024/NQ-HĐND`, `so noi vu vua gui cong van so 1875/SNV-TCBC`: a
  // chat drops the capitals of the body that issues as of the citation (`isChatSubject`).
  const chatSubject = isChatSubject(normalized, original, spanStart);
  if (!chatSubject && !hasOrganisationHead(words)) {
    // `… để triển khai Chỉ thị 45 thì Ban Thường vụ Huyện ủy … đã ban hành`, `Ngay trong chiều
    // nay UBND tỉnh đã có …`: the clause's opening words before the name that issues.
    const nameAt = organisationAfterLowerWord(normalized, subjectStart, subjectEnd);
    if (nameAt <= subjectStart) return null;
    subjectStart = nameAt;
    original = normalized.slice(subjectStart, subjectEnd);
    words = original.split(/\s+/u);
  }
  if (!chatSubject && !UPPER_START.test(original)) return null;
  // `“Sở đã có Công văn số 2318/SXD-QLN …”`: a head noun alone points back to a body named
  // before (the speaker's), and names none. In running text a department named in full before is
  // `Sở` again (`… Trước đó, Sở đã có Công văn số 1412/SKHCN-TĐC …`: 5 of the 6 annotations of it
  // give `Sở`); in a speaker's quotation it stays the speaker's.
  const head = words.length <= 2 ? words.join(' ') : '';
  if (
    BARE_HEAD_NOUNS.has(head) ||
    (!MARKED.test(head) && UNMARKED_BARE_HEAD_NOUNS.has(head.toLowerCase()))
  )
    return null;
  if (head === 'Sở') {
    const before = normalized.slice(Math.max(0, subjectStart - 200), subjectStart);
    if (quoteOpenBefore(before, before.length)) return null;
  }
  const verbText = normalized.slice(windowStart + match.index, spanStart).toLowerCase();
  // The printed verb, not its skeleton (`có`, not `cỏ` or `cô`); in a clause typed without a
  // single mark (`Tin bai: UBND tinh Bac Thanh ban hanh Ke hoach …`) the verb has none either.
  const marked = MARKED.test(verbText);
  if (
    !endsWithVerb(
      verbText,
      marked ? grammar.verbs : grammar.unmarkedVerbs,
      marked ? PRINTED_VERB_WORDS : UNMARKED_VERB_WORDS,
    )
  )
    return null;
  const allCaps = isAllCaps(original);
  let lowerRun = 0;
  // A known name with commas is a name whatever words it holds (`Ban Chỉ đạo Trung ương về phát
  // triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số`): only the words before it are
  // asked whether they still name the body.
  const checkedWords = namedWithComma
    ? original.slice(0, namedWithComma.name - subjectStart).split(/\s+/u)
    : words;
  // The name's own words are not asked, but what follows them is still no passive and no other
  // document's symbol (`… Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện 08/2024/LĐ-PT đã
  // được UBND tỉnh ban hành …`).
  if (namedWithComma && PASSIVE_OR_SYMBOL.test(original.slice(namedWithComma.name - subjectStart)))
    return null;
  for (let index = 0; index < checkedWords.length; index++) {
    const word = checkedWords[index] ?? '';
    const bare = plainWord(word);
    if ((ADVERB_SET.has(bare) && !isNewAfterPlace(checkedWords, index)) || bare === 'được')
      return null;
    if (isDigitCode(word.charCodeAt(0))) continue;
    // `Cảng vụ Đường thủy nội địa khu vực IV có …`: a deconcentrated agency's numbered region is
    // part of its name, as in the body after `của` (`isNumberedRegionAt`).
    if (
      bare === 'khu' &&
      plainWord(checkedWords[index + 1] ?? '') === 'vực' &&
      NUMBERED_REGION.test(checkedWords[index + 2] ?? '')
    ) {
      index += 2;
      continue;
    }
    if (!allCaps && isLowerChar(word, 0) && !BODY_LOWERCASE_WORDS.has(bare)) {
      lowerRun++;
      if (!lowerRunFits(lowerRun, 3, () => original)) return null;
    } else lowerRun = 0;
  }
  // A document is no subject that issues (`Bộ luật Dân sự …`, `Nghị quyết …`): the words are
  // compared as skeletons, so a printed `Bộ`, `Nghị` or `LUẬT` counts.
  // Its first word and its first two, cut from 20 characters of skeleton (no array of words).
  const lead = skeleton.slice(subjectStart, subjectStart + 20);
  const firstSpace = lead.indexOf(' ');
  if (TYPE_WORD_SET.has(firstSpace < 0 ? lead : lead.slice(0, firstSpace))) {
    const secondSpace = firstSpace < 0 ? -1 : lead.indexOf(' ', firstSpace + 1);
    if (TYPE_WORDS[secondSpace < 0 ? lead : lead.slice(0, secondSpace)] !== undefined) return null;
  }
  // `UBND tỉnh ban hành phê duyệt …`: a subject ending on a verb of its own, in lower case, is a
  // clause, not a name (`Sở Xây dựng`, `xã Tân Lập` end on a verb's letters in a name's capitals).
  const ownVerb = grammar.endsWithVerb.exec(`${subjectText} `);
  if (ownVerb) {
    const verbAt = subjectStart + ownVerb.index + (/^[A-Z]/u.test(ownVerb[0]) ? 0 : 1);
    if (isLowerChar(normalized, verbAt)) return null;
  }
  const termValue = match[2];
  const term = termValue
    ? /^\d+$/u.test(termValue)
      ? toRoman(Number(termValue))
      : termValue
    : null;
  let date: string | null = leadingDate?.iso ?? null;
  let dateYear: number | null = leadingDate?.year ?? null;
  // `Ngày 10-01-2025, tại kỳ họp thứ 21, HĐND huyện đã thông qua …`: the session between them.
  const prefix = skeleton
    .slice(windowStart, subjectStart)
    .replace(/, {0,3}$/u, '')
    .replace(SESSION_TAIL, '');
  if (
    !leadingDate &&
    prefix.length > 0 &&
    prefix.length < 40 &&
    !EVENT_DAY_BEFORE.test(prefix) &&
    !DAY_RANGE_BEFORE.test(prefix)
  ) {
    const dateMatch = DATE_BEFORE.exec(prefix);
    if (dateMatch) {
      const offset = dateMatch[0].search(/\d/u);
      const parsed = dateAt(prefix, dateMatch.index + offset);
      if (parsed) {
        date = parsed.iso;
        dateYear = parsed.year;
      }
    }
  }
  // `Ban Chấp hành Trung ương 100/2019/NĐ-CP Nghị quyết … ban hành …`: another document's symbol
  // in the words before the verb is no body's name.
  // (A date in them stays: only a symbol's letters after the number tell a document.)
  if (SYMBOL_LETTERS_IN_SUBJECT.test(skeleton.slice(subjectStart, subjectEnd))) return null;
  const body = collapse(original.replace(/ lần thứ \d+$/u, ''));
  // `Cơ quan này cũng có Giấy mời số …`: a body pointed back to, not named (no annotated body
  // ends in `này` or `đó`).
  if (POINTED_BACK_END.test(body)) return null;
  return { body, term, date, dateYear };
}
