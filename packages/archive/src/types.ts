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
  /** Images that could not be stored on the last save (optional: absent in older records). */
  failedImages?: FailedImage[];
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

/** An image of the article that could not be stored (fetch failed, too large, timed out…). */
export interface FailedImage {
  src: string;
  /** Short machine-readable reason: `http-404`, `timeout`, `too-large`, `network`, … */
  reason: string;
}

/**
 * What the archive page lists: a light summary of one article, kept in its own store so a
 * list of thousands of articles never loads their bodies.
 */
export interface ArticleCard {
  id: string;
  /**
   * The article's current search document number (`search` store key): search results come
   * back as these numbers and are mapped to cards through the `cards.doc` index.
   */
  doc: number;
  title: string;
  url: string | null;
  siteName: string | null;
  published: string | null;
  savedAt: string;
  updatedAt: string;
  tags: string[];
  read: boolean;
  /** The article note or any highlight note is non-empty. */
  hasNotes: boolean;
  annotationCount: number;
  /** `Reference.key` of every document the article cites (deduplicated). */
  refKeys: string[];
  /** The start of the lead (or body) for the list view. */
  excerpt: string;
  /** Folded title (see `foldForSearch`), for phrase matches in search ranking. */
  foldedTitle: string;
}

/** One place where an article cites a document: a row of the references index. */
export interface Citation {
  /** `Reference.key`. */
  key: string;
  articleId: string;
  /** Offsets of the reference in the article's `text`. */
  start: number;
  end: number;
  /** The reference as written. */
  text: string;
  /** Canonical type name (`Nghị quyết`, …) and identifying parts, for the index heading. */
  type: string;
  number: string | null;
  code: string | null;
  year: number | null;
  issuer: string | null;
  title: string | null;
  /** The sentence around the reference, so the index shows the passage that cites it. */
  passage: string;
}

/** A citation without its article id and passage: one entry of an article's citations row. */
export type CitationRef = Omit<Citation, 'articleId' | 'passage'>;

/** Every citation of one article (one row per article: one write per save, not one per reference). */
export interface ArticleCitations {
  articleId: string;
  /** Distinct `Reference.key`s cited (multiEntry-indexed: the articles citing a document). */
  keys: string[];
  /** In text order. */
  refs: CitationRef[];
}

/** The passages of an article's citations, aligned with `ArticleCitations.refs`. */
export interface ArticlePassages {
  articleId: string;
  passages: string[];
}
