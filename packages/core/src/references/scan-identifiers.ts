import { isKnownIssuer } from './classify';
import { isCapitalLetterCode, isDigitCode, upperCase } from './letter-case';
import { PARTY_SYMBOL_CODES, STATE_CODES_IN_PARTY_LAYOUT, TYPE_CODES } from './type-codes-table';
import { skeletonAlternation, withoutMarks, type PreparedText } from './prepare-text';

/** Which printed layout a symbol follows. */
export type SymbolLayout = 'party' | 'state' | 'old';

/** A document symbol found in the text (`18-NQ/TW`, `100/2019/NĐ-CP`), before validation. */
export interface SymbolCandidate {
  start: number;
  end: number;
  layout: SymbolLayout;
  /** Number as printed (`05`). */
  number: string;
  /** Year printed inside the symbol (`2019` in `100/2019/NĐ-CP`). */
  year: number | null;
  /** Type code as printed, normalized Đ (`QĐi`, `ct`), or null (Công văn, laws, old forms). */
  code: string | null;
  /** Issuer segments as printed, joined by `-` (`BNV-BTC`, `UBND-KT`, `TW`). */
  issuer: string;
}

// All patterns run on the skeleton (upper case, ASCII letters, dashes folded): see prepare-text.
/**
 * The type codes of the Party's layout as the skeleton spells them, longest first (`NQLT`
 * before `NQ`): the Party's own and the State's old orders printed that way.
 */
const PARTY_CODES = skeletonAlternation([...PARTY_SYMBOL_CODES, ...STATE_CODES_IN_PARTY_LAYOUT]);
/**
 * One segment of a symbol's issuer; a unit numbered in Roman after a dot keeps it (the
 * Government Inspectorate's departments: `1185/TTCP-C.II`).
 */
const SEGMENT = String.raw`[A-Z][A-Z&\d]*(?:\.[IVX]{1,4}(?![A-Z\d]))?`;
/**
 * One pass over the digits for every layout (patterns start with the digit for fast scanning;
 * what may precede it is checked in code): Party `18-NQ/TW`, State `100/2019/NĐ-CP`,
 * old `64-CP` / `01-TANDTC-VKSNDTC/TTLT`. The character after the number decides the layout.
 */
const SYMBOL = new RegExp(
  // `(?<!\d)`: a number starting inside a digit run is refused anyway (acceptsStart); the
  // lookbehind lets the engine skip those positions without trying every layout. Only the
  // parts read later are captured (each capture is a substring made for every match): the
  // number is the digit run the match starts with (no layout continues with a digit), and the
  // layout is the one whose mandatory part is set.
  // A number of six or seven digits is a register's, zero-led (`000217/QĐ-KT`, `0015842/BB-VPHC`).
  String.raw`(?<!\d)(?:0\d{5,6}|\d{1,5})(?:` +
    // A Party group's issuer carries the term of the body it leads (`81-KH/ĐĐQH15`), as the
    // Council of State's did (`03-LCT/HĐNN8`).
    String.raw` ?(?:- ?| )?(${PARTY_CODES}) ?/ ?((?:(?:DD[A-Z]+|HDNN)\d{1,2}|[A-Z][A-Z&]*)(?:-[A-Z][A-Z&\d]*)*)(?![A-Z&\d])` +
    // Up to two spaces after a separator: a PDF copy breaks `TT-\r\nBNV` after the hyphen.
    // A number may carry a letter before the slash (`30c/NQ-CP`, `7b/NQ-BCH`; not `11V/v`).
    String.raw`|(?:[A-Z](?=/(?!V(?![A-Z]))))? ?/ ?(?:(\d{4}) ?/ ?)?(${SEGMENT}(?: ?[-/] {0,2}${SEGMENT})*)(?![A-Z&\d])` +
    // The old layouts' code after the hyphen, on the next line too (`315-\nHĐBT` in a PDF's text).
    String.raw`|- {0,2}(?:(CP|CT|TTG|HDBT)(?![A-Z\d/-])|([A-Z]+(?:-[A-Z]+)*)\/(TTLT|TT|QD|NQ)(?![A-Z\d])))`,
  'g',
);
/** A separator with a space around it inside a symbol's issuer (`KH- SVHTTDL`, `27 - KH`). */
const SPACED_SEPARATOR = /\s+[-–—/]\s*|[-–—/]\s+/gu;
/** A letter with a tone or vowel mark: a Vietnamese word's, never a code's (`Đ`, its look-alike `Ð` aside). */
const MARKED_LETTER = /[^\p{ASCII}ĐđÐð–—\s\d]/u;
/**
 * Where a State symbol's issuer really ends (printed text): a part after a spaced separator that
 * holds a marked letter is the sentence going on (`nghị định 117/2025/nđ-cp - tài xế …`, a
 * dash of the sentence), not a unit of the issuer, whose codes the skeleton folds to look alike.
 */
function wordAfterSpacedDash(normalized: string, from: number, end: number): number {
  const rest = normalized.slice(from, end);
  SPACED_SEPARATOR.lastIndex = 0;
  let separator: RegExpExecArray | null;
  while ((separator = SPACED_SEPARATOR.exec(rest)) !== null) {
    const partFrom = separator.index + separator[0].length;
    const next = rest.slice(partFrom).search(/[-–—/\s]/u);
    const part = rest.slice(partFrom, next < 0 ? rest.length : partFrom + next);
    if (MARKED_LETTER.test(part)) return from + separator.index;
  }
  return end;
}

/** Capture numbers of `SYMBOL`. */
const PARTY_CODE = 1;
const PARTY_ISSUER = 2;
const STATE_YEAR = 3;
const STATE_REST = 4;
const OLD_CODE_ALONE = 5;
const OLD_ISSUERS = 6;
const OLD_CODE = 7;

/** A zero-led number of six or seven digits (a register's: see `maxDigits` in `scanIdentifiers`). */
function isRegisterNumberAt(text: string, index: number, length: number): boolean {
  return length >= 6 && length <= 7 && text.charCodeAt(index) === 0x30;
}

/** Whether a symbol's number is a register's, zero-led, six or seven digits long. */
export function isRegisterNumber(number: string): boolean {
  return isRegisterNumberAt(number, 0, number.length);
}

/** Length of the digit run at `index` (the symbol's number). */
function digitsAt(text: string, index: number): number {
  let end = index;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code < 0x30 || code > 0x39) break;
    end++;
  }
  return end - index;
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/**
 * `pattern.test(text.slice(from, to))` for `\p{Ll}` / `\p{Lu}`, answering ASCII letters by
 * code without slicing: symbols are short ASCII runs, and the Unicode-property regex is tried
 * only from the first other character on.
 */
function hasCaseIn(
  text: string,
  from: number,
  to: number,
  pattern: RegExp,
  asciiFrom: number,
): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if (code >= asciiFrom && code <= asciiFrom + 25) return true;
    } else {
      return pattern.test(text.slice(index, to));
    }
  }
  return false;
}
const hasLowerIn = (text: string, from: number, to: number): boolean =>
  hasCaseIn(text, from, to, LOWER, 0x61);
const hasUpperIn = (text: string, from: number, to: number): boolean =>
  hasCaseIn(text, from, to, UPPER, 0x41);

const SEPARATOR = /[\s\-\u2010-\u2015\u2212/]/u;

/** Space, `/` or any dash: what separates issuer segments. */
function isSeparatorAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80)
    return code === 0x2d || code === 0x2f || code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SEPARATOR.test(text[index] ?? '');
}

/**
 * The issuer segments of the candidate being read, as `[start, end)` pairs into the normalized
 * text (`starts[i]`, `ends[i]`): one scratch list for the whole scan instead of an object and
 * a substring per segment of every candidate (most segments are only measured, never read).
 */
const segmentStarts: number[] = [];
const segmentEnds: number[] = [];

/** Splits the printed issuer part into segments, as written (spaces and dash kinds removed). */
function splitSegments(normalized: string, from: number, to: number): number {
  let count = 0;
  let segmentStart = from;
  for (let index = from; index < to; index++) {
    if (!isSeparatorAt(normalized, index)) continue;
    if (index > segmentStart) {
      segmentStarts[count] = segmentStart;
      segmentEnds[count++] = index;
    }
    segmentStart = index + 1;
  }
  if (to > segmentStart) {
    segmentStarts[count] = segmentStart;
    segmentEnds[count++] = to;
  }
  return count;
}

/**
 * The words that follow a symbol in running text (`… của`, `… về`, `… ngày`), printed and typed
 * without marks: glued to a code when a PDF's text layer drops the space.
 */
const GLUED_WORDS: ReadonlySet<string> = new Set(
  ['của', 'về', 'ngày', 'năm', 'và', 'do', 'tại', 'với', 'đã', 'được', 'theo', 'thì', 'để'].flatMap(
    (word) => [word, withoutMarks(word)],
  ),
);

/** Capitals, one small letter, capitals (`TTrB`): a unit's code printed in mixed case. */
const ONE_LOWER_INSIDE = /^\p{Lu}{2,}\p{Ll}\p{Lu}+$/u;

/**
 * The skeleton upper-cases everything, so `QĐ/TWcủa` reads `QD/TWCUA`: cut the issuer where
 * the printed text turns lower case (glue), and drop trailing segments that are words
 * (`QH15 - Luật`). Works on segments `first…count - 1` in place; returns where the kept ones
 * end (a cut segment keeps its upper-case head). Callers skip it for a symbol printed wholly
 * in lower case (`35-ct/tw`), which is kept as is.
 */
function trimIssuer(normalized: string, first: number, count: number): number {
  for (let index = first; index < count; index++) {
    const start = segmentStarts[index] ?? 0;
    const end = segmentEnds[index] ?? 0;
    if (!hasLowerIn(normalized, start, end)) continue;
    const text = normalized.slice(start, end);
    const firstLower = text.search(LOWER);
    // `05-KH/ĐUvề vận động …`, `1234/QĐ-UBNDdo …`: a word glued to a known code in capitals.
    // Asked before the tables, which read every `ĐU…` as a Party committee's code (`ĐUK`, `ĐUCA`)
    // and every `UBND…` as a People's Committee's, and so would keep the word.
    const head = firstLower >= 2 ? text.slice(0, firstLower) : '';
    if (head !== '' && GLUED_WORDS.has(text.slice(firstLower)) && isKnownIssuer(head)) {
      segmentEnds[index] = start + firstLower;
      return index + 1;
    }
    if (isKnownIssuer(text)) continue;
    // A mixed-case unit code (`GDTrH`; `TTrB`, the ministry's inspectorate, as the issuer itself),
    // not a glued word.
    if ((index > first || ONE_LOWER_INSIDE.test(text)) && UPPER.test(text.slice(firstLower)))
      continue;
    // One lower-case letter ending the segment is part of a unit code (`TTr`, Thanh tra), not
    // a glued word (`TWcủa`).
    if (firstLower >= 2 && firstLower === text.length - 1 && index === count - 1) continue;
    // So is one before a dash and a unit in capitals (`HQĐNa-GSQL`, Đà Nẵng customs' control
    // office): glue is followed by a space, never by `-` and another code.
    if (
      firstLower >= 2 &&
      firstLower === text.length - 1 &&
      isCodeInCapitalsAfterDash(normalized, index, count)
    )
      continue;
    // `QĐ-TTgngày`: the Prime Minister's code, printed in mixed case by rule, then the glued word.
    if (firstLower === 2 && text.startsWith('TTg') && text.length > 3) {
      segmentEnds[index] = start + firstLower + 1;
      return index + 1;
    }
    if (firstLower >= 2) {
      segmentEnds[index] = start + firstLower;
      return index + 1;
    }
    // `tw`, `Tw`: a lower-case issuer, not glue
    if (index === first && !UPPER.test(text.slice(firstLower))) return index + 1;
    return index;
  }
  return count;
}

/** Whether segment `index + 1` follows segment `index` across one `-` and is all capitals. */
function isCodeInCapitalsAfterDash(normalized: string, index: number, count: number): boolean {
  if (index + 1 >= count) return false;
  const dashAt = segmentEnds[index] ?? 0;
  const nextStart = segmentStarts[index + 1] ?? 0;
  const nextEnd = segmentEnds[index + 1] ?? 0;
  return (
    nextStart === dashAt + 1 &&
    normalized.charCodeAt(dashAt) === 0x2d &&
    hasUpperIn(normalized, nextStart, nextEnd) &&
    !hasLowerIn(normalized, nextStart, nextEnd)
  );
}

/** Segments `first…end - 1` joined by `-`: one slice when the text already reads so. */
function joinSegments(normalized: string, first: number, end: number): string {
  if (end <= first) return '';
  let contiguous = true;
  for (let index = first + 1; index < end && contiguous; index++) {
    const gapStart = segmentEnds[index - 1] ?? 0;
    contiguous = segmentStarts[index] === gapStart + 1 && normalized.charCodeAt(gapStart) === 0x2d;
  }
  if (contiguous) return normalized.slice(segmentStarts[first] ?? 0, segmentEnds[end - 1] ?? 0);
  let issuer = normalized.slice(segmentStarts[first] ?? 0, segmentEnds[first] ?? 0);
  for (let index = first + 1; index < end; index++) {
    issuer += `-${normalized.slice(segmentStarts[index] ?? 0, segmentEnds[index] ?? 0)}`;
  }
  return issuer;
}

function pushCandidate(
  candidates: SymbolCandidate[],
  prepared: PreparedText,
  layout: SymbolLayout,
  start: number,
  matchEnd: number,
  numberText: string,
  year: string | undefined,
  codeFrom: number,
  codeTo: number,
  issuerFrom: number,
  issuerTo: number,
): void {
  const { normalized } = prepared;
  const wholeIsLower = !hasUpperIn(normalized, start, matchEnd);
  let code = codeTo > codeFrom ? normalized.slice(codeFrom, codeTo) : null;
  const count = splitSegments(normalized, issuerFrom, issuerTo);
  let first = 0;
  if (layout === 'state' && code === null && count > 0) {
    // State symbols: the first segment is the type code when it is a known one.
    const firstText = normalized.slice(segmentStarts[0] ?? 0, segmentEnds[0] ?? 0);
    const upper = upperCase(firstText);
    if (TYPE_CODES[upper] !== undefined && (count > 1 || upper !== 'CT')) {
      code = firstText;
      first = 1;
    }
  }
  // The old inter-ministerial layout, issuer before code: `Thông tư liên bộ số 03/LB-TT`
  // (`LB`, liên bộ: the ministries jointly; `TT`, Thông tư).
  if (layout === 'state' && code === null && count === 2) {
    const issuer = normalized.slice(segmentStarts[0] ?? 0, segmentEnds[0] ?? 0);
    const jointCode = normalized.slice(segmentStarts[1] ?? 0, segmentEnds[1] ?? 0);
    if (issuer === 'LB' && TYPE_CODES[upperCase(jointCode)] !== undefined) {
      candidates.push({
        start,
        end: segmentEnds[1] ?? matchEnd,
        layout,
        number: numberText,
        year: year ? Number(year) : null,
        code: jointCode,
        issuer,
      });
      return;
    }
  }
  const keptEnd = wholeIsLower ? count : trimIssuer(normalized, first, count);
  let end = keptEnd > first ? (segmentEnds[keptEnd - 1] ?? 0) : issuerFrom;
  if (keptEnd <= first) {
    if (layout !== 'state' || code === null) return;
    // A State symbol of its code alone (`14/SL`, `15/TB`): the span ends after the code.
    end = codeTo > codeFrom ? codeTo : first === 1 ? (segmentEnds[0] ?? end) : end;
  }
  if (code !== null && codeTo > codeFrom && end < codeTo) end = codeTo;
  candidates.push({
    start,
    end,
    layout,
    number: numberText,
    year: year ? Number(year) : null,
    code,
    issuer: joinSegments(normalized, first, keptEnd),
  });
}

/**
 * What may stand before a symbol's number: not a digit or `/` (ratios, dates); for State
 * symbols not a letter either (road and product codes), except a glued `số31/…`, and not
 * `06:2022/…` (standards).
 */
function acceptsStart(
  skeleton: string,
  index: number,
  layout: SymbolLayout,
  stateRest: string,
): boolean {
  const before = skeleton.charCodeAt(index - 1);
  if (index === 0) return true;
  if ((before >= 0x30 && before <= 0x39) || before === 0x2f) return false;
  // `Phụ lục 01-2/BK-HDKD`: the second half of a compound number, not a document's own.
  if (before === 0x2d) {
    const twoBefore = skeleton.charCodeAt(index - 2);
    if (twoBefore >= 0x30 && twoBefore <= 0x39) return false;
  }
  if (layout !== 'state') return true;
  if (before >= 0x41 && before <= 0x5a) {
    if (skeleton.startsWith('SO', index - 2) && !/[A-Z]/u.test(skeleton[index - 3] ?? ''))
      return true;
    return ownCodeGluedBefore(skeleton, index, stateRest);
  }
  if (before === 0x3a || before === 0x2e || before === 0x2c) {
    const twoBefore = skeleton.charCodeAt(index - 2);
    return !(twoBefore >= 0x30 && twoBefore <= 0x39);
  }
  return true;
}

/**
 * `QĐ125/QĐ-UBND`: the symbol's own type code, a word of two to four capitals, glued to its
 * number as officials type it for the type word (`QĐ số 125/QĐ-UBND`).
 */
function ownCodeGluedBefore(skeleton: string, index: number, stateRest: string): boolean {
  let wordStart = index;
  while (wordStart > 0 && isCapitalLetterCode(skeleton.charCodeAt(wordStart - 1))) {
    if (index - wordStart === 4) return false;
    wordStart--;
  }
  if (index - wordStart < 2 || isDigitCode(skeleton.charCodeAt(wordStart - 1))) return false;
  const word = skeleton.slice(wordStart, index);
  return stateRest.startsWith(word) && stateRest.charCodeAt(word.length) === 0x2d;
}

function isSortedByStart(candidates: readonly SymbolCandidate[]): boolean {
  for (let index = 1; index < candidates.length; index++) {
    if ((candidates[index]?.start ?? 0) <= (candidates[index - 1]?.start ?? 0)) return false;
  }
  return true;
}

/** Every symbol-shaped string in the text: earliest start wins, then the longest. */
export function scanIdentifiers(prepared: PreparedText): SymbolCandidate[] {
  const { skeleton } = prepared;
  const candidates: SymbolCandidate[] = [];
  SYMBOL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = SYMBOL.exec(skeleton)) !== null) {
    const start = match.index;
    const numberLength = digitsAt(skeleton, start);
    const layout: SymbolLayout =
      match[PARTY_CODE] !== undefined ? 'party' : match[STATE_REST] !== undefined ? 'state' : 'old';
    // The number may start inside a longer digit run or after a refused character: retry one
    // position later, as a lookbehind would have.
    // Party numbers have four digits at most, but a central organ's letters (`CV`) run to five
    // (`13861-CV/BTCTW`); the old layout (`64-CP`) has four at most.
    // An inspection team's or a traffic police's register numbers its decisions and records from
    // zero (`Quyết định kiểm tra số 000217/QĐ-KT`, `Biên bản … số 0015842/BB-VPHC`): six or seven
    // digits, read only with a type word or a label before them (`isRegisterNumber`).
    const maxDigits =
      layout === 'state'
        ? isRegisterNumberAt(skeleton, start, numberLength)
          ? 7
          : 5
        : match[PARTY_CODE] === 'CV'
          ? 5
          : 4;
    if (
      !acceptsStart(skeleton, start, layout, match[STATE_REST] ?? '') ||
      numberLength > maxDigits
    ) {
      SYMBOL.lastIndex = start + 1;
      continue;
    }
    const lettered =
      layout === 'state' &&
      isCapitalLetterCode(skeleton.charCodeAt(start + numberLength)) &&
      skeleton.charCodeAt(start + numberLength + 1) === 0x2f;
    // The letter as printed (`30c`); the digits are the same in both views.
    const numberText = lettered
      ? prepared.normalized.slice(start, start + numberLength + 1)
      : skeleton.slice(start, start + numberLength);
    const matchEnd = SYMBOL.lastIndex;
    if (layout === 'party') {
      const code = match[PARTY_CODE] ?? '';
      const issuerFrom = matchEnd - (match[PARTY_ISSUER] ?? '').length;
      const codeTo = skeleton.lastIndexOf('/', issuerFrom);
      const codeFrom = skeleton.lastIndexOf(code, codeTo);
      pushCandidate(
        candidates,
        prepared,
        'party',
        start,
        matchEnd,
        numberText,
        undefined,
        codeFrom,
        codeFrom + code.length,
        issuerFrom,
        matchEnd,
      );
    } else if (layout === 'state') {
      const rest = match[STATE_REST] ?? '';
      const restFrom = matchEnd - rest.length;
      // Most issuers hold no space (the skeleton's, where every space is one): no printed copy.
      const end = rest.includes(' ')
        ? wordAfterSpacedDash(prepared.normalized, restFrom, matchEnd)
        : matchEnd;
      pushCandidate(
        candidates,
        prepared,
        'state',
        start,
        end,
        numberText,
        match[STATE_YEAR],
        0,
        0,
        restFrom,
        end,
      );
    } else if (match[OLD_CODE_ALONE]) {
      pushCandidate(
        candidates,
        prepared,
        'old',
        start,
        matchEnd,
        numberText,
        undefined,
        0,
        0,
        matchEnd - match[OLD_CODE_ALONE].length,
        matchEnd,
      );
    } else {
      const issuers = match[OLD_ISSUERS] ?? '';
      const code = match[OLD_CODE] ?? '';
      const issuerFrom = start + numberLength + 1;
      pushCandidate(
        candidates,
        prepared,
        'old',
        start,
        matchEnd,
        numberText,
        undefined,
        matchEnd - code.length,
        matchEnd,
        issuerFrom,
        issuerFrom + issuers.length,
      );
    }
  }
  // The scan moves forward, so candidates come sorted: sort only if that ever stops holding.
  if (!isSortedByStart(candidates)) candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SymbolCandidate[] = [];
  let lastEnd = -1;
  for (const candidate of candidates) {
    if (candidate.start < lastEnd) continue;
    kept.push(candidate);
    lastEnd = candidate.end;
  }
  return kept;
}
