import type { IDBPTransaction } from 'idb';
import { anchor, describe } from '../anchoring';
import type { ProgressCallback } from '../export/snapshot';
import type { ArchiveRepository } from '../repository';
import { buildSearchDocument } from '../search/search-document';
import { buildCard } from '../storage/cards';
import { buildCitations } from '../storage/citations';
import { ALL_STORES, type ArchiveSchema, type ArchiveStoreName } from '../storage/schema';
import type { Annotation, ArchivedArticle, StoredImage } from '../types';
import { writeInOneTransaction } from './write-transaction';
import { mergeAnnotation, mergeArticle } from './merge';
import { parseBackup, type ParsedBackup } from './parse-backup';
import type { SafeJsonLimits } from './safe-json';

/**
 * Restores a JSON backup into an archive, empty or not.
 *
 * 1. The whole file is validated first (`parseBackup`): nothing is written for a bad file.
 * 2. Everything is written in ONE IndexedDB transaction over every store: the records, and the
 *    derived rows (search terms, cards, citations) rebuilt for each article touched. A failure
 *    anywhere (quota, a constraint) aborts the transaction, and IndexedDB discards all of it,
 *    so there is no partial restore to roll back by hand. One transaction holds a 1,000-article
 *    restore comfortably; nothing inside it awaits anything but IndexedDB requests (an
 *    unrelated await would let the transaction commit early).
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

type WriteTx = IDBPTransaction<ArchiveSchema, ArchiveStoreName[], 'readwrite'>;

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
  const citations = tx.objectStore('citations');
  // Writes are queued without awaiting each one (IndexedDB runs a transaction's requests in
  // order, and a read queued after a write sees it); their promises are awaited together at
  // the end, so a failed request still aborts the transaction and surfaces here.
  const pending: Promise<unknown>[] = [];
  const write = (request: Promise<unknown>) => {
    // Marked handled at once (a rejection aborts the transaction; Promise.all reports it).
    request.catch(() => undefined);
    pending.push(request);
  };
  const incomingImages = new Map<string, StoredImage[]>();
  for (const image of backup.images) {
    const list = incomingImages.get(image.articleId) ?? [];
    list.push(image);
    incomingImages.set(image.articleId, list);
  }
  // Two key reads tell which records exist: a restore into an empty archive reads nothing else.
  const existingArticleIds = new Set(await articles.getAllKeys());
  const existingAnnotationIds = new Set(await annotations.getAllKeys());

  const touched = new Map<string, TouchedArticle>();
  for (const incoming of backup.articles) {
    const ownImages = incomingImages.get(incoming.id) ?? [];
    if (!existingArticleIds.has(incoming.id)) {
      write(articles.put(incoming));
      for (const image of ownImages) write(images.put(image));
      report.images.written += ownImages.length;
      report.articles.added++;
      touched.set(incoming.id, {
        record: incoming,
        textFromIncoming: incoming.article.text,
        isNew: true,
        changed: true,
      });
    } else {
      const existing = (await articles.get(incoming.id))!;
      const outcome = mergeArticle(existing, incoming);
      const record = outcome.record;
      let changed = outcome.changed;
      if (outcome.changed) write(articles.put(record));
      const wanted = new Set(record.imageKeys);
      const storedImages = await images.index('articleId').getAll(incoming.id);
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
      });
    }
    onProgress?.(++done, total);
  }

  const newAnnotations = new Map<string, Annotation[]>();
  for (const incoming of backup.annotations) {
    // parseBackup guarantees the article is in the file, hence in `touched`.
    const article = touched.get(incoming.articleId)!;
    const candidate =
      article.record.article.text !== article.textFromIncoming
        ? reanchor(incoming, article.record)
        : incoming;
    if (!existingAnnotationIds.has(incoming.id)) {
      write(annotations.put(candidate));
      report.annotations.added++;
      article.changed = true;
      const list = newAnnotations.get(incoming.articleId) ?? [];
      list.push(candidate);
      newAnnotations.set(incoming.articleId, list);
    } else {
      const existing = (await annotations.get(incoming.id))!;
      if (existing.articleId !== incoming.articleId) {
        // Same id on another article: keep the archived one, never overwrite across articles.
        report.annotations.conflicts++;
      } else {
        const outcome = mergeAnnotation(existing, candidate);
        if (outcome.changed) {
          write(annotations.put(outcome.record));
          article.changed = true;
        }
        report.annotations[outcome.changed ? 'merged' : 'unchanged']++;
      }
    }
    onProgress?.(++done, total);
  }

  // Index rows of every article whose record, images or annotations changed, from its final
  // records. A new article's annotations are exactly the ones just written.
  for (const article of touched.values()) {
    if (!article.changed) continue;
    const { record } = article;
    let articleAnnotations: Annotation[];
    if (article.isNew) {
      articleAnnotations = newAnnotations.get(record.id) ?? [];
    } else {
      articleAnnotations = await annotations.index('articleId').getAll(record.id);
      for (const key of await citations.index('articleId').getAllKeys(record.id)) {
        write(citations.delete(key));
      }
    }
    for (const citation of buildCitations(record)) write(citations.put(citation));
    write(tx.objectStore('search').put(buildSearchDocument(record, articleAnnotations)));
    write(tx.objectStore('cards').put(buildCard(record, articleAnnotations)));
  }
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
  return writeInOneTransaction(tx, (transaction) =>
    writeParsed(transaction, backup, options.onProgress),
  );
}

/** Validates the whole backup text, then restores it; a bad file throws `ImportError`, writing nothing. */
export async function restoreBackup(
  repository: ArchiveRepository,
  text: string,
  options: RestoreOptions = {},
): Promise<RestoreReport> {
  const parsed = await parseBackup(text, { limits: options.limits });
  return restoreParsedBackup(repository, parsed, options);
}
