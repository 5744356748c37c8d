import {
  ArchiveError,
  anchor,
  articleIdOf,
  type Annotation,
  type ArchiveRepository,
  type ArchivedArticle,
  type HighlightColor,
} from '@govclip/archive';
import type { Article } from '@govclip/core';
import { extensionUrl, uiLanguage } from '../browser-api';
import type { ReaderContext } from '../reader/reader-context';
import { annotationEditor, colorSwatches } from './annotation-editor';
import { button, el, formatLocalDateTime, noteElement, parseTags } from './dom';
import { fetchImages as defaultFetchImages } from './fetch-images';
import { HighlightLayer } from './highlight-layer';
import { Toast } from './toast';
import './archive.css';

/** `data-gc-archive` on <html>: where saving stands, for the user's CSS and for tests. */
export type ArchiveState = 'unsaved' | 'saving' | 'saved' | 'error';

export interface ArchiveFeatureOptions {
  fetchImages?: typeof defaultFetchImages;
  /** The archive page shows an archived copy: no re-fetch on save, and a link back. */
  archivedView?: boolean;
}

interface Placed {
  annotation: Annotation;
  range: { start: number; end: number } | null;
}

function errorMessage(error: unknown): string {
  if (error instanceof ArchiveError) return error.localized(uiLanguage());
  return error instanceof Error ? error.message : String(error);
}

/** The article as it will be archived: it needs a URL for its id; the reader's source URL is one. */
function archivable(article: Article, sourceUrl: string): Article {
  if (article.canonicalUrl ?? article.url) return article;
  return { ...article, url: sourceUrl };
}

/**
 * Save, highlights with notes and tags, and the article's own tags/note/read state, mounted in
 * the reader (or the archive page's article view) through the `ReaderContext`.
 */
export class ArchiveFeatures {
  readonly #context: ReaderContext;
  readonly #repository: ArchiveRepository;
  readonly #options: ArchiveFeatureOptions;
  readonly #document: Document;
  readonly #article: Article;
  readonly #articleId: string;
  readonly #layer: HighlightLayer;
  readonly #toast: Toast;
  #record: ArchivedArticle | null = null;
  #placed: Placed[] = [];
  #saveButton: HTMLButtonElement | null = null;
  #panel: HTMLElement;
  #palette: HTMLElement | null = null;
  #editing: string | null = null;

  constructor(
    context: ReaderContext,
    repository: ArchiveRepository,
    options: ArchiveFeatureOptions = {},
  ) {
    this.#context = context;
    this.#repository = repository;
    this.#options = options;
    this.#document = context.root.ownerDocument;
    this.#article = archivable(context.article, context.sourceUrl);
    this.#articleId = articleIdOf(this.#article);
    this.#layer = new HighlightLayer(context.root);
    this.#panel = el(this.#document, 'section', {
      className: 'gc-archive-panel',
      attrs: { 'aria-label': context.t('archiveHighlightsTitle') },
    });
    this.#toast = new Toast(this.#document, this.#document.body);
  }

  get #t() {
    return this.#context.t;
  }

  #setState(state: ArchiveState): void {
    this.#document.documentElement.setAttribute('data-gc-archive', state);
  }

  async start(): Promise<void> {
    const { toolbar, sidePanel } = this.#context;
    if (!this.#options.archivedView) {
      this.#saveButton = button(
        this.#document,
        this.#t('archiveSaveButton'),
        () => void this.save(),
        {
          className: 'gc-archive-save',
        },
      );
      toolbar.append(this.#saveButton);
    }
    if (!this.#options.archivedView) {
      toolbar.append(
        el(this.#document, 'a', {
          className: 'gc-archive-open',
          text: this.#t('archiveOpenArchive'),
          attrs: { href: extensionUrl('/archive.html'), target: '_blank', rel: 'noopener' },
        }),
      );
    }
    sidePanel.appendChild(this.#panel);
    this.#wireSelection();

    this.#record = (await this.#repository.getArticle(this.#articleId)) ?? null;
    this.#setState(this.#record ? 'saved' : 'unsaved');
    this.#updateSaveButton();
    await this.#loadHighlights();
    if (this.#record && !this.#options.archivedView) {
      this.#toast.show(this.#t('archiveAlreadySaved', formatLocalDateTime(this.#record.savedAt)));
    }
    if (this.#context.requestedAction === 'save') await this.save();
  }

  #updateSaveButton(): void {
    if (!this.#saveButton) return;
    this.#saveButton.textContent = this.#t(
      this.#record ? 'archiveSavedButton' : 'archiveSaveButton',
    );
    this.#saveButton.setAttribute('aria-pressed', String(this.#record !== null));
  }

  /** Saves (or updates) the article with its images; reports the outcome in the toast. */
  async save(): Promise<ArchivedArticle | null> {
    this.#setState('saving');
    if (this.#saveButton) this.#saveButton.disabled = true;
    this.#toast.show(this.#t('archiveSaving'), { sticky: true });
    try {
      const fetcher = this.#options.fetchImages ?? defaultFetchImages;
      const images = this.#options.archivedView
        ? []
        : await fetcher(this.#article.images.map((image) => image.src));
      const result = await this.#repository.saveArticle(this.#article, { images });
      this.#record = result.record;
      const messages = [
        this.#t(
          result.created ? 'archiveSavedNew' : 'archiveSavedUpdate',
          String(result.imagesStored),
        ),
      ];
      if (result.imagesFailed.length > 0) {
        messages.push(this.#t('archiveImagesFailed', String(result.imagesFailed.length)));
      }
      if (result.textChanged) messages.push(this.#t('archiveSavedVersion'));
      this.#toast.show(messages.join(' '));
      this.#setState('saved');
      await this.#loadHighlights();
      return result.record;
    } catch (error) {
      console.error('GovClip: save failed', error);
      this.#toast.show(this.#t('archiveSaveFailed', errorMessage(error)), { kind: 'error' });
      this.#setState('error');
      return null;
    } finally {
      if (this.#saveButton) this.#saveButton.disabled = false;
      this.#updateSaveButton();
    }
  }

  /** The archived record, saved first when missing or when the page's text changed since. */
  async #ensureArchived(): Promise<ArchivedArticle | null> {
    if (this.#record && this.#record.article.text === this.#article.text) return this.#record;
    return this.save();
  }

  async #loadHighlights(): Promise<void> {
    for (const placed of this.#placed) this.#layer.remove(placed.annotation.id);
    this.#placed = [];
    if (this.#record) {
      if (this.#record.article.text === this.#article.text) {
        // The shown text is the archived one: anchor there and persist orphan flags.
        const anchored = await this.#repository.anchorAnnotations(this.#articleId);
        this.#placed = anchored.map(({ annotation, range }) => ({ annotation, range }));
      } else {
        // The live page changed since it was saved: anchor (fuzzily if needed) in what is shown.
        const annotations = await this.#repository.listAnnotations(this.#articleId);
        this.#placed = annotations.map((annotation) => ({
          annotation,
          range: anchor(this.#article.text, annotation.target.selector),
        }));
      }
    }
    for (const { annotation, range } of this.#placed) {
      if (range) this.#layer.paint(annotation, range.start, range.end);
    }
    this.#render();
  }

  // ── Selection → highlight ────────────────────────────────────────────────────────────────

  #wireSelection(): void {
    const root = this.#context.root;
    const check = () => {
      const selection = this.#document.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
        this.#closePalette();
        return;
      }
      const range = selection.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer)) return;
      const offsets = this.#context.offsetsFromRange(range);
      if (!offsets || offsets.end <= offsets.start) return;
      this.#openPalette(range, offsets);
    };
    root.addEventListener('mouseup', () => setTimeout(check, 0));
    root.addEventListener('keyup', (event) => {
      if (event.shiftKey || event.key === 'Shift') check();
    });
    this.#document.addEventListener('mousedown', (event) => {
      if (this.#palette && !this.#palette.contains(event.target as Node)) this.#closePalette();
    });
    this.#document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.#closePalette();
    });
  }

  #openPalette(range: Range, offsets: { start: number; end: number }): void {
    this.#closePalette();
    const palette = el(this.#document, 'div', {
      className: 'gc-hl-palette',
      attrs: { role: 'dialog', 'aria-label': this.#t('archiveHighlightsTitle') },
    });
    palette.append(
      colorSwatches(this.#document, this.#t, (color) => {
        this.#closePalette();
        void this.addHighlight(offsets.start, offsets.end, color);
      }),
    );
    // Keep the selection while clicking a swatch.
    palette.addEventListener('mousedown', (event) => event.preventDefault());
    const box = range.getBoundingClientRect();
    const view = this.#document.defaultView;
    palette.style.top = `${box.bottom + (view?.scrollY ?? 0) + 8}px`;
    palette.style.left = `${Math.max(8, box.left + (view?.scrollX ?? 0))}px`;
    this.#document.body.appendChild(palette);
    this.#palette = palette;
  }

  #closePalette(): void {
    this.#palette?.remove();
    this.#palette = null;
  }

  /** Highlights [start, end) of the shown text; saves the article first when needed. */
  async addHighlight(
    start: number,
    end: number,
    color: HighlightColor,
  ): Promise<Annotation | null> {
    const record = await this.#ensureArchived();
    if (!record) return null;
    try {
      const annotation = await this.#repository.addAnnotation({
        articleId: record.id,
        start,
        end,
        color,
      });
      this.#document.getSelection()?.removeAllRanges();
      this.#placed.push({ annotation, range: { start, end } });
      this.#layer.paint(annotation, start, end);
      this.#editing = annotation.id; // open the note editor straight away
      this.#render();
      return annotation;
    } catch (error) {
      this.#toast.show(this.#t('archiveSaveFailed', errorMessage(error)), { kind: 'error' });
      return null;
    }
  }

  async #update(
    annotation: Annotation,
    value: { color: HighlightColor; note: string; tags: string[] },
  ) {
    try {
      const updated = await this.#repository.updateAnnotation(annotation.id, value);
      const placed = this.#placed.find((entry) => entry.annotation.id === annotation.id);
      if (placed) placed.annotation = updated;
      this.#layer.recolor(updated);
      this.#editing = null;
      this.#render();
      this.#toast.show(this.#t('archiveChangesSaved'));
    } catch (error) {
      this.#toast.show(this.#t('archiveSaveFailed', errorMessage(error)), { kind: 'error' });
    }
  }

  async #delete(annotation: Annotation): Promise<void> {
    try {
      const removed = await this.#repository.deleteAnnotation(annotation.id);
      const index = this.#placed.findIndex((entry) => entry.annotation.id === annotation.id);
      const [placed] = index >= 0 ? this.#placed.splice(index, 1) : [];
      this.#layer.remove(annotation.id);
      this.#render();
      this.#toast.show(this.#t('archiveHighlightDeleted'), {
        undo: {
          label: this.#t('archiveUndo'),
          run: () =>
            void this.#repository.restoreAnnotation(removed).then(() => {
              this.#placed.push({ annotation: removed, range: placed?.range ?? null });
              if (placed?.range) this.#layer.paint(removed, placed.range.start, placed.range.end);
              this.#render();
            }),
        },
      });
    } catch (error) {
      this.#toast.show(this.#t('archiveSaveFailed', errorMessage(error)), { kind: 'error' });
    }
  }

  // ── Side panel ──────────────────────────────────────────────────────────────────────────

  #render(): void {
    const d = this.#document;
    this.#panel.textContent = '';
    this.#panel.append(el(d, 'h2', { text: this.#t('archiveHighlightsTitle') }));
    if (this.#record) this.#panel.append(this.#renderMeta(this.#record));
    const anchored = this.#placed
      .filter((entry) => entry.range !== null)
      .sort((a, b) => (a.range?.start ?? 0) - (b.range?.start ?? 0));
    const orphaned = this.#placed.filter((entry) => entry.range === null);
    if (anchored.length === 0 && orphaned.length === 0) {
      this.#panel.append(
        el(d, 'p', { className: 'gc-muted', text: this.#t('archiveNoHighlights') }),
      );
      return;
    }
    const list = el(d, 'ol', { className: 'gc-hl-list' });
    for (const entry of anchored) list.append(this.#renderItem(entry));
    this.#panel.append(list);
    if (orphaned.length > 0) {
      const orphanList = el(d, 'ol', { className: 'gc-hl-list gc-hl-orphans' });
      for (const entry of orphaned) orphanList.append(this.#renderItem(entry));
      this.#panel.append(
        el(d, 'h3', { text: this.#t('archiveOrphanedTitle') }),
        el(d, 'p', { className: 'gc-muted', text: this.#t('archiveOrphanedHint') }),
        orphanList,
      );
    }
  }

  #renderItem({ annotation, range }: Placed): HTMLElement {
    const d = this.#document;
    const item = el(d, 'li', {
      className: `gc-hl-item gc-hl-item-${annotation.color}`,
      attrs: { 'data-gc-annotation-item': annotation.id },
    });
    const quote = el(d, 'blockquote', {
      className: 'gc-hl-quote',
      text: annotation.target.selector[0].exact,
    });
    if (range) {
      quote.tabIndex = 0;
      quote.addEventListener('click', () => this.#layer.focus(annotation.id));
    }
    item.append(quote);
    if (this.#editing === annotation.id) {
      item.append(
        annotationEditor(
          d,
          this.#t,
          annotation,
          (value) => void this.#update(annotation, value),
          () => {
            this.#editing = null;
            this.#render();
          },
        ),
      );
      return item;
    }
    if (annotation.note.trim() !== '') item.append(noteElement(d, annotation.note));
    if (annotation.tags.length > 0) {
      item.append(
        el(
          d,
          'ul',
          { className: 'gc-tags' },
          ...annotation.tags.map((tag) => el(d, 'li', { text: tag })),
        ),
      );
    }
    item.append(
      el(
        d,
        'div',
        { className: 'gc-hl-actions' },
        button(d, this.#t('archiveEdit'), () => {
          this.#editing = annotation.id;
          this.#render();
        }),
        button(d, this.#t('archiveDelete'), () => void this.#delete(annotation), {
          className: 'gc-danger',
        }),
      ),
    );
    return item;
  }

  #renderMeta(record: ArchivedArticle): HTMLElement {
    const d = this.#document;
    const form = el(d, 'form', { className: 'gc-archive-meta' });
    const tags = el(d, 'input', { attrs: { type: 'text', name: 'tags' } });
    tags.value = record.tags.join(', ');
    const note = el(d, 'textarea', { attrs: { name: 'note', rows: '3' } });
    note.value = record.note;
    const read = el(d, 'input', { attrs: { type: 'checkbox', name: 'read' } });
    read.checked = record.read;
    form.append(
      el(d, 'h3', { text: this.#t('archiveArticleMeta') }),
      el(d, 'label', { text: this.#t('archiveTagsLabel') }, tags),
      el(d, 'label', { text: this.#t('archiveArticleNote') }, note),
      el(d, 'label', { className: 'gc-inline' }, read, ` ${this.#t('archiveRead')}`),
      el(d, 'button', { text: this.#t('archiveSaveChanges'), attrs: { type: 'submit' } }),
    );
    if (record.note.trim() !== '')
      form.append(noteElement(d, record.note, 'gc-note gc-article-note'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#repository
        .updateArticle(record.id, {
          tags: parseTags(tags.value),
          note: note.value,
          read: read.checked,
        })
        .then((updated) => {
          this.#record = updated;
          this.#render();
          this.#toast.show(this.#t('archiveChangesSaved'));
        })
        .catch((error: unknown) =>
          this.#toast.show(this.#t('archiveSaveFailed', errorMessage(error)), { kind: 'error' }),
        );
    });
    return form;
  }
}
