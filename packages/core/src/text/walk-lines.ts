/** Step: walk every line after the frame, drop noise (logged), collect metadata, keep content. */
import type { ArticleAttachment, RemovedItem } from '../types';
import { foldForSearch } from '../unicode';
import {
  EXCERPT_LENGTH,
  LONG_PARAGRAPH,
  MENU_RULE,
  classifyNoise,
  collapseTitle,
  dateOfLine,
  isMenuRow,
  isNameLike,
  isPersonName,
  looksLikeHeading,
  nextContentLine,
  sameText,
} from './classify-line';
import type { Frame } from './find-frame';
import type { TextLine } from './text-lines';
import {
  ATTACHMENT_LINE,
  AUTHOR_LINE,
  DOCUMENT_FILE_NAME,
  PHOTO_CREDIT,
  POSTED_BY_LINE,
  SOURCE_LINE,
  TAGS_LINE,
} from './text-noise';

export function excerpt(text: string): string {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
}

export function attachmentType(name: string): string | null {
  const extension = /\.([a-z0-9]{2,5})$/iu.exec(name.trim());
  return extension?.[1]?.toLowerCase() ?? null;
}

/** What the walk over the lines keeps, before it is shaped into blocks. */
export type Kept =
  { kind: 'paragraph'; line: TextLine } | { kind: 'figure'; caption: string | null };

export interface Walk {
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
export const TEASER_DATE_SUFFIX = /\(\d{1,2}\/\d{1,2}\/\d{4}(?:\s+\d{1,2}:\d{2})?\)$/u;

/** Step: walk every line, drop noise (logged), collect metadata, keep content in order. */
export function walkLines(lines: readonly TextLine[], frame: Frame): Walk {
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
