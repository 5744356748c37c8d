import type { ArchiveRepository } from '../repository';
import { fromStoredRecord } from '../storage/stored-article';
import { ARCHIVE_DB_VERSION } from '../storage/schema';
import type { Annotation, ArchivedArticle, StoredImage } from '../types';
import type { ArchiveSnapshot } from './snapshot';

/**
 * Reads what an export needs from the archive, in ONE read transaction (a consistent view even
 * while the user keeps highlighting in another tab): the chosen articles — one, a selection, a
 * search result's ids — or the whole archive, with their annotations and image blobs.
 */
export interface SnapshotScope {
  /** Article ids in the order to export; omitted = the whole archive (newest save first). */
  articleIds?: readonly string[];
  /** Whether to read image blobs (a CSV or JSON-LD export does not need them). */
  images?: boolean;
  settings?: Record<string, unknown>;
}

export async function readArchiveSnapshot(
  repository: ArchiveRepository,
  scope: SnapshotScope = {},
): Promise<ArchiveSnapshot> {
  const tx = repository.database.transaction(['articles', 'annotations', 'images'], 'readonly');
  const wantImages = scope.images ?? true;
  let articles: ArchivedArticle[];
  let annotations: Annotation[];
  let images: StoredImage[] = [];
  if (scope.articleIds === undefined) {
    articles = (await tx.objectStore('articles').index('savedAt').getAll())
      .reverse()
      .map(fromStoredRecord);
    annotations = await tx.objectStore('annotations').getAll();
    if (wantImages) images = await tx.objectStore('images').getAll();
  } else {
    const unique = [...new Set(scope.articleIds)];
    const found = await Promise.all(unique.map((id) => tx.objectStore('articles').get(id)));
    articles = found.flatMap((record) => (record === undefined ? [] : [fromStoredRecord(record)]));
    const perArticle = await Promise.all(
      articles.map((record) => tx.objectStore('annotations').index('articleId').getAll(record.id)),
    );
    annotations = perArticle.flat();
    if (wantImages) {
      const imageLists = await Promise.all(
        articles.map((record) => tx.objectStore('images').index('articleId').getAll(record.id)),
      );
      images = imageLists.flat();
    }
  }
  await tx.done;
  return {
    articles,
    annotations,
    images,
    schemaVersion: ARCHIVE_DB_VERSION,
    ...(scope.settings === undefined ? {} : { settings: scope.settings }),
  };
}
