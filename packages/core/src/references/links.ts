import type { Reference } from '../types';

export interface ReferenceLink {
  /** Name of the public legal-document site. */
  site: string;
  url: string;
}

// Placeholder until the reference links land (issue 3).
export function referenceLinks(_reference: Reference): ReferenceLink[] {
  throw new Error('referenceLinks: not implemented yet');
}
