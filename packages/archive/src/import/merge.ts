import type { Annotation, ArchivedArticle, ArticleVersion } from '../types';

/**
 * How an imported record meets the archived record with the same id: pure functions, so the
 * rules are tested without a database.
 *   - the side with the newer `updatedAt` (articles) / `modified` (annotations) wins its
 *     content; on a tie the archived side stays (importing the same file twice changes nothing);
 *   - tags are the union (winner's order first);
 *   - earlier versions of an article are the union, oldest first.
 */
function time(iso: string): number {
  const value = Date.parse(iso);
  return Number.isNaN(value) ? 0 : value;
}

export function unionTags(first: readonly string[], second: readonly string[]): string[] {
  return [...new Set([...first, ...second])];
}

function versionKey(version: ArticleVersion): string {
  return `${version.savedAt}\u0000${version.title}\u0000${version.text}\u0000${version.html}`;
}

export interface MergeOutcome<T> {
  record: T;
  /** The imported side won (its content is written). */
  incomingWon: boolean;
  /** The merged record differs from the archived one (a write is needed). */
  changed: boolean;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function mergeArticle(
  existing: ArchivedArticle,
  incoming: ArchivedArticle,
): MergeOutcome<ArchivedArticle> {
  const incomingWon = time(incoming.updatedAt) > time(existing.updatedAt);
  const [newer, older] = incomingWon ? [incoming, existing] : [existing, incoming];
  const versions = new Map<string, ArticleVersion>();
  for (const version of [...older.versions, ...newer.versions])
    versions.set(versionKey(version), version);
  const record: ArchivedArticle = {
    ...newer,
    tags: unionTags(newer.tags, older.tags),
    versions: [...versions.values()].sort((a, b) => time(a.savedAt) - time(b.savedAt)),
  };
  return { record, incomingWon, changed: !sameJson(record, existing) };
}

export function mergeAnnotation(
  existing: Annotation,
  incoming: Annotation,
): MergeOutcome<Annotation> {
  const incomingWon = time(incoming.modified) > time(existing.modified);
  const [newer, older] = incomingWon ? [incoming, existing] : [existing, incoming];
  const record: Annotation = { ...newer, tags: unionTags(newer.tags, older.tags) };
  return { record, incomingWon, changed: !sameJson(record, existing) };
}
