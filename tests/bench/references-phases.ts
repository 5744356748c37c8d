/**
 * Where `findReferences` spends its time on the bench text, phase by phase (speed work aid,
 * not part of the bench; CPU time, best of five): preparation, symbol scan, type-word scan,
 * the three together (this design's floor before any per-reference work), drafts, the whole
 * call with and without back-references; preparation and the whole call also per document.
 *
 *   node --import tsx tests/bench/references-phases.ts
 */
import { findReferences } from '@govclip/core';
import { assembleDrafts } from '../../packages/core/src/references/assemble-references';
import { prepareText } from '../../packages/core/src/references/prepare-text';
import { scanIdentifiers } from '../../packages/core/src/references/scan-identifiers';
import { TypeWordScanner } from '../../packages/core/src/references/scan-type-words';
import { largeReferenceCorpus } from './lib/corpus';

function best(label: string, bytes: number, run: () => unknown): number {
  let bestMs = Infinity;
  for (let round = 0; round < 5; round++) {
    // CPU time of this process, not wall time: the machine is shared, and other processes
    // stretch wall time far more than the CPU time this work takes.
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    bestMs = Math.min(bestMs, (used.user + used.system) / 1000);
  }
  console.log(
    `${label.padEnd(34)} ${bestMs.toFixed(0).padStart(6)} ms  ${(bytes / 1e6 / (bestMs / 1000)).toFixed(1).padStart(6)} MB/s`,
  );
  return bestMs;
}

const documents = largeReferenceCorpus();
const text = documents.join('\n\n');
const bytes = Buffer.byteLength(text, 'utf8');
const prepared = prepareText(text);
const count = findReferences(text).length;
console.log(`${(bytes / 1e6).toFixed(1)} MB, ${text.length} chars, ${count} references`);
best('prepareText', bytes, () => prepareText(text));
best('prepareText, per document', bytes, () => {
  for (const document of documents) prepareText(document);
});
best('scanIdentifiers', bytes, () => scanIdentifiers(prepared));
best('type-word scan alone', bytes, () => {
  const scanner = new TypeWordScanner(prepared.skeleton, prepared.normalized);
  let hits = 0;
  while (scanner.next()) hits++;
  return hits;
});
best('front end: prepare + both scans', bytes, () => {
  // The floor of this design before any per-reference work: no reference parsed at all.
  const front = prepareText(text);
  scanIdentifiers(front);
  const scanner = new TypeWordScanner(front.skeleton, front.normalized);
  while (scanner.next());
});
best('assembleDrafts (scan+attach)', bytes, () => assembleDrafts(prepared));
const total = best('findReferences', bytes, () => findReferences(text));
const noBack = best('findReferences, no back-refs', bytes, () =>
  findReferences(text, { resolveShortReferences: false }),
);
best('findReferences, per document', bytes, () => {
  for (const document of documents) findReferences(document);
});
console.log(
  `per reference: ${((total * 1000) / count).toFixed(2)} µs (no back-refs ${((noBack * 1000) / count).toFixed(2)})`,
);
