/**
 * Size limits of imported data: generous for real archives (a long decree is a few hundred
 * thousand characters), tight enough that a hostile or broken file cannot make the archive
 * store megabytes in a tag or millions of empty highlights.
 */
export const IMPORT_LIMITS = {
  /** Ids, tags, colours, type names, codes, dates. */
  shortText: 2_000,
  /** URLs (data: URLs of inline images can be long). */
  url: 100_000,
  /** Titles, captions, authors, citations, quotes' context. */
  mediumText: 100_000,
  /** Notes, paragraphs, leads, highlight quotes. */
  longText: 2_000_000,
  /** A whole article's text or HTML. */
  articleText: 20_000_000,
  /** One image as base64 (≈ 45 MB of bytes). */
  imageBase64: 60_000_000,
  articles: 100_000,
  annotations: 1_000_000,
  images: 1_000_000,
  blocksPerArticle: 100_000,
  itemsPerBlock: 100_000,
  referencesPerArticle: 100_000,
  tagsPerRecord: 1_000,
  versionsPerArticle: 1_000,
  removedPerArticle: 100_000,
  imagesPerArticle: 10_000,
  settingsKeys: 1_000,
} as const;
