import { Blob as NodeBlob } from 'node:buffer';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openArchive, type ArchiveRepository } from '../../packages/archive/src';
import { exportBackup } from '../../packages/archive/src/export/backup';
import { generateArchive, seedArchive } from '../bench/lib/generate-articles';
import { readArchiveSnapshot } from '../../packages/archive/src/export/read-snapshot';
import { mountExportControls } from '../../extension/lib/export/export-controls';

let downloads: Array<{ name: string; blob: Blob }>;

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  vi.stubGlobal('Blob', NodeBlob);
  downloads = [];
  let lastBlob: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    lastBlob = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, blob: lastBlob! });
  });
  document.body.innerHTML = '';
  document.documentElement.lang = 'vi';
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function settled(root: Element): Promise<string> {
  await vi.waitFor(() => {
    expect(['done', 'error', 'idle']).toContain(root.getAttribute('data-gc-export-status'));
  });
  return root.getAttribute('data-gc-export-status')!;
}

async function mounted(
  repository: ArchiveRepository,
  visible: string[],
  current: string | null = null,
) {
  const container = document.createElement('div');
  document.body.append(container);
  const onArchiveChanged = vi.fn();
  await mountExportControls(container, {
    repository,
    visibleArticleIds: () => visible,
    currentArticleId: () => current,
    onArchiveChanged,
  });
  const root = container.querySelector<HTMLDetailsElement>('[data-gc-export]')!;
  const select = (name: string, value: string) => {
    const element = root.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
    element.value = value;
  };
  const run = async () => {
    root.querySelector<HTMLButtonElement>('[data-gc-export-run]')!.click();
    await vi.waitFor(() => expect(root.getAttribute('data-gc-export-status')).not.toBe('working'));
    return settled(root);
  };
  const importText = async (text: string) => {
    const input = root.querySelector<HTMLInputElement>('[data-gc-import-file]')!;
    Object.defineProperty(input, 'files', {
      configurable: true,
      value: [new Blob([text], { type: 'application/json' })],
    });
    input.dispatchEvent(new Event('change'));
    // A restore reads the file and loads the import module: on a loaded machine that can take
    // more than waitFor's default second.
    await vi.waitFor(
      () => expect(['done', 'error']).toContain(root.getAttribute('data-gc-export-status')),
      { timeout: 10_000 },
    );
    return root.getAttribute('data-gc-export-status')!;
  };
  return { root, select, run, importText, onArchiveChanged };
}

describe('export controls', () => {
  it('exports the articles shown, in the chosen format, as a download', async () => {
    const repository = await openArchive(indexedDB, { name: 'ui' });
    await seedArchive(repository, generateArchive({ articles: 3, seed: 4, imagesPerArticle: 0 }));
    const ids = (await repository.database.getAll('articles')).map((record) => record.id);
    const ui = await mounted(repository, ids.slice(0, 2));
    const scope = ui.root.querySelector<HTMLSelectElement>('select[name="gc-export-scope"]')!;
    // No article open: "this article" is hidden and the shown articles are the default.
    expect(scope.value).toBe('visible');
    ui.select('gc-export-format', 'csv');
    expect(await ui.run()).toBe('done');
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toMatch(/^govclip-references-\d{4}-\d{2}-\d{2}\.csv$/u);
    const csv = await downloads[0]!.blob.text();
    const articleColumn = csv
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[0]);
    expect(new Set(articleColumn)).toEqual(new Set(ids.slice(0, 2)));
    expect(ui.root.querySelector('.gc-export-status')!.textContent).toContain('Đã xuất');
  });

  it('defaults to the open article and says so when the scope is empty', async () => {
    const repository = await openArchive(indexedDB, { name: 'ui-current' });
    const ui = await mounted(repository, [], 'https://khong-co.example.gov.vn/bai');
    expect(ui.root.querySelector<HTMLSelectElement>('select[name="gc-export-scope"]')!.value).toBe(
      'current',
    );
    expect(await ui.run()).toBe('idle');
    expect(downloads).toHaveLength(0);
    expect(ui.root.querySelector('.gc-export-status')!.textContent).toBe(
      'Không có bài nào trong phạm vi đã chọn.',
    );
  });

  it('restores a backup file, tells the page, and refuses a tampered one in Vietnamese', async () => {
    const source = await openArchive(indexedDB, { name: 'ui-source' });
    await seedArchive(
      source,
      generateArchive({ articles: 2, seed: 8, imagesPerArticle: 1, imageBytes: 32 }),
    );
    const text = new TextDecoder().decode(
      (await exportBackup(await readArchiveSnapshot(source))).bytes,
    );
    const target = await openArchive(indexedDB, { name: 'ui-target' });
    const ui = await mounted(target, []);
    expect(await ui.importText(text)).toBe('done');
    expect(ui.onArchiveChanged).toHaveBeenCalledTimes(1);
    expect(await target.database.count('articles')).toBe(2);
    expect(ui.root.querySelector('.gc-export-status')!.textContent).toContain('2 bài mới');

    expect(await ui.importText(text.replace('Hội nghị', 'Hội nghi'))).toBe('error');
    expect(ui.root.querySelector('.gc-export-status')!.textContent).toMatch(
      /SHA-256 không khớp.*Kho lưu trữ không bị thay đổi/u,
    );
    expect(ui.onArchiveChanged).toHaveBeenCalledTimes(1);
  });
});
