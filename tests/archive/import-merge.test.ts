import { Blob as NodeBlob } from 'node:buffer';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openArchive } from '../../packages/archive/src';
import { exportBackup } from '../../packages/archive/src/export/backup';
import { generateArchive, generatedRecords, seedArchive } from '../bench/lib/generate-articles';
import { readArchiveSnapshot } from '../../packages/archive/src/export/read-snapshot';
import { ImportError } from '../../packages/archive/src/import/import-error';
import { mergeAnnotation, mergeArticle } from '../../packages/archive/src/import/merge';
import { restoreBackup } from '../../packages/archive/src/import/restore';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.stubGlobal('Blob', NodeBlob);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const [sample] = generatedRecords(generateArchive({ articles: 1, seed: 2, imagesPerArticle: 0 }));
const record = sample!.record;
const annotation = sample!.annotations[0]!;

describe('merge rules', () => {
  it('keeps the newer article, unites tags and earlier versions; a tie keeps the archived copy', () => {
    const older = {
      ...record,
      updatedAt: '2026-01-01T00:00:00.000Z',
      tags: ['a', 'b'],
      note: 'cũ',
      versions: [{ savedAt: '2025-01-01T00:00:00.000Z', title: 't0', text: 'x0', html: '' }],
    };
    const newer = {
      ...record,
      updatedAt: '2026-02-01T00:00:00.000Z',
      tags: ['c', 'a'],
      note: 'mới',
      versions: [{ savedAt: '2025-06-01T00:00:00.000Z', title: 't1', text: 'x1', html: '' }],
    };
    const incomingWins = mergeArticle(older, newer);
    expect(incomingWins.incomingWon).toBe(true);
    expect(incomingWins.changed).toBe(true);
    expect(incomingWins.record.note).toBe('mới');
    expect(incomingWins.record.tags).toEqual(['c', 'a', 'b']);
    expect(incomingWins.record.versions.map((version) => version.title)).toEqual(['t0', 't1']);
    const archivedWins = mergeArticle(newer, older);
    expect(archivedWins.incomingWon).toBe(false);
    expect(archivedWins.record.note).toBe('mới');
    expect(archivedWins.record.tags).toEqual(['c', 'a', 'b']);
    const tie = mergeArticle(older, { ...older, note: 'khác' });
    expect(tie.incomingWon).toBe(false);
    expect(tie.changed).toBe(false);
    expect(tie.record).toEqual(older);
  });

  it('keeps the newer annotation and unites tags', () => {
    const archived = {
      ...annotation,
      modified: '2026-01-01T00:00:00.000Z',
      note: 'a',
      tags: ['x'],
    };
    const incoming = {
      ...annotation,
      modified: '2026-01-02T00:00:00.000Z',
      note: 'b',
      tags: ['y'],
    };
    expect(mergeAnnotation(archived, incoming).record).toMatchObject({
      note: 'b',
      tags: ['y', 'x'],
    });
    expect(mergeAnnotation(incoming, archived).record).toMatchObject({
      note: 'b',
      tags: ['y', 'x'],
    });
    expect(mergeAnnotation(archived, { ...archived }).changed).toBe(false);
  });
});

describe('restore is all or nothing', () => {
  it('a write failing half-way (quota) leaves the archive exactly as it was', async () => {
    const generated = generateArchive({
      articles: 40,
      seed: 6,
      imagesPerArticle: 1,
      imageBytes: 16,
    });
    const archive = await openArchive(indexedDB, { name: 'quota' });
    await seedArchive(archive, generated.slice(0, 10));
    const other = await openArchive(indexedDB, { name: 'quota-source' });
    await seedArchive(other, generated);
    const text = new TextDecoder().decode(
      (await exportBackup(await readArchiveSnapshot(other))).bytes,
    );
    const dump = async () => ({
      articles: await archive.database.getAll('articles'),
      annotations: await archive.database.getAll('annotations'),
      images: (await archive.database.getAll('images')).map((image) => image.key),
      cards: await archive.database.getAll('cards'),
      search: await archive.database.getAll('search'),
      citations: await archive.database.getAll('citations'),
    });
    const before = await dump();

    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (++calls === 60)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const error = await restoreBackup(archive, text).catch((caught: unknown) => caught);
    expect(calls).toBeGreaterThanOrEqual(60);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('write-failed');
    vi.restoreAllMocks();
    vi.stubGlobal('Blob', NodeBlob);
    expect(await dump()).toEqual(before);
    // And the same file then restores completely.
    await restoreBackup(archive, text);
    expect(await archive.database.count('articles')).toBe(40);
  });
});
