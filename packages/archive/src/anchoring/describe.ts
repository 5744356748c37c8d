import type { TextPositionSelector, TextQuoteSelector } from '../types';

/** Characters of context kept on each side of a quote, as Hypothesis does. */
export const CONTEXT_LENGTH = 32;

export type TextSelectors = [TextQuoteSelector, TextPositionSelector];

/**
 * Describes the range [start, end) of `text` as W3C Web Annotation selectors: the quote with
 * its surrounding context, and the UTF-16 position. Both are plain data, stored as they are.
 */
export function describe(text: string, start: number, end: number): TextSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new RangeError(`describe: range ${start}–${end} is outside the text (0–${text.length})`);
  }
  if (end <= start) throw new RangeError(`describe: empty range ${start}–${end}`);
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, Math.min(text.length, end + CONTEXT_LENGTH)),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
