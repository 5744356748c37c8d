import { foldForSearch } from '@govclip/core';
import { collapseWhiteSpace } from './collapse-white-space';
import type { Annotation, ArchivedArticle, ArticleCard } from '../types';

const EXCERPT_LENGTH = 240;
/** The first head of the text flattened for the excerpt (see `excerptOf`). */
const EXCERPT_HEAD = 1024;

/** The excerpt of an already flattened text: at most EXCERPT_LENGTH characters, cut at a space. */
function excerptOfFlat(flat: string): string {
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
  return `${flat.slice(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH)}…`;
}

/**
 * The text flattened (white space runs → one space, trimmed), cut to EXCERPT_LENGTH at a space.
 * Only a head of the text is flattened: a run of white space becomes one space wherever the
 * text is cut, so the flattened (and trimmed) head is a prefix of the flattened text, and once
 * it holds more than EXCERPT_LENGTH characters it decides the excerpt. A 10 KB body without a
 * lead is thus not copied whole for 240 characters.
 */
export function excerptOf(text: string): string {
  for (let headLength = EXCERPT_HEAD; ; headLength *= 4) {
    if (headLength >= text.length) return excerptOfFlat(collapseWhiteSpace(text));
    const head = collapseWhiteSpace(text, 0, headLength);
    if (head.length > EXCERPT_LENGTH) return excerptOfFlat(head);
  }
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
