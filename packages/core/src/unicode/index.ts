export {
  normalizeWithOffsets,
  normalizeText,
  collapseWhitespace,
  foldForSearch,
  searchTerms,
  type NormalizedText,
  type NormalizeOptions,
} from './normalize';
export { normalizeWithSparseOffsets, type SparseNormalizedText } from './sparse-normalize';
