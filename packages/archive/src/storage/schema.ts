import type { DBSchema } from 'idb';
import type { StoredArticleRecord } from './stored-article';
import type {
  Annotation,
  ArticleCard,
  ArticleCitations,
  ArticlePassages,
  StoredImage,
} from '../types';

/**
 * The IndexedDB schema of the archive at the CURRENT version. Earlier versions are described
 * by their migrations (see `migrations.ts`) and by the fixture databases in
 * `tests/fixtures/archive/`.
 *
 * v1  articles, images, annotations — the first release: lists by loading whole articles.
 * v2  + search: folded terms per article and field in multiEntry indexes (full-text search).
 * v3  + cards (light list rows, so listing 10,000 articles never loads their bodies),
 *     + citations (the references index), + annotations.tags index.
 * v4  search rows keyed by a small autoIncrement `doc` (kept on the card, `cards.doc` index),
 *     without multiEntry indexes; + postings (packed doc numbers per term and batch of docs),
 *     + searchState (how far the postings reach). See README.md "Search". Citations: one row
 *     per article (`citations`, multiEntry `key` index) + its passages (`passages`).
 * v5  + totals: the number of archived articles, kept by every write of derived rows, so the
 *     list's total is one small read instead of counting every card (a scan of the whole
 *     `cards` store: 100–500 ms at 10,000 articles in a cold Chromium).
 */
export const ARCHIVE_DB_NAME = 'govclip-archive';
export const ARCHIVE_DB_VERSION = 6;

export const SEARCH_FIELDS = ['title', 'lead', 'tags', 'body', 'notes'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * The search row (forward index) of one live article: its folded terms per ranked field and
 * its title's term pairs, each packed as `\nterm\nterm\n`. `doc` is the article's current
 * document number: a rewrite of the row gets a new one (the old number is then dead).
 */
export interface SearchDocument extends Record<SearchField | 'titlePairs', string> {
  doc: number;
  articleId: string;
}

/**
 * Postings of one term over one batch of `POSTINGS_BATCH` document numbers: each entry is
 * `doc * 64 + fieldMask` (see `search/postings.ts`), ascending. Written once when the batch is
 * compacted, never rewritten.
 */
export interface PostingsRow {
  term: string;
  batch: number;
  entries: Uint32Array;
}

/** How far the postings reach: batches `0..compactedThrough` are in `postings`. */
export interface SearchState {
  name: 'postings';
  compactedThrough: number;
}

/** A running count kept by the writers of derived rows (see `storage/totals.ts`). */
export interface ArchiveTotal {
  name: 'articles';
  count: number;
}

export interface ArchiveSchema extends DBSchema {
  articles: {
    key: string;
    /** Without `text` and `html` when they can be rebuilt: see `stored-article.ts`. */
    value: StoredArticleRecord;
    indexes: { savedAt: string };
  };
  images: {
    key: string;
    value: StoredImage;
    indexes: { articleId: string };
  };
  annotations: {
    key: string;
    value: Annotation;
    indexes: { articleId: string; tags: string };
  };
  search: {
    key: number;
    value: SearchDocument;
  };
  postings: {
    key: [string, number];
    value: PostingsRow;
  };
  searchState: {
    key: string;
    value: SearchState;
  };
  cards: {
    key: string;
    value: ArticleCard;
    indexes: {
      doc: number;
      savedAt: string;
      published: [string, string];
      siteName: string;
      tags: string;
    };
  };
  citations: {
    key: string;
    value: ArticleCitations;
    indexes: { key: string };
  };
  passages: {
    key: string;
    value: ArticlePassages;
  };
  totals: {
    key: string;
    value: ArchiveTotal;
  };
}

export type ArchiveStoreName =
  'articles' | 'images' | 'annotations' | 'search' | 'cards' | 'citations' | 'passages' | 'totals';

/** The stores of the search postings: written only by the compaction (`search/search-index.ts`). */
export type PostingsStoreName = 'postings' | 'searchState';

/**
 * Every store one save touches: the whole record is written in ONE transaction. The postings
 * stores are not among them, so a save never waits for a compaction.
 */
export const ALL_STORES: ArchiveStoreName[] = [
  'articles',
  'images',
  'annotations',
  'search',
  'cards',
  'citations',
  'passages',
  'totals',
];
