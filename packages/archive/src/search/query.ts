import { searchTerms } from '@govclip/core';
import type { SearchField } from '../storage/schema';

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

/** Whether the folded phrase occurs in a folded title on word boundaries. */
export function titleHasPhrase(foldedTitle: string, phrase: string): boolean {
  if (phrase === '') return false;
  const words = (foldedTitle.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  return ` ${words} `.includes(` ${phrase}`);
}
