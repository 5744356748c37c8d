import type { DBSchema } from 'idb';
import type { Annotation, ArchivedArticle, ArticleCard, Citation, StoredImage } from '../types';

/**
 * The IndexedDB schema of the archive at the CURRENT version. Earlier versions are described
 * by their migrations (see `migrations.ts`) and by the fixture databases in
 * `tests/fixtures/archive/`.
 *
 * v1  articles, images, annotations — the first release: lists by loading whole articles.
 * v2  + search: folded terms per article and field in multiEntry indexes (full-text search).
 * v3  + cards (light list rows, so listing 10,000 articles never loads their bodies),
 *     + citations (the references index), + annotations.tags index.
 */
export const ARCHIVE_DB_NAME = 'govclip-archive';
export const ARCHIVE_DB_VERSION = 3;

/** Folded search terms of one article, one array per ranked field (multiEntry-indexed). */
export interface SearchDocument {
  articleId: string;
  title: string[];
  lead: string[];
  body: string[];
  tags: string[];
  notes: string[];
}

export const SEARCH_FIELDS = ['title', 'lead', 'tags', 'body', 'notes'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface ArchiveSchema extends DBSchema {
  articles: {
    key: string;
    value: ArchivedArticle;
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
    key: string;
    value: SearchDocument;
    indexes: Record<SearchField, string>;
  };
  cards: {
    key: string;
    value: ArticleCard;
    indexes: {
      savedAt: string;
      published: [string, string];
      siteName: string;
      tags: string;
      refKeys: string;
    };
  };
  citations: {
    key: [string, string, number];
    value: Citation;
    indexes: { articleId: string };
  };
}

export type ArchiveStoreName =
  'articles' | 'images' | 'annotations' | 'search' | 'cards' | 'citations';

/** Every store one save touches: the whole record is written in ONE transaction. */
export const ALL_STORES: ArchiveStoreName[] = [
  'articles',
  'images',
  'annotations',
  'search',
  'cards',
  'citations',
];
