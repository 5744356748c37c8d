import type { ReaderContext } from '../reader/reader-context';

/**
 * Entry point of the archive features in the reader page (save, highlights with notes).
 *
 * The reader calls this once, after the article is rendered, with `context.requestedAction`
 * telling whether the user asked to save (`'save'`: menu "Lưu vào kho", Alt+Shift+S) or only
 * to read. Owned by the archive feature, which replaces this body; until then it does nothing.
 */
export function mountArchiveFeatures(_context: ReaderContext): void | Promise<void> {
  // Intentionally empty until the archive feature lands.
}
