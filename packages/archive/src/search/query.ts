import { searchTerms } from '@govclip/core';
import { SEARCH_FIELDS, type SearchField } from '../storage/schema';

/** Ranking weights: title over lead over tags over body over notes. */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = {
  title: 8,
  lead: 4,
  tags: 3,
  body: 2,
  notes: 1,
};

/** Added when the whole folded query appears as a phrase in the folded title. */
export const TITLE_PHRASE_BONUS = 10;

/**
 * The shortest last term searched as a prefix. Vietnamese syllables are short: a 1–2 letter
 * term is most often a whole syllable (`số`, `và`), and as a prefix it would pull in most of
 * the archive's postings (`so` → `song`, `soan`, `sot`…), so it is matched exactly.
 */
const MIN_PREFIX_LENGTH = 3;

export interface ParsedQuery {
  /** Folded, deduplicated terms; every one must match (AND). */
  terms: string[];
  /** The last term is matched as a prefix while the user is still typing it. */
  lastIsPrefix: boolean;
  /** The folded query as a phrase (terms joined by single spaces). */
  phrase: string;
}

export function parseQuery(query: string): ParsedQuery {
  const terms = [...new Set(searchTerms(query))];
  const last = terms[terms.length - 1] ?? '';
  const endsInSpace = /\s$/u.test(query);
  return {
    terms,
    lastIsPrefix: !endsInSpace && last.length >= MIN_PREFIX_LENGTH,
    phrase: searchTerms(query).join(' '),
  };
}

/** The key range of one query term in a multiEntry term index. */
export function termRange(term: string, prefix: boolean): IDBKeyRange {
  // U+FFFF sorts after every character a folded term can contain.
  return prefix ? IDBKeyRange.bound(term, `${term}\uffff`) : IDBKeyRange.only(term);
}

/** Scores of one term per article: the sum of the weights of the fields that contain it. */
export function scoreTermHits(hits: Record<SearchField, readonly string[]>): Map<string, number> {
  const scores = new Map<string, number>();
  for (const field of SEARCH_FIELDS) {
    // A prefix range can list one article several times in a field; count the field once.
    for (const id of new Set(hits[field])) {
      scores.set(id, (scores.get(id) ?? 0) + FIELD_WEIGHTS[field]);
    }
  }
  return scores;
}

/** Articles that match every term, with the summed score. */
export function intersectScores(perTerm: readonly Map<string, number>[]): Map<string, number> {
  if (perTerm.length === 0) return new Map();
  const ordered = [...perTerm].sort((a, b) => a.size - b.size);
  const [smallest, ...rest] = ordered;
  const result = new Map<string, number>();
  if (!smallest) return result;
  for (const [id, score] of smallest) {
    let total = score;
    let everywhere = true;
    for (const other of rest) {
      const value = other.get(id);
      if (value === undefined) {
        everywhere = false;
        break;
      }
      total += value;
    }
    if (everywhere) result.set(id, total);
  }
  return result;
}

/** Whether the folded phrase occurs in a folded title on word boundaries. */
export function titleHasPhrase(foldedTitle: string, phrase: string): boolean {
  if (phrase === '') return false;
  const words = (foldedTitle.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  return ` ${words} `.includes(` ${phrase}`);
}
