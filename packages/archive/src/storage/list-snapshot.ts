import { z } from 'zod';
import type { ArticleCard } from '../types';

/**
 * The list's first page, kept beside the database in a synchronous key-value store (the page's
 * `localStorage`, passed in by the caller: this package touches no browser global).
 *
 * Why: after a browser restart, the first IndexedDB open of an origin makes Chromium open that
 * origin's LevelDB: 100–200 ms before any card can be read, however small the read. The page's
 * own `localStorage` is already loaded when its script starts (a few ms), so the archive can
 * show its newest cards at once and confirm them when the database is open.
 *
 * It is a cache, never a source of truth: the repository rewrites it after every write that
 * commits (`ArchiveRepository`, `listSnapshot` option), and the page always reads the first page
 * from the database afterwards and replaces what it showed when the two differ (`sameListPage`).
 * Anything unreadable — another version's shape, a tampered value, a cut-off write — reads as
 * no snapshot.
 */

/** The Web Storage methods the snapshot needs (`localStorage` has them). */
export interface SnapshotStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface ListSnapshotOptions {
  storage: SnapshotStorage;
  /** How many cards of the first page (newest saves first) are kept: the page's list size. */
  limit: number;
}

/** The first page of the unfiltered list sorted by save time, and the archive's total. */
export interface ListPage {
  cards: ArticleCard[];
  total: number;
}

const SNAPSHOT_FORMAT = 1;
/** Far above any real first page (100 cards ≈ 100 KB); a larger value is not ours. */
const MAX_SNAPSHOT_CHARS = 2_000_000;
const MAX_CARDS = 1000;

const text = z.string().max(100_000);
const cardSchema: z.ZodType<ArticleCard> = z.strictObject({
  id: text,
  doc: z.number().int().min(0),
  title: text,
  url: text.nullable(),
  siteName: text.nullable(),
  published: text.nullable(),
  savedAt: text,
  updatedAt: text,
  tags: z.array(text).max(MAX_CARDS),
  read: z.boolean(),
  hasNotes: z.boolean(),
  annotationCount: z.number().int().min(0),
  refKeys: z.array(text).max(10_000),
  excerpt: text,
  foldedTitle: text,
});
const snapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  limit: z.number().int().min(1).max(MAX_CARDS),
  total: z.number().int().min(0),
  cards: z.array(cardSchema).max(MAX_CARDS),
});

/** The storage key: one snapshot per database name (tests and the bench use their own). */
export function listSnapshotKey(databaseName: string): string {
  return `govclip:list-snapshot:${databaseName}`;
}

/**
 * The snapshot of `databaseName`'s first page, or null when there is none or it cannot be
 * trusted to be ours: wrong shape, a different page size, more cards than the total says.
 */
export function readListSnapshot(
  options: ListSnapshotOptions,
  databaseName: string,
): ListPage | null {
  let raw: string | null;
  try {
    raw = options.storage.getItem(listSnapshotKey(databaseName));
  } catch {
    return null; // storage disabled (privacy settings): as if there were none
  }
  if (raw === null || raw.length > MAX_SNAPSHOT_CHARS) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  const checked = snapshotSchema.safeParse(parsed);
  if (!checked.success) return null;
  const { limit, total, cards } = checked.data;
  // A page of another size, or one that cannot be the first page of this total, is not used.
  if (limit !== options.limit || cards.length > limit || cards.length > total) return null;
  if (cards.length < Math.min(limit, total)) return null;
  return { cards, total };
}

/**
 * Stores the first page. Returns false when the storage refused it (full, disabled); the old
 * snapshot is then removed, so a stale page is never shown as current.
 */
export function writeListSnapshot(
  options: ListSnapshotOptions,
  databaseName: string,
  page: ListPage,
): boolean {
  const key = listSnapshotKey(databaseName);
  const value = JSON.stringify({
    format: SNAPSHOT_FORMAT,
    limit: options.limit,
    total: page.total,
    cards: page.cards.slice(0, options.limit),
  });
  try {
    options.storage.setItem(key, value);
    return true;
  } catch {
    clearListSnapshot(options, databaseName);
    return false;
  }
}

export function clearListSnapshot(options: ListSnapshotOptions, databaseName: string): void {
  try {
    options.storage.removeItem(listSnapshotKey(databaseName));
  } catch {
    // Storage disabled: there is nothing it could show either.
  }
}

/** Whether two first pages show the same cards (every field) and the same total. */
export function sameListPage(a: ListPage, b: ListPage): boolean {
  if (a.total !== b.total || a.cards.length !== b.cards.length) return false;
  return a.cards.every((card, index) => sameCard(card, b.cards[index]!));
}

function sameCard(a: ArticleCard, b: ArticleCard): boolean {
  return sameJson(a, b);
}

/** Deep equality of JSON data, whatever the order of object keys (zod rebuilds objects). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => sameJson(item, other[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && sameJson(left[key], right[key]));
}
