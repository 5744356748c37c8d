import type { Article } from '@govclip/core';

/**
 * Stored data of the personal archive: plain serializable objects, as kept in IndexedDB and
 * in JSON backups.
 */

/** An earlier text of an article, kept when a re-save changed it. */
export interface ArticleVersion {
  savedAt: string;
  title: string;
  text: string;
  html: string;
}

export interface ArchivedArticle {
  /** Derived from the canonical URL (see `articleIdFromUrl`). */
  id: string;
  article: Article;
  /** ISO timestamps. */
  savedAt: string;
  updatedAt: string;
  versions: ArticleVersion[];
  tags: string[];
  /** Free-text note on the whole article (Markdown). */
  note: string;
  read: boolean;
  /** Keys of the image blobs in the `images` store, in the order of `article.images`. */
  imageKeys: string[];
}

export interface StoredImage {
  /** `${articleId}#${index}` */
  key: string;
  articleId: string;
  /** The original absolute URL. */
  src: string;
  blob: Blob;
}

/** W3C Web Annotation TextQuoteSelector. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into the article's `text`. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink' | 'purple';

export interface Annotation {
  id: string;
  articleId: string;
  target: {
    /** The original article URL. */
    source: string;
    selector: [TextQuoteSelector, TextPositionSelector];
  };
  color: HighlightColor;
  /** Markdown. */
  note: string;
  tags: string[];
  created: string;
  modified: string;
  /** True when the annotation could not be anchored in the current text; it is kept, never dropped. */
  orphaned: boolean;
}
