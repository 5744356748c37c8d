import type { Reference, ReferenceKind } from '../types';
import { assembleDrafts, type Draft } from './assemble-references';
import {
  isAssemblyIssuer,
  isKnownIssuer,
  isPartyIssuer,
  issuerHead,
  kindFromBody,
  kindFromContext,
  typeFromCode,
} from './classify';
import {
  bareSameDayEnd,
  isAllCaps,
  isAllCapsBetween,
  parseBody,
  parseFieldsAfter,
  parseActingSubjectBefore,
  parsePassiveAgentBefore,
  parsePosterBefore,
  parseProposerBefore,
  parseSchemeSubmitterBefore,
  parseSenderBefore,
  parseSubmitterBefore,
  isLowerChar,
  startsWithOrganisation,
  parseImplementerBefore,
  parseIssuedDateBefore,
  parseSubjectBefore,
  parseTitleAfter,
} from './parse-fields';
import { MARKED, prepareText, toSkeleton, withOcrDigits, type PreparedText } from './prepare-text';
import { isVanishingCode } from '../unicode';
import { isCapitalLetterCode, isDigitCode, lowerCase, upperCase } from './letter-case';
import { LAYOUT_KIND_ISSUERS, PIONEER_UNIT_ISSUERS } from './issuer-codes-table';
import { indexWithin } from './bounded-search';
import { referenceKey } from './reference-key';
import { resolveBackReferences, unifyYearKeys } from './resolve-back-references';
import { PARTY_DEFAULT_TYPES } from './field-words-table';
import { GENERIC_TYPE } from './type-words-table';

export interface FindReferencesOptions {
  /**
   * Resolve short forms (`Nghị quyết 18`) to the full mention of the same document in the text:
   * the nearest earlier one, else the nearest later one. Default true.
   */
  resolveShortReferences?: boolean;
}

/**
 * Finds references to Party and State documents in plain text (references.md).
 * Pure and linear: one normalization pass, one skeleton pass, a few global scans, then
 * bounded look-arounds per candidate. Offsets are UTF-16 indices into `text` as given.
 */
export function findReferences(text: string, options: FindReferencesOptions = {}): Reference[] {
  if (typeof text !== 'string') throw new TypeError('findReferences: text must be a string');
  if (text.length === 0) return [];
  const prepared = prepareText(text);
  const drafts = assembleDrafts(prepared);
  attachFields(prepared, drafts);
  shareListFields(prepared, drafts);
  shareDatesForward(prepared, drafts);
  shareSubjectForward(prepared, drafts);
  const references = drafts
    .filter((draft) => !isCompanyPaper(prepared.normalized, draft))
    .map((draft) => toReference(text, prepared, draft));
  if (options.resolveShortReferences ?? true) resolveBackReferences(references);
  unifyYearKeys(references);
  return references;
}

/**
 * A company's own paper, its symbol in no issuers' table (`Thông báo số 156/TB-TĐSB của Công ty cổ
 * phần Thủy điện Sông Bung`, `Công ty Đấu giá hợp danh … phát hành Thông báo số …/TB-ĐGĐA`): no
 * State or Party document, as the corporate issuers' (`NQ-HĐQT`) are not. A public utility's
 * letters and notices to the public (`Công ty Điện lực …`, `Công ty Cổ phần Cấp nước …`) are
 * annotated as references, as a State corporation's (`Tổng công ty …`) are.
 */
function isCompanyPaper(normalized: string, draft: Draft): boolean {
  if (draft.issuer === null || isKnownIssuer(draft.issuer)) return false;
  // `Công ty cổ phần Thủy điện Trà Linh 3 thông báo (Thông báo số 112/TB-TL3 …)`: with no body read
  // after it, the company that opens the sentence and issues it is the paper's.
  const company = draft.issuingBody ?? companyOpeningSentence(normalized, draft.start);
  return company !== null && COMPANY.test(company) && !PUBLIC_UTILITY.test(company);
}

/** The sentence before `at` when it opens with a company's name (`Công ty …`), else null. */
function companyOpeningSentence(normalized: string, at: number): string | null {
  const before = normalized.slice(Math.max(0, at - COMPANY_SUBJECT_REACH), at);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
  const opening = sentence.trimStart();
  return COMPANY.test(opening) && COMPANY_ISSUES_BEFORE.test(opening) ? opening : null;
}
/**
 * The company's own verb right before the span (`… thông báo (Thông báo số …`, `… đã niêm yết
 * Thông báo số …`): it issues the paper; one sanctioned `theo Quyết định số …` is only named in it.
 */
const COMPANY_ISSUES_BEFORE = /(?:thông báo|niêm yết|ban hành|phát hành)\s*\(?\s*$/u;
/** How far back a company opening the sentence is looked for. */
const COMPANY_SUBJECT_REACH = 120;
const COMPANY = /^(?:Công ty|CÔNG TY)(?:\s|$)/u;
/** The utilities whose notices the annotations read as references (electricity, water). */
const PUBLIC_UTILITY = /(?:Điện lực|Cấp nước|Nước sạch|ĐIỆN LỰC|CẤP NƯỚC|NƯỚC SẠCH)/u;
/** An opening quote right after a span, a space at most between. */
const QUOTE_RIGHT_AFTER = /^ ?[“"]/u;

function attachFields(prepared: PreparedText, drafts: Draft[]): void {
  for (const draft of drafts) {
    // Case tells nothing in a heading in capitals. A span that is a symbol alone
    // (`19/2023/TT-BGTVT`, a list member, `KH 41/KH-UBND` with its type code for the type word)
    // has only capitals by nature: the words after it tell whether the text is a heading. A
    // symbol printed in lower case (`chỉ thị số 06-ct/tu của ban thường vụ tỉnh ủy về …`, typed in
    // a chat) says the writer dropped capitals: the same there.
    const symbolOnly =
      draft.form === 'code-only' || isDigitCode(prepared.normalized.charCodeAt(draft.start));
    const allCaps =
      (isCapitalsSpan(prepared.normalized, draft) &&
        (!symbolOnly ||
          isAllCapsBetween(
            prepared.normalized,
            draft.end,
            Math.min(prepared.normalized.length, draft.end + 40),
          ))) ||
      isLowerCaseSymbol(draft) ||
      isLowerCaseCitation(prepared, draft);
    if (draft.fieldsDone && draft.form === 'unnumbered' && draft.title === null) {
      // A plenum's resolution named without a number: only its title is still to read.
      draft.title = parseTitleAfter(prepared, draft.end, allCaps);
    }
    if (!draft.fieldsDone) {
      const inList = draft.group !== null;
      const type = draft.writtenType ?? typeFromCode(draft.code, 'state');
      const fields = parseFieldsAfter(prepared, draft.end, allCaps, !inList, type);
      // A verb after a short form (`Nghị quyết 18 yêu cầu …`, `QĐ 1187 giao …`) is the sentence's
      // predicate, not its title (25 of the 26 annotated); `quy định … về …` still names it, while
      // another verb before a `về` (`bổ sung quy định về …`, `đề nghị phản ánh về …`) is the
      // sentence's as well (4 annotated).
      if (draft.form === 'short' && fields.titleVerbLed && !RULE_ABOUT.test(fields.title ?? '')) {
        fields.title = null;
        // `Thông tư 22 bãi bỏ 05 thông tư do Bộ Thông tin và Truyền thông ban hành`: the body
        // and date after that predicate are its object's, not the short form's.
        if (fields.bodyAfterTitle) {
          fields.issuingBody = null;
          fields.term = null;
        }
        if (fields.dateAfterTitle) {
          fields.date = null;
          fields.dateYear = null;
        }
      }
      // `… theo Nghị quyết 21 “chỉ đủ tiền xe, chưa đủ tiền vé”`: a quote right after a short form
      // is what someone says of the document, whose title its full mention gave (2 of 2
      // annotated).
      if (
        draft.form === 'short' &&
        fields.title !== null &&
        QUOTE_RIGHT_AFTER.test(prepared.normalized.slice(draft.end, draft.end + 3))
      )
        fields.title = null;
      // `Khoản 3 Điều 12 Nghị định 45/2022/NĐ-CP quy định hình thức phạt bổ sung …`: after an article
      // cited in the document, with nothing between them, `quy định` is what the article lays
      // down (4 of 4 annotated); a decree's own title formula still names it (`… quy định chi
      // tiết …`, as with its date and body between).
      if (
        fields.titleVerbLed &&
        fields.date === null &&
        fields.issuingBody === null &&
        fields.title !== null &&
        ARTICLE_STIPULATES.test(fields.title) &&
        ARTICLE_CITED_BEFORE.test(
          prepared.skeleton.slice(Math.max(0, draft.start - 32), draft.start),
        )
      ) {
        fields.title = null;
      }
      // `Nghị quyết số 172/2024/QH15 do Chính phủ ban hành ngày …`: the Assembly passes its own
      // documents; a formula naming another body is the document's that cites this one.
      if (
        fields.issuingBody !== null &&
        isAssemblyIssuer(draft.issuer) &&
        !ASSEMBLY_NAME.test(toSkeleton(fields.issuingBody))
      ) {
        fields.issuingBody = null;
        fields.term = null;
        fields.date = null;
        fields.dateYear = null;
      }
      if (draft.date === null && fields.date !== null) {
        takeDate(draft, fields);
        draft.dateShared = fields.dateShared;
      }
      draft.sameDayAsPrevious =
        draft.date === null && bareSameDayEnd(prepared.skeleton, draft.end) >= 0;
      draft.attachedYear ??= fields.attachedYear;
      draft.issuingBody ??= fields.issuingBody;
      draft.term ??= fields.term;
      if (!inList) draft.title ??= fields.title;
    }
    // A law named without its number is the sentence's topic (`Quốc hội thông qua Luật Thủ đô`,
    // no body in the dev gold); one cited with its number is a document the subject passed.
    if (draft.issuingBody === null && (draft.form !== 'named-law' || draft.number !== null)) {
      let subject = parseSubjectBefore(prepared, draft.start);
      if (!subject) {
        subject = parseCountingSubjectBefore(prepared, draft.start);
        draft.countedBefore = subject !== null;
      }
      if (subject) {
        draft.issuingBody = subject.body;
        draft.bodiedBefore = true;
        draft.term ??= subject.term;
        if (draft.date === null && subject.date) {
          takeDate(draft, subject);
          draft.datedBefore = true;
        }
      } else {
        const actor =
          parseImplementerBefore(prepared, draft.start, draft.issuer) ??
          parseActingSubjectBefore(prepared, draft.start) ??
          parsePassiveAgentBefore(prepared, draft.start) ??
          (draft.writtenType !== null && SUBMISSION_TYPES.has(draft.writtenType)
            ? parseProposerBefore(prepared, draft.start)
            : null) ??
          (draft.writtenType !== null && SENT_OWN_TYPES.has(draft.writtenType)
            ? parseSenderBefore(prepared, draft.start)
            : null) ??
          parsePosterBefore(prepared, draft.start, draft.issuer) ??
          (draft.writtenType === 'Tờ trình' ? parseSubmitterBefore(prepared, draft.start) : null) ??
          (draft.writtenType === 'Đề án'
            ? parseSchemeSubmitterBefore(prepared, draft.start)
            : null);
        if (actor) {
          draft.issuingBody = actor.body;
          draft.bodiedBefore = true;
          draft.term ??= actor.term;
        }
      }
    }
    draft.issuingBody ??= jointPartiesBody(prepared, draft, allCaps);
    // `… đưa Quy định số 08-QĐi/TW … về trách nhiệm nêu gương của cán bộ, đảng viên vào sinh hoạt
    // chuyên đề`: a document the sentence brings into something ends its title before `vào` (7 of
    // 7 annotated titles after `đưa`).
    if (
      draft.title !== null &&
      BROUGHT_BEFORE.test(prepared.normalized.slice(Math.max(0, draft.start - 32), draft.start))
    ) {
      const into = draft.title.indexOf(' vào ');
      if (into > 0) draft.title = draft.title.slice(0, into);
    }
    // `… kiểm tra việc thực hiện Quy định số 22-QĐ/TW … về công tác kiểm tra, giám sát … tại Đảng
    // ủy xã Phước Thịnh`: the organisation inspected is the inspection's, not the title's (3 of 3
    // annotated titles of a document so inspected end before `tại <organisation>`; a place, `tại
    // các bến xe`, `tại lễ hội`, stays in 4 of 4).
    if (
      draft.title !== null &&
      // The cheap test first: few titles hold `tại`.
      draft.title.includes(' tại ') &&
      INSPECTED_IMPLEMENTATION.test(
        prepared.normalized.slice(Math.max(0, draft.start - 80), draft.start),
      )
    ) {
      const inspected = draft.title.search(INSPECTED_ORGANISATION);
      if (inspected > 0) draft.title = draft.title.slice(0, inspected);
    }
    if (draft.date === null && draft.issuingBody !== null && !draft.bodiedBefore) {
      const issued = parseIssuedDateBefore(prepared, draft.start);
      if (issued) {
        takeDate(draft, { date: issued.iso, dateYear: issued.year });
        draft.datedBefore = true;
      }
    }
  }
}

/** `đưa` (bring) right before a document, its determiner or `nội dung` between them. */
const BROUGHT_BEFORE = /(?:^|\s)đưa\s+(?:(?:các|nội dung|tinh thần|việc thực hiện)\s+)*$/u;
/** An inspection of how the document after it is carried out (printed). */
const INSPECTED_IMPLEMENTATION =
  /(?:kiểm tra|giám sát)(?: chuyên đề)?(?: việc| về việc| về| tình hình)?(?: lãnh đạo,? chỉ đạo| lãnh đạo| chỉ đạo)?(?:,? tổ chức)?(?: thực hiện| triển khai| quán triệt| thi hành)?(?: các)?\s+$/u;
/** The organisation an inspection visits (`tại Đảng ủy xã …`, `tại 9 đảng bộ xã`, `tại Ban …`). */
const INSPECTED_ORGANISATION =
  / tại (?:các |\d+ )?(?:Đảng ủy|Đảng uỷ|Đảng bộ|đảng bộ|Chi bộ|chi bộ|tổ chức đảng|cấp ủy|Ban Thường vụ|UBND|Ủy ban nhân dân|Sở|Phòng|Ban \p{Lu})/u;
/** A short form's title that names the rule it lays down (`quy định xử phạt … về …`). */
const RULE_ABOUT = /^quy định\s(?:.*\s)?về\s/su;
/** What a proposal is made in (`đề nghị của Giám đốc Sở Nội vụ tại Tờ trình …`): its author's paper. */
const SUBMISSION_TYPES: ReadonlySet<string> = new Set(['Tờ trình', 'Công văn', 'Báo cáo']);
/** What a body sends as its own (`parseSenderBefore`): its invitations and its reports. */
const SENT_OWN_TYPES: ReadonlySet<string> = new Set(['Giấy mời', 'Báo cáo']);

/** The Assembly named in a body (skeleton): `Quốc hội`, `Ủy ban Thường vụ Quốc hội`, `QH`. */
const ASSEMBLY_NAME = /(?:^|[^A-Z])(?:QUOC HOI|UBTVQH|QH)(?![A-Z])/u;

const COORDINATION_BETWEEN = 'phối hợp giữa ';

/**
 * `Quy chế số 01/QC-TA-VKS-THADS phối hợp giữa Tòa án nhân dân huyện, Viện kiểm sát nhân dân
 * huyện và Chi cục Thi hành án dân sự huyện …`: a joint regulation (its issuer code names
 * several bodies) is issued by the parties its title lists, as a `giữa` list after the symbol
 * is read. One body's regulation on coordinating others (`01/QC-UBND`) is that body's.
 */
function jointPartiesBody(prepared: PreparedText, draft: Draft, allCaps: boolean): string | null {
  if (draft.title === null || !draft.title.startsWith(COORDINATION_BETWEEN)) return null;
  if (draft.issuer === null || !draft.issuer.includes('-')) return null;
  const at = indexWithin(
    prepared.normalized,
    COORDINATION_BETWEEN,
    draft.end,
    draft.end + 40 + COORDINATION_BETWEEN.length,
  );
  if (at < 0) return null;
  return parseBody(prepared, at + COORDINATION_BETWEEN.length, allCaps)?.text ?? null;
}

/** Whether the draft's symbol is printed in lower case: its code (`ct/tu`, `qđ-ubnd`) has no capital. */
function isLowerCaseSymbol(draft: Draft): boolean {
  const code = draft.code;
  if (code === null) return false;
  let lower = false;
  for (let index = 0; index < code.length; index++) {
    const char = code.charCodeAt(index);
    if (isCapitalLetterCode(char) || char === 0x110) return false;
    if ((char >= 0x61 && char <= 0x7a) || char === 0x111) lower = true;
  }
  return lower;
}

/**
 * `nghị quyết 68 của bộ chính trị …`, `thông báo số 88–TB/TU của ban thường vụ tỉnh ủy về …`: a
 * type word in lower case, then `của` and a body's head in lower case too, says the writer
 * dropped capitals, as a symbol in lower case does.
 */
function isLowerCaseCitation(prepared: PreparedText, draft: Draft): boolean {
  // A type word's letter, not OCR's `l` for a digit (`l719/QĐ-TTg`, a `1` in the skeleton).
  if (
    !isLowerChar(prepared.normalized, draft.start) ||
    !isCapitalLetterCode(prepared.skeleton.charCodeAt(draft.start))
  )
    return false;
  const of = LOWER_BODY_AFTER.exec(
    prepared.normalized.slice(draft.end, draft.end + LOWER_BODY_REACH),
  );
  if (of === null) return false;
  const bodyAt = draft.end + of[0].length;
  if (startsWithOrganisation(prepared.normalized, bodyAt)) return true;
  // A chat typed without marks: `cv so 215/PGDDT-TH ngay 5/6/2025 cua phong GD ve viec …`.
  const unmarked = prepared.normalized.slice(bodyAt, bodyAt + 24);
  return UNMARKED_BODY_HEAD.test(unmarked) && !MARKED.test(unmarked);
}
/**
 * The optional date (a chat's may leave out the year: `ngày 12/6`), then `của` before a lower-case
 * word, right after the span.
 */
const LOWER_BODY_AFTER = /^(?:\s+(?:ngày|ngay)\s+[\d/.-]{3,10})?\s+(?:của|cua)\s+(?=\p{Ll})/u;
/** A body's head typed without marks (`phong GD`, `so tnmt`, `ubnd huyen`). */
const UNMARKED_BODY_HEAD = /^(?:ubnd|hdnd|uy ban|phong|so|bo|cuc|chi cuc|cong an|ban chi dao)\s/u;
const LOWER_BODY_REACH = 40;

/** A code or issuer printed in mixed case by rule (`TTr`, `TTg`, `QyĐ`): capitals and small letters. */
function isMixedCase(part: string | null): part is string {
  return part !== null && part !== upperCase(part) && part !== lowerCase(part);
}

/**
 * Whether the span is printed in capitals. The codes some symbols print in mixed case by rule
 * (`TỜ TRÌNH SỐ 52/TTr-UBND`, `QUYẾT ĐỊNH SỐ 1719/QĐ-TTg`) say nothing of the text's case.
 */
function isCapitalsSpan(normalized: string, draft: Draft): boolean {
  if (isAllCapsBetween(normalized, draft.start, draft.end)) return true;
  if (!isMixedCase(draft.code) && !isMixedCase(draft.issuer)) return false;
  let span = normalized.slice(draft.start, draft.end);
  let removed = false;
  for (const part of [draft.code, draft.issuer]) {
    if (!isMixedCase(part)) continue;
    const at = span.lastIndexOf(part);
    if (at < 0) continue;
    span = span.slice(0, at) + span.slice(at + part.length);
    removed = true;
  }
  return removed && isAllCaps(span);
}

/**
 * The documents a subject's verb counts before listing them (skeleton, up to the first one):
 * `UBND xã Nậm Xé đã ban hành 03 văn bản chỉ đạo gồm: …`, `HĐND tỉnh … thông qua 02 nghị quyết:
 * …`, `… ban hành 37 thông báo thu hồi đất, từ Thông báo số 101/TB-UBND đến …`. The subject of
 * the verb issues each of them (7 of 7 annotated); a session or a place that counts them
 * (`Kỳ họp đã thông qua 28 nghị quyết, từ …`, `tỉnh đã có 3 văn bản …`) is no body, as before.
 * Built from three parts: the count (a number, a number word, `các`, `nhiều`), the noun counted and
 * the words after it.
 */
const DOCUMENT_COUNT = String.raw`(?:\d{1,3}|HAI|BA|BON|NAM|SAU|BAY|TAM|CHIN|MUOI|CAC|NHIEU|MOT SO)`;
/** The nouns a count of documents is made in (skeleton, lower case in print: `03 văn bản`). */
const COUNTED_NOUNS = String.raw`(?:VAN BAN|THONG BAO|QUYET DINH|NGHI QUYET|KE HOACH|CONG VAN|CONG DIEN|CHI THI|HUONG DAN|THONG TU|NGHI DINH|BAO CAO|KET LUAN|QUY DINH|CHUONG TRINH)`;
/** What the counted documents' own words may hold before their list opens. */
const COUNTED_WORDS = String.raw`(?: [^.;:!?()]{0,60}?)?`;
const COUNTED_DOCUMENTS = new RegExp(
  // `… gồm: …`, `…, gồm …`, `…, gồm các …`, `…, từ …` (a range), or a colon alone after the words.
  // The list may go on in bulleted lines (`… gồm:\n- Kế hoạch số …`).
  String.raw` (${DOCUMENT_COUNT} ${COUNTED_NOUNS}${COUNTED_WORDS}(?:(?: {0,2}, {0,2}| )(?:GOM {0,2}:?(?: {1,3}CAC)?|TU)| {0,2}:))(?: {1,3}[-–•+*])? {0,3}$`,
  'u',
);
/**
 * A bulleted line's opening, ending the text before a listed document (`… gồm:\n- `; the
 * skeleton reads the line break as a space).
 */
const BULLET_LINE_END = / {1,3}[-–•+*]$/u;
/** How `COUNTED_DOCUMENTS` ends (skeleton, before the spaces it allows). */
const COUNT_LIST_OPENERS = ['GOM', ':', 'CAC', 'TU'] as const;
/**
 * The verbs that issue what they count; an office that `phát hành` (sends out) a committee's
 * documents issues none of them (`Văn phòng Tỉnh ủy vừa phát hành 03 văn bản …, gồm: Kế hoạch số
 * 215-KH/TU …`).
 */
const COUNTING_VERB = /(?:^|[^A-Z])(?:BAN HANH|THONG QUA|KY) {1,3}$/u;
/**
 * The subject whose verb counts the documents listed before `start` (see `COUNTED_DOCUMENTS`);
 * read only when no subject stands right before the document, the usual case.
 */
function parseCountingSubjectBefore(
  prepared: PreparedText,
  start: number,
): ReturnType<typeof parseSubjectBefore> {
  const { skeleton } = prepared;
  const from = Math.max(0, start - 100);
  const window = skeleton.slice(from, start);
  // The cheap test first: the count's list opens right before the document, on `gồm`, `gồm các`,
  // `từ` or a colon (`COUNTED_DOCUMENTS`'s last words); most documents follow none.
  let tail = window.trimEnd();
  const bullet = BULLET_LINE_END.exec(tail);
  if (bullet) tail = tail.slice(0, bullet.index).trimEnd();
  if (!COUNT_LIST_OPENERS.some((opener) => tail.endsWith(opener))) return null;
  const counted = COUNTED_DOCUMENTS.exec(window);
  if (!counted) return null;
  const at = from + counted.index + 1;
  return COUNTING_VERB.test(skeleton.slice(Math.max(0, at - 16), at))
    ? parseSubjectBefore(prepared, at)
    : null;
}

/** A date and its year travel together, from the fields read or from another document. */
function takeDate(draft: Draft, source: { date: string | null; dateYear: number | null }): void {
  draft.date = source.date;
  draft.dateYear = source.dateYear;
}

const SAME_DOCUMENT_GAP = /^ {0,3}(?:,|VA|, {0,2}VA) {0,3}$/;
/**
 * Up to `reach` characters within the sentence, ending with a list's comma or `và` and a
 * determiner (`… và các Kế hoạch số 45, 46-KH/HU`) (skeleton); across brackets only with
 * `brackets` (a title's own, between a subject's objects).
 */
function listGapWithin(reach: number, brackets = false): RegExp {
  const gap = brackets ? '[^.;:!?]' : '[^.;:!?()]';
  return new RegExp(`^${gap}{0,${reach}}(?:,|VA|, {0,2}VA)(?: {1,3}(?:CAC|NHUNG))? {0,3}$`);
}
/**
 * Before `cùng ngày`, the documents listed may each carry their own body (`Chỉ thị số 12-CT/TU
 * của Ban Thường vụ Tỉnh ủy và Chỉ thị số 12/CT-UBND của Chủ tịch UBND tỉnh cùng ngày …`): the
 * gap is anything within the sentence that ends with the list's comma or `và`.
 */
const SHARED_DATE_GAP = listGapWithin(120);
/**
 * Between the documents a subject's verb lists as its objects, the earlier one's title may run
 * long (`Bộ Chính trị ban hành Nghị quyết số 66-NQ/TW ngày … về đổi mới công tác xây dựng và thi
 * hành pháp luật … trong kỷ nguyên mới và Nghị quyết số 68-NQ/TW …`): every annotated pair of one
 * series after a subject, 1,375 with up to 200 characters between, 4 of them over 120, gives
 * the later one the subject; a title's brackets between them too (`… thành lập Tổ biên soạn cuốn
 * “Lịch sử Đảng bộ huyện (1945 - 2025)” và Quy chế số 05-QC/HU …`).
 */
const SUBJECTS_OBJECTS_GAP = listGapWithin(200, true);
/**
 * A `;` between the documents a subject issues, listed as its verb's objects with nothing but a
 * date after each (`Thủ tướng đã ban hành Công điện số 95/CĐ-TTg ngày 28/9/2025; Công điện số
 * 97/CĐ-TTg ngày 01/10/2025 và …`); after a title the `;` ends the clause (`… quy định mức chi …;
 * Nghị quyết số 21/2024/NQ-HĐND có hiệu lực …`).
 */
const DATED_LIST_SEMICOLON =
  /^ {0,3}(?:,? {0,3}NGAY {1,3}\d{1,2} {0,2}\/ {0,2}\d{1,2} {0,2}\/ {0,2}\d{4})? {0,3}; {0,3}$/;

/**
 * A `;` after the first document's title, before another of the series that carries its own
 * date or `về` title (`Ban Thường trực đã ban hành Kế hoạch số 61/KH-MTTQ-BTT ngày … về …; Kế
 * hoạch số 63/KH-MTTQ-BTT ngày … về …`; a letter's `V/v …`): the verb's objects listed, each with its fields. A
 * document followed by a verb of its own opens the next clause instead.
 */
const TITLED_LIST_SEMICOLON = /^[^.;:!?()]{0,240}; {0,3}$/;
const LISTED_WITH_FIELDS = /^ {0,3}(?:,? {0,3}NGAY {1,3}\d|VE |V\/V )/;

/**
 * `UBND xã … đã ban hành Quy định số 02/QyĐ-UBND về … và các Quyết định số 05, 06, 07 ngày
 * 12/01/2026`: a list of bare numbers with its date, no symbol to tell its series, after a
 * document the subject issued: more objects of the same verb. The list's members from `index`
 * on, or none when the draft there does not open one.
 */
function unsymbolledDatedList(drafts: readonly Draft[], index: number): readonly Draft[] {
  const first = drafts[index];
  if (!first || first.group === null || first.issuer !== null || first.code !== null) return [];
  const members = [first];
  for (const member of drafts.slice(index + 1)) {
    if (member.group !== first.group) break;
    members.push(member);
  }
  const last = members[members.length - 1];
  return members.length > 1 && last?.date !== null ? members : [];
}

/**
 * Lists share what is written once: a shared code distributes everything backward
 * (`Nghị quyết số 18, 19-NQ/TW ngày … của …`); a date written after the last of several
 * same-type symbols (`Kế hoạch số 45/KH-UBND, Kế hoạch số 46/KH-UBND ngày …`) is theirs too.
 */
function shareListFields(prepared: PreparedText, drafts: Draft[]): void {
  const groups = new Map<number, Draft[]>();
  for (const draft of drafts) {
    if (draft.group === null) continue;
    const members = groups.get(draft.group) ?? [];
    members.push(draft);
    groups.set(draft.group, members);
  }
  for (const members of groups.values()) {
    const first = members[0];
    const last = members[members.length - 1];
    if (!first || !last || members.length < 2) continue;
    if (!last.sharedList && last.date === null) {
      // Bare symbols after one type word (`Nghị quyết số 26-NQ/TW, 27-NQ/TW của Hội nghị
      // Trung ương 7 khóa XII`): the year, body and term written after the last are everyone's
      // (`Kết luận số 126-KL/TW, 127-KL/TW năm 2025 của …`), and a date and body written before
      // the list (`Ngày 26/6/2025, UBND tỉnh ban hành …`) too.
      for (const member of members) {
        member.issuingBody ??= last.issuingBody ?? (first.datedBefore ? first.issuingBody : null);
        member.term ??= last.term;
        member.attachedYear ??= last.attachedYear;
        if (member.date === null && first.datedBefore) {
          takeDate(member, first);
        }
      }
      continue;
    }
    // The date written after the list, else one written before it (`Ngày 27/12/2024, Chủ tịch
    // UBND ký các Quyết định số 3310, 3311 và 3312/QĐ-UBND`: the first member read it).
    const dated = last.date !== null ? last : first;
    // `UBND huyện X ban hành các Quyết định số 318, 319, 320/QĐ-UBND … của UBND huyện`: the body
    // printed after the list names the issuer, as it would after one document; the clause's
    // subject only stands in when none is printed.
    const printedBody = last.bodiedBefore ? null : last.issuingBody;
    for (const member of members) {
      if (member.date === null) {
        takeDate(member, dated);
      }
      if (printedBody !== null && member.bodiedBefore) {
        member.issuingBody = printedBody;
        member.bodiedBefore = false;
      }
      if (member.issuingBody === null) {
        const giver = last.issuingBody !== null ? last : first;
        member.issuingBody = giver.issuingBody;
        // The clause's subject named before the list issues every member, so the documents after
        // the list that it issues too take it from the last (`UBND huyện cụ thể hóa bằng các Kế
        // hoạch số 215/KH-UBND, 216/KH-UBND ngày … và Quyết định số 3140/QĐ-UBND …`).
        if (giver.bodiedBefore) member.bodiedBefore = true;
      }
      member.term ??= last.term ?? first.term;
    }
  }
  for (let index = drafts.length - 2; index >= 0; index--) {
    const earlier = drafts[index];
    const later = drafts[index + 1];
    if (!earlier || !later || earlier.date !== null || later.date === null) continue;
    if (earlier.group !== null && earlier.group === later.group) continue;
    const sameType = (earlier.writtenType ?? earlier.code) === (later.writtenType ?? later.code);
    const sameSeries = earlier.code === later.code && earlier.issuer === later.issuer;
    // `cùng ngày` says it outright; otherwise only a run of one series shares a date. Never a
    // date of another year than the symbol's (`Nghị định 16/2015/NĐ-CP và Nghị định
    // 60/2021/NĐ-CP ngày 21/6/2021`).
    // A subject's verb with two documents of its own as objects dates both (`Sở Nội vụ đã ban
    // hành Hướng dẫn số 45/HD-SNV và Kế hoạch số 46/KH-SNV ngày 20/8/2025`): one issuer's.
    const subjectsObjects =
      earlier.bodiedBefore && earlier.issuer !== null && earlier.issuer === later.issuer;
    if (
      !later.dateShared &&
      !subjectsObjects &&
      // A letter's symbol holds no type code (`Công văn số 512/UBND-KT, Công văn số 513/UBND-KT
      // ngày …`): its issuer alone names the series, as the Assembly's with its year does (`Luật
      // Đường bộ số 35/2024/QH15 và Luật … số 36/2024/QH15 được Quốc hội thông qua ngày …`). (An
      // old decree's `64-CP` holds none either, nor a year that could tell its date from the next
      // one's.)
      (!sameType ||
        !sameSeries ||
        (earlier.code === null &&
          (earlier.issuer === null ||
            ((earlier.type ?? earlier.writtenType) !== 'Công văn' &&
              !(isAssemblyIssuer(earlier.issuer) && earlier.symbolYear !== null)))))
    )
      continue;
    if (earlier.symbolYear !== null && earlier.symbolYear !== later.dateYear) continue;
    // Nor to a law named with its own year (`Căn cứ Luật PCCC và CNCH năm 2024, Nghị định số
    // 105/2025/NĐ-CP và Nghị định số 106/2025/NĐ-CP cùng ngày 15/5/2025 của Chính phủ`).
    if (earlier.attachedYear !== null && earlier.attachedYear !== later.dateYear) continue;
    const gap = prepared.skeleton.slice(earlier.end, later.start);
    if (!(later.dateShared ? SHARED_DATE_GAP : SAME_DOCUMENT_GAP).test(gap)) continue;
    takeDate(earlier, later);
    earlier.dateShared = later.dateShared;
    earlier.issuingBody ??= later.issuingBody;
    earlier.term ??= later.term;
  }
}

/**
 * Dates a clause gives to the documents after the first: `Ngày 20/6/2025, HĐND tỉnh đã thông
 * qua Nghị quyết số 45/NQ-HĐND về … và Nghị quyết số 46/NQ-HĐND về …` (both its objects), and
 * `… Quyết định số 1251-QĐ/HU cùng ngày …` (the day of the document cited just before).
 */
function shareDatesForward(prepared: PreparedText, drafts: Draft[]): void {
  for (let index = 1; index < drafts.length; index++) {
    const later = drafts[index];
    if (later?.sameDayAsPrevious && later.date === null) {
      const same = sameDayDocument(drafts, index);
      if (same) {
        takeDate(later, same);
        if (same.code === later.code && same.issuer === later.issuer) {
          later.issuingBody ??= same.issuingBody;
          later.term ??= same.term;
        }
      }
    }
    const earlier = drafts[index - 1];
    if (!earlier || !later || later.date !== null || earlier.date === null) continue;
    if (!earlier.datedBefore || later.issuingBody !== null) continue;
    if (!SHARED_DATE_GAP.test(prepared.skeleton.slice(earlier.end, later.start))) continue;
    takeDate(later, earlier);
    later.issuingBody = earlier.issuingBody;
    later.datedBefore = true;
  }
}

/**
 * The subject that issues the first of several documents issues the ones listed after it, of
 * the same series: `Bộ Chính trị đã ban hành Nghị quyết số 59-NQ/TW ngày … về … và Nghị quyết
 * số 66-NQ/TW …`, `Chính phủ ban hành Nghị định số 125/2020/NĐ-CP và Nghị định số
 * 126/2020/NĐ-CP cùng ngày …` (the verb's objects).
 */
function shareSubjectForward(prepared: PreparedText, drafts: Draft[]): void {
  shareCountingSubject(prepared, drafts);
  for (let index = 1; index < drafts.length; index++) {
    const earlier = drafts[index - 1];
    const later = drafts[index];
    if (!earlier?.bodiedBefore || !later || later.issuingBody !== null) continue;
    if (issuedByTheSameSubject(prepared, earlier, later)) {
      takeSubject(later, earlier);
      continue;
    }
    const series = issuerHead(earlier.issuer);
    if (series === '') continue;
    const gap = prepared.skeleton.slice(earlier.end, later.start);
    if (series !== issuerHead(later.issuer)) {
      const list = unsymbolledDatedList(drafts, index);
      if (list.length > 0 && SUBJECTS_OBJECTS_GAP.test(gap)) {
        for (const member of list) {
          if (member.issuingBody === null) takeSubject(member, earlier);
        }
      }
      continue;
    }
    // `… ban hành 37 thông báo, từ Thông báo số 101/TB-UBND đến Thông báo số 137/TB-UBND`: the
    // two ends of a range the subject issued, on the same day when it was dated before them.
    if (isRangeEnd(prepared.skeleton, earlier, gap)) {
      takeSubject(later, earlier);
      if (earlier.datedBefore && later.date === null && earlier.date !== null) {
        takeDate(later, earlier);
        later.datedBefore = true;
      }
      continue;
    }
    if (
      !SUBJECTS_OBJECTS_GAP.test(gap) &&
      !DATED_LIST_SEMICOLON.test(gap) &&
      !(
        TITLED_LIST_SEMICOLON.test(gap) &&
        LISTED_WITH_FIELDS.test(prepared.skeleton.slice(later.end, later.end + 24))
      )
    )
      continue;
    takeSubject(later, earlier);
  }
}

/** `later` takes the subject (body and term) that `earlier` was issued by, named before it. */
function takeSubject(later: Draft, earlier: Draft): void {
  later.issuingBody = earlier.issuingBody;
  later.term ??= earlier.term;
  later.bodiedBefore = true;
}

/**
 * `… đồng thời` or `và` before the verb that issues or sends the later document (skeleton): the
 * earlier subject's second act (`UBND xã … ban hành Quy định số 02/QyĐ-UBND …; đồng thời có
 * Thông báo số 57/TB-UBND …`, `… lập Biên bản số 31/BB-HKL … và ban hành Quyết định số 45/QĐ-HKL
 * …`, `UBND huyện … có Thông báo số 214/TB-UBND … và gửi Giấy mời số 37/GM-UBND …`).
 */
const SECOND_ACT_BEFORE =
  /(?: VA|[;,] {0,2}DONG THOI) {1,3}(?:(?:DA|CUNG|VUA) {1,3})?(?:BAN HANH|CO|GUI) {1,3}$/u;
/** How far apart the two documents of one subject's acts may stand. */
const SECOND_ACT_REACH = 320;
/** A sentence's end, or a `;` before a new subject in capitals, between the two acts. */
const NEW_SUBJECT_BETWEEN = /[.!?;]\s+\p{Lu}/u;
/**
 * Whether the subject that issued `earlier` (named before it) issues `later` too, as its second
 * act in the same sentence (13 of the 13 annotations of the form give the earlier subject; after a
 * new clause's subject, `…; Ban Chỉ đạo … và đã ban hành …`, that subject's own).
 */
function issuedByTheSameSubject(prepared: PreparedText, earlier: Draft, later: Draft): boolean {
  if (later.start - earlier.end > SECOND_ACT_REACH) return false;
  if (
    !SECOND_ACT_BEFORE.test(
      prepared.skeleton.slice(Math.max(earlier.end, later.start - 32), later.start),
    )
  )
    return false;
  return !NEW_SUBJECT_BETWEEN.test(prepared.normalized.slice(earlier.end, later.start));
}

/**
 * `Chính phủ ban hành 03 nghị định … gồm: Nghị định số 101/2024/NĐ-CP quy định về …; đăng ký, cấp
 * …; Nghị định số 102/2024/NĐ-CP quy định chi tiết … của Luật Đất đai; Nghị định số …`: the
 * counted set's members, each after the previous one's title, which may hold a `;` and cite other
 * documents of its own (skipped: a member is a document of the counting subject's series).
 */
function shareCountingSubject(prepared: PreparedText, drafts: Draft[]): void {
  let member: Draft | null = null;
  for (const draft of drafts) {
    if (draft.countedBefore) {
      member = draft;
      continue;
    }
    if (member === null || draft.issuingBody !== null) continue;
    // Past a gap's reach the set is closed: no slice of the text between (linear time).
    if (draft.start - member.end > COUNTED_LIST_REACH) {
      member = null;
      continue;
    }
    const gap = prepared.skeleton.slice(member.end, draft.start);
    if (!COUNTED_LIST_GAP.test(gap)) {
      // Another document inside the member's title (`… của Luật Đất đai`) leaves the set open.
      if (/[.!?]/u.test(gap)) member = null;
      continue;
    }
    if (issuerHead(member.issuer) === '' || issuerHead(member.issuer) !== issuerHead(draft.issuer))
      continue;
    draft.issuingBody = member.issuingBody;
    draft.term ??= member.term;
    draft.bodiedBefore = true;
    draft.countedBefore = true;
    member = draft;
  }
}
/**
 * Between members of a counted set: the earlier one's words up to a `;` and the next line's bullet
 * if any (skeleton); the reach is the longest such gap (the words, the `;`, its spaces and bullet).
 */
const COUNTED_LIST_WORDS = 400;
const COUNTED_LIST_GAP = new RegExp(
  String.raw`^[^.!?]{0,${COUNTED_LIST_WORDS}}; {0,3}(?:[-–•+*] {1,3})?$`,
  'u',
);
const COUNTED_LIST_REACH = COUNTED_LIST_WORDS + 8;

const RANGE_START = /(?:^|[^A-Z])TU {1,3}$/u;
const RANGE_GAP = /^ {0,3}DEN {1,3}$/u;
/** Whether `gap` joins `earlier` (after `từ`) to the other end of a range (`đến`). */
function isRangeEnd(skeleton: string, earlier: Draft, gap: string): boolean {
  return (
    RANGE_GAP.test(gap) &&
    RANGE_START.test(skeleton.slice(Math.max(0, earlier.start - 8), earlier.start))
  );
}

/**
 * The dated document a `cùng ngày` refers to: the nearest of the few cited before it, one of
 * the same series first (`Quyết định số 1250-QĐ/HU ngày … về … Nghị quyết 18-NQ/TW và Quyết
 * định số 1251-QĐ/HU cùng ngày`).
 */
function sameDayDocument(drafts: readonly Draft[], index: number): Draft | null {
  const later = drafts[index];
  let nearest: Draft | null = null;
  for (let back = index - 1; back >= Math.max(0, index - 5); back--) {
    const earlier = drafts[back];
    if (!earlier || earlier.date === null) continue;
    if (earlier.code === later?.code && earlier.issuer === later.issuer) return earlier;
    nearest ??= earlier;
  }
  return nearest;
}

/** A number of three digits or more, no letters (`193`, `1250`). */
const STATE_SIZED_NUMBER = /^[1-9]\d{2,}$/u;

/** The Party itself named in a body (`Đảng bộ xã`, `ĐẢNG ỦY`), printed, in any case. */
const PARTY_BODY_WORD = /(?:^|\s)(?:Đảng|ĐẢNG)(?:\s|$)/u;

function kindOf(prepared: PreparedText, draft: Draft, type: string): ReferenceKind {
  if (draft.kind) return draft.kind;
  if (draft.issuer) {
    // `09/QĐ-BCĐ`: an issuer both the Party and the State name bodies by, in the State's layout.
    if (draft.layout === 'state' && LAYOUT_KIND_ISSUERS.has(issuerHead(draft.issuer)))
      return 'state';
    // `03-KH/LĐ`: a school's Young Pioneers unit (`Liên đội`) in the Youth Union's format; in the
    // State's layout `LĐ` is the courts' labour cases (`08/2024/LĐ-PT`), so only this layout says so.
    // (A list's members take the issuer without a layout of their own.)
    if (draft.layout !== 'state' && PIONEER_UNIT_ISSUERS.has(issuerHead(draft.issuer)))
      return 'party';
    // `1125/ĐĐ-QLRR` (the dikes department's risk unit): a letter in the State's layout with no type
    // code, its head a Party issuer's letters. The Party's own letters carry their code
    // (`8011-CV/BTCTU`, `05/NQ-ĐĐ`), so the body named, if any, tells; else it is the State's.
    if (
      draft.layout === 'state' &&
      draft.code === null &&
      draft.issuer.includes('-') &&
      isPartyIssuer(draft.issuer)
    )
      return draft.issuingBody ? kindFromBody(toSkeleton(draft.issuingBody)) : 'state';
    // `05-NQ/ĐH … của Đại hội đại biểu Đảng bộ xã`: an issuer no table knows, in the Party's
    // layout, issued by a body of the Party (mass organisations use the layout too: `05-NQ/CCB`).
    const partyBody =
      draft.layout === 'party' &&
      draft.issuingBody !== null &&
      PARTY_BODY_WORD.test(draft.issuingBody) &&
      !isKnownIssuer(draft.issuer);
    return partyBody || isPartyIssuer(draft.issuer) ? 'party' : 'state';
  }
  if (draft.issuingBody) return kindFromBody(toSkeleton(draft.issuingBody));
  // `Nghị quyết 193`: the Party's committees number their resolutions by the dozen a term, the
  // Assembly, the Government and the councils by the hundred (273 of the 276 annotated short
  // resolutions numbered from 100 are the State's).
  if (type === 'Nghị quyết' && draft.number !== null && STATE_SIZED_NUMBER.test(draft.number))
    return 'state';
  // `… Kế hoạch số 89/KH-UBND về triển khai Nghị quyết 57`: a resolution or directive carried out
  // is the Party's whatever body carries it out (73 of the 74 annotated short forms).
  if (
    PARTY_DEFAULT_TYPES.has(type) &&
    CARRIED_OUT_BEFORE.test(prepared.skeleton.slice(Math.max(0, draft.start - 24), draft.start))
  )
    return 'party';
  const from = Math.max(0, draft.start - 200);
  const to = Math.min(prepared.skeleton.length, draft.end + 120);
  const around = prepared.skeleton.slice(from, to);
  // Stay inside the sentence.
  const before = around.slice(0, draft.start - from);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const afterSentence = around.indexOf('. ', draft.end - from);
  const sentenceEnd = afterSentence >= 0 ? from + afterSentence : to;
  return kindFromContext(
    prepared.skeleton.slice(from + sentenceStart + 1, sentenceEnd),
    prepared.normalized.slice(from + sentenceStart + 1, sentenceEnd),
    type,
  );
}

/** An article, clause or point cited right before its document (skeleton): `KHOAN 3 DIEU 12 `. */
const ARTICLE_CITED_BEFORE =
  /(?:^|[^A-Z])(?:(?:DIEU|KHOAN) {1,3}\d[\dA-Z.]{0,5}|DIEM {1,3}(?:[A-Z]{1,2}|\d[\dA-Z.]{0,4})) {1,3}(?:CUA {1,3})?$/u;
/** `quy định …` that is not a title's formula (`quy định chi tiết`, `quy định về`, `quy định xử phạt`). */
const ARTICLE_STIPULATES = /^quy định\s(?!(?:chi tiết|về|xử phạt)(?![\p{L}]))/u;

/**
 * An implementing verb right before a short form (skeleton), or the resolution's `tinh thần`
 * (its spirit) and the law that `cụ thể hóa` or `thể chế hóa` it: the Party's idioms (25, 17
 * and 1 of the 44 annotated short forms after them are the Party's).
 */
const CARRIED_OUT_BEFORE =
  /(?:^|[^A-Z])(?:THUC HIEN|TRIEN KHAI|QUAN TRIET|HOC TAP|TONG KET|SO KET|TINH THAN|CU THE HOA|THE CHE HOA) {1,3}(?:CAC {1,3})?$/u;

/**
 * `Công văn số 1523/CT-CS` (Cục Thuế's policy unit): a State letter's symbol holds no type code
 * (381 of the 382 annotated State letters read none; `CV` the one), so letters read as a code
 * before a unit no table knows are its issuer's (`CT-CS`). Before a known issuer (`QĐ-UBND`,
 * `NĐ-CP`) they are a code, whatever the text calls the document.
 */
function unfoldLetterIssuer(prepared: PreparedText, draft: Draft): void {
  if (draft.layout !== 'state') return;
  if (draft.code === null || draft.issuer === null || upperCase(draft.code) === 'CV') return;
  if (isKnownIssuer(draft.issuer)) return;
  // `Số: 3094/CT-NVDTPC\nV/v hướng dẫn …`: a letterhead whose subject line (`V/v`, which only a
  // letter carries) names the document a letter though no type word does.
  const letter =
    draft.writtenType === 'Công văn' ||
    // `Văn bản số 1045/TTr-NV3`: `TTr` is also the inspectorate (Thanh tra), whose divisions
    // (`NV3`) no table knows; a paper called only `văn bản` is its letter, not a Tờ trình.
    (draft.writtenType === GENERIC_TYPE && upperCase(draft.code) === 'TTR') ||
    (draft.writtenType === null &&
      SUBJECT_LINE_AFTER.test(prepared.skeleton.slice(draft.end, draft.end + 8)));
  if (!letter) return;
  draft.writtenType = 'Công văn';
  draft.issuer = `${draft.code}-${draft.issuer}`;
  draft.code = null;
}
const SUBJECT_LINE_AFTER = /^ {0,3}V\/V /u;

function typeOf(draft: Draft, kind: ReferenceKind): string {
  if (draft.writtenType && draft.writtenType !== GENERIC_TYPE) return draft.writtenType;
  const fromCode = typeFromCode(draft.code, kind);
  if (fromCode) return fromCode;
  const head = upperCase(draft.issuer ?? '');
  if (draft.symbolYear !== null && /^QH\d*$/u.test(head)) return 'Luật';
  if (draft.symbolYear !== null && /^UBTVQH\d*$/u.test(head)) return 'Nghị quyết';
  return 'Công văn';
}

/**
 * A number printed with OCR's letters for digits (`l8`, `2O45`, `O5`), which the skeleton already
 * read as digits where the number was found: its digits.
 */
function ocrNumber(number: string | null): string | null {
  if (number === null || !OCR_DIGIT_LETTER.test(number) || !/\d/u.test(number)) return number;
  return withOcrDigits(number);
}
const OCR_DIGIT_LETTER = /[OolI]/u;

/** `khóa Xlll` out of OCR, read `XLLL`: `L` never repeats in a Roman numeral, so the `l`s are `I`s. */
function ocrTerm(term: string | null): string | null {
  return term !== null && term.includes('LL') ? term.replaceAll('L', 'I') : term;
}

function toReference(input: string, prepared: PreparedText, draft: Draft): Reference {
  unfoldLetterIssuer(prepared, draft);
  draft.number = ocrNumber(draft.number);
  draft.term = ocrTerm(draft.term);
  const provisionalType =
    draft.writtenType && draft.writtenType !== GENERIC_TYPE ? draft.writtenType : 'Công văn';
  const kind = kindOf(prepared, draft, provisionalType);
  const type = typeOf(draft, kind);
  const start = prepared.toOriginal(draft.start);
  let end = prepared.toOriginal(draft.end);
  // A character normalization dropped right after the span (`05/SYT-NVY\u200B`) maps the end
  // past itself: the span ends at its last printed character.
  while (end > start && isVanishingCode(input.charCodeAt(end - 1))) end--;
  const year = draft.symbolYear ?? draft.dateYear ?? draft.attachedYear;
  const key = referenceKey({
    kind,
    type,
    number: draft.number,
    code: draft.code,
    issuer: draft.issuer,
    symbolYear: draft.symbolYear,
    year,
    issuingBody: draft.issuingBody,
    layout: kind,
    nameKey: draft.nameKey,
    title: draft.form === 'named-law' ? draft.title : null,
  });
  return {
    text: input.slice(start, end),
    start,
    end,
    kind,
    type,
    number: draft.number,
    code: draft.code,
    issuer: draft.issuer,
    year,
    date: draft.date,
    issuingBody: draft.issuingBody,
    term: draft.term,
    title: draft.title,
    form: draft.form,
    key,
  };
}
