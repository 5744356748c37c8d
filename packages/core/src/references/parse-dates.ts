/** Dates as cited in running text, matched on the skeleton (`NGAY`, `THANG`, `NAM`). */

export interface CitedDate {
  iso: string;
  year: number;
  /** Skeleton index just after the date. */
  end: number;
}

/** `d/m/yyyy`, `d-m-yyyy`, `d.m.yyyy` (same separator, spaces tolerated) or `d tháng m năm yyyy`. */
export const DATE_SOURCE = String.raw`(?:(\d{1,2}) {0,2}([/.-]) {0,2}(\d{1,2}) {0,2}\2 {0,2}(\d{4})|(\d{1,2}) {1,3}THANG {1,3}(\d{1,2}) {1,3}NAM {0,3}(\d{4}))(?!\d)`;

const DATE_AT = new RegExp(DATE_SOURCE, 'y');

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian month length, without a `Date` object per cited date. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1] ?? 31;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

export function isoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function dateFromMatch(match: RegExpExecArray, offset: number): CitedDate | null {
  const day = Number(match[offset] ?? match[offset + 4]);
  const month = Number(match[offset + 2] ?? match[offset + 5]);
  const year = Number(match[offset + 3] ?? match[offset + 6]);
  const iso = isoDate(day, month, year);
  return iso ? { iso, year, end: match.index + match[0].length } : null;
}

/** The date that starts exactly at `position` of the skeleton, if any. */
export function dateAt(skeleton: string, position: number): CitedDate | null {
  DATE_AT.lastIndex = position;
  const match = DATE_AT.exec(skeleton);
  return match ? dateFromMatch(match, 1) : null;
}
