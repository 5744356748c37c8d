/**
 * Vietnamese date and time parsing → ISO 8601 in Vietnam time (+07:00).
 *
 * Never `Date.parse`: portal dates are day-first and NukeViet prints malformed ISO. Each form is a
 * row of `DATE_FORMATS`; this file only turns a row's named groups into validated components.
 */
import { normalizeText } from '../unicode';
import {
  DATE_FORMATS,
  DATE_LINE_RESIDUE,
  ENGLISH_MONTHS,
  URL_DATE_FORMATS,
  ZONE_OFFSETS,
  type DateFormat,
  type DateFormatName,
} from './date-formats';

export interface ParsedDate {
  /** `YYYY-MM-DDTHH:mm+07:00` when a time was found, `YYYY-MM-DD` otherwise. */
  iso: string;
  hasTime: boolean;
  /** UTF-16 offsets of the matched date expression in the input. */
  start: number;
  end: number;
  /** Which form matched (a row of `DATE_FORMATS`, or `url:<name>`). */
  format: DateFormatName | `url:${string}`;
  year: number;
  month: number;
  day: number;
  /** Hour and minute in Vietnam time, null when only a date was found. */
  hour: number | null;
  minute: number | null;
}

const VIETNAM_OFFSET_MINUTES = 420;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (!Number.isInteger(day) || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * Formats validated components as the GovClip ISO form; null for an impossible date or time.
 * `toIsoVietnam(2024, 1, 4, 9, 52)` → `2024-01-04T09:52+07:00`; without a time → `2024-01-04`.
 */
export function toIsoVietnam(
  year: number,
  month: number,
  day: number,
  hour?: number | null,
  minute?: number | null,
): string | null {
  if (!isValidCalendarDate(year, month, day)) return null;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || hour === null || minute === undefined || minute === null) return date;
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) return null;
  if (!Number.isInteger(minute) || minute < 0 || minute > 59) return null;
  return `${date}T${pad(hour)}:${pad(minute)}+07:00`;
}

/** Zone text (`Z`, `+00:00`, `-0500`, `+07`, `ICT`) → minutes east of UTC; null when unknown. */
export function zoneOffsetMinutes(zone: string): number | null {
  const upper = zone.toUpperCase();
  if (upper in ZONE_OFFSETS) return ZONE_OFFSETS[upper] ?? null;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/u.exec(zone);
  if (!numeric) return null;
  const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? '0');
  return numeric[1] === '-' ? -minutes : minutes;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number | null;
  minute: number | null;
}

/** Moves a wall-clock time in `offsetMinutes` to Vietnam time (the date may change). */
function shiftToVietnam(parts: DateParts, offsetMinutes: number): DateParts {
  if (parts.hour === null || parts.minute === null || offsetMinutes === VIETNAM_OFFSET_MINUTES) {
    return parts;
  }
  const utc =
    Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) -
    offsetMinutes * 60_000;
  const local = new Date(utc + VIETNAM_OFFSET_MINUTES * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

/** 12-hour clock: `04:45 PM` → 16, `12:10 AM` → 0; Vietnamese `SA` (sáng) / `CH` (chiều). */
function to24Hour(hour: number, marker: string | undefined): number {
  if (!marker) return hour;
  const isPm = /^(?:p|ch)/iu.test(marker);
  if (hour < 1 || hour > 12) return hour;
  if (isPm) return hour === 12 ? 12 : hour + 12;
  return hour === 12 ? 0 : hour;
}

/** Reads the components of one match of a `DATE_FORMATS` row; null when they are impossible. */
export function readDateMatch(groups: Record<string, string | undefined>): DateParts | null {
  const year = Number(groups['y']);
  const month = groups['mon']
    ? ENGLISH_MONTHS.indexOf(groups['mon'].toLowerCase()) + 1
    : Number(groups['m']);
  const day = Number(groups['d']);
  if (!isValidCalendarDate(year, month, day)) return null;
  let parts: DateParts = { year, month, day, hour: null, minute: null };
  if (groups['hh'] !== undefined && groups['mi'] !== undefined) {
    const hour = to24Hour(Number(groups['hh']), groups['ampm']);
    const minute = Number(groups['mi']);
    // An impossible time next to a valid date is a counter or a score: keep the date alone.
    if (hour <= 23 && minute <= 59) parts = { ...parts, hour, minute };
  }
  const zone = groups['zone'];
  if (zone !== undefined && parts.hour !== null) {
    parts = shiftToVietnam(parts, zoneOffsetMinutes(zone) ?? VIETNAM_OFFSET_MINUTES);
  }
  return parts;
}

function toParsedDate(
  parts: DateParts,
  start: number,
  end: number,
  format: ParsedDate['format'],
): ParsedDate | null {
  const iso = toIsoVietnam(parts.year, parts.month, parts.day, parts.hour, parts.minute);
  if (iso === null) return null;
  return { iso, hasTime: parts.hour !== null, start, end, format, ...parts };
}

/**
 * Every distinct `requires` source once (forms share some, e.g. the numeric date's core): a call
 * tests each at most once, however many forms ask for it.
 */
const REQUIRED_SOURCES: readonly string[] = [
  ...new Set(DATE_FORMATS.flatMap((format) => format.requires)),
];
const REQUIRED: readonly RegExp[] = REQUIRED_SOURCES.map((source) => new RegExp(source, 'iu'));

const COMPILED_FORMATS: readonly { format: DateFormat; regex: RegExp; requires: number[] }[] =
  DATE_FORMATS.map((format) => ({
    format,
    regex: new RegExp(format.pattern, 'giu'),
    requires: format.requires.map((source) => REQUIRED_SOURCES.indexOf(source)),
  }));

/** Per call: each required source's answer, 0 = not asked yet, 1 = present, 2 = absent. */
const requiredAnswers = new Uint8Array(REQUIRED.length);

/** Whether `text` contains every required source of the form (each tested once per call). */
function hasRequired(required: readonly number[], text: string): boolean {
  for (const index of required) {
    let answer = requiredAnswers[index];
    if (answer === 0) {
      answer = (REQUIRED[index] as RegExp).test(text) ? 1 : 2;
      requiredAnswers[index] = answer;
    }
    if (answer === 2) return false;
  }
  return true;
}

/** The characters prepareForMatching replaces: spaces other than U+0020 and the Đ look-alikes. */
const OTHER_SPACES = '\u00A0\u2000-\u200A\u202F\u205F\u3000';
const SPACE_OR_ETH = new RegExp(`[${OTHER_SPACES}\u00D0\u00F0]`);
const OTHER_SPACE = new RegExp(`[${OTHER_SPACES}]`, 'gu');

interface PreparedText {
  text: string;
  /**
   * Per code unit of `text`, where its source cluster starts in the input, then the input's
   * length; null when `text` has the input's offsets. Data, not a closure: one parse per date.
   */
  offsets: number[] | null;
}

/** The input offset of `index` in the prepared text. */
function originalOffset(prepared: PreparedText, index: number): number {
  const { offsets } = prepared;
  if (!offsets) return index;
  return offsets[index] ?? (offsets[offsets.length - 1] as number);
}

/**
 * Normalizes for matching without changing UTF-16 length, so offsets stay valid: NBSP and other
 * spaces → U+0020, `Ð` → `Đ`. NFD input is matched on its NFC form through an offset map.
 */
function prepareForMatching(text: string): PreparedText {
  // Most date lines hold none of what is replaced: one scan answers, instead of three passes.
  const simple = !SPACE_OR_ETH.test(text)
    ? text
    : text
        .replace(OTHER_SPACE, ' ')
        .replace(/\u00D0/gu, '\u0110')
        .replace(/\u00F0/gu, '\u0111');
  if (simple === simple.normalize('NFC')) return { text: simple, offsets: null };
  // Decomposed text: map each NFC code unit back to the start of its source cluster.
  const out: string[] = [];
  const offsets: number[] = [];
  let i = 0;
  while (i < simple.length) {
    const start = i;
    i += 1;
    while (i < simple.length && /\p{M}/u.test(simple[i] ?? '')) i++;
    const unit = simple.slice(start, i).normalize('NFC');
    for (const char of unit) {
      for (let k = 0; k < char.length; k++) {
        out.push(char[k] ?? '');
        offsets.push(start);
      }
    }
  }
  offsets.push(simple.length);
  return { text: out.join(''), offsets };
}

/** Every date form has a four-digit year; matching changes spaces and Đ, never digits. */
const FOUR_DIGITS = /\d{4}/;

/** Every date expression in `text`, in order, without overlaps (the longest wins at a position). */
export function findVietnameseDates(text: string): ParsedDate[] {
  if (!FOUR_DIGITS.test(text)) return [];
  const prepared = prepareForMatching(text);
  const candidates: ParsedDate[] = [];
  requiredAnswers.fill(0);
  for (const { format, regex, requires } of COMPILED_FORMATS) {
    if (!hasRequired(requires, prepared.text)) continue;
    // An exec loop over the shared regex: `matchAll` would construct a copy of it per call.
    // Every form matches at least a four-digit year; an empty match would step one code point.
    regex.lastIndex = 0;
    for (let match = regex.exec(prepared.text); match; match = regex.exec(prepared.text)) {
      if (match[0] === '')
        regex.lastIndex += (prepared.text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1;
      const parts = readDateMatch(match.groups ?? {});
      if (!parts) continue;
      const matched = match[0].trimEnd();
      const start = originalOffset(prepared, match.index);
      const end = originalOffset(prepared, match.index + matched.length);
      const parsed = toParsedDate(parts, start, end, format.name);
      if (parsed) candidates.push(parsed);
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const chosen: ParsedDate[] = [];
  for (const candidate of candidates) {
    const previous = chosen[chosen.length - 1];
    if (previous && candidate.start < previous.end) continue;
    chosen.push(candidate);
  }
  return chosen;
}

/**
 * The first date expression in `text` (day-first, any form of `DATE_FORMATS`), or null.
 * `parseVietnameseDate('Thứ năm - 04/01/2024 09:52')` → iso `2024-01-04T09:52+07:00`.
 */
export function parseVietnameseDate(text: string): ParsedDate | null {
  return findVietnameseDates(text)[0] ?? null;
}

/**
 * The date of a line that is only a date line (`Thứ năm - 04/01/2024 09:52 1650`,
 * `Ngày đăng tin: 06/12/2024`, `Cập nhật: 16/11/2024 | 245`): null when anything else is on it
 * (a name, prose, `Hôm nay, …`), so callers can drop the line safely.
 */
export function parseDateLine(line: string): ParsedDate | null {
  const dates = findVietnameseDates(line);
  if (dates.length !== 1) return null;
  const date = dates[0];
  if (!date) return null;
  const residue = normalizeText(line.slice(0, date.start) + ' ' + line.slice(date.end), {
    collapseWhitespace: true,
  }).trim();
  return DATE_LINE_RESIDUE.test(residue) ? date : null;
}

/**
 * A date encoded in an article URL (SharePoint `/Pages/2024-9-12/`, WordPress `/2024/05/20/`,
 * baochinhphu `-102yyMMddHHmmss….htm`, bvhttdl `-yyyyMMddHHmmss….htm`); null when none.
 * Offsets point into the URL as given.
 */
export function parseDateFromUrl(url: string): ParsedDate | null {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // A malformed escape: match the raw URL.
  }
  for (const format of URL_DATE_FORMATS) {
    const match = format.pattern.exec(decoded);
    const groups = match?.groups;
    if (!match || !groups) continue;
    const year = groups['y'] ? Number(groups['y']) : 2000 + Number(groups['yy']);
    const parts: DateParts = {
      year,
      month: Number(groups['m']),
      day: Number(groups['d']),
      hour: groups['hh'] !== undefined ? Number(groups['hh']) : null,
      minute: groups['mi'] !== undefined ? Number(groups['mi']) : null,
    };
    const parsed = toParsedDate(
      parts,
      decoded === url ? match.index : 0,
      decoded === url ? match.index + match[0].length : url.length,
      `url:${format.name}`,
    );
    if (parsed) return parsed;
  }
  return null;
}
