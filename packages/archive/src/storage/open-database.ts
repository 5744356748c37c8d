import { wrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { ArchiveError } from '../errors';
import { runMigrations } from './migrations';
import { ARCHIVE_DB_NAME, ARCHIVE_DB_VERSION, type ArchiveSchema } from './schema';

function defaultFactory(): IDBFactory {
  const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) {
    throw new ArchiveError(
      'storage-failed',
      'Trình duyệt này không hỗ trợ IndexedDB: không thể mở kho lưu trữ.',
      'This browser has no IndexedDB: the archive cannot be opened.',
    );
  }
  return factory;
}

/**
 * Opens (and if needed migrates) the archive database through the given factory (default:
 * the global `indexedDB`, read at call time so tests can swap it). idb's `openDB` always uses
 * the global, so the request is made here and wrapped.
 */
export function openArchiveDatabase(
  factory: IDBFactory = defaultFactory(),
  name: string = ARCHIVE_DB_NAME,
  version: number = ARCHIVE_DB_VERSION,
): Promise<IDBPDatabase<ArchiveSchema>> {
  return new Promise((resolve, reject) => {
    let migrationError: unknown;
    const request = factory.open(name, version);
    request.onupgradeneeded = (event) => {
      const raw = request.transaction;
      if (!raw) return;
      const fail = (error: unknown) => {
        migrationError = error;
        try {
          raw.abort();
        } catch {
          // Already finished or aborted: the open request reports the failure.
        }
      };
      try {
        const db = wrap(request.result) as unknown as IDBPDatabase<ArchiveSchema>;
        const tx = wrap(raw) as unknown as IDBPTransaction<
          ArchiveSchema,
          StoreNames<ArchiveSchema>[],
          'versionchange'
        >;
        runMigrations(db, event.oldVersion, event.newVersion ?? version, tx).catch(fail);
      } catch (error) {
        fail(error);
      }
    };
    request.onsuccess = () => {
      const db = wrap(request.result) as unknown as IDBPDatabase<ArchiveSchema>;
      // Another tab wants a newer schema: step aside so its upgrade is not blocked forever.
      request.result.onversionchange = () => request.result.close();
      resolve(db);
    };
    request.onerror = () => {
      const cause = migrationError ?? request.error;
      reject(
        new ArchiveError(
          'storage-failed',
          `Không mở được kho lưu trữ (phiên bản ${version}): ${String(cause)}`,
          `Could not open the archive (schema version ${version}): ${String(cause)}`,
          cause,
        ),
      );
    };
    request.onblocked = () => {
      // Fires while an older connection in another tab is still open; that connection closes
      // itself on `versionchange` (above), after which the open proceeds.
    };
  });
}
