import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openArchive, type ArchiveRepository, type ImageInput } from '../../packages/archive/src';
import { ArchiveFeatures } from '../../extension/lib/archive/archive-features';
import type { ReaderContext } from '../../extension/lib/reader/reader-context';
import { renderArticle } from '../../extension/lib/reader/render-article';
import { offsetsFromRange, rangeFromOffsets } from '../../extension/lib/reader/text-map';
import { imageBlob, makeArticle, steppingClock } from './helpers';
import { resolutionArticle } from './sample-articles';

/** Translations as `key(subs)`, so assertions see which message was chosen and with what. */
const t = (key: string, ...subs: string[]) => (subs.length ? `${key}(${subs.join(',')})` : key);

let repository: ArchiveRepository;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  repository = await openArchive(undefined, { now: steppingClock() });
  document.body.textContent = '';
  document.documentElement.removeAttribute('data-gc-archive');
});

function mount(article = resolutionArticle, requestedAction: 'read' | 'save' = 'read') {
  const rendered = renderArticle(article, article.url ?? '', { sanitize: null, t }, document);
  const toolbar = document.createElement('div');
  const sidePanel = document.createElement('aside');
  document.body.append(toolbar, rendered.root, sidePanel);
  const context: ReaderContext = {
    article,
    sourceUrl: article.url ?? '',
    root: rendered.root,
    toolbar,
    sidePanel,
    rangeFromOffsets: (start, end) => rangeFromOffsets(rendered.root, start, end),
    offsetsFromRange: (range) => offsetsFromRange(rendered.root, range),
    requestedAction,
    t,
  };
  const fetched: string[][] = [];
  const features = new ArchiveFeatures(context, repository, {
    fetchImages: async (sources: readonly string[]): Promise<ImageInput[]> => {
      fetched.push([...sources]);
      return sources.map((src) => ({ src, blob: imageBlob(`bytes of ${src}`) }));
    },
  });
  return { features, root: rendered.root, sidePanel, toolbar, fetched };
}

const archiveState = () => document.documentElement.getAttribute('data-gc-archive');
const toastText = () => document.querySelector('.gc-archive-toast')?.textContent ?? '';

describe('archive features in the reader', () => {
  it('saves when the reader was opened with the save action, images included', async () => {
    const { features, fetched } = mount(resolutionArticle, 'save');
    await features.start();
    expect(archiveState()).toBe('saved');
    expect(fetched).toEqual([resolutionArticle.images.map((image) => image.src)]);
    const record = await repository.getArticleByUrl(resolutionArticle.url ?? '');
    expect(record?.imageKeys).toHaveLength(1);
    expect(toastText()).toContain('archiveSavedNew(1)');
  });

  it('only reads when asked to read, and offers the save button', async () => {
    const { features, toolbar } = mount();
    await features.start();
    expect(archiveState()).toBe('unsaved');
    expect(await repository.listArticles()).toEqual({ cards: [], total: 0 });
    toolbar.querySelector<HTMLButtonElement>('.gc-archive-save')?.click();
    await expect.poll(archiveState).toBe('saved');
  });

  it('highlights (saving first), paints, edits the note and deletes with undo', async () => {
    const { features, root, sidePanel } = mount();
    await features.start();
    const quote = 'phân công rõ người, rõ việc';
    const start = resolutionArticle.text.indexOf(quote);
    const annotation = await features.addHighlight(start, start + quote.length, 'pink');
    expect(annotation).not.toBeNull();
    expect(archiveState()).toBe('saved');
    const marks = () =>
      Array.from(root.querySelectorAll('mark.gc-hl')).map((mark) => [
        mark.className,
        mark.textContent,
      ]);
    expect(marks()).toEqual([['gc-hl gc-hl-pink', quote]]);
    // The text the offsets map is unchanged by the wrappers.
    const range = rangeFromOffsets(root, start, start + quote.length);
    expect(range?.toString()).toBe(quote);

    // The new highlight opens its editor: write a Markdown note with tags.
    const editor = sidePanel.querySelector<HTMLFormElement>('.gc-hl-editor');
    expect(editor).not.toBeNull();
    editor!.querySelector('textarea')!.value = 'Giao **Văn phòng** theo dõi <script>x</script>';
    editor!.querySelector<HTMLInputElement>('input[type="text"]')!.value = 'đôn đốc, quý 3';
    editor!.querySelector<HTMLButtonElement>('[data-color="green"]')!.click();
    editor!.dispatchEvent(new Event('submit', { cancelable: true }));
    await expect
      .poll(() => sidePanel.querySelector('.gc-note strong')?.textContent)
      .toBe('Văn phòng');
    expect(sidePanel.querySelector('.gc-note script')).toBeNull();
    expect(sidePanel.querySelector('.gc-note')?.textContent).toContain('<script>x</script>');
    expect(marks()).toEqual([['gc-hl gc-hl-green', quote]]);
    const [stored] = await repository.listAnnotations(annotation!.articleId);
    expect(stored?.tags).toEqual(['đôn đốc', 'quý 3']);

    // Delete, then undo from the toast.
    sidePanel.querySelector<HTMLButtonElement>('.gc-hl-actions .gc-danger')!.click();
    await expect.poll(marks).toEqual([]);
    expect(await repository.listAnnotations(annotation!.articleId)).toEqual([]);
    document.querySelector<HTMLButtonElement>('.gc-archive-undo')!.click();
    await expect.poll(marks).toEqual([['gc-hl gc-hl-green', quote]]);
    expect(await repository.listAnnotations(annotation!.articleId)).toHaveLength(1);
  });

  it('lists highlights that no longer anchor after the page changed as orphaned', async () => {
    const first = mount();
    await first.features.start();
    const quote = 'trực tuyến đến 12 điểm cầu cấp huyện';
    const start = resolutionArticle.text.indexOf(quote);
    await first.features.addHighlight(start, start + quote.length, 'yellow');
    document.body.textContent = '';

    const changed = makeArticle({
      url: resolutionArticle.url,
      title: resolutionArticle.title,
      paragraphs: ['Nội dung bài đã được thay toàn bộ bằng thông báo lịch tiếp công dân.'],
    });
    const second = mount(changed);
    await second.features.start();
    expect(second.root.querySelectorAll('mark.gc-hl')).toHaveLength(0);
    const orphans = second.sidePanel.querySelectorAll('.gc-hl-orphans .gc-hl-quote');
    expect(Array.from(orphans).map((quoteElement) => quoteElement.textContent)).toEqual([quote]);
  });

  it('reports a failed save in the status line and marks the state', async () => {
    const { features } = mount();
    await features.start();
    repository.close(); // the database connection is gone: every write fails
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await features.save();
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
    expect(archiveState()).toBe('error');
    expect(toastText()).toContain('archiveSaveFailed(');
    expect(document.querySelector('.gc-archive-toast')?.getAttribute('role')).toBe('alert');
  });
});
