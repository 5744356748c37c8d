/**
 * The archive bench page: bundled by `vite build` and opened in real Chromium by
 * tests/bench/archive.bench.ts. It runs the archive library exactly as the extension's pages
 * do (IndexedDB of this origin, on disk in the browser profile) and times calls with
 * `performance.now()` inside the page, so the numbers exclude the driver's round trips.
 */
import { findReferences } from '@govclip/core';
import * as archive from '@govclip/archive';
import { ArticleGenerator } from '../lib/generate-articles';
import { BENCH_DB_NAME, type ArchiveBenchApi } from './bench-api';

type Repository = Awaited<ReturnType<typeof archive.openArchive>>;

const REQUIRED_METHODS = ['saveArticle', 'search', 'listArticles'] as const;

function missingApi(): string | null {
  if (typeof archive.openArchive !== 'function')
    return '@govclip/archive does not export openArchive';
  const prototype = archive.ArchiveRepository?.prototype as unknown as
    Record<string, unknown> | undefined;
  const missing = REQUIRED_METHODS.filter((method) => typeof prototype?.[method] !== 'function');
  return missing.length > 0 ? `the archive repository has no ${missing.join(', ')}` : null;
}

let repository: Repository | null = null;
let generator: ArticleGenerator | null = null;

async function repo(): Promise<Repository> {
  repository ??= await archive.openArchive(indexedDB, { name: BENCH_DB_NAME });
  return repository;
}

/** The reference scanner, when it has landed; a placeholder that throws is treated as none. */
function safeFindReferences(text: string) {
  try {
    return findReferences(text);
  } catch {
    return [];
  }
}

const api: ArchiveBenchApi = {
  unavailable: missingApi,

  async save(seeds, from, to, concurrency) {
    generator ??= new ArticleGenerator(seeds, { findReferences: safeFindReferences });
    const archiveRepository = await repo();
    const times: number[] = [];
    let referenceCount = 0;
    let textBytes = 0;
    const encoder = new TextEncoder();
    for (let start = from; start < to; start += concurrency) {
      // Generating the articles is not part of the save: it happens before the clock starts.
      const articles = [];
      for (let index = start; index < Math.min(to, start + concurrency); index++) {
        const article = generator.article(index);
        referenceCount += article.references.length;
        textBytes += encoder.encode(article.text).length;
        articles.push(article);
      }
      await Promise.all(
        articles.map(async (article) => {
          const started = performance.now();
          await archiveRepository.saveArticle(article);
          times.push(performance.now() - started);
        }),
      );
    }
    return { times, referenceCount, textBytes };
  },

  async search(queries, repeats, limit) {
    const archiveRepository = await repo();
    const times: number[][] = queries.map(() => []);
    const hits: number[] = queries.map(() => 0);
    for (let round = 0; round < repeats; round++) {
      for (const [index, query] of queries.entries()) {
        const started = performance.now();
        const result = await archiveRepository.search(query, { limit });
        times[index]!.push(performance.now() - started);
        hits[index] = result.length;
      }
    }
    return { times, hits };
  },

  async openAndList(limit) {
    const started = performance.now();
    repository = await archive.openArchive(indexedDB, { name: BENCH_DB_NAME });
    const opened = performance.now();
    const list = await repository.listArticles({ limit });
    const listed = performance.now();
    return {
      openMs: opened - started,
      listMs: listed - opened,
      total: list.total,
      cards: list.cards.length,
    };
  },

  async storageEstimate() {
    const estimate = await navigator.storage.estimate();
    return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 };
  },
};

window.govclipBench = api;
document.getElementById('status')!.textContent = 'ready';
