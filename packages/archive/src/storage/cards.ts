import { foldForSearch } from '@govclip/core';
import type { Annotation, ArchivedArticle, ArticleCard } from '../types';

const EXCERPT_LENGTH = 240;

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
  return `${flat.slice(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH)}…`;
}

/** The list row of one article (see `ArticleCard`). */
export function buildCard(
  record: ArchivedArticle,
  annotations: readonly Annotation[],
  doc: number,
): ArticleCard {
  const { article } = record;
  return {
    id: record.id,
    doc,
    title: article.title,
    url: article.canonicalUrl ?? article.url,
    siteName: article.siteName,
    published: article.published,
    savedAt: record.savedAt,
    updatedAt: record.updatedAt,
    tags: [...record.tags],
    read: record.read,
    hasNotes:
      record.note.trim() !== '' || annotations.some((annotation) => annotation.note.trim() !== ''),
    annotationCount: annotations.length,
    refKeys: [...new Set(article.references.map((reference) => reference.key))],
    excerpt: excerptOf(article.lead ?? article.text),
    foldedTitle: foldForSearch(article.title),
  };
}
