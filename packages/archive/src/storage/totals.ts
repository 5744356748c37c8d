import type { IDBPTransaction } from 'idb';
import type { ArchiveSchema, ArchiveStoreName } from './schema';

/**
 * The number of archived articles (= cards), kept in the `totals` store by the writers of
 * derived rows (`writeDerivedRows` adds the articles that had no card, `deleteDerivedRows`
 * removes the ones that had), in the same transaction as the cards themselves. The list's
 * total is then one small read: IndexedDB's `count()` walks every card (Chromium reads the
 * whole store: 100–500 ms at 10,000 articles right after a browser restart).
 */
export const ARTICLES_TOTAL = 'articles';

type TotalsTransaction = IDBPTransaction<ArchiveSchema, ArchiveStoreName[], 'readwrite'>;
/** Any transaction over `totals` and `cards`: the list reads the total in a readonly one. */
type TotalsReadTransaction = IDBPTransaction<
  ArchiveSchema,
  ('totals' | 'cards')[] | ArchiveStoreName[],
  IDBTransactionMode
>;

/**
 * The number of articles: the stored total, or (a database whose row is missing, which the v5
 * migration never leaves) the cards counted. A writer calls it before it queues its card
 * writes, so the count is the state they change; the list reads it in a readonly transaction.
 */
export async function currentArticleTotal(tx: TotalsReadTransaction): Promise<number> {
  const row = await tx.objectStore('totals').get(ARTICLES_TOTAL);
  return row?.count ?? tx.objectStore('cards').count();
}

/** Stores `before + change` (queued in the caller's transaction); no write when nothing changed. */
export function writeArticleTotal(
  tx: TotalsTransaction,
  before: number,
  change: number,
): Promise<unknown> {
  if (change === 0) return Promise.resolve();
  return tx
    .objectStore('totals')
    .put({ name: ARTICLES_TOTAL, count: Math.max(0, before + change) });
}
