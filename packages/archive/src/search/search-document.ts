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
 * The search index entry of one article: folded terms per ranked field. Notes cover the
 * article note and every highlight note; tags cover article and highlight tags. Rebuilt in the
 * same transaction as any write that changes one of these texts.
 */
export function buildSearchDocument(
  record: ArchivedArticle,
  annotations: readonly Annotation[],
): SearchDocument {
  const { article } = record;
  return {
    articleId: record.id,
    title: uniqueTerms(article.title),
    lead: uniqueTerms(article.lead),
    body: uniqueTerms(article.text),
    tags: uniqueTerms(...record.tags, ...annotations.flatMap((annotation) => annotation.tags)),
    notes: uniqueTerms(record.note, ...annotations.map((annotation) => annotation.note)),
  };
}
