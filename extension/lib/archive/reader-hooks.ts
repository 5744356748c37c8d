import type { ReaderContext } from '../reader/reader-context';
import { ArchiveFeatures } from './archive-features';
import { archiveRepository } from './archive-store';

/**
 * Entry point of the archive features in the reader page (save, highlights with notes).
 *
 * The reader calls this once, after the article is rendered, with `context.requestedAction`
 * telling whether the user asked to save (`'save'`: menu "Lưu vào kho", Alt+Shift+S) or only
 * to read. Saving happens here, in the extension's origin, so the archive is one IndexedDB
 * database shared by the reader, the archive page and the side panel.
 */
export async function mountArchiveFeatures(context: ReaderContext): Promise<void> {
  const features = new ArchiveFeatures(context, await archiveRepository());
  await features.start();
}
