import {
  ARCHIVE_DB_NAME,
  openArchive,
  readListSnapshot,
  type ArchiveRepository,
  type ListPage,
  type ListSnapshotOptions,
} from '@govclip/archive';
import { pageLocalStorage } from '../browser-api';

/** Cards on one page of the archive list (the archive page and the side panel). */
export const ARCHIVE_LIST_LIMIT = 100;

function listSnapshotOptions(): ListSnapshotOptions | undefined {
  const storage = pageLocalStorage();
  return storage ? { storage, limit: ARCHIVE_LIST_LIMIT } : undefined;
}

/**
 * The archive repository of this extension page: one connection per page, opened on first use
 * in the extension's own origin (the reader, archive page and side panel all share it). Every
 * page keeps the list snapshot current, so a save in the reader shows at once on the next
 * archive open, before IndexedDB is up.
 */
let opening: Promise<ArchiveRepository> | null = null;

export function archiveRepository(): Promise<ArchiveRepository> {
  opening ??= openArchive(indexedDB, { listSnapshot: listSnapshotOptions() }).then(
    (repository) => {
      flushSnapshotWhenHidden(repository);
      return repository;
    },
    (error: unknown) => {
      opening = null; // let the next call retry (e.g. after another tab finished an upgrade)
      throw error;
    },
  );
  return opening;
}

/**
 * A save's snapshot rewrite waits a moment (writes in a row share it); when the page is hidden —
 * the user switched to the archive tab, or is closing this one — it runs at once, so the next
 * archive page finds the snapshot current.
 */
function flushSnapshotWhenHidden(repository: ArchiveRepository): void {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void repository.flushListSnapshot();
  });
}

/** The list's first page as last written, readable before the database opens (or null). */
export function archiveListSnapshot(): ListPage | null {
  const options = listSnapshotOptions();
  return options ? readListSnapshot(options, ARCHIVE_DB_NAME) : null;
}
