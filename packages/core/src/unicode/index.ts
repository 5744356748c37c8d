export {
  normalizeWithOffsets,
  normalizeText,
  collapseWhitespace,
  foldForSearch,
  foldNormalizedForSearch,
  searchTerms,
  type NormalizedText,
  type NormalizeOptions,
} from './normalize';
export {
  normalizeWithSparseOffsets,
  normalizeAndFold,
  type SparseNormalizedText,
  type FoldedNormalizedText,
  type UnitFold,
} from './sparse-normalize';
