import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldForSearch,
  isWhiteSpaceCode,
  normalizeText,
  normalizeWithOffsets,
  searchTerms,
} from '@govclip/core';
// Not re-exported by the package: the unicode module is imported directly.
import { foldNormalizedForSearch, searchTermsOfWholeText } from '../../packages/core/src/unicode';

describe('normalizeWithOffsets', () => {
  it('turns NFD, Ð and NBSP into NFC text whose offsets point into the original', () => {
    const original = 'Quyết định số\u00a012/Q\u00d0-UBND'.normalize('NFD');
    const { text, offsets } = normalizeWithOffsets(original);
    expect(text).toBe('Quyết định số 12/QĐ-UBND');
    const start = text.indexOf('12/QĐ');
    const end = start + '12/QĐ-UBND'.length;
    expect(original.slice(offsets[start], offsets[end])).toBe('12/Q\u00d0-UBND');
    expect(offsets[text.length]).toBe(original.length);
  });

  it('collapses white space runs, including line breaks, when asked', () => {
    const { text, offsets } = normalizeWithOffsets('Chỉ thị\r\n  số 05', {
      collapseWhitespace: true,
    });
    expect(text).toBe('Chỉ thị số 05');
    expect(offsets[text.indexOf('số')]).toBe('Chỉ thị\r\n  '.length);
  });

  it('keeps astral characters (emoji) as two code units with correct offsets', () => {
    const original = '🇻🇳 Luật';
    const { text, offsets } = normalizeWithOffsets(original);
    expect(text).toBe(original);
    expect(offsets[text.indexOf('L')]).toBe(original.indexOf('L'));
  });
});

describe('foldForSearch', () => {
  it('removes diacritics and folds đ so unaccented queries match', () => {
    expect(foldForSearch('Nghị quyết 03-NQ/TU')).toBe('nghi quyet 03-nq/tu');
    expect(foldForSearch('Dân vận khéo')).toBe('dan van kheo');
    expect(foldForSearch('ĐẢNG BỘ Ðảng')).toBe('dang bo dang');
  });

  it('splits folded search terms on punctuation', () => {
    expect(searchTerms('Nghị quyết 03-NQ/TU')).toEqual(['nghi', 'quyet', '03', 'nq', 'tu']);
  });
});

describe('foldNormalizedForSearch', () => {
  it('folds normalized text exactly as foldForSearch folds the original', () => {
    const vietnamese = fc.constantFrom(
      'Nghị quyết',
      'ĐẢNG',
      'Ð',
      'khoá',
      'e\u0301',
      ' ',
      '\u00a0',
      'ΟΔΟΣ',
      'İ',
      '한',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(vietnamese, fc.string({ unit: 'binary', maxLength: 4 })), {
          maxLength: 12,
        }),
        (parts) => {
          const text = parts.join('');
          expect(foldNormalizedForSearch(normalizeText(text))).toBe(foldForSearch(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('searchTerms (one pass over Latin text)', () => {
  it('gives the terms of the whole-text definition on any mix of scripts, marks and spaces', () => {
    const pieces = fc.constantFrom(
      'Nghị quyết 03-NQ/TU',
      'ĐẢNG bộ',
      'Ð',
      'đ',
      'e\u0301',
      '\u0323',
      '\u00ad',
      '\u00a0',
      '\u200b',
      ' - ',
      '½',
      'ǅ',
      'ß',
      'İ',
      'ΟΔΟΣ',
      '한',
      '\n\n',
      '“',
      '–',
      '…',
      '\u2060',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 4 })), {
          maxLength: 12,
        }),
        (parts) => {
          const text = parts.join('');
          expect(searchTerms(text)).toEqual(searchTermsOfWholeText(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('folds every Latin and General Punctuation code unit between letters as the whole-text path does', () => {
    for (let code = 0; code <= 0x206f; code++) {
      if ((code > 0x036f && code < 0x1e00) || (code > 0x1eff && code < 0x2000)) continue;
      const text = `a${String.fromCharCode(code)}b c`;
      expect(searchTerms(text)).toEqual(searchTermsOfWholeText(text));
    }
  });
});

describe('isWhiteSpaceCode', () => {
  it('is exactly /\\s/ on every code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      expect(isWhiteSpaceCode(code), `U+${code.toString(16)}`).toBe(
        /\s/u.test(String.fromCharCode(code)),
      );
    }
  });
});
