import type { Annotation, ArchivedArticle, StoredImage } from '../types';

/**
 * Everything an export reads: plain data, no database handle. The archive page builds it from
 * the repository (one article, a selection, a search result or the whole archive); tests build
 * it by hand. Exporters never mutate it.
 */
export interface ArchiveSnapshot {
  articles: ArchivedArticle[];
  annotations: Annotation[];
  /** Image blobs, as stored records or as a map keyed by `StoredImage.key`. */
  images?: StoredImage[] | ReadonlyMap<string, Blob>;
  /** Small user settings (JSON-serializable), carried by the JSON backup only. */
  settings?: Record<string, unknown>;
  /** The archive's IndexedDB schema version the data was read from. */
  schemaVersion: number;
}

/** Called after each unit of work of a long export or import. */
export type ProgressCallback = (done: number, total: number) => void;

export interface ExportOptions {
  onProgress?: ProgressCallback;
}

/** One lookup for an image blob, whatever shape the snapshot carries images in. */
export function imageLookup(snapshot: ArchiveSnapshot): (key: string) => Blob | undefined {
  const images = snapshot.images;
  if (images === undefined) return () => undefined;
  if (images instanceof Map || !Array.isArray(images)) {
    const map = images as ReadonlyMap<string, Blob>;
    return (key) => map.get(key);
  }
  const byKey = new Map(images.map((image) => [image.key, image.blob]));
  return (key) => byKey.get(key);
}

/** The stored image records of a snapshot, in article order, whatever shape it carries them in. */
export function storedImages(snapshot: ArchiveSnapshot): StoredImage[] {
  // Stored records are complete already (and may hold images no article lists any more).
  if (Array.isArray(snapshot.images)) return snapshot.images as StoredImage[];
  const lookup = imageLookup(snapshot);
  const result: StoredImage[] = [];
  for (const archived of snapshot.articles) {
    archived.imageKeys.forEach((key, index) => {
      const blob = lookup(key);
      if (blob === undefined) return;
      const src = archived.article.images[index]?.src ?? '';
      result.push({ key, articleId: archived.id, src, blob });
    });
  }
  return result;
}

/** Annotations grouped by article id, each group in reading order (by start offset). */
export function annotationsByArticle(
  annotations: readonly Annotation[],
): Map<string, Annotation[]> {
  const groups = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const group = groups.get(annotation.articleId) ?? [];
    group.push(annotation);
    groups.set(annotation.articleId, group);
  }
  for (const group of groups.values()) {
    group.sort(
      (a, b) => a.target.selector[1].start - b.target.selector[1].start || a.id.localeCompare(b.id),
    );
  }
  return groups;
}

/** Lets the event loop breathe during long loops, so the UI can paint progress. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
