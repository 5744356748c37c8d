import type { ArticleCard } from '../types';

/** Filters of the archive list and of search results; every given filter must hold. */
export interface ArchiveFilters {
  /** `Article.siteName`. */
  site?: string;
  tag?: string;
  /** `Reference.key` of a cited document. */
  refKey?: string;
  /** Inclusive ISO dates (`YYYY-MM-DD`) on `dateField`. */
  from?: string;
  to?: string;
  /** Which date the range applies to; default `published`. */
  dateField?: 'published' | 'saved';
  hasNotes?: boolean;
  read?: boolean;
}

function dayOf(card: ArticleCard, field: 'published' | 'saved'): string | null {
  const value = field === 'saved' ? card.savedAt : card.published;
  return value ? value.slice(0, 10) : null;
}

/** True when the card passes every filter. */
export function matchesFilters(card: ArticleCard, filters: ArchiveFilters): boolean {
  if (filters.site !== undefined && card.siteName !== filters.site) return false;
  if (filters.tag !== undefined && !card.tags.includes(filters.tag)) return false;
  if (filters.refKey !== undefined && !card.refKeys.includes(filters.refKey)) return false;
  if (filters.hasNotes !== undefined && card.hasNotes !== filters.hasNotes) return false;
  if (filters.read !== undefined && card.read !== filters.read) return false;
  if (filters.from !== undefined || filters.to !== undefined) {
    const day = dayOf(card, filters.dateField ?? 'published');
    if (day === null) return false;
    if (filters.from !== undefined && day < filters.from) return false;
    if (filters.to !== undefined && day > filters.to) return false;
  }
  return true;
}

export type ArchiveSort = 'saved' | 'published';

/** Newest first; articles without a published date go last when sorting by it. */
export function compareCards(sort: ArchiveSort): (a: ArticleCard, b: ArticleCard) => number {
  return (a, b) => {
    if (sort === 'published') {
      const left = a.published ?? '';
      const right = b.published ?? '';
      if (left !== right) return left < right ? 1 : -1;
    }
    // Ties as the sort indexes order them walked backwards: newest save, then the larger id.
    return a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.id < b.id ? 1 : -1;
  };
}
