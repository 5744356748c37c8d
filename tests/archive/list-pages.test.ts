import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveRepository } from '../../packages/archive/src';
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

describe('listArticles pages', () => {
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
  });
});
