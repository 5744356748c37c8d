import type { IDBPTransaction } from 'idb';
import { buildSearchDocument } from '../search/search-document';
import type { Annotation, ArchivedArticle } from '../types';
import { buildCard } from './cards';
import { buildCitations } from './citations';
import type { ArchiveSchema, ArchiveStoreName } from './schema';

/** One article whose derived rows (search terms, card, citations) must match its records. */
export interface DerivedRowsSource {
  /** The article record as it stands at the end of the transaction. */
  record: ArchivedArticle;
  /** Every annotation of the article as it stands at the end of the transaction. */
  annotations: readonly Annotation[];
  /**
   * True when the archive held NO row of this article before this transaction (a new article):
   * there is nothing old to read or remove. Leave it unset when unsure; it only saves reads.
   */
  isNew?: boolean;
}

/** A readwrite transaction over every store (`ALL_STORES`): derived rows span several. */
export type DerivedRowsTransaction = IDBPTransaction<
  ArchiveSchema,
  ArchiveStoreName[],
  'readwrite'
>;

/**
 * Writes the derived rows of a batch of articles inside the caller's transaction: the ONE place
 * that knows how search, cards and citations are laid out, used by saves (a batch of one), edits
 * and the backup restore (batches of hundreds). Requests are queued without awaiting each one
 * (a transaction runs them in order); the returned promise settles when all of them have, and a
 * failed request aborts the caller's transaction.
 */
export async function writeDerivedRows(
  tx: DerivedRowsTransaction,
  touched: readonly DerivedRowsSource[],
): Promise<void> {
  const search = tx.objectStore('search');
  const cards = tx.objectStore('cards');
  const citations = tx.objectStore('citations');
  const pending: Promise<unknown>[] = [];
  const queue = (request: Promise<unknown>) => {
    // Handled at once: the rejection aborts the transaction and is reported by Promise.all.
    request.catch(() => undefined);
    pending.push(request);
  };
  const removals = touched.map(async ({ record, isNew }) => {
    if (isNew) return;
    for (const key of await citations.index('articleId').getAllKeys(record.id)) {
      queue(citations.delete(key));
    }
  });
  await Promise.all(removals);
  for (const { record, annotations } of touched) {
    for (const citation of buildCitations(record)) queue(citations.put(citation));
    queue(search.put(buildSearchDocument(record, annotations)));
    queue(cards.put(buildCard(record, annotations)));
  }
  await Promise.all(pending);
}

/** Removes every derived row of the given articles (their records are being deleted). */
export async function deleteDerivedRows(
  tx: DerivedRowsTransaction,
  articleIds: readonly string[],
): Promise<void> {
  const citations = tx.objectStore('citations');
  await Promise.all(
    articleIds.map(async (id) => {
      const keys = await citations.index('articleId').getAllKeys(id);
      await Promise.all([
        ...keys.map((key) => citations.delete(key)),
        tx.objectStore('search').delete(id),
        tx.objectStore('cards').delete(id),
      ]);
    }),
  );
}
