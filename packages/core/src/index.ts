/**
 * @govclip/core — the public API. Pure TypeScript over an injected DOM `Document` or plain text:
 * no browser-extension APIs, no window globals, no storage, no network.
 */
export { extractArticle, type ExtractOptions } from './article/extract-article';
export { cleanText, type CleanTextOptions } from './text/clean-text';
export { findReferences, type FindReferencesOptions } from './references/find-references';
export { referenceLinks, type ReferenceLink } from './references/links';
export {
  parseVietnameseDate,
  findVietnameseDates,
  parseDateLine,
  parseDateFromUrl,
  toIsoVietnam,
  type ParsedDate,
} from './dates/parse-date';
export { sanitizeHtml } from './html/sanitize';
export { parseHtmlDocument } from './html/parse-html';
export {
  layoutArticleText,
  blockText,
  BLOCK_SEPARATOR,
  type TextLayout,
  type TextSegment,
} from './article/text-layout';
export {
  normalizeText,
  normalizeWithOffsets,
  collapseWhitespace,
  isWhiteSpaceCode,
  foldForSearch,
  searchTerms,
} from './unicode';
export { articleHtml } from './article/finish';
export { blockToMarkdown, escapeMarkdown, quoteMarkdownLines } from './article/markdown';
export * from './types';
