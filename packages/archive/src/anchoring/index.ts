export { describe, CONTEXT_LENGTH, type TextSelectors } from './describe';
export { anchor, type AnchorMethod, type AnchorResult, type AnchorSelector } from './anchor';
