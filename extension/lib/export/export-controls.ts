import type { ArchiveRepository } from '@govclip/archive';
import type { ArchiveSnapshot, ExportFile, ProgressCallback } from '@govclip/archive/export';
import type * as ImportModuleNamespace from '@govclip/archive/import';
import { loadSettings, normalizeSettings, updateSettings } from '../settings';
import { exportStrings, type ExportStringKey } from './export-strings';

/**
 * Export and import controls for the archive page and the reader:
 *
 *   await mountExportControls(container, { repository, visibleArticleIds, currentArticleId })
 *
 * Scope (this article, the selection, the articles shown, the whole archive) × format
 * (Markdown, DOCX, W3C JSON-LD, references CSV, JSON backup) → a download; a file input takes a
 * JSON backup (restored and merged) or W3C annotations (anchored onto archived articles).
 * Long work shows a `<progress>`; the state is in `data-gc-export-status`
 * (`idle` | `working` | `done` | `error`) for tests and assistive tech (`aria-live`).
 * Heavy exporters (docx) load only when used.
 */
export interface ExportControlsDeps {
  repository: ArchiveRepository;
  /** Ids of the articles the list shows (search/filter result), in order. */
  visibleArticleIds?: () => string[];
  /** Ids the user selected in the list, if the page has selection. */
  selectedArticleIds?: () => string[];
  /** The article open in the reader or article view, if any. */
  currentArticleId?: () => string | null;
  /** Called after an import changed the archive (the page refreshes its list). */
  onArchiveChanged?: () => void;
  /** Accepted for compatibility with the archive page's slot; strings are this module's own. */
  t?: (key: string, ...subs: string[]) => string;
}

type ImportModule = typeof ImportModuleNamespace;

type Scope = 'current' | 'selected' | 'visible' | 'all';
type Format = 'markdown' | 'docx' | 'jsonld' | 'csv' | 'backup';

const FORMATS: ReadonlyArray<[Format, ExportStringKey]> = [
  ['markdown', 'formatMarkdown'],
  ['docx', 'formatDocx'],
  ['jsonld', 'formatJsonLd'],
  ['csv', 'formatCsv'],
  ['backup', 'formatBackup'],
];

/** Event dispatched on the document after an import changed the archive. */
export const ARCHIVE_CHANGED_EVENT = 'govclip:archive-changed';

const BACKUP_MARKER = /"format"\s*:\s*"govclip-backup"/u;
const BACKUP_HEAD_BYTES = 1024;

function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function download(document: Document, file: ExportFile): void {
  const blob = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = element(document, 'a', { href: url, download: file.fileName });
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function produce(
  format: Format,
  snapshot: ArchiveSnapshot,
  onProgress: ProgressCallback,
): Promise<ExportFile> {
  const exporters = await import('@govclip/archive/export');
  const stamp = new Date().toISOString().slice(0, 10);
  switch (format) {
    case 'markdown':
      return exporters.exportMarkdown(snapshot, { onProgress, zipName: `govclip-${stamp}` });
    case 'docx':
      return exporters.exportDocx(snapshot, { onProgress });
    case 'jsonld':
      return exporters.exportWebAnnotations(snapshot, { onProgress });
    case 'csv':
      return exporters.exportReferencesCsv(snapshot, {
        onProgress,
        baseName: `govclip-references-${stamp}`,
      });
    case 'backup':
      return exporters.exportBackup(snapshot, { onProgress });
  }
}

export async function mountExportControls(
  container: HTMLElement,
  deps: ExportControlsDeps,
): Promise<void> {
  const document = container.ownerDocument;
  const s = exportStrings(document.documentElement.lang || 'vi');
  const root = element(document, 'details', { class: 'gc-export', 'data-gc-export': '' });
  root.append(element(document, 'summary', {}, s('summary')));

  const scope = element(document, 'select', { name: 'gc-export-scope' });
  const scopes: Array<[Scope, ExportStringKey]> = [];
  if (deps.currentArticleId) scopes.push(['current', 'scopeCurrent']);
  if (deps.selectedArticleIds) scopes.push(['selected', 'scopeSelected']);
  if (deps.visibleArticleIds) scopes.push(['visible', 'scopeVisible']);
  scopes.push(['all', 'scopeAll']);
  for (const [value, label] of scopes)
    scope.append(element(document, 'option', { value }, s(label)));
  /** "This article" only while one is open (the archive page switches between list and article). */
  const refreshScopes = () => {
    const current = scope.querySelector<HTMLOptionElement>('option[value="current"]');
    if (current === null) return;
    const available = (deps.currentArticleId?.() ?? null) !== null;
    current.hidden = !available;
    current.disabled = !available;
    if (available) scope.value = 'current';
    else if (scope.value === 'current') scope.value = deps.visibleArticleIds ? 'visible' : 'all';
  };
  const format = element(document, 'select', { name: 'gc-export-format' });
  for (const [value, label] of FORMATS)
    format.append(element(document, 'option', { value }, s(label)));
  const exportButton = element(
    document,
    'button',
    { type: 'button', 'data-gc-export-run': '' },
    s('exportButton'),
  );
  const fileInput = element(document, 'input', {
    type: 'file',
    accept: '.json,.jsonld,application/json,application/ld+json',
    'data-gc-import-file': '',
  });
  const progress = element(document, 'progress', { max: '1', value: '0' });
  progress.hidden = true;
  const status = element(document, 'p', {
    class: 'gc-export-status',
    role: 'status',
    'aria-live': 'polite',
  });
  root.setAttribute('data-gc-export-status', 'idle');

  const row = (label: string, control: HTMLElement) => {
    const wrapper = element(document, 'label', {}, `${label} `);
    wrapper.append(control);
    return wrapper;
  };
  root.append(
    row(s('scope'), scope),
    row(s('format'), format),
    exportButton,
    row(s('importLabel'), fileInput),
    progress,
    status,
  );
  container.append(root);
  refreshScopes();
  root.addEventListener('toggle', () => {
    if (root.open) refreshScopes();
  });

  let busy = false;
  const setState = (state: 'idle' | 'working' | 'done' | 'error', message: string) => {
    root.setAttribute('data-gc-export-status', state);
    status.textContent = message;
    progress.hidden = state !== 'working';
    exportButton.disabled = state === 'working';
    fileInput.disabled = state === 'working';
  };
  const onProgress: ProgressCallback = (done, total) => {
    progress.max = Math.max(1, total);
    progress.value = done;
    status.textContent = s('progress', { done, total });
  };
  // The import module (with its zod schemas) loads on the first import only; its `ImportError`
  // is read from that module, since a static import of it would bundle the module eagerly.
  let importer: ImportModule | undefined;
  const fail = (error: unknown) => {
    const message =
      importer !== undefined && error instanceof importer.ImportError
        ? error.localized(document.documentElement.lang || 'vi')
        : error instanceof Error
          ? error.message
          : String(error);
    setState('error', s('failed', { message }));
  };

  function chosenIds(): string[] | undefined {
    switch (scope.value as Scope) {
      case 'current': {
        const id = deps.currentArticleId?.() ?? null;
        return id === null ? [] : [id];
      }
      case 'selected':
        return deps.selectedArticleIds?.() ?? [];
      case 'visible':
        return deps.visibleArticleIds?.() ?? [];
      case 'all':
        return undefined;
    }
  }

  exportButton.addEventListener('click', () => {
    if (busy) return;
    busy = true;
    setState('working', s('working'));
    void (async () => {
      const chosen = format.value as Format;
      const { readArchiveSnapshot } = await import('@govclip/archive/export');
      const needsImages = chosen === 'markdown' || chosen === 'backup';
      const settings = chosen === 'backup' ? { reader: await loadSettings() } : undefined;
      const snapshot = await readArchiveSnapshot(deps.repository, {
        articleIds: chosenIds(),
        images: needsImages,
        ...(settings === undefined ? {} : { settings }),
      });
      if (snapshot.articles.length === 0) {
        setState('idle', s('nothingToExport'));
        return;
      }
      const file = await produce(chosen, snapshot, onProgress);
      download(document, file);
      setState('done', s('exported', { name: file.fileName }));
    })()
      .catch(fail)
      .finally(() => {
        busy = false;
      });
  });

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file === undefined || busy) return;
    busy = true;
    setState('working', s('working'));
    void (async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const loaded = await import('@govclip/archive/import');
      importer = loaded;
      // Our backups name their format first: the head decides without decoding the whole file
      // twice, and the restore gets the bytes (it hashes the data's bytes as they are). Any
      // other layout is decided on the whole text, as before.
      const head = new TextDecoder().decode(bytes.subarray(0, BACKUP_HEAD_BYTES));
      const text = BACKUP_MARKER.test(head) ? null : new TextDecoder().decode(bytes);
      if (text === null || BACKUP_MARKER.test(text)) {
        const report = await loaded.restoreBackup(deps.repository, text ?? bytes, { onProgress });
        const reader = report.settings.reader;
        if (reader !== undefined) await updateSettings(normalizeSettings(reader));
        setState(
          'done',
          s('restored', {
            added: report.articles.added,
            merged: report.articles.merged,
            unchanged: report.articles.unchanged,
            annotations: report.annotations.added,
          }),
        );
      } else {
        const report = await loaded.importWebAnnotations(deps.repository, text, { onProgress });
        setState('done', s('annotationsImported', { ...report, unmatchedSources: '' }));
      }
      deps.onArchiveChanged?.();
      document.dispatchEvent(new CustomEvent(ARCHIVE_CHANGED_EVENT));
    })()
      .catch(fail)
      .finally(() => {
        busy = false;
        fileInput.value = '';
      });
  });
}
