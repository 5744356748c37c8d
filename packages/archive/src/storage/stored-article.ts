/**
 * The form an article record takes in the `articles` store.
 *
 * An `Article` holds its body three times: `blocks` (the structure, paragraphs with their inline
 * HTML), `text` (laid out from the lead and blocks by `layoutArticleText`) and `html` (written
 * from them by `articleHtml`). Stored as is, the two derived copies are ~43 % of a record, and
 * record size is what IndexedDB pays for on every write, on a restore of thousands of records and
 * in the database Chromium has to open after a browser restart. So a record is stored without
 * `text` and `html` when — and only when — both are exactly what the lead and blocks give (always
 * so for articles extracted by this version of `@govclip/core`); reading puts them back. A record
 * whose copies differ (saved by an older extractor, or restored from a backup written by one)
 * keeps them, so nothing is ever lost; records of earlier schema versions read unchanged.
 */
import { articleHtml, layoutArticleText, type Article } from '@govclip/core';
import type { ArchivedArticle } from '../types';

/** An `Article` as stored: `text` and `html` present only when they cannot be rebuilt. */
export type StoredArticle = Omit<Article, 'text' | 'html'> & {
  text?: string;
  html?: string;
};

export interface StoredArticleRecord extends Omit<ArchivedArticle, 'article'> {
  article: StoredArticle;
}

/** The record to put in the `articles` store. */
export function toStoredRecord(record: ArchivedArticle): StoredArticleRecord {
  const { text, html, ...rest } = record.article;
  const rebuildable =
    layoutArticleText(rest.lead, rest.blocks).text === text &&
    articleHtml(rest.lead, rest.blocks) === html;
  return rebuildable ? { ...record, article: rest } : record;
}

/** The full record back from what the `articles` store holds (either form). */
export function fromStoredRecord(stored: StoredArticleRecord): ArchivedArticle {
  const { article } = stored;
  if (article.text !== undefined && article.html !== undefined) {
    return stored as ArchivedArticle;
  }
  return {
    ...stored,
    article: {
      ...article,
      text: article.text ?? layoutArticleText(article.lead, article.blocks).text,
      html: article.html ?? articleHtml(article.lead, article.blocks),
    },
  };
}

/** `fromStoredRecord` for a read that may have found nothing. */
export function fromStoredOrUndefined(
  stored: StoredArticleRecord | undefined,
): ArchivedArticle | undefined {
  return stored === undefined ? undefined : fromStoredRecord(stored);
}
