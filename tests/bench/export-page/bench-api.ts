import type { SeedArticle } from '../lib/generate-articles';

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
