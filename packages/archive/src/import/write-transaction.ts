import type { IDBPTransaction } from 'idb';
import type { ArchiveSchema, ArchiveStoreName } from '../storage/schema';
import { importError, ImportError } from './import-error';

/**
 * Runs an import's writes in one readwrite transaction, all or nothing: any failure aborts the
 * transaction (IndexedDB then discards every write of it) and surfaces as an `ImportError`.
 */
export async function writeInOneTransaction<Stores extends ArchiveStoreName[], T>(
  transaction: IDBPTransaction<ArchiveSchema, Stores, 'readwrite'>,
  write: (transaction: IDBPTransaction<ArchiveSchema, Stores, 'readwrite'>) => Promise<T>,
): Promise<T> {
  // The failure is reported through `write` or `done` below; this keeps it from going unhandled.
  transaction.done.catch(() => undefined);
  try {
    const result = await write(transaction);
    await transaction.done;
    return result;
  } catch (error) {
    try {
      transaction.abort();
    } catch {
      // Already aborted by the failed request: IndexedDB discarded every write of it.
    }
    if (error instanceof ImportError) throw error;
    throw importError('write-failed', {
      detail: error instanceof Error ? error.message : String(error),
      cause: error,
    });
  }
}
