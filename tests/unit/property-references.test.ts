import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findReferences, normalizeWithOffsets, type Reference } from '@govclip/core';
// Not re-exported by the package yet: the unicode module is imported directly.
import { normalizeWithSparseOffsets } from '../../packages/core/src/unicode';
import { prepareText, toSkeleton } from '../../packages/core/src/references/prepare-text';
import { lowerCase, upperCase } from '../../packages/core/src/references/letter-case';
import { REFERENCE_FRAGMENTS } from './reference-fragments';

const grammarText = fc
  .array(fc.oneof(fc.constantFrom(...REFERENCE_FRAGMENTS), fc.string({ maxLength: 6 })), {
    maxLength: 40,
  })
  .chain((parts) =>
    fc
      .array(fc.constantFrom(' ', '', '  '), { minLength: parts.length, maxLength: parts.length })
      .map((gaps) => parts.map((part, index) => part + (gaps[index] ?? '')).join('')),
  );
const anyText = fc.oneof(
  grammarText,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

function comparable(
  reference: Reference,
): Omit<Reference, 'text' | 'start' | 'end'> & { text: string } {
  const { text, start: _start, end: _end, ...fields } = reference;
  return { ...fields, text: text.normalize('NFC') };
}

describe('findReferences properties', () => {
  it('never throws and every span slices the original input exactly', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const reference of findReferences(text)) {
          expect(text.slice(reference.start, reference.end)).toBe(reference.text);
          expect(reference.start).toBeLessThan(reference.end);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('finds the same references in NFC and NFD input, offsets mapped to each input', () => {
    fc.assert(
      fc.property(grammarText, (text) => {
        const composed = text.normalize('NFC');
        const decomposed = text.normalize('NFD');
        const fromComposed = findReferences(composed).map(comparable);
        const fromDecomposed = findReferences(decomposed);
        for (const reference of fromDecomposed) {
          expect(decomposed.slice(reference.start, reference.end)).toBe(reference.text);
        }
        expect(fromDecomposed.map(comparable)).toEqual(fromComposed);
      }),
      { numRuns: 400 },
    );
  });

  it('normalizes large texts exactly like normalizeWithOffsets, offsets included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), grammarText), (text) => {
        for (const input of [text, text.normalize('NFD')]) {
          const reference = normalizeWithOffsets(input);
          const sparse = normalizeWithSparseOffsets(input);
          expect(sparse.text).toBe(reference.text);
          for (let index = 0; index <= reference.text.length; index++) {
            expect(sparse.toOriginal(index)).toBe(reference.offsets[index]);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('lowerCase / upperCase (no new string when nothing changes)', () => {
  it('equal toLowerCase / toUpperCase on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), grammarText), (text) => {
        expect(lowerCase(text)).toBe(text.toLowerCase());
        expect(upperCase(text)).toBe(text.toUpperCase());
      }),
      { numRuns: 400 },
    );
    for (const text of ['QĐ/TW', 'nghị quyết', 'İ', 'ß', 'ǅ', 'ΐ', 'ﬀ', 'ѐ', '']) {
      expect(lowerCase(text)).toBe(text.toLowerCase());
      expect(upperCase(text)).toBe(text.toUpperCase());
    }
  });
});

describe('prepareText (normalization and skeleton in one pass)', () => {
  it('equals normalizing first and building the skeleton of the result', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), grammarText), (text) => {
        for (const input of [text, text.normalize('NFD')]) {
          const reference = normalizeWithOffsets(input);
          const prepared = prepareText(input);
          expect(prepared.normalized).toBe(reference.text);
          expect(prepared.skeleton).toBe(toSkeleton(reference.text));
          for (let index = 0; index <= reference.text.length; index++) {
            expect(prepared.toOriginal(index)).toBe(reference.offsets[index]);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps a leading U+FEFF in the skeleton, index for index (a text decoder drops it by default)', () => {
    const tail = ' Nghị quyết số 18-NQ/TW ngày 13/4/2021';
    for (const input of ['\uFEFF\u0301' + tail, '\uFEFF\u0301' + tail + ' và'.repeat(30)]) {
      const prepared = prepareText(input);
      expect(prepared.skeleton).toBe(toSkeleton(prepared.normalized));
      expect(prepared.skeleton.length).toBe(prepared.normalized.length);
      const [reference] = findReferences(input);
      expect(reference?.text).toBe('Nghị quyết số 18-NQ/TW');
      expect(input.slice(reference?.start, reference?.end)).toBe('Nghị quyết số 18-NQ/TW');
    }
    const long = '\uFEFF' + 'quyết định '.repeat(10);
    expect(toSkeleton(long)).toBe('\uFEFF' + 'QUYET DINH '.repeat(10));
  });
});

/**
 * Best-of-five milliseconds of each task, the tasks interleaved run by run so a burst of load on a
 * shared machine hits both alike.
 */
function bestTimesOf(tasks: readonly (() => void)[]): number[] {
  const best = tasks.map(() => Number.POSITIVE_INFINITY);
  for (let run = 0; run < 5; run++) {
    tasks.forEach((task, index) => {
      const started = performance.now();
      task();
      best[index] = Math.min(best[index] ?? Number.POSITIVE_INFINITY, performance.now() - started);
    });
  }
  return best;
}

describe('linear time on adversarial input (no catastrophic backtracking)', () => {
  const MEGABYTE = 1 << 20;
  const PIECES = 8;
  const repeatTo = (unit: string, length: number): string =>
    unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  it.each([
    ['repeated "Nghị quyết số 1-"', 'Nghị quyết số 1-'],
    ['digit runs', '1234567890'],
    ['"số số số"', 'số '],
    ['slashes and digits', '1/2/3/4-5/'],
    ['a long "về" that never ends', 'về việc ban hành quy định '],
    ['bodies that never end', 'của Ban Bộ Sở và '],
    ['law names that never end', 'Luật Cán bộ, công chức và '],
    // Each title is asked for its last comma and `;` (neither in this one line): within the title.
    ['titles without a comma on one long line', 'Thực hiện Nghị định 88 về đổi mới đều '],
    ['open quotes', 'Chỉ thị 05-CT/TW “về '],
    // Every short form asks whether a full mention of its number came before.
    ['short forms without a full mention', 'Quyết định số 12/QĐ-UBND, Quyết định 13; '],
    // Every body is read word by word, each gap asked for a line break (not the text before it).
    [
      'references with bodies on one line',
      'Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh Hà Phong, ',
    ],
  ])(
    '%s: 1 MB in one text takes about the time of the same 1 MB in 8 texts (bound 3.5×; quadratic would be 8×)',
    (_label, unit) => {
      // Both sides read the same megabyte, so per-character cost, garbage collection and the
      // machine's load weigh on both alike: linear work gives a ratio near 1, work quadratic in
      // the text's length gives 8 (each eighth costs 1/64 of the whole), exponential far more.
      const whole = repeatTo(unit, MEGABYTE);
      const pieces = Array.from({ length: PIECES }, () => repeatTo(unit, MEGABYTE / PIECES));
      findReferences(whole.slice(0, 2000)); // warm up the compiled patterns
      const [wholeMs = 0, piecesMs = 0] = bestTimesOf([
        () => findReferences(whole),
        () => pieces.forEach((piece) => findReferences(piece)),
      ]);
      // A floor keeps scheduler noise on tiny timings from deciding; backtracking shows as seconds.
      expect(Math.max(wholeMs, 20) / Math.max(piecesMs, 20)).toBeLessThan(3.5);
    },
    120_000,
  );
});
