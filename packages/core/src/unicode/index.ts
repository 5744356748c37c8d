export {
  normalizeWithOffsets,
  normalizeText,
  collapseWhitespace,
  foldForSearch,
  foldNormalizedForSearch,
  searchTerms,
  searchTermsOfWholeText,
  isVanishingCode,
  type NormalizedText,
  type NormalizeOptions,
} from './normalize';
export { isWhiteSpaceCode } from './white-space';
export {
  normalizeWithSparseOffsets,
  normalizeAndFold,
  type SparseNormalizedText,
  type FoldedNormalizedText,
  type UnitFold,
} from './sparse-normalize';
