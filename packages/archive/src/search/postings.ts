import type { SearchDocument, SearchField } from '../storage/schema';

/**
 * Postings: for each term, the document numbers that contain it with a bit per field. One
 * entry is a single number, `doc * 64 + mask`, so a term's postings travel as one typed array
 * and are scored without building strings or maps.
 */

/** Documents per postings batch: a batch is compacted (written to `postings`) once it is full. */
export const POSTINGS_BATCH = 128;

export const FIELD_BITS: Readonly<Record<SearchField | 'titlePairs', number>> = {
  title: 1,
  lead: 2,
  tags: 4,
  body: 8,
  notes: 16,
  titlePairs: 32,
};

/** Six bits of field mask per entry (the six FIELD_BITS): an entry is `doc << 6 | mask`. */
const MASK_BITS = 6;
const MASK_SIZE = 1 << MASK_BITS;

export const packEntry = (doc: number, mask: number): number => doc * MASK_SIZE + mask;
// Bit operations, not division: these run once per posting entry in every search. Entries are
// stored in a Uint32Array, so `>>>` (unsigned) reads every one of them.
export const entryDoc = (entry: number): number => entry >>> MASK_BITS;
export const entryMask = (entry: number): number => entry & (MASK_SIZE - 1);

export const batchOf = (doc: number): number => Math.floor(doc / POSTINGS_BATCH);

const FIELDS = Object.keys(FIELD_BITS) as (SearchField | 'titlePairs')[];

/** The postings key of a title pair: a leading space keeps pairs out of every term's prefix range. */
export const pairKey = (pair: string): string => ` ${pair}`;

/** Field masks per term and document, accumulated over a batch read in slices. */
export type PostingsMasks = Map<string, Map<number, number>>;

/** Adds the terms of some search documents to `masks` (title pairs keyed by `pairKey`). */
export function addToPostings(masks: PostingsMasks, docs: readonly SearchDocument[]): void {
  for (const doc of docs) {
    for (const field of FIELDS) {
      const bit = FIELD_BITS[field];
      for (const value of doc[field].split('\n')) {
        if (value === '') continue;
        const term = field === 'titlePairs' ? pairKey(value) : value;
        let byDoc = masks.get(term);
        if (!byDoc) {
          byDoc = new Map();
          masks.set(term, byDoc);
        }
        byDoc.set(doc.doc, (byDoc.get(doc.doc) ?? 0) | bit);
      }
    }
  }
}

/** The postings rows of `masks`: term → ascending entries. */
export function packPostings(masks: PostingsMasks): Map<string, Uint32Array> {
  const postings = new Map<string, Uint32Array>();
  for (const [term, byDoc] of masks) {
    const entries = Uint32Array.from(byDoc, ([doc, mask]) => packEntry(doc, mask));
    postings.set(term, entries.sort());
  }
  return postings;
}

const RANKED_FIELDS = FIELDS.filter((field) => field !== 'titlePairs');

/**
 * The field mask of `term` (or of any term starting with it, when `prefix`) in one search
 * document: found with `includes` in the packed fields, without unpacking them.
 */
export function documentMask(doc: SearchDocument, term: string, prefix: boolean): number {
  const needle = prefix ? `\n${term}` : `\n${term}\n`;
  let mask = 0;
  for (const field of RANKED_FIELDS) if (doc[field].includes(needle)) mask |= FIELD_BITS[field];
  return mask;
}

/** Whether the title of one search document holds the pair (its second term as a prefix). */
export function documentHasPair(doc: SearchDocument, pair: string): boolean {
  return doc.titlePairs.includes(`\n${pair}`);
}
