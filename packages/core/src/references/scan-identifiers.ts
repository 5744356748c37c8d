import type { PreparedText } from './prepare-text';
import { isPartyIssuer, isStateIssuer } from './classify';
import { upperCase } from './letter-case';
import { TYPE_CODES } from './type-codes-table';

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
const PARTY_CODES = 'NQLT|CTR|QDI|TTR|NQ|CT|QD|KL|QC|HD|TB|KH|BC|TT|CV|TC|DA|PA';
const SEGMENT = String.raw`[A-Z][A-Z&\d]*`;
/**
 * One pass over the digits for every layout (patterns start with the digit for fast scanning;
 * what may precede it is checked in code): Party `18-NQ/TW`, State `100/2019/NĐ-CP`,
 * old `64-CP` / `01-TANDTC-VKSNDTC/TTLT`. The character after the number decides the layout.
 */
const SYMBOL = new RegExp(
  // `(?<!\d)`: a number starting inside a digit run is refused anyway (acceptsStart); the
  // lookbehind lets the engine skip those positions without trying every layout.
  String.raw`(?<!\d)(\d{1,5})(?:` +
    String.raw`( ?(?:- ?| )?(${PARTY_CODES}) ?/ ?([A-Z][A-Z&]*(?:-[A-Z][A-Z&\d]*)*)(?![A-Z&\d]))` +
    String.raw`|( ?/ ?(?:(\d{4}) ?/ ?)?(${SEGMENT}(?: ?[-/] ?${SEGMENT})*)(?![A-Z&\d]))` +
    String.raw`|(-(?:(CP|CT|TTG|HDBT)(?![A-Z\d/-])|([A-Z]+(?:-[A-Z]+)*)\/(TTLT|TT|QD|NQ)(?![A-Z\d]))))`,
  'g',
);

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/**
 * `pattern.test(text)` for `\p{Ll}` / `\p{Lu}`, answering ASCII letters by code: symbols are
 * short ASCII strings, and the Unicode-property regex is tried only for other characters.
 */
function hasCase(text: string, pattern: RegExp, asciiFrom: number): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if (code >= asciiFrom && code <= asciiFrom + 25) return true;
    } else {
      return pattern.test(text.slice(index));
    }
  }
  return false;
}
const hasLower = (text: string): boolean => hasCase(text, LOWER, 0x61);
const hasUpper = (text: string): boolean => hasCase(text, UPPER, 0x41);

const SEPARATOR = /[\s\-\u2010-\u2015\u2212/]/u;

/** Space, `/` or any dash: what separates issuer segments. */
function isSeparatorAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80)
    return code === 0x2d || code === 0x2f || code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SEPARATOR.test(text[index] ?? '');
}

/** Splits the printed issuer part into segments, as written (spaces and dash kinds removed). */
function segmentsOf(
  normalized: string,
  from: number,
  to: number,
): { text: string; start: number }[] {
  const segments: { text: string; start: number }[] = [];
  let segmentStart = from;
  for (let index = from; index < to; index++) {
    if (!isSeparatorAt(normalized, index)) continue;
    if (index > segmentStart) {
      segments.push({ text: normalized.slice(segmentStart, index), start: segmentStart });
    }
    segmentStart = index + 1;
  }
  if (to > segmentStart)
    segments.push({ text: normalized.slice(segmentStart, to), start: segmentStart });
  return segments;
}

/**
 * The skeleton upper-cases everything, so `QĐ/TWcủa` reads `QD/TWCUA`: cut the issuer where
 * the printed text turns lower case (glue), and drop trailing segments that are words
 * (`QH15 - Luật`). A symbol printed wholly in lower case (`35-ct/tw`) is kept as is.
 */
function trimIssuer(
  segments: { text: string; start: number }[],
  wholeIsLower: boolean,
): { text: string; start: number }[] {
  if (wholeIsLower) return segments;
  const kept: { text: string; start: number }[] = [];
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    if (!segment) continue;
    if (!hasLower(segment.text) || isStateIssuer(segment.text) || isPartyIssuer(segment.text)) {
      kept.push(segment);
      continue;
    }
    const firstLower = segment.text.search(LOWER);
    if (index > 0 && UPPER.test(segment.text.slice(firstLower))) {
      kept.push(segment); // a mixed-case unit code (`GDTrH`), not a glued word
      continue;
    }
    if (firstLower >= 2) {
      kept.push({ text: segment.text.slice(0, firstLower), start: segment.start });
    } else if (index === 0 && !UPPER.test(segment.text.slice(firstLower))) {
      kept.push(segment); // `tw`, `Tw`: a lower-case issuer, not glue
    }
    break;
  }
  return kept;
}

function pushCandidate(
  candidates: SymbolCandidate[],
  prepared: PreparedText,
  layout: SymbolLayout,
  match: RegExpExecArray,
  numberText: string,
  year: string | undefined,
  codeFrom: number,
  codeTo: number,
  issuerFrom: number,
  issuerTo: number,
): void {
  const { normalized } = prepared;
  const start = match.index;
  const matchText = normalized.slice(start, match.index + match[0].length);
  const wholeIsLower = !hasUpper(matchText);
  let code = codeTo > codeFrom ? normalized.slice(codeFrom, codeTo) : null;
  let segments = segmentsOf(normalized, issuerFrom, issuerTo);
  if (layout === 'state' && code === null) {
    // State symbols: the first segment is the type code when it is a known one.
    const first = segments[0];
    if (first && segments.length > 1 && TYPE_CODES[upperCase(first.text)] !== undefined) {
      code = first.text;
      segments = segments.slice(1);
    } else if (
      first &&
      segments.length === 1 &&
      TYPE_CODES[upperCase(first.text)] !== undefined &&
      upperCase(first.text) !== 'CT'
    ) {
      code = first.text;
      segments = [];
    }
  }
  segments = trimIssuer(segments, wholeIsLower);
  const last = segments.at(-1);
  let end = last ? last.start + last.text.length : issuerFrom;
  if (segments.length === 0) {
    if (layout !== 'state' || code === null) return;
    end = codeTo > codeFrom ? codeTo : end;
  }
  if (code !== null && codeTo > codeFrom && end < codeTo) end = codeTo;
  let issuer = segments[0]?.text ?? '';
  for (let index = 1; index < segments.length; index++) issuer += `-${segments[index]?.text ?? ''}`;
  candidates.push({
    start,
    end,
    layout,
    number: numberText,
    year: year ? Number(year) : null,
    code,
    issuer,
  });
}

/**
 * What may stand before a symbol's number: not a digit or `/` (ratios, dates); for State
 * symbols not a letter either (road and product codes), except a glued `số31/…`, and not
 * `06:2022/…` (standards).
 */
function acceptsStart(skeleton: string, index: number, layout: SymbolLayout): boolean {
  const before = skeleton.charCodeAt(index - 1);
  if (index === 0) return true;
  if ((before >= 0x30 && before <= 0x39) || before === 0x2f) return false;
  if (layout !== 'state') return true;
  if (before >= 0x41 && before <= 0x5a) {
    return skeleton.startsWith('SO', index - 2) && !/[A-Z]/u.test(skeleton[index - 3] ?? '');
  }
  if (before === 0x3a || before === 0x2e || before === 0x2c) {
    const twoBefore = skeleton.charCodeAt(index - 2);
    return !(twoBefore >= 0x30 && twoBefore <= 0x39);
  }
  return true;
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
    const numberText = match[1] ?? '';
    const layout: SymbolLayout =
      match[2] !== undefined ? 'party' : match[5] !== undefined ? 'state' : 'old';
    // The number may start inside a longer digit run or after a refused character: retry one
    // position later, as a lookbehind would have.
    if (
      !acceptsStart(skeleton, match.index, layout) ||
      (layout !== 'state' && numberText.length > 4)
    ) {
      SYMBOL.lastIndex = match.index + 1;
      continue;
    }
    const matchEnd = match.index + match[0].length;
    if (layout === 'party') {
      const code = match[3] ?? '';
      const issuerFrom = matchEnd - (match[4] ?? '').length;
      const codeTo = skeleton.lastIndexOf('/', issuerFrom);
      const codeFrom = skeleton.lastIndexOf(code, codeTo);
      pushCandidate(
        candidates,
        prepared,
        'party',
        match,
        numberText,
        undefined,
        codeFrom,
        codeFrom + code.length,
        issuerFrom,
        matchEnd,
      );
    } else if (layout === 'state') {
      const rest = match[7] ?? '';
      pushCandidate(
        candidates,
        prepared,
        'state',
        match,
        numberText,
        match[6],
        0,
        0,
        matchEnd - rest.length,
        matchEnd,
      );
    } else if (match[9]) {
      pushCandidate(
        candidates,
        prepared,
        'old',
        match,
        numberText,
        undefined,
        0,
        0,
        matchEnd - match[9].length,
        matchEnd,
      );
    } else {
      const issuers = match[10] ?? '';
      const code = match[11] ?? '';
      const issuerFrom = match.index + numberText.length + 1;
      pushCandidate(
        candidates,
        prepared,
        'old',
        match,
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
