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
 * It is a cache, never a source of truth: the repository rewrites it shortly after every write
 * that commits (`ArchiveRepository`, `listSnapshot` option), and the page always reads the first page
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
  /** Delay from a committed write to the rewrite (default `LIST_SNAPSHOT_REWRITE_DELAY_MS`). */
  rewriteDelayMs?: number;
}

/**
 * A write's rewrite waits this long, so a burst of writes (a restore, saves in a row, typing a
 * note) shares one page read; pages flush it when they are hidden (`flushListSnapshot`).
 */
export const LIST_SNAPSHOT_REWRITE_DELAY_MS = 1000;

/** The first page of the unfiltered list sorted by save time, and the archive's total. */
export interface ListPage {
  cards: ListCard[];
  total: number;
}

/** What a card of the list shows (and its actions use): all a snapshot keeps of a card. */
export type ListCard = Pick<
  ArticleCard,
  | 'id'
  | 'title'
  | 'siteName'
  | 'published'
  | 'savedAt'
  | 'tags'
  | 'read'
  | 'annotationCount'
  | 'excerpt'
>;

const SNAPSHOT_FORMAT = 1;
/** Far above any real first page (100 cards ≈ 60 KB); a larger value is not ours. */
const MAX_SNAPSHOT_CHARS = 2_000_000;
const MAX_CARDS = 1000;

/**
 * The card fields a snapshot keeps and how each is checked. Checked by hand, not with the zod
 * schemas the importers use: this runs first thing in a page after a browser restart, where a
 * zod parse of 100 cards cost 12–20 ms (measured in Chromium 156), more than the rest of the
 * read; the shape is flat and ours.
 */
const CARD_FIELDS: Record<keyof ListCard, (value: unknown) => boolean> = {
  id: isText,
  title: isText,
  siteName: (value) => value === null || isText(value),
  published: (value) => value === null || isText(value),
  savedAt: isText,
  tags: (value) => Array.isArray(value) && value.length <= MAX_CARDS && value.every(isText),
  read: (value) => typeof value === 'boolean',
  annotationCount: (value) => Number.isSafeInteger(value) && (value as number) >= 0,
  excerpt: isText,
};
const CARD_KEYS = Object.keys(CARD_FIELDS) as (keyof ListCard)[];

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 100_000;
}

function isListCard(value: unknown): value is ListCard {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  // Exactly these keys: anything else is not a card we wrote.
  if (Object.keys(record).length !== CARD_KEYS.length) return false;
  return CARD_KEYS.every((key) => Object.hasOwn(record, key) && CARD_FIELDS[key](record[key]));
}

/** The fields of a card a snapshot keeps, in a fixed order. */
export function toListCard(card: ListCard): ListCard {
  return {
    id: card.id,
    title: card.title,
    siteName: card.siteName,
    published: card.published,
    savedAt: card.savedAt,
    tags: card.tags,
    read: card.read,
    annotationCount: card.annotationCount,
    excerpt: card.excerpt,
  };
}

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
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const { format, limit, total, cards, ...rest } = parsed as Record<string, unknown>;
  if (format !== SNAPSHOT_FORMAT || Object.keys(rest).length > 0) return null;
  if (!Number.isSafeInteger(limit) || !Number.isSafeInteger(total) || !Array.isArray(cards)) {
    return null;
  }
  if ((total as number) < 0 || !cards.every(isListCard)) return null;
  // A page of another size, or one that cannot be the first page of this total, is not used.
  if (limit !== options.limit || cards.length > limit || cards.length > (total as number)) {
    return null;
  }
  if (cards.length < Math.min(limit, total as number)) return null;
  return { cards, total: total as number };
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
    cards: page.cards.slice(0, options.limit).map(toListCard),
  });
  try {
    // Most reads of the first page find it unchanged: no write then (a write costs the
    // browser a copy to its storage process and a disk write).
    if (options.storage.getItem(key) !== value) options.storage.setItem(key, value);
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

/**
 * Whether two first pages show the same: the same total and the same cards in the same order,
 * equal in every field a snapshot keeps (a database card's other fields are not shown).
 */
export function sameListPage(a: ListPage, b: ListPage): boolean {
  if (a.total !== b.total || a.cards.length !== b.cards.length) return false;
  return a.cards.every((card, index) => sameListCard(card, b.cards[index]!));
}

/** Field by field over `CARD_KEYS`; `tags` is the one array. */
function sameListCard(a: ListCard, b: ListCard): boolean {
  return CARD_KEYS.every((key) =>
    key === 'tags'
      ? a.tags.length === b.tags.length && a.tags.every((tag, index) => tag === b.tags[index])
      : a[key] === b[key],
  );
}
