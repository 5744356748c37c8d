import approximateSearch from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from '../types';

/**
 * Re-anchoring of stored selectors in a text, after Hypothesis (`anchoring/match-quote.ts`):
 *   1. position — the stored position still holds exactly the quote (the usual case: the
 *      archived copy has not changed);
 *   2. exact    — the quote occurs verbatim elsewhere; several occurrences are told apart by
 *      their context and closeness to the stored position;
 *   3. fuzzy    — approximate matches of the quote (Myers' algorithm, `approx-string-match`),
 *      scored by quote, prefix, suffix and position similarity.
 * No acceptable match → null: the caller keeps the annotation and marks it orphaned.
 */
export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export interface AnchorResult {
  start: number;
  end: number;
  method: AnchorMethod;
}

export type AnchorSelector = TextQuoteSelector | TextPositionSelector;

/** Hypothesis' weights: the quote matters most, then its context, position breaks ties. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
/** A fuzzy match must have at least this share of the quote right. */
const MIN_QUOTE_SIMILARITY = 0.6;
/** Short quotes found only fuzzily must also be confirmed by their context. */
const SHORT_QUOTE = 12;
const MIN_CONTEXT_SIMILARITY = 0.5;
/** Hypothesis caps the error budget so huge quotes stay fast. */
const MAX_ERRORS_CAP = 256;
const MAX_EXACT_CANDIDATES = 1000;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Similarity in [0, 1] of `expected` to the best approximate occurrence in `actual`. */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const matches = approximateSearch(actual, expected, expected.length);
  if (matches.length === 0) return 0;
  const fewest = Math.min(...matches.map((match) => match.errors));
  return 1 - fewest / expected.length;
}

interface Scored extends Candidate {
  quoteScore: number;
  contextScore: number;
  total: number;
}

function score(
  text: string,
  quote: TextQuoteSelector,
  expectedStart: number | null,
  candidate: Candidate,
): Scored {
  const quoteScore = 1 - candidate.errors / Math.max(1, quote.exact.length);
  const before = text.slice(Math.max(0, candidate.start - quote.prefix.length), candidate.start);
  const after = text.slice(candidate.end, candidate.end + quote.suffix.length);
  // Compare the context from the side that touches the quote.
  const prefixScore = similarity(quote.prefix, before);
  const suffixScore = similarity(quote.suffix, after);
  const positionScore =
    expectedStart === null
      ? 1
      : 1 - Math.abs(candidate.start - expectedStart) / Math.max(1, text.length);
  const total =
    (WEIGHTS.quote * quoteScore +
      WEIGHTS.prefix * prefixScore +
      WEIGHTS.suffix * suffixScore +
      WEIGHTS.position * positionScore) /
    (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position);
  return { ...candidate, quoteScore, contextScore: (prefixScore + suffixScore) / 2, total };
}

function best(scored: Scored[]): Scored | undefined {
  let top: Scored | undefined;
  for (const candidate of scored) if (!top || candidate.total > top.total) top = candidate;
  return top;
}

function exactOccurrences(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (
    let index = text.indexOf(exact);
    index !== -1 && found.length < MAX_EXACT_CANDIDATES;
    index = text.indexOf(exact, index + 1)
  ) {
    found.push({ start: index, end: index + exact.length, errors: 0 });
  }
  return found;
}

export function anchor(text: string, selectors: readonly AnchorSelector[]): AnchorResult | null {
  const quote = selectors.find(
    (selector): selector is TextQuoteSelector => selector.type === 'TextQuoteSelector',
  );
  const position = selectors.find(
    (selector): selector is TextPositionSelector => selector.type === 'TextPositionSelector',
  );
  if (!quote || quote.exact.length === 0) {
    // Without a quote, a position alone cannot be verified: only trust it in an intact range.
    if (
      position &&
      position.start >= 0 &&
      position.end <= text.length &&
      position.end > position.start
    ) {
      return { start: position.start, end: position.end, method: 'position' };
    }
    return null;
  }

  if (position && text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: 'position' };
  }

  const expectedStart = position ? position.start : null;
  const exact = exactOccurrences(text, quote.exact);
  if (exact.length === 1 && exact[0]) return { ...pick(exact[0]), method: 'exact' };
  if (exact.length > 1) {
    const top = best(exact.map((candidate) => score(text, quote, expectedStart, candidate)));
    if (top) return { ...pick(top), method: 'exact' };
  }

  const maxErrors = Math.min(MAX_ERRORS_CAP, Math.floor(quote.exact.length / 2));
  if (maxErrors === 0) return null;
  const fuzzy = approximateSearch(text, quote.exact, maxErrors);
  const top = best(fuzzy.map((candidate) => score(text, quote, expectedStart, candidate)));
  if (!top || top.quoteScore < MIN_QUOTE_SIMILARITY) return null;
  if (quote.exact.length < SHORT_QUOTE && top.contextScore < MIN_CONTEXT_SIMILARITY) return null;
  return { ...pick(top), method: 'fuzzy' };
}

function pick(candidate: Candidate): { start: number; end: number } {
  return { start: candidate.start, end: candidate.end };
}
