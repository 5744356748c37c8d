/**
 * The pipeline's text helpers against the definitions they stand for: `cleanText` is NFC plus
 * `collapseWhitespace`, `normalizeForNoise` is `normalizeText` collapsed and trimmed, whatever
 * mix of white space (NBSP, zero-width space, line separators, BOM), invisible characters, Đ
 * look-alikes and letters a text holds; `hasTextLength` answers `textOf(node).length >= n`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  HIDDEN_CLASSES,
  isMarkedHidden,
  oneSpacePerRun,
  textOf,
} from '../../packages/core/src/article/dom';
import { hasTextLength } from '../../packages/core/src/article/pick-root';
import { normalizeForNoise } from '../../packages/core/src/noise/match-noise';
import { collapseWhitespace, normalizeText } from '../../packages/core/src/unicode';

const PIECES = [
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u000B',
  '\f',
  '\u00A0',
  '\u1680',
  '\u2000',
  '\u200A',
  '\u200B',
  '\u200C',
  '\u2028',
  '\u2029',
  '\u202F',
  '\u205F',
  '\u3000',
  '\uFEFF',
  '\u0085',
  '\u180E',
  'a',
  'Nghị',
  'e\u0323\u0302',
  '\u00D0',
  '\u00F0',
  '\u0189',
  '\u200D',
  '\u2060',
  '\u00AD',
  '.',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

describe('text helpers', () => {
  it('cleanText is collapseWhitespace of the NFC text', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(cleanText(value)).toBe(collapseWhitespace(value.normalize('NFC')));
      }),
      { numRuns: 3000 },
    );
  });

  it('oneSpacePerRun turns every white-space run into one space, as collapseWhitespace does', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(oneSpacePerRun(value)).toBe(
          value.replace(/[\s\u00A0\u202F\u2000-\u200B\uFEFF]+/gu, ' '),
        );
        expect(oneSpacePerRun(value).trim()).toBe(collapseWhitespace(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('normalizeForNoise is normalizeText with collapsed white space, trimmed', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(normalizeForNoise(value)).toBe(
          normalizeText(value, { collapseWhitespace: true }).trim(),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('hasTextLength answers textOf(node).length >= n, whatever the markup around the text', () => {
    const TAGS = ['p', 'span', 'b', 'template', 'div'];
    const markup: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text.map((value) => value.replace(/[&<>]/g, ' ')),
        // Mostly white space and U+200B: texts near the threshold, where counting matters.
        fc
          .array(fc.constantFrom(' ', '\u200B', '\u200B', '\u200B', '\n', 'a', 'e\u0323\u0302'), {
            maxLength: 16,
          })
          .map((pieces) => pieces.join('')),
        fc
          .tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 4 }))
          .map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
        fc.constant('<!-- a comment with words -->'),
      ),
    })).node as fc.Arbitrary<string>;
    fc.assert(
      fc.property(
        fc.array(markup, { maxLength: 6 }),
        fc.integer({ min: 0, max: 8 }),
        (parts, n) => {
          const element = document.createElement('div');
          element.innerHTML = parts.join('');
          expect(hasTextLength(element, n)).toBe(textOf(element).length >= n);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('isMarkedHidden finds a hiding class among the white-space separated class names', () => {
    // The names come from the code's own list; the oracle splits on white space, the code uses a regex.
    const HIDING = [...HIDDEN_CLASSES];
    const piece = fc.constantFrom(
      ...HIDING,
      'hiddenx',
      'x-hide',
      'none',
      'd',
      'a',
      ' ',
      '\t',
      '\u00A0',
      '\u2028',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const value = pieces.join('');
        const element = document.createElement('div');
        element.setAttribute('class', value);
        const byNames = value.split(/\s+/).some((name) => HIDING.includes(name));
        expect(isMarkedHidden(element)).toBe(byNames);
      }),
      { numRuns: 3000 },
    );
  });
});
