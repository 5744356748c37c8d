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

const RANDOM_TEXTS = 20_000;

/** Pieces of the grammar, look-alikes and odd characters, glued at random. */
const FRAGMENTS = [
  'Nghị quyết',
  'nghị quyết',
  'số',
  'Số:',
  '18-NQ/TW',
  '100/2019/NĐ-CP',
  '1234/QĐ-UBND',
  '45/KH-UBND',
  'ngày 25/10/2017',
  'ngày 5 tháng 3 năm 2024',
  'năm 2019',
  'của Bộ Chính trị',
  'của UBND tỉnh',
  'của Ban Thường vụ Tỉnh ủy',
  'giữa Bộ Tài chính và Bộ Nội vụ',
  '(khóa XII)',
  'khoá XIII',
  'khóa 13',
  'về',
  'về việc',
  'V/v',
  'ban hành',
  'đã ban hành',
  'được Quốc hội',
  'thông qua',
  'quy định',
  'các',
  'và các',
  'hướng dẫn',
  'phê duyệt',
  'Quy chế',
  'Kế hoạch',
  'Thông tư',
  'Công văn',
  'Tờ trình số 102/TTr-UBND',
  'Báo cáo số 215/BC-UBND',
  '“',
  '”',
  '"',
  "'",
  ':',
  '(',
  ')',
  'Luật Đất đai',
  'Luật Đất đai số 31/2024/QH15',
  'Bộ luật Dân sự',
  'năm 2024',
  'Chỉ thị 05',
  'Quy định 11',
  'Nghị định 168/2024',
  'Kết luận số 01-KL/TW',
  ',',
  ';',
  '.',
  ' và ',
  '43, 44, 45-NQ/TW',
  'Quyết định số:',
  '318, 319',
  'Q\u00d0',
  '\u00a0',
  '\n',
  '\r\n',
  '–',
  '\u2011',
  '16/19',
  '0912 345 678',
  'Mẫu số 27-HS',
  'QL1A',
  'Đ',
  'ị',
  'ê\u0301',
  '📢',
  'HỘI NGHỊ',
  'do Chính phủ ban hành',
  'UBND tỉnh ban hành',
  'Nghị quyết Trung ương 8',
  'Nghị quyết Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng',
  'Nghị quyết Đại hội XIII',
  'Điều lệ Đảng',
  'Hiến pháp',
  '(BLTTHS)',
  '[3]',
  'công tác dân vận',
  'phát triển kinh tế',
  'giai đoạn 2021 - 2025',
];

/** Deterministic PRNG (mulberry32) so every run checks the same random texts. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function randomTexts(): string[] {
  const next = random(20261128);
  const texts: string[] = [];
  for (let index = 0; index < RANDOM_TEXTS; index++) {
    const parts = Math.floor(next() * 30) + 1;
    let text = '';
    for (let part = 0; part < parts; part++) {
      text += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] ?? '';
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
