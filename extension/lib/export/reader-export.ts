import { articleIdOf } from '@govclip/archive';
import { archiveRepository } from '../archive/archive-store';
import type { ReaderContext } from '../reader/reader-context';
import { mountExportControls } from './export-controls';

/**
 * The export/import controls in the reader: mounted in the reader's side column, with "this
 * article" (the archived copy of the page being read, with its highlights) as the default
 * scope. The reader calls it once after rendering, next to `mountArchiveFeatures(context)`:
 *
 *   await mountReaderExportControls(context);
 */
export async function mountReaderExportControls(context: ReaderContext): Promise<void> {
  const id = articleIdOf(context.article);
  await mountExportControls(context.sidePanel, {
    repository: await archiveRepository(),
    currentArticleId: () => id,
  });
}
