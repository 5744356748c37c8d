/**
 * Differential check for speed work on `findReferences`: writes every field of every reference
 * found on the fixture texts (corpus sentences, extra sentences, plain-text cases, page texts,
 * seeded random grammar texts; each in NFC, NFD and upper case) and on the bench's ≥ 20 MB
 * text, or compares a new run against such a snapshot. Not a test and not part of the bench:
 * run it before and after a change that must not change any output.
 *
 *   node --import tsx tests/bench/references-snapshot.ts write <snapshot-file>
 *   node --import tsx tests/bench/references-snapshot.ts check <snapshot-file>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findReferences } from '@govclip/core';
import {
  CORPUS_DIR,
  largeReferenceCorpus,
  loadCorpusPages,
  loadGoldSentences,
  loadTextCases,
  pageGoldText,
} from './lib/corpus';
import { seededRandom } from './lib/generate-articles';
import { REFERENCE_FRAGMENTS } from '../unit/reference-fragments';

const RANDOM_TEXTS = 20_000;

function randomTexts(): string[] {
  const next = seededRandom(20261128);
  const texts: string[] = [];
  for (let index = 0; index < RANDOM_TEXTS; index++) {
    const parts = Math.floor(next() * 30) + 1;
    let text = '';
    for (let part = 0; part < parts; part++) {
      text += REFERENCE_FRAGMENTS[Math.floor(next() * REFERENCE_FRAGMENTS.length)] ?? '';
      const gap = next();
      text += gap < 0.75 ? ' ' : gap < 0.9 ? '' : '  ';
    }
    texts.push(text);
  }
  return texts;
}

function extraSentences(): string[] {
  return readFileSync(path.join(CORPUS_DIR, '..', 'references', 'extra.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { sentence: string }).sentence);
}

function lines(): string[] {
  const sentences = loadGoldSentences().map((gold) => gold.sentence);
  const cases = loadTextCases().map((textCase) => textCase.text);
  const pages = loadCorpusPages().map(pageGoldText);
  const inputs: [string, string][] = [
    ...sentences.map((text, index): [string, string] => [`refs#${index}`, text]),
    ...extraSentences().map((text, index): [string, string] => [`extra#${index}`, text]),
    ...cases.map((text, index): [string, string] => [`text#${index}`, text]),
    ...pages.map((text, index): [string, string] => [`page#${index}`, text]),
    ...randomTexts().map((text, index): [string, string] => [`random#${index}`, text]),
  ];
  const out: string[] = [];
  for (const [name, text] of inputs) {
    for (const [variant, input] of [
      ['nfc', text.normalize('NFC')],
      ['nfd', text.normalize('NFD')],
      ['upper', text.toUpperCase()],
    ] as const) {
      out.push(`${name} ${variant} ${JSON.stringify(findReferences(input))}`);
    }
  }
  const big = largeReferenceCorpus().join('\n\n');
  for (const reference of findReferences(big)) out.push(`bench ${JSON.stringify(reference)}`);
  out.push(`bench-count ${out.filter((line) => line.startsWith('bench ')).length}`);
  return out;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || !file) {
  console.error('usage: references-snapshot.ts write|check <snapshot-file>');
  process.exit(2);
}
const current = lines();
if (mode === 'write') {
  writeFileSync(file, `${current.join('\n')}\n`);
  console.log(`wrote ${current.length} lines`);
} else {
  const expected = readFileSync(file, 'utf8').split('\n').slice(0, -1);
  let differences = 0;
  for (let index = 0; index < Math.max(expected.length, current.length); index++) {
    if (expected[index] === current[index]) continue;
    differences++;
    if (differences <= 10) {
      console.log(`- ${(expected[index] ?? '<none>').slice(0, 600)}`);
      console.log(`+ ${(current[index] ?? '<none>').slice(0, 600)}`);
    }
  }
  console.log(`${differences} differing lines of ${current.length}`);
  process.exitCode = differences === 0 ? 0 : 1;
}
