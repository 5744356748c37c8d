import type { Article } from '@govclip/core';
import { unwrap, wrap, type IDBPDatabase, type IDBPIndex, type IDBPTransaction } from 'idb';
import { anchor, describe, type AnchorResult } from './anchoring';
import { ArchiveError, ArchiveNotFoundError, toArchiveError } from './errors';
import { articleIdFromUrl, articleIdOf } from './ids';
import {
  compareCards,
  matchesFilters,
  type ArchiveFilters,
  type ArchiveSort,
} from './search/filters';
import { TITLE_PHRASE_BONUS, parseQuery, titleHasPhrase } from './search/query';
import { compactSearchIndex, matchQuery, type SearchCandidate } from './search/search-index';
import { citationAt } from './storage/citations';
import { deleteDerivedRows, writeDerivedRows } from './storage/derived-rows';
import { openArchiveDatabase } from './storage/open-database';
import { fromStoredOrUndefined, fromStoredRecord, toStoredRecord } from './storage/stored-article';
import {
  clearListSnapshot,
  LIST_SNAPSHOT_REWRITE_DELAY_MS,
  writeListSnapshot,
  type ListSnapshotOptions,
} from './storage/list-snapshot';
import { currentArticleTotal } from './storage/totals';
import { EVERYDAY_WRITE } from './storage/write-durability';
import {
  ALL_STORES,
  ARCHIVE_DB_NAME,
  type ArchiveSchema,
  type ArchiveStoreName,
} from './storage/schema';
import type {
  Annotation,
  ArchivedArticle,
  ArticleCard,
  Citation,
  CitationRef,
  FailedImage,
  HighlightColor,
  StoredImage,
} from './types';

/** An image as the extension fetched it: the blob, or why it could not be fetched. */
export type ImageInput = { src: string; blob: Blob } | { src: string; error: string };

export interface SaveOptions {
  images?: readonly ImageInput[];
  /** Tags added to the article's tags. */
  tags?: readonly string[];
}

export interface SaveResult {
  record: ArchivedArticle;
  /** False when the article was already archived and this save updated it. */
  created: boolean;
  /** The text or title differed from the archived copy, which was kept in `versions`. */
  textChanged: boolean;
  imagesStored: number;
  imagesFailed: FailedImage[];
}

export interface ArticlePatch {
  tags?: readonly string[];
  note?: string;
  read?: boolean;
}

export interface NewAnnotation {
  articleId: string;
  /** UTF-16 offsets into the archived article's `text`. */
  start: number;
  end: number;
  color?: HighlightColor;
  note?: string;
  tags?: readonly string[];
}

export interface AnnotationPatch {
  color?: HighlightColor;
  note?: string;
  tags?: readonly string[];
}

export interface AnchoredAnnotation {
  annotation: Annotation;
  /** Where it sits in the current text, or null: orphaned (kept and listed, never dropped). */
  range: AnchorResult | null;
}

/** Everything a delete removed, so the UI can undo it with `restoreArticle`. */
export interface DeletedArticle {
  record: ArchivedArticle;
  images: StoredImage[];
  annotations: Annotation[];
}

export interface ListOptions {
  sort?: ArchiveSort;
  filters?: ArchiveFilters;
  offset?: number;
  limit?: number;
}

export interface ListResult {
  cards: ArticleCard[];
  /** Number of articles matching the filters (before offset/limit). */
  total: number;
}

export interface SearchOptions {
  filters?: ArchiveFilters;
  limit?: number;
}

export interface SearchHit {
  card: ArticleCard;
  score: number;
}

export interface CitingPassage {
  articleId: string;
  articleTitle: string;
  text: string;
  passage: string;
  start: number;
  end: number;
}

/** One document cited across the archive, with every passage that cites it. */
export interface ReferenceGroup {
  key: string;
  type: string;
  number: string | null;
  code: string | null;
  year: number | null;
  issuer: string | null;
  title: string | null;
  /** How its fullest mention across the archive is written (for the heading). */
  label: string;
  articleCount: number;
  citations: CitingPassage[];
}

/** One document cited across the archive, without its passages (see `citationsOf`). */
export type ReferenceSummary = Omit<ReferenceGroup, 'citations'> & { citationCount: number };

export interface ArchiveFacets {
  sites: string[];
  tags: string[];
}

export interface OpenArchiveOptions {
  /** Database name (default `govclip-archive`); tests and benchmarks may use their own. */
  name?: string;
  /** Clock, for tests. */
  now?: () => Date;
  /**
   * Keep the list's first page in this synchronous store (the page's `localStorage`), so a
   * page can show it before the database is open (`storage/list-snapshot.ts`). Rewritten shortly
   * after a committed write (`listChanged`) and on every read of that page.
   */
  listSnapshot?: ListSnapshotOptions;
}

type CitedDocument = Omit<ReferenceSummary, 'articleCount' | 'citationCount'>;

/** The heading fields of a cited document, from one citation of it. */
function citedDocument(ref: CitationRef): CitedDocument {
  const { key, type, number, code, year, issuer, title, text } = ref;
  return { key, type, number, code, year, issuer, title, label: text };
}

/**
 * Lets a further citation of the same document improve its heading: the mention that names it
 * best wins (a short back-reference in one article, `Nghị quyết 03`, must not label a document
 * another article cites in full); a title is kept from whichever mention gave one.
 */
function describeBetter(document: CitedDocument, ref: CitationRef): void {
  const title = document.title ?? ref.title;
  if (mentionRank(ref) > mentionRank({ ...document, text: document.label })) {
    Object.assign(document, citedDocument(ref));
  }
  document.title = document.title ?? title;
}

/** More identifying parts name a document better; among equals, the longer mention. */
function mentionRank(
  ref: Pick<CitationRef, 'number' | 'code' | 'year' | 'issuer' | 'title' | 'text'>,
): number {
  const parts = [ref.number, ref.code, ref.year, ref.issuer, ref.title].filter(
    (part) => part !== null,
  ).length;
  return parts * 100_000 + ref.text.length;
}

/** A citation as the references index lists it, under its article's title. */
function citingPassage(citation: Citation, articleTitle: string | undefined): CitingPassage {
  const { articleId, text, passage, start, end } = citation;
  return { articleId, articleTitle: articleTitle ?? articleId, text, passage, start, end };
}

/** Most citing articles first, then by key: the order of the references index. */
function mostCitedFirst(a: { articleCount: number; key: string }, b: typeof a): number {
  return b.articleCount - a.articleCount || a.key.localeCompare(b.key);
}

const DEFAULT_LIMIT = 50;
/** How long after opening the archive a left-behind compaction starts (see `openArchive`). */
const COMPACTION_AFTER_OPEN_MS = 1000;
const DEFAULT_COLOR: HighlightColor = 'yellow';

type Db = IDBPDatabase<ArchiveSchema>;
type WriteTx = IDBPTransaction<ArchiveSchema, ArchiveStoreName[], 'readwrite'>;

function uniqueTags(...lists: (readonly string[] | undefined)[]): string[] {
  const tags = new Set<string>();
  for (const list of lists) {
    for (const tag of list ?? []) {
      const clean = tag.trim().replace(/\s+/gu, ' ');
      if (clean) tags.add(clean);
    }
  }
  return [...tags];
}

function assertArticle(article: Article): void {
  if (
    typeof article !== 'object' ||
    article === null ||
    typeof article.title !== 'string' ||
    typeof article.text !== 'string' ||
    !Array.isArray(article.blocks) ||
    !Array.isArray(article.images) ||
    !Array.isArray(article.references)
  ) {
    throw new ArchiveError(
      'invalid-input',
      'Dữ liệu bài viết không hợp lệ: không thể lưu.',
      'Invalid article data: cannot save.',
    );
  }
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * The archive: the one module that reads and writes the IndexedDB database. Every write that
 * changes an article also rewrites, in the same transaction, what is derived from it (search
 * terms, list card, citations), so the indexes never disagree with the records.
 */
export class ArchiveRepository {
  readonly #db: Db;
  readonly #now: () => Date;
  readonly #name: string;
  readonly #snapshot: ListSnapshotOptions | undefined;
  /** The snapshot rewrite waiting or in flight (`listChanged`), and what starts it at once. */
  #snapshotRefresh: Promise<void> | null = null;
  #fireSnapshotRewrite: (() => void) | null = null;

  constructor(db: Db, options: Omit<OpenArchiveOptions, 'name'> = {}) {
    this.#db = db;
    this.#now = options.now ?? (() => new Date());
    this.#name = db.name;
    this.#snapshot = options.listSnapshot;
  }

  /** The underlying database, for the export/import modules of this package. */
  get database(): Db {
    return this.#db;
  }

  close(): void {
    this.#db.close();
  }

  async #write<T>(stores: ArchiveStoreName[], work: (tx: WriteTx) => Promise<T>): Promise<T> {
    let tx: WriteTx | null = null;
    try {
      tx = this.#db.transaction(stores, 'readwrite', EVERYDAY_WRITE);
      // A failed request aborts the transaction; its `done` rejection is reported through `work`.
      tx.done.catch(() => undefined);
      const result = await work(tx);
      await tx.done;
      // Only the cards and the total make up the list.
      if (stores.includes('cards')) this.listChanged();
      return result;
    } catch (error) {
      try {
        tx?.abort();
      } catch {
        // Already aborted by the failed request: nothing was written.
      }
      throw toArchiveError(error);
    }
  }

  /**
   * Tells the repository that a write committed, so the list snapshot (if kept) is rewritten from
   * the database. The repository's own writes call it; so do the importers, which write through
   * `database` in their own transaction. The rewrite runs `rewriteDelayMs` after the first write
   * (`LIST_SNAPSHOT_REWRITE_DELAY_MS` by default), never inside a write's promise: the writes of
   * that window share one rewrite, and back-to-back saves do not queue behind a page read each.
   */
  listChanged(): void {
    const snapshot = this.#snapshot;
    // A rewrite scheduled or in flight already covers this write: its read transaction is
    // created after this write's, and IndexedDB runs transactions over the same stores in the
    // order they were created; a write created after that read runs after it and comes here
    // again once it has finished.
    if (!snapshot || this.#snapshotRefresh) return;
    this.#snapshotRefresh = new Promise<void>((resolve) => {
      const timer = setTimeout(fire, snapshot.rewriteDelayMs ?? LIST_SNAPSHOT_REWRITE_DELAY_MS);
      function fire(): void {
        clearTimeout(timer);
        resolve();
      }
      this.#fireSnapshotRewrite = fire;
    })
      .then(() => {
        this.#fireSnapshotRewrite = null;
        // Reading the first page writes the snapshot (`#pageFromSortIndex`).
        return this.#pageFromSortIndex('saved', 0, snapshot.limit);
      })
      .then(
        () => undefined,
        () => {
          // The database closed or failed: a snapshot that may be stale must not stay.
          clearListSnapshot(snapshot, this.#name);
        },
      )
      .finally(() => {
        this.#snapshotRefresh = null;
      });
  }

  /**
   * Rewrites the snapshot now if a rewrite is waiting (a page about to be hidden: the next page
   * load should find it current), and resolves once none is pending.
   */
  async flushListSnapshot(): Promise<void> {
    this.#fireSnapshotRewrite?.();
    await this.#snapshotRefresh;
  }

  /** Rewrites the derived rows (search, card, citations) of an article from its records. */
  async #refreshDerived(tx: WriteTx, record: ArchivedArticle): Promise<void> {
    const annotations = await tx.objectStore('annotations').index('articleId').getAll(record.id);
    await writeDerivedRows(tx, [{ record, annotations }]);
  }

  async #requireArticle(tx: WriteTx, id: string): Promise<ArchivedArticle> {
    const record = await tx.objectStore('articles').get(id);
    if (!record) throw new ArchiveNotFoundError('article', id);
    return fromStoredRecord(record);
  }

  // ── Articles ────────────────────────────────────────────────────────────────────────────

  /**
   * Saves an article with its images: the record, image blobs, search terms, card and
   * citations in ONE transaction (all or nothing). Saving the same canonical URL again updates
   * the record, keeping the earlier text as a version when it changed. An image whose fetch
   * failed is recorded in `failedImages`; if an earlier save stored it, that blob is kept.
   */
  async saveArticle(article: Article, options: SaveOptions = {}): Promise<SaveResult> {
    assertArticle(article);
    const id = articleIdOf(article);
    const now = this.#now().toISOString();
    const inputs = new Map<string, ImageInput>();
    for (const image of options.images ?? []) inputs.set(image.src, image);

    return this.#write(ALL_STORES, async (tx) => {
      const existing = fromStoredOrUndefined(await tx.objectStore('articles').get(id));
      const imageStore = tx.objectStore('images');
      const oldImages = await imageStore.index('articleId').getAll(id);
      const oldBySrc = new Map(oldImages.map((image) => [image.src, image]));
      // Requests in one transaction run in order; not awaiting each one saves a round trip
      // per request (the whole save is one transaction either way).
      const writes: Promise<unknown>[] = oldImages.map((image) => imageStore.delete(image.key));

      const imageKeys: string[] = [];
      const failedImages: FailedImage[] = [];
      for (const [index, image] of article.images.entries()) {
        const key = `${id}#${index}`;
        const input = inputs.get(image.src);
        const blob =
          input && 'blob' in input ? input.blob : (oldBySrc.get(image.src)?.blob ?? null);
        if (blob) {
          writes.push(imageStore.put({ key, articleId: id, src: image.src, blob }));
          imageKeys.push(key);
        } else {
          failedImages.push({
            src: image.src,
            reason: input && 'error' in input ? input.error : 'not-fetched',
          });
        }
      }

      const textChanged =
        existing !== undefined &&
        (existing.article.text !== article.text || existing.article.title !== article.title);
      const versions = existing ? [...existing.versions] : [];
      if (existing && textChanged) {
        versions.push({
          savedAt: existing.updatedAt,
          title: existing.article.title,
          text: existing.article.text,
          html: existing.article.html,
        });
      }
      const record: ArchivedArticle = {
        id,
        article,
        savedAt: existing?.savedAt ?? now,
        updatedAt: now,
        versions,
        tags: uniqueTags(existing?.tags, options.tags),
        note: existing?.note ?? '',
        read: existing?.read ?? false,
        imageKeys,
        failedImages,
      };
      writes.push(tx.objectStore('articles').put(toStoredRecord(record)));
      writes.push(this.#refreshDerived(tx, record));
      await Promise.all(writes);

      return {
        record,
        created: existing === undefined,
        textChanged,
        imagesStored: imageKeys.length,
        imagesFailed: failedImages,
      };
    });
  }

  async getArticle(id: string): Promise<ArchivedArticle | undefined> {
    return fromStoredOrUndefined(await this.#db.get('articles', id));
  }

  /** The archived copy of the page at `url` (any URL form that normalizes to its id). */
  async getArticleByUrl(url: string): Promise<ArchivedArticle | undefined> {
    return fromStoredOrUndefined(await this.#db.get('articles', articleIdFromUrl(url)));
  }

  async getCard(id: string): Promise<ArticleCard | undefined> {
    return this.#db.get('cards', id);
  }

  /** The stored image blobs of an article, in the order of `article.images`. */
  async getImages(articleId: string): Promise<StoredImage[]> {
    const images = await this.#db.getAllFromIndex('images', 'articleId', articleId);
    const order = (key: string) => Number(key.slice(key.lastIndexOf('#') + 1));
    return images.sort((a, b) => order(a.key) - order(b.key));
  }

  /** Changes tags, note or read state of an article. */
  async updateArticle(id: string, patch: ArticlePatch): Promise<ArchivedArticle> {
    return this.#write(ALL_STORES, async (tx) => {
      const record = await this.#requireArticle(tx, id);
      const updated: ArchivedArticle = {
        ...record,
        tags: patch.tags !== undefined ? uniqueTags(patch.tags) : record.tags,
        note: patch.note ?? record.note,
        read: patch.read ?? record.read,
      };
      await tx.objectStore('articles').put(toStoredRecord(updated));
      await this.#refreshDerived(tx, updated);
      return updated;
    });
  }

  /** Deletes an article with its images, highlights and index rows; returns them for undo. */
  async deleteArticle(id: string): Promise<DeletedArticle> {
    return this.#write(ALL_STORES, async (tx) => {
      const record = await this.#requireArticle(tx, id);
      const images = await tx.objectStore('images').index('articleId').getAll(id);
      const annotations = await tx.objectStore('annotations').index('articleId').getAll(id);
      for (const image of images) await tx.objectStore('images').delete(image.key);
      for (const annotation of annotations) {
        await tx.objectStore('annotations').delete(annotation.id);
      }
      await deleteDerivedRows(tx, [id]);
      await tx.objectStore('articles').delete(id);
      return { record, images, annotations };
    });
  }

  /** Undo of `deleteArticle`: puts everything back and rebuilds its index rows. */
  async restoreArticle(deleted: DeletedArticle): Promise<void> {
    await this.#write(ALL_STORES, async (tx) => {
      await tx.objectStore('articles').put(toStoredRecord(deleted.record));
      for (const image of deleted.images) await tx.objectStore('images').put(image);
      for (const annotation of deleted.annotations) {
        await tx.objectStore('annotations').put(annotation);
      }
      await this.#refreshDerived(tx, deleted.record);
    });
  }

  // ── Highlights ──────────────────────────────────────────────────────────────────────────

  async listAnnotations(articleId: string): Promise<Annotation[]> {
    const annotations = await this.#db.getAllFromIndex('annotations', 'articleId', articleId);
    return annotations.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
  }

  /** Highlights [start, end) of the archived article's text. */
  async addAnnotation(input: NewAnnotation): Promise<Annotation> {
    return this.#write(ALL_STORES, async (tx) => {
      const record = await this.#requireArticle(tx, input.articleId);
      const now = this.#now().toISOString();
      const annotation: Annotation = {
        id: newId(),
        articleId: record.id,
        target: {
          source: record.article.canonicalUrl ?? record.article.url ?? record.id,
          selector: describe(record.article.text, input.start, input.end),
        },
        color: input.color ?? DEFAULT_COLOR,
        note: input.note ?? '',
        tags: uniqueTags(input.tags),
        created: now,
        modified: now,
        orphaned: false,
      };
      await tx.objectStore('annotations').put(annotation);
      await this.#refreshDerived(tx, record);
      return annotation;
    });
  }

  async updateAnnotation(id: string, patch: AnnotationPatch): Promise<Annotation> {
    return this.#write(ALL_STORES, async (tx) => {
      const annotation = await tx.objectStore('annotations').get(id);
      if (!annotation) throw new ArchiveNotFoundError('annotation', id);
      const updated: Annotation = {
        ...annotation,
        color: patch.color ?? annotation.color,
        note: patch.note ?? annotation.note,
        tags: patch.tags !== undefined ? uniqueTags(patch.tags) : annotation.tags,
        modified: this.#now().toISOString(),
      };
      await tx.objectStore('annotations').put(updated);
      const record = fromStoredOrUndefined(
        await tx.objectStore('articles').get(annotation.articleId),
      );
      if (record) await this.#refreshDerived(tx, record);
      return updated;
    });
  }

  /** Deletes a highlight and returns it, so the UI can undo with `restoreAnnotation`. */
  async deleteAnnotation(id: string): Promise<Annotation> {
    return this.#write(ALL_STORES, async (tx) => {
      const annotation = await tx.objectStore('annotations').get(id);
      if (!annotation) throw new ArchiveNotFoundError('annotation', id);
      await tx.objectStore('annotations').delete(id);
      const record = fromStoredOrUndefined(
        await tx.objectStore('articles').get(annotation.articleId),
      );
      if (record) await this.#refreshDerived(tx, record);
      return annotation;
    });
  }

  async restoreAnnotation(annotation: Annotation): Promise<void> {
    await this.#write(ALL_STORES, async (tx) => {
      const record = await this.#requireArticle(tx, annotation.articleId);
      await tx.objectStore('annotations').put(annotation);
      await this.#refreshDerived(tx, record);
    });
  }

  /**
   * Anchors every highlight of an article in its archived text (position → exact → fuzzy).
   * Highlights that no longer anchor are marked orphaned and returned with `range: null`;
   * ones that anchor again lose the flag; a quote found elsewhere gets its position updated.
   */
  async anchorAnnotations(articleId: string): Promise<AnchoredAnnotation[]> {
    return this.#write(['articles', 'annotations'], async (tx) => {
      const record = fromStoredOrUndefined(await tx.objectStore('articles').get(articleId));
      const annotations = await tx.objectStore('annotations').index('articleId').getAll(articleId);
      const text = record?.article.text ?? '';
      const anchored: AnchoredAnnotation[] = [];
      for (const annotation of annotations) {
        const range = record ? anchor(text, annotation.target.selector) : null;
        let current = annotation;
        const [quote, position] = annotation.target.selector;
        const moved =
          range?.method === 'exact' &&
          (position.start !== range.start || position.end !== range.end);
        if (annotation.orphaned !== (range === null) || moved) {
          current = {
            ...annotation,
            orphaned: range === null,
            target: {
              ...annotation.target,
              selector:
                moved && range
                  ? [quote, { type: 'TextPositionSelector', start: range.start, end: range.end }]
                  : annotation.target.selector,
            },
          };
          await tx.objectStore('annotations').put(current);
        }
        anchored.push({ annotation: current, range });
      }
      return anchored.sort(
        (a, b) =>
          (a.range?.start ?? Number.MAX_SAFE_INTEGER) - (b.range?.start ?? Number.MAX_SAFE_INTEGER),
      );
    });
  }

  // ── Listing, search, references ─────────────────────────────────────────────────────────

  /** Ids allowed by the indexed filters (site, tag, reference), or null when none is set. */
  async #indexedFilterIds(filters: ArchiveFilters): Promise<Set<string> | null> {
    const tx = this.#db.transaction(['cards', 'citations']);
    const cards = tx.objectStore('cards');
    const sets: Set<string>[] = [];
    const lookups: Promise<string[]>[] = [];
    if (filters.site !== undefined) lookups.push(cards.index('siteName').getAllKeys(filters.site));
    if (filters.tag !== undefined) lookups.push(cards.index('tags').getAllKeys(filters.tag));
    if (filters.refKey !== undefined) {
      // Citations rows are keyed by article id: the articles citing the document.
      lookups.push(tx.objectStore('citations').index('key').getAllKeys(filters.refKey));
    }
    if (lookups.length === 0) return null;
    for (const keys of await Promise.all(lookups)) sets.push(new Set(keys));
    const [first, ...rest] = sets.sort((a, b) => a.size - b.size);
    return new Set([...(first ?? [])].filter((id) => rest.every((set) => set.has(id))));
  }

  async #cardsFor(ids: Iterable<string>): Promise<ArticleCard[]> {
    const tx = this.#db.transaction('cards');
    const cards = await Promise.all([...ids].map((id) => tx.store.get(id)));
    return cards.filter((card): card is ArticleCard => card !== undefined);
  }

  /** The archive list: filtered, sorted (saved or published, newest first), paginated. */
  async listArticles(options: ListOptions = {}): Promise<ListResult> {
    const filters = options.filters ?? {};
    const sort = options.sort ?? 'saved';
    const offset = options.offset ?? 0;
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (Object.values(filters).every((value) => value === undefined)) {
      return this.#pageFromSortIndex(sort, offset, limit);
    }
    const allowed = await this.#indexedFilterIds(filters);
    const candidates = allowed ? await this.#cardsFor(allowed) : await this.#db.getAll('cards');
    const matching = candidates.filter((card) => matchesFilters(card, filters));
    matching.sort(compareCards(sort));
    return { cards: matching.slice(offset, offset + limit), total: matching.length };
  }

  /**
   * An unfiltered page straight from the sort index (newest first), so opening the archive
   * reads `limit` cards however large it is. Undated articles are absent from the published
   * index (a null key is not indexed): they follow the dated ones, newest save first.
   */
  async #pageFromSortIndex(sort: ArchiveSort, offset: number, limit: number): Promise<ListResult> {
    const tx = this.#db.transaction(['cards', 'totals']);
    const cardStore = tx.objectStore('cards');
    const index = cardStore.index(sort === 'published' ? 'published' : 'savedAt');
    // The total is the kept count (`storage/totals.ts`), not `count()`: that walks every card.
    const [total, cards] = await Promise.all([
      currentArticleTotal(tx),
      newestFromIndex(index, offset, limit),
    ]);
    if (this.#snapshot && sort === 'saved' && offset === 0 && limit === this.#snapshot.limit) {
      // The first page as the database has it now: what the next page load shows first.
      writeListSnapshot(this.#snapshot, this.#name, { cards, total });
    }
    if (sort === 'published' && cards.length < limit) {
      // Past the dated cards: how many there are is needed only here (an index count walks
      // the index).
      const dated = await index.count();
      let toSkip = Math.max(0, offset - dated);
      let undated = await cardStore.index('savedAt').openCursor(null, 'prev');
      while (undated && cards.length < limit) {
        if (undated.value.published === null) {
          if (toSkip > 0) toSkip--;
          else cards.push(undated.value);
        }
        undated = await undated.continue();
      }
    }
    return { cards, total };
  }

  /**
   * Full-text search, diacritic-insensitive: every query term must occur (the last one as a
   * prefix while typing); ranking sums field weights (title > lead > tags > body > notes) and
   * adds a bonus when the whole query is a phrase of the title; ties go to the newest save.
   */
  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const parsed = parseQuery(query);
    if (parsed.terms.length === 0) return [];
    const limit = options.limit ?? DEFAULT_LIMIT;
    const filters = options.filters ?? {};
    const [candidates, allowed] = await Promise.all([
      matchQuery(this.#db, parsed),
      this.#indexedFilterIds(filters),
    ]);
    // Best possible score first (the phrase bonus where the title may hold the phrase), then
    // the newest document number (documents are numbered in save order).
    const bound = (candidate: SearchCandidate) =>
      candidate.score + (candidate.phraseInTitle ? TITLE_PHRASE_BONUS : 0);
    candidates.sort((a, b) => bound(b) - bound(a) || b.doc - a.doc);

    // Cards are read in that order, a page at a time; a number without a card is a dead
    // (rewritten or deleted) document. The phrase bonus is confirmed on the card's folded title.
    // Reading stops once `limit` hits score at least what any unread candidate could.
    const hits: SearchHit[] = [];
    for (let start = 0; start < candidates.length; start += limit) {
      const page = candidates.slice(start, start + limit);
      const cards = await this.#cardsForDocs(page.map((candidate) => candidate.doc));
      page.forEach((candidate, index) => {
        const card = cards[index];
        if (!card || (allowed && !allowed.has(card.id)) || !matchesFilters(card, filters)) return;
        const phrase = candidate.phraseInTitle && titleHasPhrase(card.foldedTitle, parsed.phrase);
        hits.push({ card, score: candidate.score + (phrase ? TITLE_PHRASE_BONUS : 0) });
      });
      const next = candidates[start + limit];
      if (hits.length >= limit && next !== undefined) {
        const kth = hits.map((hit) => hit.score).sort((a, b) => b - a)[limit - 1]!;
        if (bound(next) <= kth) break;
      }
    }
    // Equal scores: the newest save first (within the pages read).
    hits.sort((a, b) => b.score - a.score || compareCards('saved')(a.card, b.card));
    return hits.slice(0, limit);
  }

  async #cardsForDocs(docs: readonly number[]): Promise<(ArticleCard | undefined)[]> {
    const index = this.#db.transaction('cards').store.index('doc');
    return Promise.all(docs.map((doc) => index.get(doc)));
  }

  /**
   * Every document cited across the archive, most cited first, WITHOUT the passages: built from
   * the citation rows (one per article, no passages) in one request, so it stays fast with
   * hundreds of thousands of citations. The passages of one document come from `citationsOf(key)`.
   */
  async referenceSummaries(): Promise<ReferenceSummary[]> {
    const rows = await this.#db.getAll('citations');
    const byKey = new Map<string, ReferenceSummary>();
    for (const row of rows) {
      const inThisArticle = new Set<string>();
      for (const ref of row.refs) {
        let summary = byKey.get(ref.key);
        if (!summary) {
          summary = { ...citedDocument(ref), articleCount: 0, citationCount: 0 };
          byKey.set(ref.key, summary);
        } else {
          describeBetter(summary, ref);
        }
        summary.citationCount++;
        if (!inThisArticle.has(ref.key)) {
          inThisArticle.add(ref.key);
          summary.articleCount++;
        }
      }
    }
    return [...byKey.values()].sort(mostCitedFirst);
  }

  /** The passages that cite the document `key`, grouped by article (in article id order). */
  async citationsOf(key: string): Promise<CitingPassage[]> {
    const tx = this.#db.transaction(['citations', 'passages', 'cards']);
    const rows = await tx.objectStore('citations').index('key').getAll(key);
    const [passages, cards] = await Promise.all([
      Promise.all(rows.map((row) => tx.objectStore('passages').get(row.articleId))),
      Promise.all(rows.map((row) => tx.objectStore('cards').get(row.articleId))),
    ]);
    return rows.flatMap((row, rowIndex) =>
      row.refs.flatMap((ref, index) => {
        if (ref.key !== key) return [];
        return [citingPassage(citationAt(row, passages[rowIndex], index), cards[rowIndex]?.title)];
      }),
    );
  }

  /**
   * Every document cited across the archive with ALL its passages, most cited first: for
   * exports and small archives (it reads every citation row; the archive page uses
   * `referenceSummaries` + `citationsOf`).
   */
  async referencesIndex(): Promise<ReferenceGroup[]> {
    const tx = this.#db.transaction(['citations', 'passages', 'cards']);
    const [rows, allPassages] = await Promise.all([
      tx.objectStore('citations').getAll(),
      tx.objectStore('passages').getAll(),
    ]);
    const passagesOf = new Map(allPassages.map((row) => [row.articleId, row]));
    const cards = await Promise.all(rows.map((row) => tx.objectStore('cards').get(row.articleId)));
    const titles = new Map(rows.map((row, index) => [row.articleId, cards[index]?.title]));
    const groups = new Map<string, ReferenceGroup>();
    for (const row of rows) {
      row.refs.forEach((_, index) => {
        const citation = citationAt(row, passagesOf.get(row.articleId), index);
        let group = groups.get(citation.key);
        if (!group) {
          group = { ...citedDocument(citation), articleCount: 0, citations: [] };
          groups.set(citation.key, group);
        } else {
          describeBetter(group, citation);
        }
        group.citations.push(citingPassage(citation, titles.get(citation.articleId)));
      });
    }
    for (const group of groups.values()) {
      group.articleCount = new Set(group.citations.map((citation) => citation.articleId)).size;
    }
    return [...groups.values()].sort(mostCitedFirst);
  }

  /** The distinct sites and tags of the archive, for the filter menus. */
  async facets(): Promise<ArchiveFacets> {
    const tx = this.#db.transaction('cards');
    const distinct = async (index: 'siteName' | 'tags') => {
      const values: string[] = [];
      let cursor = await tx.store.index(index).openKeyCursor(null, 'nextunique');
      while (cursor) {
        values.push(String(cursor.key));
        cursor = await cursor.continue();
      }
      return values;
    };
    const [sites, tags] = await Promise.all([distinct('siteName'), distinct('tags')]);
    return { sites, tags };
  }
}

/**
 * Cards [offset, offset + limit) of an index walked newest first. Where the browser has
 * `getAllRecords` (Chromium 141+), ONE request reads the page in the index's `prev` order. Else
 * three requests whatever the page size: a key cursor skips to the last card of the page, then
 * ONE `getAll` from its key upwards reads the page (ascending; reversed here). Stepping a cursor
 * card by card costs a round trip per card, which dominates opening the archive in a cold
 * browser; each request saved is one round trip less before the first cards show.
 */
async function newestFromIndex(
  index: IDBPIndex<ArchiveSchema, ['cards'], 'cards', 'savedAt' | 'published'>,
  offset: number,
  limit: number,
): Promise<ArticleCard[]> {
  if (limit <= 0) return [];
  const records = await newestRecords(unwrap(index), offset + limit);
  if (records) return records.slice(offset).map((record) => record.value);
  let cursor = await index.openKeyCursor(null, 'prev');
  const skip = offset + limit - 1;
  if (cursor && skip > 0) cursor = await cursor.advance(skip);
  const cards = await index.getAll(cursor ? IDBKeyRange.lowerBound(cursor.key) : null);
  // Ascending by (key, id): reversed, it is the cursor's newest-first order.
  return cards.reverse().slice(offset, offset + limit);
}

/** `IDBIndex.getAllRecords` (not yet in TypeScript's DOM types, nor in every browser). */
interface IndexWithRecords {
  getAllRecords?: (options: {
    query?: IDBKeyRange | null;
    count?: number;
    direction?: IDBCursorDirection;
  }) => IDBRequest<{ key: IDBValidKey; primaryKey: IDBValidKey; value: ArticleCard }[]>;
}

/**
 * The first `count` records of `index` in `prev` order (key descending, then primary key
 * descending: the cursor's order) in one request, or null where `getAllRecords` is missing
 * (Firefox today), so the caller takes the cursor path.
 */
function newestRecords(index: IDBIndex, count: number): Promise<{ value: ArticleCard }[]> | null {
  const withRecords = index as IDBIndex & IndexWithRecords;
  if (typeof withRecords.getAllRecords !== 'function') return null;
  return wrap(withRecords.getAllRecords({ query: null, count, direction: 'prev' })) as Promise<
    { value: ArticleCard }[]
  >;
}

/**
 * Opens the archive (migrating an older schema) and returns its repository. Usable from any
 * page or worker with IndexedDB, and from Node with `fake-indexeddb`.
 */
export async function openArchive(
  indexedDBFactory?: IDBFactory,
  options: OpenArchiveOptions = {},
): Promise<ArchiveRepository> {
  const db = await openArchiveDatabase(indexedDBFactory, options.name ?? ARCHIVE_DB_NAME);
  // Batches sealed but not compacted yet (a migration, a write whose compaction was cut short):
  // folded into the postings in the background, AFTER the page's first reads. Started at once,
  // even its check (a read of `search` and `searchState`) would run beside the first list page
  // in a cold browser and delay it; searches meanwhile scan the uncompacted rows, as they do
  // while any compaction runs.
  setTimeout(() => void compactSearchIndex(db), COMPACTION_AFTER_OPEN_MS);
  return new ArchiveRepository(db, { now: options.now, listSnapshot: options.listSnapshot });
}
