import type { CmsFamily } from '../types';

/**
 * A CMS family as data: how to recognise it and where its article fields live. Every selector
 * list is tried in order and is a strong default, never the only path: when a profile misses,
 * the pipeline falls back to the generic (Readability) path for that field or for the body.
 */
export interface CmsProfile {
  family: CmsFamily;
  /** Human-readable name for logs and docs. */
  label: string;
  detect: {
    /** Tested against `meta[name=generator]` content. */
    generator?: RegExp;
    /** DOM signatures; each match adds to the score. */
    selectors?: readonly string[];
    /** Tested against the page URL (and canonical URL). */
    url?: readonly RegExp[];
    /** Tested against inline script text and the raw markup of `<head>`/links. */
    markup?: readonly RegExp[];
  };
  title: readonly string[];
  /** Elements whose text (or `datetime`/`content` attribute) holds the publication date. */
  date: readonly string[];
  lead: readonly string[];
  /** Body candidates; the first selector with a match wins, the longest match within it. */
  body: readonly string[];
  author: readonly string[];
  source?: readonly string[];
  tags?: readonly string[];
  /** Links to downloadable files listed with the article. */
  attachments?: readonly string[];
  /** Lead (home) image shown outside the body, and its caption. */
  leadImage?: readonly string[];
  leadImageCaption?: readonly string[];
  /** Rewrites a lead-image URL to its full-size form (NukeViet thumbnails). */
  leadImageFullSize?: readonly { from: RegExp; to: string }[];
  /** Elements to remove from the body (widgets, inline related boxes…). */
  noise: readonly string[];
  /** Signals that the page is a listing (category) page of this CMS, not an article. */
  listing?: { selectors?: readonly string[]; markup?: readonly RegExp[] };
  /** A date carried by the URL shape (SharePoint `/Pages/2024-9-12/`); groups y, m, d. */
  urlDate?: RegExp;
}
