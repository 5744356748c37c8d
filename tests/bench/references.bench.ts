/**
 * Bench section 2 (issue 3): throughput and memory of `findReferences` on ≥ 20 MB of
 * Vietnamese text, beside the regex-only baseline of the design document (§12), with the
 * number of references each finds and their accuracy on the hand-annotated sentences.
 *
 * Each (tool, mode) runs in its own process so its peak memory is its own.
 */
import { spawnSync } from 'node:child_process';
import { findReferences } from '@govclip/core';
import { largeReferenceCorpus, loadGoldSentences } from './lib/corpus';
import { markdownTable } from './lib/markdown';
import { collectGarbage, peakRssBytes, resetPeakRss } from './lib/memory';
import { emitMarkdown, errorMessage, notAvailable, progress } from './lib/report';
import { formatBytes, formatMs, formatScore, median, verdict } from './lib/stats';
import { regexBaselineScan } from './regex-baseline';

const TITLE = 'References: throughput and memory (issue 3)';
const TARGET_MB_PER_S = 50;
const TIMED_RUNS = 5;
/** A run slower than this is not repeated: one number is enough to show the target is missed. */
const SLOW_RUN_MS = 20_000;

type Tool = 'ours' | 'baseline';
type Mode = 'whole' | 'articles';

interface WorkerResult {
  tool: Tool;
  mode: Mode;
  bytes: number;
  chars: number;
  documents: number;
  runsMs: number[];
  /** The untimed warm-up pass over the whole input: what a cold process pays once. */
  firstPassMs: number;
  /** CPU time of the worker process per run (user + system), beside the wall time. */
  cpuMs: number[];
  found: number;
  peakRssDelta: number;
  heapDelta: number;
  peakResetWorked: boolean;
}

function scan(tool: Tool, text: string): number {
  return tool === 'ours' ? findReferences(text).length : regexBaselineScan(text).length;
}

function runWorker(tool: Tool, mode: Mode): void {
  const documents = largeReferenceCorpus();
  const whole = documents.join('\n\n');
  const bytes = Buffer.byteLength(whole, 'utf8');
  const run = (): number =>
    mode === 'whole'
      ? scan(tool, whole)
      : documents.reduce((sum, document) => sum + scan(tool, document), 0);
  // Warm up with one whole pass: a few hundred documents left the JIT still compiling during
  // the timed runs (each run faster than the one before), so the median was not a steady state.
  // The cold pass is kept and reported beside the median.
  const firstStarted = performance.now();
  run();
  const firstPassMs = performance.now() - firstStarted;
  collectGarbage();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  const peakResetWorked = resetPeakRss();
  const runsMs: number[] = [];
  const cpuMs: number[] = [];
  let found = 0;
  let peakRssDelta = 0;
  let heapDelta = 0;
  for (let index = 0; index < TIMED_RUNS; index++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    found = run();
    runsMs.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuStarted);
    cpuMs.push((cpu.user + cpu.system) / 1000);
    if (index === 0) {
      peakRssDelta = Math.max(0, peakRssBytes() - rssBefore);
      heapDelta = process.memoryUsage().heapUsed - heapBefore;
    }
    if (runsMs[index]! > SLOW_RUN_MS) break;
  }
  const result: WorkerResult = {
    tool,
    mode,
    bytes,
    chars: whole.length,
    documents: documents.length,
    runsMs,
    firstPassMs,
    cpuMs,
    found,
    peakRssDelta,
    heapDelta,
    peakResetWorked,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function spawnWorker(tool: Tool, mode: Mode): WorkerResult {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', import.meta.filename, '--worker', tool, mode],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (child.status !== 0) {
    throw new Error(
      `${tool}/${mode} worker failed: ${child.stderr.trim().split('\n').slice(-3).join(' ')}`,
    );
  }
  const line = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as WorkerResult;
}

interface Accuracy {
  precision: number;
  recall: number;
  f1: number;
  exactF1: number;
}

/** Span accuracy on refs.jsonl: overlap match (any shared character) and exact span match. */
function spanAccuracy(find: (sentence: string) => { start: number; end: number }[]): Accuracy {
  let found = 0;
  let gold = 0;
  let overlapping = 0;
  let exact = 0;
  for (const sentence of loadGoldSentences()) {
    const spans = find(sentence.sentence);
    const goldSpans = sentence.refs.map((ref) => ({
      start: ref.start,
      end: ref.start + ref.text.length,
    }));
    found += spans.length;
    gold += goldSpans.length;
    const used = new Set<number>();
    for (const span of spans) {
      const index = goldSpans.findIndex(
        (goldSpan, goldIndex) =>
          !used.has(goldIndex) && span.start < goldSpan.end && goldSpan.start < span.end,
      );
      if (index < 0) continue;
      used.add(index);
      overlapping++;
      if (goldSpans[index]!.start === span.start && goldSpans[index]!.end === span.end) exact++;
    }
  }
  const f1 = (hits: number) => (found + gold === 0 ? 0 : (2 * hits) / (found + gold));
  return {
    precision: found === 0 ? 0 : overlapping / found,
    recall: gold === 0 ? 0 : overlapping / gold,
    f1: f1(overlapping),
    exactF1: f1(exact),
  };
}

function main(): void {
  let probe: unknown[];
  try {
    probe = findReferences(
      'Hội nghị quán triệt Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.',
    );
  } catch (error) {
    notAvailable(TITLE, `findReferences throws: ${errorMessage(error)}`);
    return;
  }
  if (probe.length === 0) {
    notAvailable(
      TITLE,
      'findReferences is still the placeholder (finds nothing in a sentence with `Nghị quyết số 18-NQ/TW`)',
    );
    return;
  }
  const results: WorkerResult[] = [];
  for (const mode of ['whole', 'articles'] as const) {
    for (const tool of ['ours', 'baseline'] as const) {
      progress(`references: ${tool}, ${mode}`);
      results.push(spawnWorker(tool, mode));
    }
  }
  const accuracy = {
    ours: spanAccuracy((sentence) => findReferences(sentence)),
    baseline: spanAccuracy((sentence) => regexBaselineScan(sentence)),
  };
  const first = results[0]!;
  const rows = results.map((result) => {
    const ms = median(result.runsMs);
    const mbPerS = result.bytes / 1e6 / (ms / 1000);
    const cpuMbPerS = result.bytes / 1e6 / (median(result.cpuMs) / 1000);
    const baseline = results.find(
      (other) => other.tool === 'baseline' && other.mode === result.mode,
    );
    const baselineMs = baseline ? median(baseline.runsMs) : Number.NaN;
    const acc = accuracy[result.tool];
    return [
      result.tool === 'ours' ? '**findReferences**' : 'regex-only baseline (§12)',
      result.mode === 'whole' ? 'one 20 MB string' : `${result.documents} documents`,
      formatMs(ms),
      formatMs(result.firstPassMs),
      mbPerS.toFixed(1),
      cpuMbPerS.toFixed(1),
      result.tool === 'ours' ? `${(ms / baselineMs).toFixed(2)}×` : '1.00×',
      formatBytes(result.peakRssDelta),
      formatBytes(result.heapDelta),
      result.found.toLocaleString('en-US'),
      formatScore(acc.f1),
      formatScore(acc.exactF1),
      result.tool === 'ours'
        ? `≥ ${TARGET_MB_PER_S} MB/s: ${verdict(mbPerS >= TARGET_MB_PER_S)}`
        : '',
    ];
  });
  emitMarkdown(
    [
      `## ${TITLE}`,
      '',
      `Input: the corpus texts (gold article texts of the pages, the plain-text cases, the refs.jsonl sentences ten per document) repeated to ${(first.bytes / 1e6).toFixed(1)} MB of UTF-8 (${first.chars.toLocaleString('en-US')} UTF-16 chars; 1 MB = 10^6 bytes). Scanned as one string and as ${first.documents} separate documents (how the reader calls it: once per article). Median of ${TIMED_RUNS} runs after a warm-up pass over the whole input (its time is the "first pass" column: a cold process, the JIT still compiling), each tool and mode in its own Node process; "MB/s" from wall time (the issue's measure), "MB/s of CPU time" from the worker's own CPU time (user + system, GC threads included), which other processes on a shared machine disturb far less. Peak RSS = peak resident memory during the first run minus RSS before it${first.peakResetWorked ? ' (Linux VmHWM, reset before the run)' : ' (lifetime maxRSS: an upper bound)'}; heap Δ = V8 heap after the first run minus before (results kept, before GC). Accuracy on the 242 sentences of refs.jsonl (221 gold spans): F1 with a found span counted when it overlaps a gold span, and F1 of exact spans (the baseline only finds the number/code, never the type word, so its exact F1 is low by design).`,
      '',
      markdownTable(
        [
          'tool',
          'input',
          'median time',
          'first pass (cold)',
          'MB/s',
          'MB/s of CPU time',
          'time vs baseline',
          'peak RSS Δ',
          'heap Δ',
          'references found',
          'overlap F1',
          'exact F1',
          'target',
        ],
        rows,
        [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      ),
    ].join('\n'),
  );
}

const workerIndex = process.argv.indexOf('--worker');
if (workerIndex >= 0) {
  runWorker(process.argv[workerIndex + 1] as Tool, process.argv[workerIndex + 2] as Mode);
} else {
  main();
}
