export {
  normalizeWithOffsets,
  normalizeText,
  collapseWhitespace,
  foldForSearch,
  searchTerms,
  type NormalizedText,
  type NormalizeOptions,
} from './normalize';
