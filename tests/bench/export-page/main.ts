/**
 * The export bench page: bundled by `vite build` and opened in real Chromium by
 * tests/bench/export.bench.ts, so the backup restore writes to the browser's own IndexedDB
 * (on disk), as it does in the extension. Times are taken inside the page.
 */
import { openArchive } from '@govclip/archive';
import { exportBackup, type BackupImage } from '../../../packages/archive/src/export/backup';
import { bytesToBase64, portableBase64ToBytes } from '../../../packages/archive/src/export/base64';
import {
  backupSource,
  decodeBackupImages,
  parseBackup,
  readBackupEnvelope,
  validateBackupData,
  verifyBackupChecksum,
  type ParsedBackup,
} from '../../../packages/archive/src/import/parse-backup';
import { restoreParsedBackup } from '../../../packages/archive/src/import/restore';
import {
  assertSafeJsonValue,
  DEFAULT_JSON_LIMITS,
} from '../../../packages/archive/src/import/safe-json';
import { toStoredRecord } from '../../../packages/archive/src/storage/stored-article';
import { ArticleGenerator, generateSnapshot } from '../lib/generate-articles';
import type { ExportBenchApi, RestorePhases } from './bench-api';

const SLOW_RUN_MS = 10_000;

/** 1,000 images of 20–60 KB as a backup holds them (base64), for the decoding step alone. */
function backupImages(): BackupImage[] {
  return Array.from({ length: 1000 }, (_, index) => {
    const bytes = new Uint8Array(20_000 + ((index * 7919) % 40_000));
    for (let byte = 0; byte < bytes.length; byte++) bytes[byte] = (byte * 31 + index) & 0xff;
    return {
      key: `image-${index}`,
      articleId: `article-${index}`,
      src: `https://example.gov.vn/${index}.jpg`,
      type: 'image/jpeg',
      base64: bytesToBase64(bytes),
    };
  });
}

async function imageDecoding(): Promise<RestorePhases['imageDecoding']> {
  const images = backupImages();
  const [decoded, ms] = await timed(() => decodeBackupImages(images));
  const [portable, portableMs] = await timed(() =>
    images.map((image) => portableBase64ToBytes(image.base64)),
  );
  // Both decoders must agree, or the comparison means nothing.
  const last = new Uint8Array(await decoded.at(-1)!.blob.arrayBuffer());
  if (last.length !== portable.at(-1)!.length || last.some((b, i) => b !== portable.at(-1)![i]))
    throw new Error('native and portable base64 decoders disagree');
  const native =
    typeof (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64 === 'function';
  return { ms, portableMs, native };
}

async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
}

/**
 * Writes only the primary records (articles, annotations, images) in one transaction, articles
 * in the form the restore stores them (`toStoredRecord`).
 */
async function writePrimaryRecords(name: string, parsed: ParsedBackup): Promise<void> {
  const repository = await openArchive(indexedDB, { name });
  const tx = repository.database.transaction(['articles', 'annotations', 'images'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  for (const article of parsed.articles)
    writes.push(tx.objectStore('articles').put(toStoredRecord(article)));
  for (const annotation of parsed.annotations)
    writes.push(tx.objectStore('annotations').put(annotation));
  for (const image of parsed.images) writes.push(tx.objectStore('images').put(image));
  await Promise.all(writes);
  await tx.done;
  repository.close();
}

/**
 * One restore taken apart, step by step, with the library's own steps (`parseBackup` is
 * exactly steps decode → decode images); `write` is `restoreParsedBackup` (one transaction);
 * `primaryWrite` is the same records without their derived rows (search, cards, citations),
 * so `write − primaryWrite` is what the derived rows cost, CPU and IndexedDB together.
 */
async function restorePhases(
  bytes: Uint8Array,
  parsed: ParsedBackup,
  run: number,
): Promise<RestorePhases> {
  // As the extension reads the chosen file: its bytes, then one UTF-8 decoding.
  const [fileBytes, read] = await timed(
    async () => new Uint8Array(await new Blob([bytes as Uint8Array<ArrayBuffer>]).arrayBuffer()),
  );
  const [source, decode] = await timed(() => backupSource(fileBytes));
  const text = source.text;
  const [value, jsonParse] = await timed(() => JSON.parse(text) as unknown);
  // Timed on its own: `readBackupEnvelope` minus a separate `JSON.parse` went negative under load.
  const [, safetyWalk] = await timed(() =>
    assertSafeJsonValue(value, DEFAULT_JSON_LIMITS.maxDepth),
  );
  const envelope = readBackupEnvelope(text);
  const [, checksum] = await timed(() => verifyBackupChecksum(source, envelope));
  const [data, validation] = await timed(() => validateBackupData(envelope));
  const [, images] = await timed(() => decodeBackupImages(data.images));
  const repository = await openArchive(indexedDB, { name: `govclip-bench-phases-${run}` });
  const [, write] = await timed(() => restoreParsedBackup(repository, parsed));
  repository.close();
  const [, primaryWrite] = await timed(() =>
    writePrimaryRecords(`govclip-bench-primary-${run}`, parsed),
  );
  return {
    read,
    decode,
    jsonParse,
    safetyWalk,
    checksum,
    validation,
    images,
    write,
    primaryWrite,
    imageDecoding: await imageDecoding(),
  };
}

/**
 * The backup file of a generated archive, and the floor any importer pays (`JSON.parse` of its
 * text). In its own function so the generated snapshot and the decoded text are garbage by the
 * time the restores run: the extension's page holds only the file's bytes then, and a heap
 * holding both made the restore's own allocations (the decoded text, the parsed records) pay
 * for major collections the user never would.
 */
async function generateBackup(
  seeds: Parameters<ExportBenchApi['restore']>[0],
  articles: number,
  annotationsPerArticle: number,
): Promise<{ bytes: Uint8Array; parseMs: number }> {
  const generator = new ArticleGenerator(seeds);
  const snapshot = generateSnapshot(generator, {
    articles,
    annotationsPerArticle,
    withImages: false,
  });
  const file = await exportBackup(snapshot);
  const text = new TextDecoder().decode(file.bytes);
  const parseStarted = performance.now();
  JSON.parse(text);
  return { bytes: file.bytes, parseMs: performance.now() - parseStarted };
}

/** Deletes a bench database, so no run writes beside an earlier run's files. */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`cannot delete ${name}`));
  });
}

const api: ExportBenchApi = {
  async restore(seeds, articles, annotationsPerArticle, runs) {
    const file = await generateBackup(seeds, articles, annotationsPerArticle);
    const times: number[] = [];
    const validateTimes: number[] = [];
    const phases: RestorePhases[] = [];
    let restoredArticles = 0;
    for (let run = 0; run < runs; run++) {
      const repository = await openArchive(indexedDB, { name: `govclip-bench-restore-${run}` });
      // restoreBackup = parseBackup (complete validation) + restoreParsedBackup (one transaction):
      // the two steps are timed apart to show where the time goes.
      const started = performance.now();
      // From the file's bytes, as the extension passes them (decoding included).
      const parsed = await parseBackup(file.bytes);
      const validated = performance.now();
      await restoreParsedBackup(repository, parsed);
      times.push(performance.now() - started);
      validateTimes.push(validated - started);
      restoredArticles = (await repository.listArticles({ limit: 1 })).total;
      repository.close();
      phases.push(await restorePhases(file.bytes, parsed, run));
      // Each run starts as the first did: no earlier run's database files beside it.
      for (const name of ['restore', 'phases', 'primary'])
        await deleteDatabase(`govclip-bench-${name}-${run}`);
      // One slow run already shows the target is missed; repeating it would only cost minutes.
      if (times[run]! > SLOW_RUN_MS) break;
    }
    return {
      times,
      validateTimes,
      phases,
      backupBytes: file.bytes.length,
      restoredArticles,
      parseMs: file.parseMs,
    };
  },
};

window.govclipExportBench = api;
document.getElementById('status')!.textContent = 'ready';
