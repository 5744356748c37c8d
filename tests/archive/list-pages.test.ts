import { IDBFactory, IDBIndex } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openArchive, type ArchiveRepository } from '../../packages/archive/src';
import { exportBackup } from '../../packages/archive/src/export/backup';
import { readArchiveSnapshot } from '../../packages/archive/src/export/read-snapshot';
import { restoreBackup } from '../../packages/archive/src/import/restore';
import { compareCards } from '../../packages/archive/src/search/filters';
import { makeArticle } from './helpers';

let repository: ArchiveRepository;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  // Few distinct clock values: many articles share a save time (ties on the sort key).
  let tick = 0;
  repository = await openArchive(undefined, {
    now: () => new Date(Date.UTC(2025, 0, 1, 0, 0, Math.floor(tick++ / 3))),
  });
});

// Two ways to read a page: `getAllRecords` in one request where the browser has it (Chromium,
// fake-indexeddb), a key cursor plus `getAll` where it does not (Firefox today). Both must give
// the same pages.
const indexPrototype = IDBIndex.prototype as { getAllRecords?: unknown };
const realGetAllRecords = indexPrototype.getAllRecords;

describe.each([
  ['getAllRecords', true],
  ['the cursor fallback', false],
])('listArticles pages, read by %s', (_way, withRecords) => {
  let recordCalls: ReturnType<typeof vi.fn> | null = null;
  beforeEach(() => {
    expect(typeof realGetAllRecords).toBe('function');
    if (withRecords) {
      recordCalls = vi.fn(realGetAllRecords as (...args: unknown[]) => unknown);
      indexPrototype.getAllRecords = recordCalls;
    } else {
      recordCalls = null;
      delete indexPrototype.getAllRecords;
    }
  });
  afterEach(() => {
    indexPrototype.getAllRecords = realGetAllRecords;
  });

  it('every page of both sorts is the slice of the full order, ties included', async () => {
    for (let index = 0; index < 23; index++) {
      await repository.saveArticle(
        makeArticle({
          url: `https://portal.example.vn/tin/${(index * 7) % 23}.html`,
          title: `Bài ${index}`,
          paragraphs: ['Nội dung.'],
          published: index % 4 === 0 ? null : `2024-0${1 + (index % 3)}-10T08:00+07:00`,
        }),
      );
    }
    const all = await repository.database.getAll('cards');
    for (const sort of ['saved', 'published'] as const) {
      const expected = [...all].sort(compareCards(sort)).map((card) => card.id);
      for (const limit of [1, 4, 7, 50]) {
        for (let offset = 0; offset <= 24; offset += 3) {
          const page = await repository.listArticles({ sort, offset, limit });
          expect(page.total).toBe(23);
          expect(
            page.cards.map((card) => card.id),
            `${sort} ${offset}+${limit}`,
          ).toEqual(expected.slice(offset, offset + limit));
        }
      }
    }
    // The way under test is the way taken.
    if (recordCalls) expect(recordCalls).toHaveBeenCalled();
  });
});

describe('the kept article total (v5 `totals`)', () => {
  /** The total as every list reports it, beside the cards actually stored. */
  async function totals() {
    const db = repository.database;
    return {
      kept: (await db.get('totals', 'articles'))?.count,
      cards: await db.count('cards'),
      listed: (await repository.listArticles({ limit: 1 })).total,
      listedByDate: (await repository.listArticles({ sort: 'published', limit: 1 })).total,
    };
  }
  const agree = (count: number) => ({
    kept: count,
    cards: count,
    listed: count,
    listedByDate: count,
  });
  const article = (index: number, text = 'Nội dung.') =>
    makeArticle({
      url: `https://portal.example.vn/tin/${index}.html`,
      title: `Bài ${index}`,
      paragraphs: [text],
    });

  it('follows saves, re-saves, edits, deletes, undo and a backup restore', async () => {
    expect(await totals()).toEqual(agree(0));
    for (let index = 0; index < 5; index++) await repository.saveArticle(article(index));
    expect(await totals()).toEqual(agree(5));
    // Saving an archived URL again, with or without a new text, adds no article.
    await repository.saveArticle(article(1));
    await repository.saveArticle(article(2, 'Nội dung đã sửa.'));
    const id = (await repository.listArticles()).cards[0]!.id;
    await repository.updateArticle(id, { read: true, tags: ['a'] });
    const highlight = await repository.addAnnotation({ articleId: id, start: 0, end: 3 });
    await repository.deleteAnnotation(highlight.id);
    expect(await totals()).toEqual(agree(5));

    const deleted = await repository.deleteArticle(id);
    expect(await totals()).toEqual(agree(4));
    await expect(repository.deleteArticle(id)).rejects.toThrow();
    expect(await totals()).toEqual(agree(4));
    await repository.restoreArticle(deleted);
    expect(await totals()).toEqual(agree(5));

    // A backup of these 5 restored into an archive holding 2 of them and 1 other: 6.
    const file = await exportBackup(await readArchiveSnapshot(repository));
    globalThis.indexedDB = new IDBFactory();
    repository = await openArchive();
    await repository.saveArticle(article(0));
    await repository.saveArticle(article(3));
    await repository.saveArticle(article(9));
    expect(await totals()).toEqual(agree(3));
    await restoreBackup(repository, file.bytes);
    expect(await totals()).toEqual(agree(6));
  });
});
