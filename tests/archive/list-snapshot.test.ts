import { Blob as NodeBlob } from 'node:buffer';
import { IDBFactory } from 'fake-indexeddb';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  listSnapshotKey,
  openArchive,
  readListSnapshot,
  sameListPage,
  type ArchiveRepository,
  type ListSnapshotOptions,
  type SnapshotStorage,
} from '../../packages/archive/src';
import { exportBackup } from '../../packages/archive/src/export/backup';
import { readArchiveSnapshot } from '../../packages/archive/src/export/read-snapshot';
import { exportWebAnnotations } from '../../packages/archive/src/export/web-annotation';
import { restoreBackup } from '../../packages/archive/src/import/restore';
import { importWebAnnotations } from '../../packages/archive/src/import/web-annotation-import';
import { writeListSnapshot } from '../../packages/archive/src/storage/list-snapshot';
import { generateArchive, generatedRecords } from '../bench/lib/generate-articles';
import { makeArticle, steppingClock } from './helpers';

beforeAll(() => vi.stubGlobal('Blob', NodeBlob));
afterAll(() => vi.unstubAllGlobals());

const LIMIT = 4;
const NAME = 'snapshot-test';
let storage: Storage;
let snapshot: ListSnapshotOptions;
let repository: ArchiveRepository;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  // A real Web Storage (happy-dom's), fresh for each test.
  storage = new Window().localStorage as unknown as Storage;
  // No rewrite delay here: each test flushes; the delay has its own test.
  snapshot = { storage, limit: LIMIT, rewriteDelayMs: 0 };
  repository = await openArchive(indexedDB, {
    name: NAME,
    now: steppingClock(),
    listSnapshot: snapshot,
  });
});

function article(index: number) {
  return makeArticle({
    url: `https://portal.example.vn/bai-${index}.html`,
    title: `Bài viết số ${index} về Nghị quyết 03-NQ/TU`,
    paragraphs: [`Nội dung bài ${index}: triển khai Nghị quyết 03-NQ/TU ngày 13/4/2021.`],
  });
}

/** The snapshot as a page would read it, and the first page as the database has it. */
async function snapshotAndDatabase() {
  await repository.flushListSnapshot();
  const shown = readListSnapshot(snapshot, NAME);
  // Read through a repository without a snapshot, so the check itself writes nothing.
  const plain = await openArchive(indexedDB, { name: NAME });
  const truth = await plain.listArticles({ limit: LIMIT });
  plain.close();
  return { shown, truth };
}

async function expectSnapshotCurrent(): Promise<void> {
  const { shown, truth } = await snapshotAndDatabase();
  expect(shown).not.toBeNull();
  expect(shown!.total).toBe(truth.total);
  expect(shown!.cards.map((card) => card.id)).toEqual(truth.cards.map((card) => card.id));
  expect(sameListPage(shown!, truth)).toBe(true);
}

describe('list snapshot: kept by the repository', () => {
  it('holds the newest cards and the total after saves, more saves than the page holds', async () => {
    for (let index = 0; index < LIMIT + 3; index++) await repository.saveArticle(article(index));
    await expectSnapshotCurrent();
    const { shown } = await snapshotAndDatabase();
    expect(shown!.total).toBe(LIMIT + 3);
    expect(shown!.cards[0]!.title).toBe(`Bài viết số ${LIMIT + 2} về Nghị quyết 03-NQ/TU`);
  });

  it('saves in quick succession (not awaited one by one) end in one current snapshot', async () => {
    await Promise.all([0, 1, 2, 3, 4, 5].map((index) => repository.saveArticle(article(index))));
    await expectSnapshotCurrent();
  });

  it('follows every kind of write: read flag, tags, highlights, delete, undo', async () => {
    const saved = [];
    for (let index = 0; index < LIMIT + 1; index++) {
      saved.push((await repository.saveArticle(article(index))).record);
    }
    const newest = saved[saved.length - 1]!;

    await repository.updateArticle(newest.id, { read: true, tags: ['báo cáo'] });
    await expectSnapshotCurrent();
    expect(readListSnapshot(snapshot, NAME)!.cards[0]).toMatchObject({
      read: true,
      tags: ['báo cáo'],
    });

    const start = newest.article.text.indexOf('triển khai');
    const highlight = await repository.addAnnotation({
      articleId: newest.id,
      start,
      end: start + 'triển khai'.length,
      note: 'Theo dõi',
    });
    await expectSnapshotCurrent();
    expect(readListSnapshot(snapshot, NAME)!.cards[0]!.annotationCount).toBe(1);
    await repository.deleteAnnotation(highlight.id);
    await expectSnapshotCurrent();
    expect(readListSnapshot(snapshot, NAME)!.cards[0]!.annotationCount).toBe(0);

    const deleted = await repository.deleteArticle(newest.id);
    await expectSnapshotCurrent();
    expect(readListSnapshot(snapshot, NAME)!.cards.map((card) => card.id)).not.toContain(newest.id);
    await repository.restoreArticle(deleted);
    await expectSnapshotCurrent();
    expect(readListSnapshot(snapshot, NAME)!.cards[0]!.id).toBe(newest.id);
  });

  it('follows a backup restore and a Web Annotation import (writes outside the class)', async () => {
    const generated = generateArchive({ articles: LIMIT + 2, seed: 5, imagesPerArticle: 0 });
    const source = await openArchive(indexedDB, { name: 'snapshot-source' });
    for (const deleted of generatedRecords(generated)) await source.restoreArticle(deleted);

    const backup = await exportBackup(await readArchiveSnapshot(source, {}));
    await restoreBackup(repository, new TextDecoder().decode(backup.bytes));
    await expectSnapshotCurrent();
    expect(readListSnapshot(snapshot, NAME)!.total).toBe(LIMIT + 2);

    // The same articles without their highlights, then the highlights imported onto them.
    globalThis.indexedDB = new IDBFactory();
    repository = await openArchive(indexedDB, { name: NAME, listSnapshot: snapshot });
    const bare = await openArchive(indexedDB, { name: 'snapshot-bare' });
    for (const deleted of generatedRecords(generated)) {
      await repository.restoreArticle({ ...deleted, annotations: [] });
      await bare.restoreArticle(deleted);
    }
    await expectSnapshotCurrent();
    const before = readListSnapshot(snapshot, NAME)!;
    expect(before.cards.every((card) => card.annotationCount === 0)).toBe(true);
    const jsonLd = exportWebAnnotations(await readArchiveSnapshot(bare, { images: false }));
    await importWebAnnotations(repository, new TextDecoder().decode(jsonLd.bytes));
    await expectSnapshotCurrent();
    expect(readListSnapshot(snapshot, NAME)!.cards.some((card) => card.annotationCount > 0)).toBe(
      true,
    );
  });

  it('writes within the rewrite delay share one rewrite, which never runs inside a save', async () => {
    // A delay longer than the test's timeout: only a flush can start this rewrite.
    const delayed = await openArchive(indexedDB, {
      name: 'delayed',
      now: steppingClock(),
      listSnapshot: { storage, limit: LIMIT, rewriteDelayMs: 600_000 },
    });
    const setItem = vi.spyOn(storage, 'setItem');
    for (let index = 0; index < 3; index++) await delayed.saveArticle(article(index));
    // The saves have resolved; their rewrite is still waiting.
    expect(setItem).not.toHaveBeenCalled();
    expect(readListSnapshot(snapshot, 'delayed')).toBeNull();
    // A page about to be hidden flushes it: one rewrite for the three saves.
    await delayed.flushListSnapshot();
    expect(setItem).toHaveBeenCalledTimes(1);
    const shown = readListSnapshot(snapshot, 'delayed');
    expect(shown?.total).toBe(3);
    expect(shown?.cards.map((card) => card.id)).toEqual(
      (await delayed.listArticles({ limit: LIMIT + 1 })).cards.map((card) => card.id),
    );
    setItem.mockRestore();
  });

  it('a waiting rewrite runs by itself once the delay has passed', async () => {
    const delayed = await openArchive(indexedDB, {
      name: 'delayed-timer',
      now: steppingClock(),
      listSnapshot: { storage, limit: LIMIT, rewriteDelayMs: 20 },
    });
    await delayed.saveArticle(article(1));
    await vi.waitFor(() => expect(readListSnapshot(snapshot, 'delayed-timer')?.total).toBe(1), {
      timeout: 10_000,
    });
  });

  it('a refresh that fails (database closed) removes the snapshot instead of leaving it stale', async () => {
    await repository.saveArticle(article(1));
    await repository.flushListSnapshot();
    expect(readListSnapshot(snapshot, NAME)).not.toBeNull();
    repository.close();
    repository.listChanged();
    await repository.flushListSnapshot();
    expect(storage.getItem(listSnapshotKey(NAME))).toBeNull();
  });

  it('a full storage loses the snapshot, never the save', async () => {
    await repository.saveArticle(article(1));
    await repository.flushListSnapshot();
    const setItem = vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const saved = await repository.saveArticle(article(2));
    await repository.flushListSnapshot();
    expect(setItem).toHaveBeenCalled();
    expect(storage.getItem(listSnapshotKey(NAME))).toBeNull();
    expect((await repository.getArticle(saved.record.id))?.id).toBe(saved.record.id);
  });

  it('reading the first page rewrites the snapshot (a stale one heals on the next open)', async () => {
    for (let index = 0; index < 3; index++) await repository.saveArticle(article(index));
    await repository.flushListSnapshot();
    storage.setItem(listSnapshotKey(NAME), '{"format":1,"limit":4,"total":0,"cards":[]}');
    expect(readListSnapshot(snapshot, NAME)).toEqual({ cards: [], total: 0 });
    const page = await repository.listArticles({ limit: LIMIT });
    const rewritten = readListSnapshot(snapshot, NAME);
    expect(rewritten?.cards.map((card) => card.id)).toEqual(page.cards.map((card) => card.id));
    expect(sameListPage(rewritten!, page)).toBe(true);
    // Read again unchanged: nothing is written.
    const setItem = vi.spyOn(storage, 'setItem');
    await repository.listArticles({ limit: LIMIT });
    expect(setItem).not.toHaveBeenCalled();
    setItem.mockRestore();
    // Other pages (filtered, another sort, another size) leave it alone.
    storage.removeItem(listSnapshotKey(NAME));
    await repository.listArticles({ limit: LIMIT, sort: 'published' });
    await repository.listArticles({ limit: LIMIT, filters: { tag: 'x' } });
    await repository.listArticles({ limit: LIMIT + 1 });
    expect(storage.getItem(listSnapshotKey(NAME))).toBeNull();
  });

  it('without the option nothing is written', async () => {
    const plainStorage = new Window().localStorage as unknown as Storage;
    const plain = await openArchive(indexedDB, { name: 'plain' });
    await plain.saveArticle(article(1));
    await plain.flushListSnapshot();
    expect(plainStorage.length).toBe(0);
    expect(storage.getItem(listSnapshotKey('plain'))).toBeNull();
  });
});

describe('list snapshot: reading what the storage holds', () => {
  async function validRaw(): Promise<Record<string, unknown>> {
    for (let index = 0; index < LIMIT; index++) await repository.saveArticle(article(index));
    await repository.flushListSnapshot();
    return JSON.parse(storage.getItem(listSnapshotKey(NAME))!) as Record<string, unknown>;
  }

  it('rejects anything that is not a snapshot of this page size', async () => {
    const raw = await validRaw();
    const cards = raw.cards as Record<string, unknown>[];
    const variants: [string, string][] = [
      ['not JSON', '{"format":1,'],
      ['another format', JSON.stringify({ ...raw, format: 2 })],
      ['an unknown key', JSON.stringify({ ...raw, extra: true })],
      ['another page size', JSON.stringify({ ...raw, limit: LIMIT + 1 })],
      ['more cards than the total', JSON.stringify({ ...raw, total: 1 })],
      ['fewer cards than the page holds', JSON.stringify({ ...raw, cards: cards.slice(1) })],
      [
        'a card missing a field',
        JSON.stringify({ ...raw, cards: [{ ...cards[0], title: undefined }, ...cards.slice(1)] }),
      ],
      [
        'a card with a script in a wrong type',
        JSON.stringify({ ...raw, cards: [{ ...cards[0], read: '<script>' }, ...cards.slice(1)] }),
      ],
      [
        'a card with a field we never write',
        JSON.stringify({ ...raw, cards: [{ ...cards[0], html: '<b>x</b>' }, ...cards.slice(1)] }),
      ],
      [
        'a negative highlight count',
        JSON.stringify({
          ...raw,
          cards: [{ ...cards[0], annotationCount: -1 }, ...cards.slice(1)],
        }),
      ],
      [
        'a tag that is not text',
        JSON.stringify({ ...raw, cards: [{ ...cards[0], tags: [1] }, ...cards.slice(1)] }),
      ],
      ['a total that is not a whole number', JSON.stringify({ ...raw, total: 4.5 })],
      ['an array', JSON.stringify([raw])],
      ['too large', JSON.stringify({ ...raw, pad: 'x'.repeat(2_000_001) })],
    ];
    expect(readListSnapshot(snapshot, NAME)).not.toBeNull();
    for (const [what, value] of variants) {
      storage.setItem(listSnapshotKey(NAME), value);
      expect(readListSnapshot(snapshot, NAME), what).toBeNull();
    }
  });

  it('a storage that throws (disabled by privacy settings) reads as no snapshot', () => {
    const broken: SnapshotStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const options = { storage: broken, limit: LIMIT };
    expect(readListSnapshot(options, NAME)).toBeNull();
    expect(writeListSnapshot(options, NAME, { cards: [], total: 0 })).toBe(false);
  });

  it('sameListPage tells any changed field or order, and ignores key order', async () => {
    await validRaw();
    const page = readListSnapshot(snapshot, NAME)!;
    const copy = structuredClone(page);
    expect(sameListPage(page, copy)).toBe(true);
    const reordered = {
      total: page.total,
      cards: page.cards.map((card) => Object.fromEntries(Object.entries(card).reverse())),
    } as typeof page;
    expect(sameListPage(page, reordered)).toBe(true);
    expect(sameListPage(page, { ...copy, total: copy.total + 1 })).toBe(false);
    expect(sameListPage(page, { ...copy, cards: [...copy.cards].reverse() })).toBe(false);
    const changed = structuredClone(page);
    changed.cards[2]!.tags = [...changed.cards[2]!.tags, 'mới'];
    expect(sameListPage(page, changed)).toBe(false);
    const unread = structuredClone(page);
    unread.cards[0]!.read = !unread.cards[0]!.read;
    expect(sameListPage(page, unread)).toBe(false);
  });
});
