import type { Annotation, ArchivedArticle } from '../types';
import { bytesToBase64, sha256Hex } from './base64';
import { fileDate, textFile, type ExportFile } from './export-file';
import {
  storedImages,
  yieldToEventLoop,
  type ArchiveSnapshot,
  type ExportOptions,
} from './snapshot';

/**
 * The JSON backup: every primary record of the archive (articles, annotations, image blobs as
 * base64) plus settings, lossless. Derived stores (search terms, cards, citations) are NOT in
 * the file: the restore rebuilds them, so a backup stays valid when indexes change.
 *
 * File = { format, formatVersion, schemaVersion, exportedAt, counts, checksum, data }.
 * `checksum.value` is the SHA-256 of `JSON.stringify(data)`; `JSON.parse` then
 * `JSON.stringify` reproduces that text exactly for any file we wrote, so any edit, truncation
 * or re-encoding of the data shows up as a mismatch.
 */
export const BACKUP_FORMAT = 'govclip-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupImage {
  key: string;
  articleId: string;
  src: string;
  /** MIME type of the blob (may be empty). */
  type: string;
  base64: string;
}

export interface BackupData {
  articles: ArchivedArticle[];
  annotations: Annotation[];
  images: BackupImage[];
  settings: Record<string, unknown>;
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The archive's IndexedDB schema version the records were written by. */
  schemaVersion: number;
  exportedAt: string;
  counts: { articles: number; annotations: number; images: number };
  checksum: { algorithm: 'SHA-256'; value: string };
  data: BackupData;
}

export interface BackupOptions extends ExportOptions {
  /** Defaults to now; fixed in tests. */
  now?: Date;
}

export async function createBackup(
  snapshot: ArchiveSnapshot,
  options: BackupOptions = {},
): Promise<BackupFile> {
  const images = storedImages(snapshot);
  const total = images.length + 1;
  const backupImages: BackupImage[] = [];
  for (const [index, image] of images.entries()) {
    const bytes = new Uint8Array(await image.blob.arrayBuffer());
    backupImages.push({
      key: image.key,
      articleId: image.articleId,
      src: image.src,
      type: image.blob.type,
      base64: bytesToBase64(bytes),
    });
    options.onProgress?.(index + 1, total);
    if (index % 50 === 49) await yieldToEventLoop();
  }
  const data: BackupData = {
    articles: snapshot.articles,
    annotations: snapshot.annotations,
    images: backupImages,
    settings: snapshot.settings ?? {},
  };
  const checksum = await sha256Hex(JSON.stringify(data));
  options.onProgress?.(total, total);
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: snapshot.schemaVersion,
    exportedAt: (options.now ?? new Date()).toISOString(),
    counts: {
      articles: data.articles.length,
      annotations: data.annotations.length,
      images: data.images.length,
    },
    checksum: { algorithm: 'SHA-256', value: checksum },
    data,
  };
}

/** The backup as a `.json` file. Not pretty-printed: a 1,000-article backup stays compact. */
export async function exportBackup(
  snapshot: ArchiveSnapshot,
  options: BackupOptions = {},
): Promise<ExportFile> {
  const backup = await createBackup(snapshot, options);
  return textFile(
    `govclip-backup-${fileDate(options.now ?? new Date())}.json`,
    'application/json',
    JSON.stringify(backup),
  );
}
