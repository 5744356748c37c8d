import type { ArchiveRepository } from '@govclip/archive';

/**
 * EXPORT CONTROLS SLOT — owned by the export feature (`extension/lib/export/`).
 *
 * The archive page calls `mountExportControls(container, deps)` from that folder when the
 * module exists. It is looked up with `import.meta.glob`, so the archive page builds and works
 * before the export module lands and picks it up without an edit once it does.
 */
export interface ExportControlDeps {
  repository: ArchiveRepository;
  t: (key: string, ...subs: string[]) => string;
  /** Ids of the articles the list shows right now (search/filter result), in order. */
  visibleArticleIds: () => string[];
  /** The article open in the article view, if any. */
  currentArticleId: () => string | null;
  /** Called after an import changed the archive: the page refreshes what it shows. */
  onArchiveChanged: () => void;
}

type ExportModule = {
  mountExportControls?: (container: HTMLElement, deps: ExportControlDeps) => void | Promise<void>;
};

const exportModules = import.meta.glob<ExportModule>('../export/*.ts');

export async function mountExportSlot(
  container: HTMLElement,
  deps: ExportControlDeps,
): Promise<boolean> {
  for (const load of Object.values(exportModules)) {
    const module = await load();
    if (typeof module.mountExportControls === 'function') {
      await module.mountExportControls(container, deps);
      return true;
    }
  }
  return false;
}
