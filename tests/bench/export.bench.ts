/**
 * Bench section 4 (issue 6): 1,000 annotated articles exported to a Markdown zip (in Node: the
 * exporters are pure functions over plain data) and a JSON backup of 1,000 articles restored
 * (in real Chromium, into the browser's own on-disk IndexedDB, as the extension does).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { exportMarkdown } from '../../packages/archive/src/export/markdown';
import { exportBackup } from '../../packages/archive/src/export/backup';
import type { ArchiveSnapshot } from '../../packages/archive/src/export/snapshot';
import type { ExportBenchApi, RestorePhases } from './export-page/bench-api';
import {
  buildBenchPage,
  callInPage,
  CHROMIUM,
  launchChromium,
  openBenchPage,
} from './lib/chromium';
import { ArticleGenerator, generateSnapshot } from './lib/generate-articles';
import { markdownTable } from './lib/markdown';
import { emitMarkdown, errorMessage, progress } from './lib/report';
import { corpusSeeds } from './lib/seeds';
import { serveDirectory } from './lib/static-server';
import { formatBytes, formatMs, median, verdict } from './lib/stats';

const TITLE = 'Export and restore (issue 6)';
const ARTICLES = 1000;
const ANNOTATIONS_PER_ARTICLE = 4;
const RUNS = 3;
const TARGETS = { markdownMs: 3000, restoreMs: 5000 };

/** The floor any Markdown export pays: the same records as JSON files, zipped at the same level. */
function plainDumpZip(snapshot: ArchiveSnapshot): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const archived of snapshot.articles)
    files[`${archived.id}.json`] = strToU8(JSON.stringify(archived));
  files['annotations.json'] = strToU8(JSON.stringify(snapshot.annotations));
  return zipSync(files, { level: 6 });
}

async function timeRuns<T>(
  run: () => Promise<T> | T,
  runs = RUNS,
): Promise<{ ms: number; result: T }> {
  const times: number[] = [];
  let result: T | undefined;
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    result = await run();
    times.push(performance.now() - started);
  }
  return { ms: median(times), result: result as T };
}

type Row = string[];

async function markdownRows(): Promise<Row[]> {
  const rows: Row[] = [];
  const generator = new ArticleGenerator(corpusSeeds());
  for (const withImages of [false, true]) {
    progress(`export: generating ${ARTICLES} articles${withImages ? ' with images' : ''}`);
    const snapshot = generateSnapshot(generator, {
      articles: ARTICLES,
      annotationsPerArticle: ANNOTATIONS_PER_ARTICLE,
      withImages,
    });
    const label = `${ARTICLES.toLocaleString('en-US')} articles, ${snapshot.annotations.length.toLocaleString('en-US')} highlights${withImages ? `, ${snapshot.images.length.toLocaleString('en-US')} images` : ''}`;
    try {
      progress('export: Markdown zip');
      // The image variant is for information: one run each keeps the section short.
      const runs = withImages ? 1 : RUNS;
      const markdown = await timeRuns(() => exportMarkdown(snapshot, { zipName: 'bench' }), runs);
      const dump = await timeRuns(() => plainDumpZip(snapshot), runs);
      rows.push([
        `Markdown zip, Node (${label})`,
        formatMs(markdown.ms),
        formatMs(dump.ms),
        `${(markdown.ms / dump.ms).toFixed(2)}×`,
        formatBytes(markdown.result.bytes.length),
        withImages ? 'information' : `≤ ${TARGETS.markdownMs / 1000} s`,
        withImages ? '' : verdict(markdown.ms <= TARGETS.markdownMs),
      ]);
      if (!withImages) {
        progress('export: JSON backup');
        const backup = await timeRuns(() => exportBackup(snapshot));
        const dumpMs = (await timeRuns(() => JSON.stringify(snapshot))).ms;
        rows.push([
          `JSON backup export, Node (${label})`,
          formatMs(backup.ms),
          formatMs(dumpMs),
          `${(backup.ms / dumpMs).toFixed(2)}×`,
          formatBytes(backup.result.bytes.length),
          'information',
          '',
        ]);
      }
    } catch (error) {
      rows.push([
        `Markdown / backup export (${label})`,
        `failed: ${errorMessage(error)}`,
        '',
        '',
        '',
        '',
        'n/a',
      ]);
    }
  }
  return rows;
}

async function restoreRow(): Promise<Row> {
  const label = `JSON backup restore into an empty archive, Chromium (${ARTICLES.toLocaleString('en-US')} articles, ${(ARTICLES * ANNOTATIONS_PER_ARTICLE).toLocaleString('en-US')} highlights)`;
  const unavailable = (why: string): Row => [
    label,
    `not available yet: ${why}`,
    '',
    '',
    '',
    `≤ ${TARGETS.restoreMs / 1000} s`,
    'n/a',
  ];
  const scratch = mkdtempSync(path.join(tmpdir(), 'govclip-bench-export-'));
  try {
    progress('export: bundling the restore bench page (vite build)');
    try {
      await buildBenchPage('export-page', path.join(scratch, 'page'));
    } catch (error) {
      return unavailable(
        `the restore bench page does not bundle: ${errorMessage(error).split('\n')[0]}`,
      );
    }
    const server = await serveDirectory(path.join(scratch, 'page'));
    const context = await launchChromium(path.join(scratch, 'profile')).catch((error: unknown) => {
      throw new Error(`cannot launch ${CHROMIUM}: ${errorMessage(error)}`);
    });
    try {
      const page = await openBenchPage(context, server.url);
      progress('export: restoring the backup in Chromium');
      const args: Parameters<ExportBenchApi['restore']> = [
        corpusSeeds(),
        ARTICLES,
        ANNOTATIONS_PER_ARTICLE,
        RUNS,
      ];
      const result = await callInPage<Awaited<ReturnType<ExportBenchApi['restore']>>>(
        page,
        'govclipExportBench',
        'restore',
        args,
      );
      if (result.restoredArticles !== ARTICLES) {
        return [
          label,
          `wrong result: ${result.restoredArticles} articles restored, expected ${ARTICLES}`,
          '',
          '',
          '',
          '',
          'n/a',
        ];
      }
      const ms = median(result.times);
      const phase = (name: Exclude<keyof RestorePhases, 'imageDecoding'>) =>
        formatMs(median(result.phases.map((phases) => phases[name])));
      const decoding = result.phases.map((phases) => phases.imageDecoding);
      const imageDecoding = `${formatMs(median(decoding.map((d) => d.ms)))} (${decoding[0]?.native ? 'native Uint8Array.fromBase64' : 'portable'}; atob loop ${formatMs(median(decoding.map((d) => d.portableMs)))})`;
      return [
        label,
        `${formatMs(ms)} (validation ${formatMs(median(result.validateTimes))}; apart: read ${phase('read')}, UTF-8 decoding ${phase('decode')}, JSON.parse ${phase('jsonParse')}, safety walk ${phase('safetyWalk')}, checksum ${phase('checksum')}, schema ${phase('validation')}, images ${phase('images')}, write ${phase('write')} of which primary records alone ${phase('primaryWrite')}; decoding 1,000 images of 20–60 KB: ${imageDecoding})`,
        formatMs(result.parseMs),
        `${(ms / result.parseMs).toFixed(2)}×`,
        `${formatBytes(result.backupBytes)} in`,
        `≤ ${TARGETS.restoreMs / 1000} s`,
        verdict(ms <= TARGETS.restoreMs),
      ];
    } finally {
      await context.close();
      await server.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const rows = await markdownRows();
  try {
    rows.push(await restoreRow());
  } catch (error) {
    rows.push([
      'JSON backup restore, Chromium',
      `failed: ${errorMessage(error)}`,
      '',
      '',
      '',
      `≤ ${TARGETS.restoreMs / 1000} s`,
      'n/a',
    ]);
  }
  emitMarkdown(
    [
      `## ${TITLE}`,
      '',
      `Generated archive: corpus articles remixed to 5–15 KB of text each, ${ANNOTATIONS_PER_ARTICLE} highlights per article (60 % with a Markdown note), tags and notes; images are 20–60 KB blobs. Exports run in Node ${process.version} (pure functions over plain data); the restore (what \`restoreBackup\` does from the file's bytes, as the extension passes them: \`parseBackup\`, decoding and the complete validation, timed apart, then \`restoreParsedBackup\`, one transaction) runs in headless Chromium into the page's own on-disk IndexedDB, a new empty database each run; after each run its steps are timed apart (reading the file, strict UTF-8 decoding, \`JSON.parse\`, safety walk, checksum, zod schema and consistency — inside \`parseBackup\` the checksum (Web Crypto, off the main thread) runs beside the schema check, so validation is less than the sum of its steps — image decoding, the write, and the same primary records written without their derived rows: \`write − primary\` is what the search, card and citation rows cost). Median of ${RUNS} runs (the image variant and a restore slower than 10 s run once). Baseline ("plain dump"): the same records as JSON files zipped at the same deflate level (Markdown), \`JSON.stringify\` of the snapshot (backup export), \`JSON.parse\` of the backup in the page (restore): the floor any exporter or importer pays.`,
      '',
      markdownTable(
        ['operation', 'ours', 'plain dump', 'ours ÷ dump', 'output size', 'target', 'result'],
        rows,
        [1, 2, 3, 4],
      ),
    ].join('\n'),
  );
}

await main();
