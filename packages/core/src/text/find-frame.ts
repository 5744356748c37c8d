/** Step: the frame of the article in the lines — its date line and its title. */
import { parseDateLine } from '../dates/parse-date';
import { foldForSearch } from '../unicode';
import {
  LONG_PARAGRAPH,
  MAX_TITLE_LENGTH,
  classifyNoise,
  collapseTitle,
  dateOfLine,
  isBreadcrumb,
  isMenuRow,
} from './classify-line';
import type { TextLine } from './text-lines';
import {
  AUTHOR_LINE,
  BREADCRUMB,
  BREADCRUMB_SEPARATOR,
  POSTED_BY_LINE,
  SOURCE_LINE,
} from './text-noise';

export interface Frame {
  title: string | null;
  titleIndex: number;
  dateIndex: number;
  /** Breadcrumb lines whose last item served as the title. */
  breadcrumbIndex: number;
}

/** Step: the date line (the first one above the body) and the title (the nearest line above it). */
export function findFrame(lines: readonly TextLine[]): Frame {
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
export const TITLE_WINDOW = 8;

/**
 * The title among the headline-like lines just above the date line. Hidden schema spans, bylines
 * and category names can sit in between, but a headline has more words than those; nearness to
 * the date breaks ties.
 */
export function bestHeadlineAbove(
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
