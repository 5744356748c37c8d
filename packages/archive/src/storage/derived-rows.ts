import type { IDBPTransaction } from 'idb';
import { compactSearchIndex } from '../search/search-index';
import { buildSearchDocument } from '../search/search-document';
import { POSTINGS_BATCH } from '../search/postings';
import type { Annotation, ArchivedArticle } from '../types';
import { buildCard } from './cards';
import { buildCitationRows } from './citations';
import type { ArchiveSchema, ArchiveStoreName } from './schema';
import { currentArticleTotal, writeArticleTotal } from './totals';

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
 * After the transaction commits, folds full batches of search documents into the postings
 * (in the background: the caller's write is already done). Only a write that starts a new batch
 * can have sealed one; opening the archive catches up on any that was missed.
 */
function compactAfterCommit(tx: DerivedRowsTransaction, docs: readonly number[]): void {
  if (!docs.some((doc) => doc % POSTINGS_BATCH === 0)) return;
  tx.done.then(
    () => compactSearchIndex(tx.db),
    () => undefined,
  );
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Writes the derived rows of a batch of articles inside the caller's transaction: the ONE place
 * that knows how search, cards and citations are laid out, used by saves (a batch of one), edits
 * and the backup restore (batches of hundreds). Each article gets a new search document number
 * (its old search row is removed); requests are queued without awaiting each one (a transaction
 * runs them in order); the returned promise settles when all of them have, and a failed request
 * aborts the caller's transaction.
 */
export async function writeDerivedRows(
  tx: DerivedRowsTransaction,
  touched: readonly DerivedRowsSource[],
): Promise<void> {
  const search = tx.objectStore('search');
  const cards = tx.objectStore('cards');
  const citations = tx.objectStore('citations');
  const passages = tx.objectStore('passages');
  const pending: Promise<unknown>[] = [];
  const queue = <T>(request: Promise<T>): Promise<T> => {
    // Handled at once: the rejection aborts the transaction and is reported by Promise.all.
    request.catch(() => undefined);
    pending.push(request);
    return request;
  };
  // Numbers are handed out oldest save first, so a batch is numbered as the same articles
  // saved one by one would be (and the newest number is the newest save).
  const ordered = [...touched].sort(
    (a, b) =>
      compareStrings(a.record.savedAt, b.record.savedAt) ||
      compareStrings(a.record.id, b.record.id),
  );
  // The old card (for the old search row's number) and the article total are read first, in
  // one round for the batch (queued before any write here, so they see the state before it).
  // An article without an old card is one more in the total.
  const reads = Promise.all([
    Promise.all(ordered.map(({ record, isNew }) => (isNew ? undefined : cards.get(record.id)))),
    currentArticleTotal(tx),
  ]);
  // Rows are built and queued WITHOUT waiting for those reads: a restore has just queued
  // thousands of records, and the reads answer only after them, so building here overlaps the
  // CPU work (search terms, citations: most of it) with IndexedDB writing the records. Citation
  // rows are keyed by article: a put replaces them.
  const docs = queue(
    Promise.all(
      ordered.map(({ record, annotations }) => {
        const rows = buildCitationRows(record);
        queue(citations.put(rows.citations));
        queue(passages.put(rows.passages));
        // `doc` is the store's autoIncrement key: the row is added without one.
        const row = buildSearchDocument(record, annotations) as Parameters<typeof search.add>[0];
        return queue(search.add(row)).then((doc) => {
          queue(cards.put(buildCard(record, annotations, doc)));
          return doc;
        });
      }),
    ),
  );
  // Old search rows go by their number (new numbers are always above every old one).
  const [oldCards, totalBefore] = await reads;
  for (const oldCard of oldCards) if (oldCard) queue(search.delete(oldCard.doc));
  queue(writeArticleTotal(tx, totalBefore, oldCards.filter((card) => card === undefined).length));
  // Every card put is queued once every number is known.
  const numbers = await docs;
  await Promise.all(pending);
  compactAfterCommit(tx, numbers);
}

/** Removes every derived row of the given articles (their records are being deleted). */
export async function deleteDerivedRows(
  tx: DerivedRowsTransaction,
  articleIds: readonly string[],
): Promise<void> {
  const [totalBefore, hadCard] = await Promise.all([
    currentArticleTotal(tx),
    Promise.all(
      articleIds.map(async (id) => {
        const card = await tx.objectStore('cards').get(id);
        // Its postings, if compacted, stay until a rebuild: a number without a card is dead.
        await Promise.all([
          tx.objectStore('citations').delete(id),
          tx.objectStore('passages').delete(id),
          ...(card ? [tx.objectStore('search').delete(card.doc)] : []),
          tx.objectStore('cards').delete(id),
        ]);
        return card !== undefined;
      }),
    ),
  ]);
  await writeArticleTotal(tx, totalBefore, -hadCard.filter(Boolean).length);
}
