import type { SeedArticle } from '../lib/generate-articles';

/** What the archive bench page exposes to the Node driver (playwright `page.evaluate`). */
export interface ArchiveBenchApi {
  /** Why the archive cannot be benchmarked yet, or null when it can. */
  unavailable(): string | null;
  /**
   * Generates and saves articles [from, to) with `saveArticle` (the user's save path: the
   * article with its tags), one after the other; returns each save's latency in ms.
   */
  save(
    seeds: SeedArticle[],
    from: number,
    to: number,
  ): Promise<{ times: number[]; referenceCount: number; textBytes: number }>;
  /**
   * Writes articles [from, to) through the bulk path a backup restore uses: `batchSize`
   * records (with their highlights) per transaction, derived rows by `writeDerivedRows`.
   */
  bulkFill(
    seeds: SeedArticle[],
    from: number,
    to: number,
    batchSize: number,
  ): Promise<{ ms: number; referenceCount: number; textBytes: number; annotations: number }>;
  /**
   * Waits until every sealed batch of search documents is compacted into the postings (what
   * the archive does in the background after writes); returns how long that took.
   */
  settle(): Promise<{ ms: number; postingsRows: number }>;
  /**
   * Where a save's time goes, without IndexedDB: building the derived rows (search terms,
   * card, citations) of articles [from, to), median ms per article.
   */
  deriveCost(seeds: SeedArticle[], from: number, to: number): Promise<{ medianMs: number }>;
  /** Runs each query `repeats` times; returns every latency and the hit count of each query. */
  search(
    queries: string[],
    repeats: number,
    limit: number,
  ): Promise<{ times: number[][]; hits: number[] }>;
  /**
   * What the page opened on load, as its URL asked (`?open=archive&limit=N`: the archive and the
   * first N cards of its list, as the archive page does; `?open=tiny`: a tiny database of this
   * origin), timed from the page's script starting; null when the URL asked nothing.
   */
  openedOnLoad(): Promise<OpenOnLoad | null>;
  storageEstimate(): Promise<{ usage: number; quota: number }>;
  /** One list-snapshot rewrite (first page read, JSON, localStorage write), timed `rounds` times. */
  snapshotRewrite(rounds: number): Promise<number[]>;
}

/** An open timed by the page itself, from its script starting. */
export interface OpenOnLoad {
  /** From navigation start to the page's script running (the page and bundle load). */
  pageMs: number;
  /** To `openArchive` resolved (or the tiny database's open), from the script starting. */
  openMs: number;
  /** The first page of the list (`listArticles({ limit })`), or the tiny database's one read. */
  listMs: number;
  total: number;
  cards: number;
  /**
   * From the script starting to the list snapshot read and its cards laid out in the page, as
   * the archive page shows them before the database is open; null when there was none.
   */
  snapshotMs: number | null;
  /** Of which reading it: `localStorage`, `JSON.parse`, validation (null: not asked). */
  snapshotReadMs: number | null;
  /** The snapshot shown was the database's first page, field for field (`sameListPage`). */
  snapshotMatches: boolean;
}

export const BENCH_DB_NAME = 'govclip-archive-bench';
/** The floor of an open: a database of one row (see `openedOnLoad`). */
export const TINY_DB_NAME = 'govclip-bench-tiny';

declare global {
  interface Window {
    govclipBench?: ArchiveBenchApi;
  }
}
