import type { SeedArticle } from '../lib/generate-articles';

/** Milliseconds of each step of one restore, measured apart (the page's `restorePhases`). */
export interface RestorePhases {
  /** The chosen file's bytes (`Blob.arrayBuffer()`, as the extension reads it). */
  read: number;
  /** Bytes → text (UTF-8), the first step of `parseBackup` given bytes. */
  decode: number;
  /** Plain `JSON.parse` of the text (the floor). */
  jsonParse: number;
  /** The safety walk of the parsed value (forbidden keys, depth); the envelope's checks are trivial. */
  safetyWalk: number;
  /** The SHA-256 alone (inside `parseBackup` it runs beside `validation`, off the main thread). */
  checksum: number;
  /** Migration, the zod schema, cross-record consistency. */
  validation: number;
  /** base64 → blobs of the backup's images (none in this backup: see `imageDecoding`). */
  images: number;
  /**
   * `decodeBackupImages` over 1,000 images of 20–60 KB (the image variant's sizes), and the
   * same with the portable decoder (`atob` and a loop), for comparison.
   */
  imageDecoding: { ms: number; portableMs: number; native: boolean };
  /** `restoreParsedBackup`: merge, re-anchoring, derived rows and every IndexedDB write. */
  write: number;
  /** The same primary records written without derived rows, for comparison. */
  primaryWrite: number;
}

/** What the export bench page exposes to the Node driver (playwright `page.evaluate`). */
export interface ExportBenchApi {
  /**
   * Generates an archive of `articles` annotated articles, writes its JSON backup, then restores
   * that backup `runs` times, each into a new empty database; returns each restore's time.
   */
  restore(
    seeds: SeedArticle[],
    articles: number,
    annotationsPerArticle: number,
    runs: number,
  ): Promise<{
    times: number[];
    /** The validation step (`parseBackup`) of each restore, included in `times`. */
    validateTimes: number[];
    /** Each run's restore taken apart step by step (see `RestorePhases`). */
    phases: RestorePhases[];
    backupBytes: number;
    restoredArticles: number;
    parseMs: number;
  }>;
}

declare global {
  interface Window {
    govclipExportBench?: ExportBenchApi;
  }
}
