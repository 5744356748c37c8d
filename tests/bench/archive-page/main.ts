/**
 * The archive bench page: bundled by `vite build` and opened in real Chromium by
 * tests/bench/archive.bench.ts. It runs the archive library exactly as the extension's pages
 * do (IndexedDB of this origin, on disk in the browser profile) and times calls with
 * `performance.now()` inside the page, so the numbers exclude the driver's round trips.
 */
import { findReferences } from '@govclip/core';
import * as archive from '@govclip/archive';
import { buildSearchDocument } from '../../../packages/archive/src/search/search-document';
import { compactSearchIndex } from '../../../packages/archive/src/search/search-index';
import { buildCard } from '../../../packages/archive/src/storage/cards';
import { buildCitations } from '../../../packages/archive/src/storage/citations';
import { writeDerivedRows } from '../../../packages/archive/src/storage/derived-rows';
import { ALL_STORES } from '../../../packages/archive/src/storage/schema';
import { ArticleGenerator } from '../lib/generate-articles';
import { BENCH_DB_NAME, type ArchiveBenchApi } from './bench-api';

/** When this module started running: the page's own load (HTML + bundle) before any archive work. */
const scriptStarted = performance.now();

type Repository = Awaited<ReturnType<typeof archive.openArchive>>;

const REQUIRED_METHODS = ['saveArticle', 'search', 'listArticles'] as const;
/** Every fifth bulk-written article carries two highlights (notes, highlight tags). */
const ANNOTATED_EVERY = 5;

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

function generatorFor(seeds: Parameters<ArchiveBenchApi['save']>[0]): ArticleGenerator {
  generator ??= new ArticleGenerator(seeds, { findReferences: safeFindReferences });
  return generator;
}

const encoder = new TextEncoder();

const api: ArchiveBenchApi = {
  unavailable: missingApi,

  async save(seeds, from, to) {
    const articles = generatorFor(seeds);
    const archiveRepository = await repo();
    const times: number[] = [];
    let referenceCount = 0;
    let textBytes = 0;
    for (let index = from; index < to; index++) {
      // Generating the article is not part of the save: it happens before the clock starts.
      const article = articles.article(index);
      referenceCount += article.references.length;
      textBytes += encoder.encode(article.text).length;
      const started = performance.now();
      await archiveRepository.saveArticle(article, { tags: article.tags });
      times.push(performance.now() - started);
    }
    return { times, referenceCount, textBytes };
  },

  async bulkFill(seeds, from, to, batchSize) {
    const articles = generatorFor(seeds);
    const archiveRepository = await repo();
    let ms = 0;
    let referenceCount = 0;
    let textBytes = 0;
    let annotationCount = 0;
    for (let start = from; start < to; start += batchSize) {
      const batch = [];
      for (let index = start; index < Math.min(to, start + batchSize); index++) {
        const article = articles.article(index);
        referenceCount += article.references.length;
        textBytes += encoder.encode(article.text).length;
        const id = archive.articleIdOf(article);
        const record = articles.archived(id, article, index);
        const annotations =
          index % ANNOTATED_EVERY === 0 ? articles.annotations(id, article, 2, index) : [];
        annotationCount += annotations.length;
        batch.push({ record, annotations, isNew: true });
      }
      const started = performance.now();
      const tx = archiveRepository.database.transaction(ALL_STORES, 'readwrite');
      const writes: Promise<unknown>[] = [];
      for (const { record, annotations } of batch) {
        writes.push(tx.objectStore('articles').put(record));
        for (const annotation of annotations) {
          writes.push(tx.objectStore('annotations').put(annotation));
        }
      }
      writes.push(writeDerivedRows(tx, batch));
      await Promise.all(writes);
      await tx.done;
      ms += performance.now() - started;
    }
    return { ms, referenceCount, textBytes, annotations: annotationCount };
  },

  async settle() {
    const archiveRepository = await repo();
    const started = performance.now();
    await compactSearchIndex(archiveRepository.database);
    const ms = performance.now() - started;
    return { ms, postingsRows: await archiveRepository.database.count('postings') };
  },

  async deriveCost(seeds, from, to) {
    const articles = generatorFor(seeds);
    const times: number[] = [];
    for (let index = from; index < to; index++) {
      const article = articles.article(index);
      const record = articles.archived(archive.articleIdOf(article), article, index);
      const started = performance.now();
      buildSearchDocument(record, []);
      buildCard(record, [], 0);
      buildCitations(record);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN };
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
      pageMs: scriptStarted,
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
