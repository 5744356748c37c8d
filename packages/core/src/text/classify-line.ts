/**
 * Line classification for `cleanText`: which noise rule a line matches (the text rules, then the
 * HTML side's shared catalogue), tool rows, menus, breadcrumbs, date lines, bylines, headings.
 */
import {
  findVietnameseDates,
  parseDateLine,
  parseVietnameseDate,
  type ParsedDate,
} from '../dates/parse-date';
import { NOISE_RULES } from '../noise/patterns';
import { foldForSearch } from '../unicode';
import type { TextLine } from './text-lines';
import {
  BREADCRUMB,
  BYLINE_ORGANIZATION,
  POSTED_BY_LINE,
  TEXT_LINE_RULES,
  type LineRule,
} from './text-noise';

/** A body paragraph is at least this long; shorter lines near the top are titles, labels, chrome. */
export const LONG_PARAGRAPH = 160;
export const MAX_TITLE_LENGTH = 300;
export const EXCERPT_LENGTH = 120;

export function sameText(a: string, b: string): boolean {
  return (
    foldForSearch(a)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim() ===
    foldForSearch(b)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/**
 * The HTML side's catalogue (`core/src/noise/`), as a fallback after the text rules: chrome it
 * knows that plain text has not shown yet. Its related-list headings start a related list here.
 */
export const SHARED_RULES: readonly LineRule[] = NOISE_RULES.flatMap((rule): LineRule[] =>
  rule.action === 'drop'
    ? [
        {
          rule: `noise:${rule.name}`,
          action: rule.name === 'related' ? 'related-heading' : 'drop',
          pattern: rule.pattern,
        },
      ]
    : [],
);

export function matchRule(line: TextLine): LineRule | null {
  for (const rule of TEXT_LINE_RULES) {
    if (rule.pattern.test(line.key)) return rule;
  }
  for (const rule of SHARED_RULES) {
    if (rule.pattern.test(line.key)) return rule;
  }
  return null;
}

/**
 * A row of tool words flattened onto one line (`Cỡ chữ  giảm cỡ chữ  tăng cỡ chữ`,
 * `Chia sẻ Đọc bài Lưu`, `[In trang] [Trở về]`): the line splits, word by word, into pieces that
 * are each a whole-line noise string. Found by dynamic programming over word positions.
 */
export const MAX_TOOL_PHRASE_WORDS = 5;

export function matchToolRow(line: TextLine): LineRule | null {
  const words = line.key
    .split(/[\s|·•/]+/u)
    .filter((word) => word !== '' && !/^[-–—,;:]+$/u.test(word));
  if (words.length < 2 || words.length > 24) return null;
  const firstRule: (LineRule | null)[] = Array.from({ length: words.length + 1 }, () => null);
  const reachable = Array.from({ length: words.length + 1 }, (_, i) => i === 0);
  for (let start = 0; start < words.length; start++) {
    if (!reachable[start]) continue;
    for (let end = start + 1; end <= Math.min(words.length, start + MAX_TOOL_PHRASE_WORDS); end++) {
      if (start === 0 && end === words.length) continue; // the whole line: matchRule's job
      const phrase = words.slice(start, end).join(' ');
      const rule = matchRule({ ...line, key: phrase, spaced: phrase });
      if (!rule || rule.action !== 'drop') continue;
      reachable[end] = true;
      firstRule[end] ??= firstRule[start] ?? rule;
    }
  }
  return reachable[words.length] ? (firstRule[words.length] ?? null) : null;
}

/** `Trang chủ | Giới thiệu | Sơ đồ báo | English |`: three or more short pipe-separated items. */
export function isMenuRow(line: TextLine): boolean {
  const items = line.key
    .split('|')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return (
    items.length >= 3 &&
    line.key.split('|').length - 1 >= 2 &&
    items.every((item) => item.split(' ').length <= 4 && !/\d{3,}/u.test(item))
  );
}

export function classifyNoise(line: TextLine): LineRule | null {
  return matchRule(line) ?? matchToolRow(line);
}

/**
 * A byline on its own line: a short run of capitalised words (`Thùy Dương`, `Bảo Ngọc - Văn Hùng`)
 * or a short office name (`Phòng Văn thư - Lưu trữ`).
 */
export function isNameLike(text: string): boolean {
  if (
    BYLINE_ORGANIZATION.test(text) &&
    text.split(' ').length <= 10 &&
    !/[.:;!?…"“”)]$|\d/u.test(text) &&
    /^\p{Lu}/u.test(text)
  ) {
    return true;
  }
  return isPersonName(text);
}

export function isPersonName(text: string): boolean {
  if (text.length === 0 || text.length > 60 || /[\d.:;!?…"“”]$|\d/u.test(text)) return false;
  if (!/^\p{Lu}/u.test(text)) return false;
  const words = text.split(/[\s,\-–]+/u).filter((word) => /\p{L}/u.test(word));
  if (words.length === 0 || words.length > 8) return false;
  // One word is a byline only as initials (`HV`, `P.V`), not `Sau` (a pager link) or `Admin`.
  if (words.length === 1 && !/^[\p{Lu}.]{2,6}$/u.test(text)) return false;
  const connectors = new Set(['và', 'của']);
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word) || connectors.has(word));
  return capitalised.length / words.length >= 0.75;
}

/** Typed numbering (`1.`, `II.`, `a)`), or a short upper-case line: a subheading. */
export function looksLikeHeading(text: string): boolean {
  if (text.length > 150 || /[.;,:!?…]$/u.test(text)) return false;
  if (/^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+\S/u.test(text)) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}

export const MENU_RULE: LineRule = {
  rule: 'chrome:menu-row',
  action: 'drop',
  pattern: /$^/u,
};

/**
 * The date of a date line: only a date (with labels and counters), a `Đăng vào … bởi …` byline
 * row, or a date sharing its row with tool links (`22/08/2024 Xem cỡ chữ A- A+ | In trang`).
 */
export function dateOfLine(line: TextLine): ParsedDate | null {
  const direct = parseDateLine(line.key);
  if (direct) return direct;
  if (POSTED_BY_LINE.test(line.key)) return parseVietnameseDate(line.key);
  const dates = findVietnameseDates(line.key);
  const date = dates[0];
  if (dates.length !== 1 || !date) return null;
  const residue = `${line.key.slice(0, date.start)} ${line.key.slice(date.end)}`.trim();
  const rest: TextLine = { ...line, key: residue.replace(/\s+/gu, ' '), spaced: residue };
  return residue !== '' && classifyNoise(rest)?.action === 'drop' ? date : null;
}

/** `Trang chủ > Tin tức > …`, or a home link glued to the trail (`Trang chủ Tin tức …`). */
export function isBreadcrumb(line: TextLine): boolean {
  if (BREADCRUMB.test(line.spaced)) return true;
  const next = /^(?:trang chủ|trang nhất|home)\s+(\S)/iu.exec(line.key)?.[1];
  return next !== undefined && /\p{Lu}/u.test(next);
}

export function collapseTitle(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The next line that is not blank, or null at the end. */
export function nextContentLine(lines: readonly TextLine[], from: number): TextLine | null {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line && line.key !== '') return line;
  }
  return null;
}
