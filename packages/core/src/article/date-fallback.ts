/**
 * TEMPORARY local fallback until the shared `dates/` module lands: day-first Vietnamese dates with
 * an optional time (24 h or AM/PM), `Tháng N` month names, time before or after the date.
 */
export interface FallbackDate {
  iso: string;
  hasTime: boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function withTime(y: number, m: number, d: number, time: RegExpMatchArray | null): FallbackDate {
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (!time) return { iso: date, hasTime: false };
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const meridiem = (time[3] ?? '').toUpperCase();
  if (meridiem === 'PM' && hour < 12) hour += 12;
  if (meridiem === 'AM' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return { iso: date, hasTime: false };
  return { iso: `${date}T${pad(hour)}:${pad(minute)}+07:00`, hasTime: true };
}

const TIME = /(?<!\d)(\d{1,2})[:h](\d{2})(?::\d{2})?(?:\s*(AM|PM|SA|CH)(?![\p{L}]))?/iu;

export function parseDateFallback(text: string): FallbackDate | null {
  const numeric = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/u.exec(text);
  const named = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm)?,?\s+(\d{4})(?!\d)/iu.exec(text);
  const match = numeric ?? named;
  if (!match) return null;
  const [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!valid(y, m, d)) return null;
  const after = text.slice(match.index + match[0].length);
  const before = text.slice(0, match.index);
  const timeAfter = TIME.exec(after);
  const timeBefore = TIME.exec(before);
  const time = timeAfter && timeAfter.index < 12 ? timeAfter : timeBefore;
  return withTime(y, m, d, time);
}
