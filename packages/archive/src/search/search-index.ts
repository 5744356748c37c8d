import type { IDBPDatabase } from 'idb';
import type { ArchiveSchema, SearchDocument } from '../storage/schema';
import { EVERYDAY_WRITE } from '../storage/write-durability';
import {
  POSTINGS_BATCH,
  addToPostings,
  batchOf,
  documentHasPair,
  documentMask,
  entryDoc,
  entryMask,
  packPostings,
  pairKey,
  type PostingsMasks,
} from './postings';
import { FIELD_WEIGHTS, type ParsedQuery } from './query';

type Db = IDBPDatabase<ArchiveSchema>;

/**
 * Postings rows per compaction transaction. Measured in the bench: 100-row transactions with a
 * turn of the event loop between them delayed MORE saves (p95 70–84 ms on top of 10,000) than
 * 400-row ones (p95 36 ms): a save waits behind a commit either way, and small chunks make it
 * happen to many saves instead of a few.
 */
const COMPACTION_CHUNK = 400;
/** Search documents read (and folded) per transaction while compacting. */
const READ_SLICE = 32;
const STATE_KEY = 'postings';

/** Score of each 5-bit field mask (title, lead, tags, body, notes). */
const MASK_WEIGHTS = Uint8Array.from({ length: 32 }, (_, mask) =>
  (['title', 'lead', 'tags', 'body', 'notes'] as const).reduce(
    (sum, field, bit) => sum + ((mask >> bit) & 1 ? FIELD_WEIGHTS[field] : 0),
    0,
  ),
);
const TITLE_BIT = 1;
const RANKED_BITS = 31;

const compactions = new WeakMap<object, Promise<void>>();

/**
 * Folds every full ("sealed") batch of search documents into the postings store, oldest first,
 * and records how far the postings reach. Idempotent: a batch's rows are derived from its
 * search documents, so two tabs compacting the same batch write the same rows. In one page the
 * runs are chained. Never throws (the next write or open retries).
 */
export function compactSearchIndex(db: Db): Promise<void> {
  const previous = compactions.get(db) ?? Promise.resolve();
  const next = previous.then(() => compactSealedBatches(db)).catch(() => undefined);
  compactions.set(db, next);
  return next;
}

async function compactSealedBatches(db: Db): Promise<void> {
  for (;;) {
    const check = db.transaction(['search', 'searchState']);
    const state = await check.objectStore('searchState').get(STATE_KEY);
    const through = state?.compactedThrough ?? -1;
    const newest = await check.objectStore('search').openKeyCursor(null, 'prev');
    // The newest document's batch is still filling; every batch before it is sealed (numbers
    // only grow, and saves are serialized on the search store).
    if (!newest || batchOf(newest.key) - 1 <= through) return;
    const batch = through + 1;
    // Read and folded a slice at a time, each in its own short transaction, so a save waiting
    // for the search store (or for this page's main thread) never waits for a whole batch.
    const masks: PostingsMasks = new Map();
    for (
      let from = batch * POSTINGS_BATCH;
      from < (batch + 1) * POSTINGS_BATCH;
      from += READ_SLICE
    ) {
      const docs = await db.getAll('search', IDBKeyRange.bound(from, from + READ_SLICE - 1));
      addToPostings(masks, docs);
    }
    const postings = [...packPostings(masks)];
    for (let start = 0; start === 0 || start < postings.length; start += COMPACTION_CHUNK) {
      const write = db.transaction(['postings', 'searchState'], 'readwrite', EVERYDAY_WRITE);
      const requests: Promise<unknown>[] = [];
      for (const [term, entries] of postings.slice(start, start + COMPACTION_CHUNK)) {
        requests.push(write.objectStore('postings').put({ term, batch, entries }));
      }
      if (start + COMPACTION_CHUNK >= postings.length) {
        const current = await write.objectStore('searchState').get(STATE_KEY);
        requests.push(
          write.objectStore('searchState').put({
            name: STATE_KEY,
            compactedThrough: Math.max(current?.compactedThrough ?? -1, batch),
          }),
        );
      }
      await Promise.all(requests);
      await write.done;
    }
  }
}

/** One document that matches every query term. */
export interface SearchCandidate {
  doc: number;
  /** Sum over terms of the weights of the fields that contain it. */
  score: number;
  /** Every term is in the title and the title holds the query's term pairs: the phrase bonus is possible. */
  phraseInTitle: boolean;
}

interface Lookup {
  key: string;
  prefix: boolean;
  pair: boolean;
}

function rangeOf(key: string, prefix: boolean): IDBKeyRange {
  // Keys are [term, batch]: [t] sorts before [t, n], [t, []] after every [t, n]; U+FFFF after
  // every character a folded term can contain.
  return prefix ? IDBKeyRange.bound([key], [`${key}\uffff`]) : IDBKeyRange.bound([key], [key, []]);
}

/**
 * Every document that matches all terms of the query, scored. Reads, in one transaction, the
 * postings of each term (a few packed rows per term, whatever its frequency) and the search
 * documents not compacted yet (at most a couple of batches), then scores in typed arrays.
 */
export async function matchQuery(db: Db, parsed: ParsedQuery): Promise<SearchCandidate[]> {
  const { terms } = parsed;
  if (terms.length === 0) return [];
  const words = parsed.phrase.split(' ').filter((word) => word !== '');
  // The title phrase check (`titleHasPhrase`) matches the last word as a prefix: so do its pair.
  const pairs = [...new Set(words.slice(1).map((word, index) => `${words[index]} ${word}`))];
  const lookups: Lookup[] = [
    ...terms.map((term, index) => ({
      key: term,
      prefix: parsed.lastIsPrefix && index === terms.length - 1,
      pair: false,
    })),
    ...pairs.map((pair) => ({ key: pairKey(pair), prefix: true, pair: true })),
  ];

  const tx = db.transaction(['search', 'postings', 'searchState']);
  const postingsStore = tx.objectStore('postings');
  const [state, ...rowsPerLookup] = await Promise.all([
    tx.objectStore('searchState').get(STATE_KEY),
    ...lookups.map((lookup) => postingsStore.getAll(rangeOf(lookup.key, lookup.prefix))),
  ]);
  const through = state?.compactedThrough ?? -1;
  const recent: SearchDocument[] = await tx
    .objectStore('search')
    .getAll(IDBKeyRange.lowerBound((through + 1) * POSTINGS_BATCH));

  let size = 0;
  for (const rows of rowsPerLookup) {
    for (const row of rows) {
      const last = row.entries[row.entries.length - 1];
      if (row.batch <= through && last !== undefined) size = Math.max(size, entryDoc(last) + 1);
    }
  }
  for (const doc of recent) size = Math.max(size, doc.doc + 1);

  const matched = new Uint8Array(size);
  const inTitle = new Uint8Array(size);
  const pairsHeld = new Uint8Array(size);
  const scores = new Uint16Array(size);
  const mask = new Uint8Array(size);
  lookups.forEach((lookup, index) => {
    mask.fill(0);
    // Rows of a batch being compacted right now are ignored until its state says it is done
    // (those documents are still read from the search store).
    for (const row of rowsPerLookup[index] ?? []) {
      if (row.batch > through) continue;
      for (const entry of row.entries) mask[entryDoc(entry)]! |= entryMask(entry);
    }
    for (const doc of recent) {
      if (lookup.pair) {
        if (documentHasPair(doc, lookup.key.slice(1))) mask[doc.doc] = 32;
      } else {
        mask[doc.doc]! |= documentMask(doc, lookup.key, lookup.prefix);
      }
    }
    for (let doc = 0; doc < size; doc++) {
      const bits = mask[doc]!;
      if (bits === 0) continue;
      if (lookup.pair) {
        pairsHeld[doc]!++;
      } else if (bits & RANKED_BITS) {
        matched[doc]!++;
        scores[doc]! += MASK_WEIGHTS[bits & RANKED_BITS]!;
        if (bits & TITLE_BIT) inTitle[doc]!++;
      }
    }
  });

  const candidates: SearchCandidate[] = [];
  for (let doc = 0; doc < size; doc++) {
    if (matched[doc] !== terms.length) continue;
    candidates.push({
      doc,
      score: scores[doc]!,
      phraseInTitle: inTitle[doc] === terms.length && pairsHeld[doc] === pairs.length,
    });
  }
  return candidates;
}
