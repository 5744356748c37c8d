import { searchTerms } from '@govclip/core';
import type { SearchDocument } from '../storage/schema';
import type { Annotation, ArchivedArticle } from '../types';

/** Unique folded terms of the given texts, in first-seen order. */
export function uniqueTerms(...texts: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const term of searchTerms(text)) seen.add(term);
  }
  return [...seen];
}

/**
 * Terms packed as `\nterm\nterm\n`: a row stores one string per field instead of an array of
 * hundreds of strings (cheaper to clone in and out of IndexedDB), and a term or prefix is
 * found with `indexOf` without splitting it.
 */
export function packTerms(terms: readonly string[]): string {
  return terms.length === 0 ? '\n' : `\n${terms.join('\n')}\n`;
}

export function unpackTerms(packed: string): string[] {
  return packed.split('\n').filter((term) => term !== '');
}

/** Consecutive folded title terms as `a b` pairs: a title holds a query phrase only if it holds its pairs. */
export function titlePairs(title: string): string[] {
  const terms = searchTerms(title);
  const pairs = new Set<string>();
  for (let index = 1; index < terms.length; index++) {
    pairs.add(`${terms[index - 1]} ${terms[index]}`);
  }
  return [...pairs];
}

/**
 * The search row of one article (its forward index): folded terms per ranked field, plus the
 * title's term pairs. Notes cover the article note and every highlight note; tags cover article
 * and highlight tags. `doc` is assigned by the store (autoIncrement) when the row is added.
 */
export function buildSearchDocument(
  record: ArchivedArticle,
  annotations: readonly Annotation[],
): Omit<SearchDocument, 'doc'> {
  const { article } = record;
  return {
    articleId: record.id,
    title: packTerms(uniqueTerms(article.title)),
    lead: packTerms(uniqueTerms(article.lead)),
    body: packTerms(uniqueTerms(article.text)),
    tags: packTerms(
      uniqueTerms(...record.tags, ...annotations.flatMap((annotation) => annotation.tags)),
    ),
    notes: packTerms(uniqueTerms(record.note, ...annotations.map((annotation) => annotation.note))),
    titlePairs: packTerms(titlePairs(article.title)),
  };
}
