/**
 * Date helpers of the pipeline: visible Vietnamese dates go to the shared `dates/` parser;
 * machine dates (ISO in meta tags, JSON-LD, `datetime`) are converted to `+07:00` here.
 */
import { parseVietnameseDate } from '../dates/parse-date';

/** A visible date line → ISO with `+07:00` (or a bare date), null when none. */
export function parseVisibleDate(text: string): string | null {
  if (!text.trim()) return null;
  try {
    return parseVietnameseDate(text)?.iso ?? null;
  } catch {
    // A parser bug must not take the page down: the date is simply unknown.
    return null;
  }
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Lenient ISO parsing of machine dates, shifted to Vietnam time (+07:00). Accepts NukeViet's
 * broken `2024-11-18+0720:29:00` (zone abbreviation inserted for `T`). Never uses Date.parse on
 * free text.
 */
export function parseMachineDate(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  const broken = /^(\d{4})-(\d{2})-(\d{2})\+07(?:00)?(\d{2}):(\d{2})/.exec(text);
  if (broken) return `${broken[1]}-${broken[2]}-${broken[3]}T${broken[4]}:${broken[5]}+07:00`;
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(
      text,
    );
  if (!iso) return null;
  const [, y, mo, d, h, mi, , zone] = iso;
  if (h === undefined || mi === undefined) return `${y}-${mo}-${d}`;
  let offsetMinutes = 7 * 60;
  if (zone) {
    if (zone === 'Z') offsetMinutes = 0;
    else {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
    }
  }
  const utc =
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) - offsetMinutes * 60_000;
  const local = new Date(utc + 7 * 60 * 60_000);
  if (Number.isNaN(local.getTime())) return null;
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}+07:00`;
}

const DATE_WORDS =
  /thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|ngày|tháng|năm|gmt\+?7|am|pm|sa|ch|lúc/giu;

/** A short line that is only a date (weekday, time, counters around it): returns the date. */
export function isDateLine(text: string): string | null {
  if (text.length > 80) return null;
  const date = parseVisibleDate(text);
  if (!date) return null;
  const rest = text
    .replace(DATE_WORDS, ' ')
    .replace(/[\d\s/:.,|()+\-–]+/gu, ' ')
    .trim();
  return rest.split(/\s+/).filter(Boolean).length <= 1 ? date : null;
}
