/**
 * `cleanText`: a plain-text extraction of a portal page (what `textContent` or a copy-paste gives:
 * title line, date line with counters, repeated title, sapo, body, photo file names, byline,
 * rating and session lines) → the same `Article` the HTML extractor returns.
 *
 * Pipeline, one small step each: split lines → find the date line and the title → classify every
 * later line (noise rules as data in `text-noise.ts`) → shape the kept lines into lead, headings,
 * paragraphs and figures → lay out `text` → find references. Every dropped line is logged in
 * `removed` with the rule that dropped it.
 */
import { layoutArticleText } from '../article/text-layout';
import {
  findVietnameseDates,
  parseDateFromUrl,
  parseDateLine,
  parseVietnameseDate,
  type ParsedDate,
} from '../dates/parse-date';
import { findReferences } from '../references/find-references';
import type {
  Article,
  ArticleAttachment,
  ArticleImage,
  Block,
  ExtractResult,
  RemovedItem,
} from '../types';
import { NOISE_RULES } from '../noise/patterns';
import { foldForSearch } from '../unicode';
import { guessTextCms, type CmsGuess } from './cms-signatures';
import { toTextLines, type TextLine } from './text-lines';
import {
  ATTACHMENT_LINE,
  AUTHOR_LINE,
  BREADCRUMB,
  BYLINE_ORGANIZATION,
  BREADCRUMB_SEPARATOR,
  DOCUMENT_FILE_NAME,
  PHOTO_CREDIT,
  POSTED_BY_LINE,
  SAPO_SOURCE_TAG,
  SOURCE_LINE,
  TAGS_LINE,
  TEXT_LINE_RULES,
  type LineRule,
} from './text-noise';

export interface CleanTextOptions {
  url?: string | null;
}

/** A body paragraph is at least this long; shorter lines near the top are titles, labels, chrome. */
const LONG_PARAGRAPH = 160;
const MAX_TITLE_LENGTH = 300;
const EXCERPT_LENGTH = 120;

function excerpt(text: string): string {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
}

function sameText(a: string, b: string): boolean {
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
const SHARED_RULES: readonly LineRule[] = NOISE_RULES.flatMap((rule): LineRule[] =>
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

function matchRule(line: TextLine): LineRule | null {
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
const MAX_TOOL_PHRASE_WORDS = 5;

function matchToolRow(line: TextLine): LineRule | null {
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
function isMenuRow(line: TextLine): boolean {
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

function classifyNoise(line: TextLine): LineRule | null {
  return matchRule(line) ?? matchToolRow(line);
}

/**
 * A byline on its own line: a short run of capitalised words (`Thùy Dương`, `Bảo Ngọc - Văn Hùng`)
 * or a short office name (`Phòng Văn thư - Lưu trữ`).
 */
function isNameLike(text: string): boolean {
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

function isPersonName(text: string): boolean {
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
function looksLikeHeading(text: string): boolean {
  if (text.length > 150 || /[.;,:!?…]$/u.test(text)) return false;
  if (/^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+\S/u.test(text)) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}

function attachmentType(name: string): string | null {
  const extension = /\.([a-z0-9]{2,5})$/iu.exec(name.trim());
  return extension?.[1]?.toLowerCase() ?? null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);
}

/** What the walk over the lines keeps, before it is shaped into blocks. */
type Kept = { kind: 'paragraph'; line: TextLine } | { kind: 'figure'; caption: string | null };

interface Walk {
  kept: Kept[];
  removed: RemovedItem[];
  author: string | null;
  source: string | null;
  tags: string[];
  attachments: ArticleAttachment[];
  /** Date lines and `Headline (dd/mm/yyyy)` lines among the kept text: a listing's teasers. */
  teaserDates: number;
}

/** `Hội nghị … (08/01/2025)`: a headline with its date, as lists of other articles print them. */
const TEASER_DATE_SUFFIX = /\(\d{1,2}\/\d{1,2}\/\d{4}(?:\s+\d{1,2}:\d{2})?\)$/u;
/** At least this many teaser dates among the kept text: a list of articles, not one article. */
const LISTING_TEASER_DATES = 3;
/** An article has at least one paragraph this long (its lead or a body paragraph). */
const MIN_PROSE_PARAGRAPH = 120;

interface Frame {
  title: string | null;
  titleIndex: number;
  dateIndex: number;
  /** Breadcrumb lines whose last item served as the title. */
  breadcrumbIndex: number;
}

/** Step: the date line (the first one above the body) and the title (the nearest line above it). */
function findFrame(lines: readonly TextLine[]): Frame {
  const isBlank = (line: TextLine) => line.key === '';
  // Titles can be long too, but they do not end like a sentence.
  const firstLong = lines.findIndex(
    (line) =>
      line.key.length >= LONG_PARAGRAPH &&
      (/[.!?…:;"”’)]$/u.test(line.key) || line.key.length >= 2 * MAX_TITLE_LENGTH),
  );
  const bodyStart = firstLong === -1 ? lines.length : firstLong;
  // The date line nearest the body: headers print today's date above the article too.
  let dateIndex = -1;
  for (let i = 0; i < bodyStart; i++) {
    const line = lines[i];
    if (!line || isBlank(line)) continue;
    const noise = classifyNoise(line);
    if (noise && noise.action !== 'drop-outside-body') continue;
    if (dateOfLine(line)) dateIndex = i;
  }
  const isTitleCandidate = (line: TextLine) =>
    !isBlank(line) &&
    line.key.length <= MAX_TITLE_LENGTH &&
    !/:$/u.test(line.key) &&
    !/https?:\/\//iu.test(line.key) &&
    !classifyNoise(line) &&
    !isBreadcrumb(line) &&
    !isMenuRow(line) &&
    !AUTHOR_LINE.test(line.key) &&
    !POSTED_BY_LINE.test(line.key) &&
    !SOURCE_LINE.test(line.key) &&
    !parseDateLine(line.key);
  // Headlines have several words and do not end like a sentence; names, site titles and sapos do.
  const isLikelyHeadline = (line: TextLine) =>
    isTitleCandidate(line) && line.key.split(' ').length >= 4 && !/[.!?]$/u.test(line.key);
  const nearestAbove = (to: number, test: (line: TextLine) => boolean) => {
    for (let i = to - 1; i >= 0; i--) {
      const line = lines[i];
      if (line && test(line)) return i;
    }
    return -1;
  };
  const firstBelow = (from: number, to: number, test: (line: TextLine) => boolean) => {
    for (let i = from; i < to; i++) {
      const line = lines[i];
      if (line && test(line)) return i;
    }
    return -1;
  };
  const frameAt = (titleIndex: number, breadcrumbIndex = -1): Frame => ({
    title: titleIndex >= 0 ? (lines[titleIndex]?.text ?? null) : null,
    titleIndex,
    dateIndex,
    breadcrumbIndex,
  });

  if (dateIndex < 0) {
    // No date line: the title is the last headline-like line above the first paragraph.
    const end = bodyStart === lines.length ? Math.min(lines.length, 1) : bodyStart;
    let index = nearestAbove(end, isLikelyHeadline);
    if (index < 0) index = nearestAbove(end, isTitleCandidate);
    return frameAt(index);
  }
  const above = bestHeadlineAbove(lines, dateIndex, isLikelyHeadline);
  const firstBelowDate = firstBelow(dateIndex + 1, bodyStart, isLikelyHeadline);
  // A short line above the date (a menu item, a category) loses to a real headline below it.
  const wordsOf = (index: number) => lines[index]?.key.split(' ').length ?? 0;
  if (above >= 0 && !(wordsOf(above) <= 5 && firstBelowDate >= 0 && wordsOf(firstBelowDate) > 5)) {
    return frameAt(above);
  }
  // Nothing above the date but chrome: a breadcrumb ends with the title, which the page usually
  // repeats below the date (`Trang chủ Tin tức - Sự kiện <title>` … date … `<title>`).
  const crumbIndex = nearestAbove(dateIndex, isBreadcrumb);
  const below = firstBelow(dateIndex + 1, bodyStart, isLikelyHeadline);
  const crumbLine = crumbIndex >= 0 ? lines[crumbIndex] : undefined;
  if (crumbLine) {
    const belowLine = below >= 0 ? lines[below] : undefined;
    if (belowLine && foldForSearch(crumbLine.key).endsWith(foldForSearch(belowLine.key))) {
      return frameAt(below, crumbIndex);
    }
    const lastItem = BREADCRUMB.exec(crumbLine.spaced)
      ?.groups?.['rest']?.split(BREADCRUMB_SEPARATOR)
      .pop()
      ?.trim();
    if (lastItem && lastItem.split(' ').length >= 4) {
      return {
        title: collapseTitle(lastItem),
        titleIndex: -1,
        dateIndex,
        breadcrumbIndex: crumbIndex,
      };
    }
  }
  if (below >= 0) return frameAt(below, crumbIndex);
  return frameAt(nearestAbove(dateIndex, isTitleCandidate), crumbIndex);
}

/** How many non-blank lines above the date line may hold the title (hidden schema spans sit between). */
const TITLE_WINDOW = 8;

/**
 * The title among the headline-like lines just above the date line. Hidden schema spans, bylines
 * and category names can sit in between, but a headline has more words than those; nearness to
 * the date breaks ties.
 */
function bestHeadlineAbove(
  lines: readonly TextLine[],
  dateIndex: number,
  isHeadline: (line: TextLine) => boolean,
): number {
  let best = -1;
  let bestScore = -Infinity;
  let seen = 0;
  for (let i = dateIndex - 1; i >= 0 && seen < TITLE_WINDOW; i--) {
    const line = lines[i];
    if (!line || line.key === '') continue;
    seen++;
    if (!isHeadline(line)) continue;
    const words = line.key.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    const score = Math.min(words, 10) * 0.3 - seen * 0.25;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The date of a date line: only a date (with labels and counters), a `Đăng vào … bởi …` byline
 * row, or a date sharing its row with tool links (`22/08/2024 Xem cỡ chữ A- A+ | In trang`).
 */
function dateOfLine(line: TextLine): ParsedDate | null {
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
function isBreadcrumb(line: TextLine): boolean {
  if (BREADCRUMB.test(line.spaced)) return true;
  const next = /^(?:trang chủ|trang nhất|home)\s+(\S)/iu.exec(line.key)?.[1];
  return next !== undefined && /\p{Lu}/u.test(next);
}

function collapseTitle(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The next line that is not blank, or null at the end. */
function nextContentLine(lines: readonly TextLine[], from: number): TextLine | null {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line && line.key !== '') return line;
  }
  return null;
}

/** Step: walk every line, drop noise (logged), collect metadata, keep content in order. */
function walkLines(lines: readonly TextLine[], frame: Frame): Walk {
  const walk: Walk = {
    kept: [],
    removed: [],
    author: null,
    source: null,
    tags: [],
    attachments: [],
    teaserDates: 0,
  };
  const drop = (rule: string, line: TextLine) =>
    walk.removed.push({ rule, excerpt: excerpt(line.text) });
  const laterKeys = (index: number) =>
    new Set(lines.slice(index + 1).map((line) => foldForSearch(line.key)));
  let bodyStarted = false;
  let ended = false;
  let relatedItems = -1; // ≥ 0 while inside a related list: the items consumed so far
  let inAttachments = false;
  let inTocUntil = -1;
  let pendingImage = false;
  /** A line already consumed with the one before it (the second line of a byline). */
  let skipIndex = -1;

  const isNoiseOrLabel = (line: TextLine | null) =>
    line === null ||
    classifyNoise(line) !== null ||
    AUTHOR_LINE.test(line.key) ||
    SOURCE_LINE.test(line.key) ||
    TAGS_LINE.test(line.key) ||
    ATTACHMENT_LINE.test(line.key);

  lines.forEach((line, i) => {
    // Blank lines do not end a related list or an attachment list: naive extractions put one
    // between every list item.
    if (line.key === '') return;
    if (i === skipIndex) {
      drop('byline:first-line', line);
      return;
    }
    if (i === frame.dateIndex) {
      const postedBy = POSTED_BY_LINE.exec(line.key)?.groups?.['value'];
      if (postedBy) walk.author ??= collapseTitle(postedBy);
      drop('date:published-line', line);
      return;
    }
    if (i === frame.breadcrumbIndex) {
      drop('chrome:breadcrumb', line);
      return;
    }
    if (i < frame.titleIndex || (frame.titleIndex < 0 && i < frame.breadcrumbIndex)) {
      drop('chrome:before-title', line);
      return;
    }
    if (i === frame.titleIndex) return;
    if (frame.title !== null && sameText(line.key, frame.title)) {
      drop('title:repeat', line);
      return;
    }
    if (i <= inTocUntil) {
      drop('noise:table-of-contents', line);
      return;
    }

    const author = AUTHOR_LINE.exec(line.key)?.groups?.['value'];
    if (author !== undefined && !/[.;!?]$/u.test(author)) {
      walk.author ??= collapseTitle(author);
      drop('byline:author-label', line);
      if (bodyStarted) ended = true;
      return;
    }
    const source = SOURCE_LINE.exec(line.key)?.groups?.['value'];
    if (source !== undefined && (!bodyStarted || ended || source.length <= 80)) {
      walk.source ??= collapseTitle(source);
      drop('byline:source-label', line);
      return;
    }
    const tags = TAGS_LINE.exec(line.key)?.groups?.['value'];
    if (tags !== undefined) {
      walk.tags.push(
        ...tags
          .split(/\s*[,;]\s*/u)
          .map((tag) => tag.trim())
          .filter((tag) => tag !== ''),
      );
      drop('metadata:tags', line);
      return;
    }
    const attachment =
      ATTACHMENT_LINE.exec(line.key)?.groups?.['name'] ??
      (inAttachments ? DOCUMENT_FILE_NAME.exec(line.key)?.groups?.['name'] : undefined);
    if (attachment !== undefined) {
      const name = line.text.slice(line.text.length - attachment.length).trim() || attachment;
      walk.attachments.push({ href: null, name, type: attachmentType(name) });
      drop('metadata:attachment', line);
      return;
    }

    inAttachments = false;
    if (
      frame.titleIndex >= 0 &&
      i > frame.titleIndex &&
      i < frame.dateIndex &&
      !(/[.!?…]$/u.test(line.key) && line.key.split(' ').length >= 12)
    ) {
      // Between the title and its date line sit hidden schema spans (author, timestamps, the
      // site's logo URL), kickers and categories; a sentence there is kept as text.
      drop('chrome:between-title-and-date', line);
      return;
    }
    const rule = classifyNoise(line) ?? (isMenuRow(line) ? MENU_RULE : null);
    if (rule && !(rule.action === 'drop-outside-body' && bodyStarted && !ended)) {
      drop(rule.rule, line);
      if (rule.endsArticle && bodyStarted) ended = true;
      if (rule.action === 'related-heading') relatedItems = 0;
      if (rule.action === 'attachments-heading') inAttachments = true;
      if (rule.action === 'image-marker') pendingImage = true;
      if (rule.action === 'toc-heading') {
        // The table of contents repeats headings that follow: drop the lines that reappear.
        let last = i;
        for (let j = i + 1; j < lines.length; j++) {
          const item = lines[j];
          if (!item) break;
          if (item.key === '') continue;
          if (!laterKeys(j).has(foldForSearch(item.key))) break;
          last = j;
        }
        inTocUntil = last;
      }
      return;
    }
    if (relatedItems >= 0) {
      // Inside a related list. A short line right before a long paragraph is the article's next
      // subheading, not a headline of another article (inline boxes sit inside the body); a
      // name right before the page's tools is the byline that follows an inline box.
      const next = nextContentLine(lines, i + 1);
      if (bodyStarted && !ended && isPersonName(line.text) && isNoiseOrLabel(next)) {
        relatedItems = -1;
        walk.author ??= line.text;
        drop('byline:last-line', line);
        ended = true;
        return;
      }
      const endsList =
        line.key.length >= LONG_PARAGRAPH ||
        (bodyStarted &&
          !ended &&
          relatedItems > 0 &&
          next !== null &&
          next.key.length >= LONG_PARAGRAPH);
      if (!endsList) {
        relatedItems++;
        drop('noise:related-item', line);
        return;
      }
      relatedItems = -1;
    }
    if (ended) {
      drop('tail:after-article', line);
      return;
    }
    if (pendingImage) {
      pendingImage = false;
      if (line.key.length < LONG_PARAGRAPH && !looksLikeHeading(line.text)) {
        walk.kept.push({ kind: 'figure', caption: line.text });
        return;
      }
      // A photo without caption: its file name (already logged) is all the text gives, and its
      // URL is unknown, so there is no figure to show.
    }
    if (bodyStarted && line.key.length <= 250 && PHOTO_CREDIT.test(line.key)) {
      walk.kept.push({ kind: 'figure', caption: line.text });
      return;
    }
    const next = nextContentLine(lines, i + 1);
    if (!bodyStarted && walk.author === null) {
      // A byline printed as the first, right-aligned lines of the body: `Trần Đức Khánh,` then
      // `Liên hiệp các Hội VHNT tỉnh`, then the first paragraph.
      const name = line.text.replace(/,$/u, '');
      const isName = isPersonName(name) && name !== name.toUpperCase();
      const afterNext = next ? nextContentLine(lines, next.index + 1) : null;
      const isLong = (candidate: TextLine | null) =>
        candidate !== null && candidate.key.length >= LONG_PARAGRAPH;
      if (isName && isLong(next)) {
        walk.author = name;
        drop('byline:first-line', line);
        return;
      }
      if (isName && next && isNameLike(next.text) && isLong(afterNext)) {
        walk.author = `${name}, ${next.text}`;
        drop('byline:first-line', line);
        skipIndex = next.index;
        return;
      }
    }
    if (bodyStarted && isNameLike(line.text) && isNoiseOrLabel(next)) {
      walk.author ??= line.text;
      drop('byline:last-line', line);
      ended = true;
      return;
    }
    if (dateOfLine(line)) {
      // A date line inside the "body" belongs to a teaser: listing pages print one per item.
      walk.teaserDates++;
      drop('date:teaser-date', line);
      return;
    }
    if (TEASER_DATE_SUFFIX.test(line.key)) walk.teaserDates++;
    walk.kept.push({ kind: 'paragraph', line });
    bodyStarted = true;
  });
  return walk;
}

const MENU_RULE: LineRule = {
  rule: 'chrome:menu-row',
  action: 'drop',
  pattern: /$^/u,
};

/**
 * A short single sentence between two long paragraphs is a photo caption whose image the text
 * extraction lost (`Các vận động viên diễu hành tại lễ khai mạc.`).
 */
function isOrphanCaption(kept: readonly Kept[], index: number): boolean {
  const item = kept[index];
  const before = kept[index - 1];
  const after = kept[index + 1];
  if (item?.kind !== 'paragraph' || before?.kind !== 'paragraph' || after?.kind !== 'paragraph') {
    return false;
  }
  const text = item.line.text;
  return (
    index >= 2 &&
    text.length <= 110 &&
    /\p{L}\.$/u.test(text) &&
    !/[.!?;:]\s/u.test(text.slice(0, -1)) &&
    !looksLikeHeading(text) &&
    before.line.key.length >= 200 &&
    after.line.key.length >= 200
  );
}

/** Step: kept lines → lead, blocks (headings, paragraphs, figures), images. */
function shapeBlocks(
  walk: Walk,
  cms: CmsGuess,
  title: string | null,
): { lead: string | null; blocks: Block[]; images: ArticleImage[] } {
  const kept = walk.kept.map((item, index, all): Kept =>
    isOrphanCaption(all, index) && item.kind === 'paragraph'
      ? { kind: 'figure', caption: item.line.text }
      : item,
  );
  let lead: string | null = null;
  const firstIndex = kept.findIndex((item) => item.kind === 'paragraph');
  const first = kept[firstIndex];
  const paragraphCount = kept.filter((item) => item.kind === 'paragraph').length;
  // A sapo is a sentence or more, never a bare name.
  const sapoSized = (text: string) => text.split(' ').length >= 8 && !isNameLike(text);
  if (
    first?.kind === 'paragraph' &&
    paragraphCount >= 2 &&
    !looksLikeHeading(first.line.text) &&
    sapoSized(first.line.text)
  ) {
    const tagged = SAPO_SOURCE_TAG.test(first.line.key);
    const separateSapo = cms.leadIsFirstParagraph && !first.line.fromGluedLine;
    if (tagged || separateSapo) {
      lead = first.line.text;
      kept.splice(firstIndex, 1);
    }
  }
  if (lead !== null && title !== null && sameText(lead, title)) lead = null;

  const blocks: Block[] = [];
  const images: ArticleImage[] = [];
  kept.forEach((item, index) => {
    if (item.kind === 'figure') {
      blocks.push({ type: 'figure', src: '', caption: item.caption, alt: null });
      images.push({ src: '', caption: item.caption, alt: null });
      return;
    }
    const text = item.line.text;
    const next = kept[index + 1];
    const previous = kept[index - 1];
    const beforeLongParagraph =
      next?.kind === 'paragraph' && next.line.key.length >= LONG_PARAGRAPH;
    const shortBridge =
      text.length <= 80 &&
      !/[.;,:!?…]$/u.test(text) &&
      previous?.kind === 'paragraph' &&
      beforeLongParagraph;
    if ((looksLikeHeading(text) && next !== undefined) || shortBridge) {
      blocks.push({
        type: 'heading',
        level: /^\p{Lu}+$/u.test(text.replace(/[^\p{L}]/gu, '')) ? 2 : 3,
        text,
      });
      return;
    }
    blocks.push({ type: 'paragraph', text, html: escapeHtml(text) });
  });
  return { lead, blocks, images };
}

function renderHtml(lead: string | null, blocks: readonly Block[]): string {
  const parts: string[] = [];
  if (lead !== null) parts.push(`<p class="lead"><strong>${escapeHtml(lead)}</strong></p>`);
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        parts.push(`<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`);
        break;
      case 'paragraph':
        parts.push(`<p>${block.html}</p>`);
        break;
      case 'figure':
        if (block.caption !== null) {
          parts.push(`<figure><figcaption>${escapeHtml(block.caption)}</figcaption></figure>`);
        }
        break;
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        const items = block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('');
        parts.push(`<${tag}>${items}</${tag}>`);
        break;
      }
      case 'table': {
        const rows = block.rows
          .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
          .join('');
        parts.push(`<table><tbody>${rows}</tbody></table>`);
        break;
      }
      case 'quote':
        parts.push(`<blockquote>${escapeHtml(block.text)}</blockquote>`);
        break;
    }
  }
  return parts.join('\n');
}

/**
 * Cleans a plain-text extraction of an article page. Returns an `Article` (same shape as
 * `extractArticle`), or `NotAnArticle` when the text holds no title and body.
 * `Article.text` is `layoutArticleText(lead, blocks).text`; `references` point into it.
 */
export function cleanText(text: string, options: CleanTextOptions = {}): ExtractResult {
  const url = options.url ?? null;
  const lines = toTextLines(text);
  const normalizedWhole = lines.map((line) => line.key).join('\n');
  const cms = guessTextCms(normalizedWhole);
  if (normalizedWhole.trim() === '') {
    return {
      notAnArticle: true,
      reason: 'empty-document',
      detail: 'The text is empty.',
      cms: cms.cms,
    };
  }
  const frame = findFrame(lines);
  const walk = walkLines(lines, frame);
  const { lead, blocks, images } = shapeBlocks(walk, cms, frame.title);
  if (walk.teaserDates >= LISTING_TEASER_DATES) {
    return {
      notAnArticle: true,
      reason: 'listing-page',
      detail: `${walk.teaserDates} dated teaser lines where the article body should be: a list of articles.`,
      cms: cms.cms,
    };
  }
  const hasProse = [lead ?? '', ...blocks.map((block) => ('text' in block ? block.text : ''))].some(
    (text) => text.length >= MIN_PROSE_PARAGRAPH,
  );
  if (frame.title === null || !hasProse) {
    return {
      notAnArticle: true,
      reason: 'too-little-text',
      detail:
        frame.title === null
          ? 'No title line was found in the text.'
          : 'No paragraph of prose remains after removing interface text.',
      cms: cms.cms,
    };
  }
  const dateLine = frame.dateIndex >= 0 ? lines[frame.dateIndex] : undefined;
  const published =
    (dateLine ? dateOfLine(dateLine)?.iso : undefined) ??
    (url ? parseDateFromUrl(url)?.iso : undefined) ??
    null;
  const layout = layoutArticleText(lead, blocks);
  const article: Article = {
    url,
    canonicalUrl: url,
    siteName: null,
    cms: cms.cms,
    title: frame.title,
    published,
    modified: null,
    author: walk.author,
    source: walk.source,
    lead,
    blocks,
    html: renderHtml(lead, blocks),
    text: layout.text,
    images,
    attachments: walk.attachments,
    tags: walk.tags,
    lang: 'vi',
    references: findReferences(layout.text),
    removed: walk.removed,
  };
  return article;
}
