import type { Reference } from '../types';

export interface FindReferencesOptions {
  /** Resolve short back-references (`Nghị quyết 18`) to earlier full mentions. Default true. */
  resolveShortReferences?: boolean;
}

// Placeholder until the reference scanner lands (issue 3): finds nothing yet.
export function findReferences(_text: string, _options: FindReferencesOptions = {}): Reference[] {
  return [];
}
