import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findReferences, normalizeWithOffsets, type Reference } from '@govclip/core';
// Not re-exported by the package yet: the unicode module is imported directly.
import { normalizeWithSparseOffsets } from '../../packages/core/src/unicode';
import { prepareText, toSkeleton } from '../../packages/core/src/references/prepare-text';
import { lowerCase, upperCase } from '../../packages/core/src/references/letter-case';

/** Fragments of real reference grammar and of look-alikes, glued at random. */
const FRAGMENTS = [
  'Nghị quyết',
  'số',
  'Số:',
  '18-NQ/TW',
  '100/2019/NĐ-CP',
  '1234/QĐ-UBND',
  'ngày 25/10/2017',
  'ngày 5 tháng 3 năm 2024',
  'của Bộ Chính trị',
  'của UBND tỉnh',
  '(khóa XII)',
  'khoá XIII',
  'về',
  '“',
  '”',
  'Luật Đất đai',
  'năm 2024',
  'Chỉ thị 05',
  'Quy định 11',
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
  'Nghị quyết Trung ương 8',
  'Điều lệ Đảng',
  'Hiến pháp',
  '(BLTTHS)',
];
const grammarText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 40 })
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
});

/** Milliseconds for one run (best of three, so a busy machine does not decide). */
function timeOf(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    findReferences(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('linear time on adversarial input (no catastrophic backtracking)', () => {
  const MEGABYTE = 1 << 20;
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
    ['open quotes', 'Chỉ thị 05-CT/TW “về '],
  ])(
    '%s: 1 MB takes at most ~8× the time of 128 KB (bound 24×; quadratic would be 64×)',
    (_label, unit) => {
      // An eighth against the whole separates linear (8×) from quadratic (64×) growth far more
      // clearly than a half against the whole (2× vs 4×), where a busy machine can blur the two.
      // The bound's exponent, log8(24) ≈ 1.5, is stricter than the old log2(4) = 2.
      const eighth = repeatTo(unit, MEGABYTE / 8);
      const whole = repeatTo(unit, MEGABYTE);
      timeOf(eighth.slice(0, 2000)); // warm up the compiled patterns
      // Floors keep scheduler noise on tiny timings from deciding; backtracking shows as seconds.
      const ratio = Math.max(timeOf(whole), 40) / Math.max(timeOf(eighth), 5);
      expect(ratio).toBeLessThan(24);
    },
    120_000,
  );
});
