/**
 * @govclip/archive — the personal archive on IndexedDB (through `idb`). No browser-extension
 * APIs: it runs in any page or worker, and in Node on `fake-indexeddb`.
 */
export * from './types';
export {
  openArchive,
  ArchiveRepository,
  type ImageInput,
  type SaveOptions,
  type SaveResult,
  type ArticlePatch,
  type NewAnnotation,
  type AnnotationPatch,
  type AnchoredAnnotation,
  type DeletedArticle,
  type ListOptions,
  type ListResult,
  type SearchOptions,
  type SearchHit,
  type CitingPassage,
  type ReferenceGroup,
  type ReferenceSummary,
  type ArchiveFacets,
  type OpenArchiveOptions,
} from './repository';
export {
  ArchiveError,
  ArchiveStorageFullError,
  ArchiveNotFoundError,
  type ArchiveErrorCode,
} from './errors';
export { articleIdFromUrl, articleIdOf } from './ids';
export { describe, anchor, type AnchorResult, type AnchorMethod } from './anchoring';
export { type ArchiveFilters, type ArchiveSort } from './search/filters';
export { FIELD_WEIGHTS, parseQuery } from './search/query';
export { renderNoteMarkdown } from './notes/render-note-markdown';
export {
  ARCHIVE_DB_NAME,
  ARCHIVE_DB_VERSION,
  type ArchiveSchema,
  type SearchDocument,
} from './storage/schema';
export { MIGRATIONS } from './storage/migrations';
export {
  readListSnapshot,
  sameListPage,
  listSnapshotKey,
  type ListCard,
  type ListPage,
  type ListSnapshotOptions,
  type SnapshotStorage,
} from './storage/list-snapshot';
