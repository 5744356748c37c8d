import type { Article } from '@govclip/core';

/** What the user asked for when the reader opened: just read, or read and save to the archive. */
export type RequestedAction = 'read' | 'save';

/**
 * Everything a feature mounted in the reader (archive save, highlights, exports) gets from the
 * reader page. The reader renders the article first, then hands this to each feature.
 *
 * Offsets are UTF-16 code units into `article.text` — the text laid out by `layoutArticleText`
 * from the lead and blocks — the same space as `Reference.start/end` and the archive's
 * `TextPositionSelector`.
 */
export interface ReaderContext {
  article: Article;
  /** The page the article was captured from (as the browser showed it). */
  sourceUrl: string;
  /** The rendered article container: lead and body blocks (the text `article.text` maps to). */
  root: HTMLElement;
  /** Where features put their buttons (the reader's toolbar). */
  toolbar: HTMLElement;
  /** Where features put their panels (the reader's side column). */
  sidePanel: HTMLElement;
  /** A DOM range over the rendered text for `article.text.slice(start, end)`, or null if out of range. */
  rangeFromOffsets(start: number, end: number): Range | null;
  /** Offsets into `article.text` of a DOM range inside `root` (e.g. the user's selection), or null. */
  offsetsFromRange(range: Range): { start: number; end: number } | null;
  requestedAction: RequestedAction;
  /** A UI string from `_locales` (Vietnamese default, English). */
  t(key: string, ...subs: string[]): string;
}
