import type { ExtractResult } from '../types';

export interface ExtractOptions {
  url?: string | null;
}

// Placeholder until the extraction pipeline lands (issue 2).
export function extractArticle(_document: Document, _options: ExtractOptions = {}): ExtractResult {
  throw new Error('extractArticle: not implemented yet');
}
