import type { ExtractResult } from '../types';

export interface CleanTextOptions {
  url?: string | null;
}

// Placeholder until the plain-text pipeline lands (issue 2).
export function cleanText(_text: string, _options: CleanTextOptions = {}): ExtractResult {
  throw new Error('cleanText: not implemented yet');
}
