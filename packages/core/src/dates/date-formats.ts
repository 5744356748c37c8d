/**
 * The date and time forms printed by Vietnamese government portals, as data: one entry per
 * form, each with its pattern (named groups) and an example that its unit test parses.
 * Day-first always. Evidence for each form: cms-families.md §13 and noise.md §G.
 *
 * Named groups a pattern may use: `d`, `m`, `y` (the date), `mon` (English month name),
 * `hh`, `mi`, `ss`, `ampm` (the time), `zone` (an offset or zone abbreviation).
 */

/** `Thứ năm`, `Thứ Sáu`, `Chủ nhật`, `Thứ 2` … followed by `,` `:` `-` or a space. */
const WEEKDAY = String.raw`(?:(?:thứ\s*(?:hai|ba|tư|tu|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật)\s*[,:\-–]?\s*)`;

/** Day-first numeric date with one separator kind: `04/01/2024`, `4-1-2024`, `29.12.2023`, `08 | 04 | 2024`. */
const NUMERIC_DATE = String.raw`(?<![\d.,/])(?<d>\d{1,2})\s*(?<sep>[/.\-|])\s*(?<m>\d{1,2})\s*\k<sep>\s*(?<y>\d{4})(?!\d(?!\d?[/.\-]\d{1,2}[/.\-]\d{4}))`;

/** `ngày 4 tháng 1 năm 2024`, `08 Tháng 9 2021`, `4 tháng 1, 2024`. */
const WORDS_DATE = String.raw`(?<![\d.,/])(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})(?:\s*(?:,|năm)\s*|\s+)(?<y>\d{4})(?!\d)`;

/**
 * `09:52`, `9h30`, `04:45:00 PM`, `7:44 SA`. Exactly two minute digits: some NukeViet themes glue
 * the hit counter to the time (`07:451650` = 07:45 and 1650 hits), so digits may follow.
 */
const TIME = String.raw`(?<![\d.,/:])(?<hh>\d{1,2})(?::(?=\d)|\s*(?:h|giờ)\s*)(?<mi>\d{2})(?::(?<ss>\d{2}))?(?:\s*(?<ampm>[ap]\.?m\.?|sa|ch)(?![\p{L}\p{N}]))?`;

/** What every NUMERIC_DATE match contains: the day's last digit, a separator, the month's first. */
const NUMERIC_DATE_CORE = String.raw`\d\s*[/.\-|]\s*\d`;

/** What every TIME match contains: the hour's last digit, `:`/`h`/`giờ`, the minutes' first. */
const TIME_CORE = String.raw`\d(?::|\s*(?:h|giờ)\s*)\d`;

/** `(GMT+7)`, `GMT+07:00`, `(ICT)` after the time: the site's zone, which is ours. */
const GMT_SUFFIX = String.raw`(?:\s*\(?\s*(?:GMT|UTC)\s*\+\s*0?7(?::?00)?\s*\)?|\s*\(ICT\))?`;

export type DateFormatName =
  | 'numeric-date-time'
  | 'time-numeric-date'
  | 'words-date-time'
  | 'iso-8601'
  | 'php-zone-abbreviation'
  | 'java-date-string';

export interface DateFormat {
  name: DateFormatName;
  /** Where the form comes from. */
  seenIn: string;
  /** Source of a case-insensitive, Unicode, global regular expression. */
  pattern: string;
  /**
   * Sources (same flags) that every match of `pattern` contains: a text failing one of them is
   * answered without running `pattern`, whose Unicode case-insensitive matching (and, after the
   * engine drops idle regexp code, its compilation) costs far more than these small scans.
   */
  requires: readonly string[];
  /** One real-shaped example and the ISO value it must give (tested). */
  example: { text: string; iso: string };
}

export const DATE_FORMATS: readonly DateFormat[] = [
  {
    name: 'numeric-date-time',
    seenIn: 'NukeViet, baochinhphu, ministries, NewsView, moh, K2 lists, ASP.NET (12-hour)',
    pattern: String.raw`${WEEKDAY}?(?:ngày\s*)?${NUMERIC_DATE}(?:\s*(?:[,|\-–]\s*)?(?:lúc\s*)?${TIME})?${GMT_SUFFIX}`,
    requires: [NUMERIC_DATE_CORE],
    example: { text: 'Thứ Sáu, 31/05/2013 09:59 (GMT+7)', iso: '2013-05-31T09:59+07:00' },
  },
  {
    name: 'time-numeric-date',
    seenIn:
      'legacy dangcongsan (`09:59 | 31/05/2013`), baotayninh (`15:00 ngày 09/02/2024`), legacy baochinhphu',
    pattern: String.raw`${WEEKDAY}?${TIME}${GMT_SUFFIX}\s*(?:[,|\-–]\s*)?(?:ngày\s*)?${NUMERIC_DATE}`,
    requires: [NUMERIC_DATE_CORE, TIME_CORE],
    example: { text: 'Thứ sáu: 15:00 ngày 09/02/2024', iso: '2024-02-09T15:00+07:00' },
  },
  {
    name: 'words-date-time',
    seenIn:
      'Joomla/K2 (`Thứ tư, 08 Tháng 9 2021 15:09`), body text and headers (`ngày 4 tháng 1 năm 2024`)',
    pattern: String.raw`${WEEKDAY}?(?:ngày\s*)?${WORDS_DATE}(?:\s*(?:[,|\-–]\s*)?(?:lúc\s*)?${TIME})?${GMT_SUFFIX}`,
    requires: [String.raw`\d\s+tháng\s+\d`],
    example: { text: 'Thứ tư, 08 Tháng 9 2021 15:09', iso: '2021-09-08T15:09+07:00' },
  },
  {
    name: 'iso-8601',
    seenIn: 'article:published_time, time[datetime], meta.cms-date, JSON-LD, SharePoint URL dates',
    pattern: String.raw`(?<![\d.,/])(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T\s](?<hh>\d{2}):(?<mi>\d{2})(?::(?<ss>\d{2})(?:[.,]\d+)?)?\s*(?<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d:])`,
    requires: [String.raw`\d{4}-\d`],
    example: { text: '2023-06-16T02:12:40+00:00', iso: '2023-06-16T09:12+07:00' },
  },
  {
    name: 'php-zone-abbreviation',
    // NukeViet formats meta times with date('Y-m-dTH:i:s'): the unescaped `T` prints the zone
    // abbreviation (`+07`, `ICT`) between the date and the time.
    seenIn: 'NukeViet article:published_time / modified_time',
    pattern: String.raw`(?<![\d.,/])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?<zone>[+-]\d{2}|[A-Z]{2,5})(?<hh>\d{2}):(?<mi>\d{2})(?::(?<ss>\d{2}))?(?!\d)`,
    requires: [String.raw`\d{4}-\d{2}-\d{2}`],
    example: { text: '2024-11-18+0720:29:00', iso: '2024-11-18T20:29+07:00' },
  },
  {
    name: 'java-date-string',
    seenIn: 'Liferay 7.4 JournalArticle dumps (`createDate=Sun Jul 20 20:44:06 ICT 2025`)',
    pattern: String.raw`(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(?<d>\d{1,2})\s+(?<hh>\d{2}):(?<mi>\d{2})(?::(?<ss>\d{2}))?\s+(?<zone>[A-Z]{2,5})\s+(?<y>\d{4})(?!\d)`,
    requires: [String.raw`[a-z]{3}\s+[a-z]{3}\s+\d`],
    example: { text: 'Sun Jul 20 20:44:06 ICT 2025', iso: '2025-07-20T20:44+07:00' },
  },
];

/** Zone abbreviations we can convert, in minutes east of UTC. Unknown ones are taken as local. */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  ICT: 420,
  UTC: 0,
  GMT: 0,
  Z: 0,
};

export const ENGLISH_MONTHS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/**
 * Dates in URLs: fallbacks when a page shows none. `time` says whether the id encodes a time.
 * Groups: `y` (4 digits) or `yy` (2 digits, 20yy), `m`, `d`, optional `hh`, `mi`.
 */
export interface UrlDateFormat {
  name: string;
  seenIn: string;
  pattern: RegExp;
  example: { url: string; iso: string };
}

export const URL_DATE_FORMATS: readonly UrlDateFormat[] = [
  {
    name: 'path-year-month-day-hyphen',
    seenIn: 'SharePoint provincial portals `/portal/Pages/2020-5-29/…aspx`',
    pattern: /\/(?<y>(?:19|20)\d{2})-(?<m>\d{1,2})-(?<d>\d{1,2})\//u,
    example: {
      url: 'https://example.gov.vn/portal/Pages/2024-9-12/Slug-k8f2ld9a.aspx',
      iso: '2024-09-12',
    },
  },
  {
    name: 'path-year-month-day-slash',
    seenIn: 'WordPress permalinks `/2024/05/20/slug/`',
    pattern: /\/(?<y>(?:19|20)\d{2})\/(?<m>\d{1,2})\/(?<d>\d{1,2})\//u,
    example: { url: 'https://example.gov.vn/2023/06/16/slug/', iso: '2023-06-16' },
  },
  {
    name: 'vccorp-id',
    // The article id starts with a 3-digit channel prefix (102 baochinhphu, 119 xaydungchinhsach)
    // then yyMMddHHmmss: an inferred creation time, used only when the page shows none.
    seenIn: 'baochinhphu.vn `-102240425094504794.htm`, xaydungchinhsach `-119…htm`',
    pattern:
      /-(?:102|119)(?<yy>\d{2})(?<m>\d{2})(?<d>\d{2})(?<hh>\d{2})(?<mi>\d{2})\d{2}\d{0,4}\.html?(?:$|[?#])/u,
    example: {
      url: 'https://example.vn/slug-102241024142655312.htm',
      iso: '2024-10-24T14:26+07:00',
    },
  },
  {
    name: 'timestamp-id',
    seenIn: 'bvhttdl.gov.vn `-20241003083820222.htm`',
    pattern:
      /-(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})(?<hh>\d{2})(?<mi>\d{2})\d{2}\d{0,3}\.html?(?:$|[?#])/u,
    example: {
      url: 'https://example.gov.vn/slug-20241003083820222.htm',
      iso: '2024-10-03T08:38+07:00',
    },
  },
];

/**
 * What may stand around a date on a line that is only a date line: labels, weekday, view and
 * comment counters, separators. Anything else (a name, "Hôm nay", prose) means the line is not a
 * date line (the caller decides what it is).
 */
export const DATE_LINE_RESIDUE =
  /^(?:[\s|:,.\-–()[\]]|\d+|ngày đăng(?: tin)?|ngay dang|tin đăng ngày|đăng ngày|thời gian đăng|thời gian|ngày xuất bản|xuất bản|ngày cập nhật|cập nhật(?: lúc)?|đăng lúc|lúc|ngày|lượt xem|lượt|xem|views?|bình luận)*$/iu;
