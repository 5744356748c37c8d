import { anchor, describe } from '../anchoring';
import { fromStoredRecord, toStoredRecord } from '../storage/stored-article';
import type { ProgressCallback } from '../export/snapshot';
import type { ArchiveRepository } from '../repository';
import {
  writeDerivedRows,
  type DerivedRowsSource,
  type DerivedRowsTransaction,
} from '../storage/derived-rows';
import { ALL_STORES } from '../storage/schema';
import type { Annotation, ArchivedArticle, StoredImage } from '../types';
import { writeInOneTransaction } from './write-transaction';
import { mergeAnnotation, mergeArticle } from './merge';
import { parseBackup, type BackupInput, type ParsedBackup } from './parse-backup';
import type { SafeJsonLimits } from './safe-json';

/**
 * Restores a JSON backup into an archive, empty or not.
 *
 * 1. The whole file is validated first (`parseBackup`): nothing is written for a bad file.
 *    Given the file's bytes (as the extension passes them) it is decoded once, as strict UTF-8,
 *    and the checksum hashes the data's bytes in place (`backup-checksum.ts`), off the main
 *    thread while the schema is checked.
 * 2. Everything is written in ONE IndexedDB transaction over every store: the records, and the
 *    derived rows (search terms, cards, citations) of each article touched, written by the
 *    storage layer's `writeDerivedRows` (the one writer of those rows, as saves use it: a
 *    cheaper index there makes the restore cheaper with no change here). A failure anywhere
 *    (quota, a constraint, a closed tab) aborts the transaction, and IndexedDB discards all of
 *    it, so there is no partial restore to roll back by hand. The records are queued first; the
 *    derived rows are then built and queued while IndexedDB (another process in Chromium)
 *    writes the records, as `writeDerivedRows` awaits none of its reads before building.
 *    Chunking the same writes into 10–20 transactions was measured in Chromium 156 and was not
 *    faster (the cost is per request and index entry, not per transaction), nor was
 *    `durability: 'relaxed'`, so the all-or-nothing single transaction stays as it is. Nothing
 *    inside it awaits anything but IndexedDB requests (an unrelated await would let the
 *    transaction commit early); the existing records a merge needs are read in one pipelined
 *    batch, and writes are queued without waiting for each.
 * 3. Same article id → merged (newer `updatedAt` wins, tags united, versions united); same
 *    annotation id → merged (newer `modified` wins, tags united). Annotations whose article text
 *    changed under them are re-anchored (position → exact → fuzzy) or marked orphaned, never
 *    dropped.
 */
export interface RestoreReport {
  articles: { added: number; merged: number; unchanged: number };
  annotations: { added: number; merged: number; unchanged: number; conflicts: number };
  images: { written: number };
  /** Settings carried by the backup: the caller (the extension) applies them. */
  settings: Record<string, unknown>;
  sourceSchemaVersion: number;
}

export interface RestoreOptions {
  onProgress?: ProgressCallback;
  limits?: SafeJsonLimits;
}

type WriteTx = DerivedRowsTransaction;

function reanchor(annotation: Annotation, article: ArchivedArticle): Annotation {
  const text = article.article.text;
  const range = anchor(text, annotation.target.selector);
  if (range === null) return annotation.orphaned ? annotation : { ...annotation, orphaned: true };
  const [, position] = annotation.target.selector;
  if (!annotation.orphaned && position.start === range.start && position.end === range.end)
    return annotation;
  return {
    ...annotation,
    orphaned: false,
    target: { ...annotation.target, selector: describe(text, range.start, range.end) },
  };
}

interface TouchedArticle {
  record: ArchivedArticle;
  /** The text the imported annotations were anchored in. */
  textFromIncoming: string;
  /** Not in the archive before: its annotations and index rows are all this restore's. */
  isNew: boolean;
  /** The record, an image or an annotation of it was written: its index rows need rebuilding. */
  changed: boolean;
  /** A new article's annotations: exactly the ones this restore writes. */
  newAnnotations: Annotation[];
}

/** What the archive already holds of the backup's records, read in one pipelined batch. */
interface ExistingRecords {
  articles: Map<string, ArchivedArticle>;
  imagesOf: Map<string, StoredImage[]>;
  annotations: Map<string, Annotation>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group === undefined) groups.set(key(item), [item]);
    else group.push(item);
  }
  return groups;
}

/**
 * Two key reads tell which records exist (a restore into an empty archive reads nothing
 * else); the records that do exist are then read all at once, not one round trip each.
 */
async function readExisting(tx: WriteTx, backup: ParsedBackup): Promise<ExistingRecords> {
  const articleStore = tx.objectStore('articles');
  const annotationStore = tx.objectStore('annotations');
  const [articleKeys, annotationKeys] = await Promise.all([
    articleStore.getAllKeys(),
    annotationStore.getAllKeys(),
  ]);
  const articleIds = new Set(articleKeys);
  const annotationIds = new Set(annotationKeys);
  const existing: ExistingRecords = {
    articles: new Map(),
    imagesOf: new Map(),
    annotations: new Map(),
  };
  await Promise.all([
    ...backup.articles
      .filter((article) => articleIds.has(article.id))
      .map(async ({ id }) => {
        const [record, images] = await Promise.all([
          articleStore.get(id),
          tx.objectStore('images').index('articleId').getAll(id),
        ]);
        existing.articles.set(id, fromStoredRecord(record!));
        existing.imagesOf.set(id, images);
      }),
    ...backup.annotations
      .filter((annotation) => annotationIds.has(annotation.id))
      .map(async ({ id }) => {
        existing.annotations.set(id, (await annotationStore.get(id))!);
      }),
  ]);
  return existing;
}

async function writeParsed(
  tx: WriteTx,
  backup: ParsedBackup,
  onProgress?: ProgressCallback,
): Promise<RestoreReport> {
  const report: RestoreReport = {
    articles: { added: 0, merged: 0, unchanged: 0 },
    annotations: { added: 0, merged: 0, unchanged: 0, conflicts: 0 },
    images: { written: 0 },
    settings: backup.settings,
    sourceSchemaVersion: backup.sourceSchemaVersion,
  };
  const total = backup.articles.length + backup.annotations.length;
  let done = 0;
  const articles = tx.objectStore('articles');
  const images = tx.objectStore('images');
  const annotations = tx.objectStore('annotations');
  // Writes are queued without awaiting each one (IndexedDB runs a transaction's requests in
  // order, and a read queued after a write sees it); their promises are awaited together at
  // the end, so a failed request still aborts the transaction and surfaces here.
  const pending: Promise<unknown>[] = [];
  const write = (request: Promise<unknown>) => {
    // Marked handled at once (a rejection aborts the transaction; Promise.all reports it).
    request.catch(() => undefined);
    pending.push(request);
  };
  const incomingImages = groupBy(backup.images, (image) => image.articleId);
  const existing = await readExisting(tx, backup);

  const touched = new Map<string, TouchedArticle>();
  for (const incoming of backup.articles) {
    const ownImages = incomingImages.get(incoming.id) ?? [];
    const archived = existing.articles.get(incoming.id);
    if (archived === undefined) {
      write(articles.put(toStoredRecord(incoming)));
      for (const image of ownImages) write(images.put(image));
      report.images.written += ownImages.length;
      report.articles.added++;
      touched.set(incoming.id, {
        record: incoming,
        textFromIncoming: incoming.article.text,
        isNew: true,
        changed: true,
        newAnnotations: [],
      });
    } else {
      const outcome = mergeArticle(archived, incoming);
      const record = outcome.record;
      let changed = outcome.changed;
      if (outcome.changed) write(articles.put(toStoredRecord(record)));
      const wanted = new Set(record.imageKeys);
      const storedImages = existing.imagesOf.get(incoming.id) ?? [];
      const storedKeys = new Set(storedImages.map((image) => image.key));
      for (const image of ownImages) {
        // The winner's blobs for its keys; the other side only fills a key the archive lacks.
        if (wanted.has(image.key) && (outcome.incomingWon || !storedKeys.has(image.key))) {
          write(images.put(image));
          report.images.written++;
        }
      }
      for (const image of storedImages) {
        if (!wanted.has(image.key)) {
          write(images.delete(image.key));
          changed = true;
        }
      }
      report.articles[outcome.changed ? 'merged' : 'unchanged']++;
      touched.set(incoming.id, {
        record,
        textFromIncoming: incoming.article.text,
        isNew: false,
        changed,
        newAnnotations: [],
      });
    }
    onProgress?.(++done, total);
  }

  for (const incoming of backup.annotations) {
    // parseBackup guarantees the article is in the file, hence in `touched`.
    const article = touched.get(incoming.articleId)!;
    // Re-anchoring only where the text the highlight was made on is not the text kept.
    const candidate =
      article.record.article.text !== article.textFromIncoming
        ? reanchor(incoming, article.record)
        : incoming;
    const archived = existing.annotations.get(incoming.id);
    if (archived === undefined) {
      write(annotations.put(candidate));
      report.annotations.added++;
      article.changed = true;
      if (article.isNew) article.newAnnotations.push(candidate);
    } else if (archived.articleId !== incoming.articleId) {
      // Same id on another article: keep the archived one, never overwrite across articles.
      report.annotations.conflicts++;
    } else {
      const outcome = mergeAnnotation(archived, candidate);
      if (outcome.changed) {
        write(annotations.put(outcome.record));
        article.changed = true;
      }
      report.annotations[outcome.changed ? 'merged' : 'unchanged']++;
    }
    onProgress?.(++done, total);
  }

  // Derived rows of every article whose record, images or annotations changed, from its final
  // records: a new article's annotations are exactly the ones just written; an archived one's
  // are read back (queued after this restore's writes, so the reads see them).
  const changed = [...touched.values()].filter((article) => article.changed);
  const sources: DerivedRowsSource[] = await Promise.all(
    changed.map(async (article) => ({
      record: article.record,
      isNew: article.isNew,
      annotations: article.isNew
        ? article.newAnnotations
        : await annotations.index('articleId').getAll(article.record.id),
    })),
  );
  write(writeDerivedRows(tx, sources));
  await Promise.all(pending);
  return report;
}

/** Writes already-validated backup records in one transaction (see the module comment). */
export async function restoreParsedBackup(
  repository: ArchiveRepository,
  backup: ParsedBackup,
  options: RestoreOptions = {},
): Promise<RestoreReport> {
  const tx = repository.database.transaction(ALL_STORES, 'readwrite');
  const report = await writeInOneTransaction(tx, (transaction) =>
    writeParsed(transaction, backup, options.onProgress),
  );
  repository.listChanged();
  return report;
}

/**
 * Validates the whole backup (its text, or its bytes: cheaper, see `BackupInput`), then restores
 * it; a bad file throws `ImportError`, writing nothing.
 */
export async function restoreBackup(
  repository: ArchiveRepository,
  input: BackupInput,
  options: RestoreOptions = {},
): Promise<RestoreReport> {
  const parsed = await parseBackup(input, { limits: options.limits });
  return restoreParsedBackup(repository, parsed, options);
}
