/**
 * The regex-only baseline for the references bench: the candidate patterns of the
 * references design document (§12, "Candidate patterns"), run naively — fold, upper-case,
 * three global scans, overlaps resolved by earliest start then longest match. No type words,
 * no dates, no bodies, no look-alike rejection: what a reference scanner costs at the least.
 */
export interface BaselineSpan {
  start: number;
  end: number;
}

// Copied from the design document on purpose: the baseline must not share code with the
// scanner it is compared with.
const UP = 'A-ZĐƯƠÂĂÊÔ';
const SEG = `[${UP}][${UP}&\\d]*`;
const PARTY_ID = new RegExp(
  String.raw`(?<![\d/])(\d{1,4}) ?(?:- ?| - | )?(NQ|CTR|CT|QĐI|QĐ|KL|QC|HD|TB|KH|BC|TTR|TT|CV|TC|ĐA|PA) ?\/ ?([${UP}][${UP}&]*)(?![${UP}&\d])`,
  'gu',
);
const STATE_ID = new RegExp(
  String.raw`(?<![\d/${UP}])(\d{1,5}) ?\/ ?(?:(\d{4}) ?\/ ?)?(${SEG}(?: ?[-/] ?${SEG})*)(?![${UP}&\d])`,
  'gu',
);
const OLD_ID = new RegExp(
  String.raw`(?<![\d/])(\d{1,4})-(?:(CP|CT|TTG|HĐBT)(?![${UP}&\d/-])|([${UP}]+(?:-[${UP}]+)*)\/(TTLT|TT|QĐ|NQ)(?![${UP}&\d]))`,
  'gu',
);

/** 1:1 fold: every replacement keeps the length, so offsets stay those of the input. */
function fold(text: string): string {
  return text
    .replace(/\u00D0/g, 'Đ')
    .replace(/\u00F0/g, 'đ')
    .replace(/[\u00A0\u2007\u202F\n\r\t]/g, ' ')
    .replace(/[\u2010-\u2014\u2212]/g, '-');
}

export function regexBaselineScan(text: string): BaselineSpan[] {
  let upper = fold(text).toUpperCase();
  // Upper-casing Vietnamese keeps the length; if some other script does not, scan the
  // un-upper-cased copy rather than report shifted offsets.
  if (upper.length !== text.length) upper = fold(text);
  const spans: BaselineSpan[] = [];
  for (const pattern of [PARTY_ID, STATE_ID, OLD_ID]) {
    pattern.lastIndex = 0;
    for (const match of upper.matchAll(pattern)) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: BaselineSpan[] = [];
  for (const span of spans) {
    const last = kept[kept.length - 1];
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}
