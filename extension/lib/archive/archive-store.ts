import { openArchive, type ArchiveRepository } from '@govclip/archive';

/**
 * The archive repository of this extension page: one connection per page, opened on first use
 * in the extension's own origin (the reader, archive page and side panel all share it).
 */
let opening: Promise<ArchiveRepository> | null = null;

export function archiveRepository(): Promise<ArchiveRepository> {
  opening ??= openArchive(indexedDB).catch((error: unknown) => {
    opening = null; // let the next call retry (e.g. after another tab finished an upgrade)
    throw error;
  });
  return opening;
}
