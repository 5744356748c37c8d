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
import { toStoredRecord } from '../../../packages/archive/src/storage/stored-article';
import { ALL_STORES } from '../../../packages/archive/src/storage/schema';
import { ArticleGenerator } from '../lib/generate-articles';
import { renderArchiveCard } from '../../../extension/lib/archive/archive-card';
import { ARCHIVE_LIST_LIMIT } from '../../../extension/lib/archive/archive-store';
import viMessages from '../../../extension/public/_locales/vi/messages.json';
// The extension's stylesheet, so the cards are laid out as the archive page lays them out.
import '../../../extension/lib/archive/archive.css';
import { BENCH_DB_NAME, TINY_DB_NAME, type ArchiveBenchApi, type OpenOnLoad } from './bench-api';

type Repository = Awaited<ReturnType<typeof archive.openArchive>>;
type ListCard = archive.ListCard;

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

/** The list snapshot as the extension keeps it: this page's localStorage, the page's list size. */
const listSnapshot = { storage: localStorage, limit: ARCHIVE_LIST_LIMIT };

async function repo(): Promise<Repository> {
  repository ??= await archive.openArchive(indexedDB, { name: BENCH_DB_NAME, listSnapshot });
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

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

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
        // As the restore stores it (`restore.ts`): the lean form when text and html rebuild.
        writes.push(tx.objectStore('articles').put(toStoredRecord(record)));
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

  openedOnLoad() {
    return openedOnLoad;
  },

  async snapshotRewrite(rounds) {
    const archiveRepository = await repo();
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      archiveRepository.listChanged();
      const started = performance.now();
      await archiveRepository.flushListSnapshot();
      times.push(performance.now() - started);
    }
    return times;
  },

  async storageEstimate() {
    const estimate = await navigator.storage.estimate();
    return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 };
  },
};

/**
 * What a page of the archive does when it loads: open the archive and read the first page of the
 * list, started by the page's script itself (`?open=archive&limit=50`), so the time runs from
 * the script starting to the cards read, without the driver's round trips. `?open=tiny`: the
 * floor of an open at this moment, a tiny database of this origin (created on first use) opened
 * and read instead.
 */
async function openOnLoad(what: string, limit: number): Promise<OpenOnLoad> {
  const started = performance.now();
  if (what === 'tiny') {
    const open = indexedDB.open(TINY_DB_NAME, 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('rows').put({ created: Date.now() }, 'only');
    };
    const db = await requestResult(open);
    const opened = performance.now();
    await requestResult(db.transaction('rows').objectStore('rows').get('only'));
    db.close();
    return {
      pageMs: started,
      openMs: opened - started,
      listMs: performance.now() - opened,
      total: 1,
      cards: 0,
      snapshotMs: null,
      snapshotReadMs: null,
      snapshotMatches: false,
    };
  }
  // As the archive page does: the database's open is asked for first (the browser opens it
  // while the page works), the snapshot's cards go on screen, then the database confirms them.
  const snapshotOptions = { ...listSnapshot, limit };
  const opening = archive.openArchive(indexedDB, {
    name: BENCH_DB_NAME,
    listSnapshot: snapshotOptions,
  });
  const shown = archive.readListSnapshot(snapshotOptions, BENCH_DB_NAME);
  const snapshotReadMs = performance.now() - started;
  const snapshotMs = shown ? layOutCards(shown.cards) - started : null;
  repository = await opening;
  const opened = performance.now();
  const list = await repository.listArticles({ limit });
  return {
    pageMs: started,
    openMs: opened - started,
    listMs: performance.now() - opened,
    total: list.total,
    cards: list.cards.length,
    snapshotMs,
    snapshotReadMs,
    snapshotMatches: shown !== null && archive.sameListPage(shown, list),
  };
}

/** The extension's Vietnamese labels, as `browser.i18n` gives them to the archive page. */
function benchText(key: string): string {
  return (viMessages as Record<string, { message: string } | undefined>)[key]?.message ?? key;
}

/**
 * Lays the cards out as the archive page's list does: the extension's own card markup
 * (`renderArchiveCard`) and stylesheet, then forces layout, so the time includes putting them
 * on screen; returns when layout is done.
 */
function layOutCards(cards: ListCard[]): number {
  const app = document.createElement('div');
  app.className = 'gc-archive-app';
  const list = document.createElement('ol');
  list.className = 'gc-archive-list';
  for (const card of cards) {
    list.append(
      renderArchiveCard(document, card, {
        href: `#/article/${encodeURIComponent(card.id)}`,
        t: benchText,
      }),
    );
  }
  app.append(list);
  document.body.append(app);
  void list.getBoundingClientRect().height; // layout now, as the first paint needs it
  return performance.now();
}

const onLoad = new URLSearchParams(location.search);
const openWhat = onLoad.get('open');
const openedOnLoad: Promise<OpenOnLoad | null> = openWhat
  ? openOnLoad(openWhat, Number(onLoad.get('limit') ?? 50))
  : Promise.resolve(null);

window.govclipBench = api;
document.getElementById('status')!.textContent = 'ready';
