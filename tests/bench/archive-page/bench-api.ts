import type { SeedArticle } from '../lib/generate-articles';

/** What the archive bench page exposes to the Node driver (playwright `page.evaluate`). */
export interface ArchiveBenchApi {
  /** Why the archive cannot be benchmarked yet, or null when it can. */
  unavailable(): string | null;
  /**
   * Generates and saves articles [from, to), `concurrency` saves in flight at a time (1 = one
   * after the other, so each latency is the save's own); returns each save's latency in ms.
   */
  save(
    seeds: SeedArticle[],
    from: number,
    to: number,
    concurrency: number,
  ): Promise<{ times: number[]; referenceCount: number; textBytes: number }>;
  /** Runs each query `repeats` times; returns every latency and the hit count of each query. */
  search(
    queries: string[],
    repeats: number,
    limit: number,
  ): Promise<{ times: number[][]; hits: number[] }>;
  /** Opens the archive and reads the first page of the list, as the archive page does on load. */
  openAndList(
    limit: number,
  ): Promise<{ openMs: number; listMs: number; total: number; cards: number }>;
  storageEstimate(): Promise<{ usage: number; quota: number }>;
}

export const BENCH_DB_NAME = 'govclip-archive-bench';

declare global {
  interface Window {
    govclipBench?: ArchiveBenchApi;
  }
}
