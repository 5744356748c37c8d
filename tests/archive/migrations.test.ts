import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ARCHIVE_DB_VERSION, MIGRATIONS, openArchive } from '../../packages/archive/src';
import { loadFixtureDatabase, type DatabaseDump } from './fixture-database';

const fixtureDir = path.join(import.meta.dirname, '..', 'fixtures', 'archive');
const fixture = (version: number): DatabaseDump =>
  JSON.parse(
    readFileSync(path.join(fixtureDir, `archive-v${version}.json`), 'utf8'),
  ) as DatabaseDump;

/** The stores each schema version added. */
const STORES_ADDED: Record<number, string[]> = {
  1: ['articles', 'images', 'annotations'],
  2: ['search'],
  3: ['cards', 'citations'],
  4: ['postings', 'searchState', 'passages'],
  5: ['totals'],
  6: [],
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('schema', () => {
  it('has one numbered migration per version up to the current one', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(
      Array.from({ length: ARCHIVE_DB_VERSION }, (_, i) => i + 1),
    );
  });
});

// Every earlier version has a fixture database; each is opened with the current code.
describe.each(Array.from({ length: ARCHIVE_DB_VERSION - 1 }, (_, i) => i + 1))(
  'migrating from v%i',
  (version) => {
    it('opens the fixture at its own version first', async () => {
      const dump = fixture(version);
      expect(dump.version).toBe(version);
      await loadFixtureDatabase(globalThis.indexedDB, dump);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = globalThis.indexedDB.open(dump.name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      expect(db.version).toBe(version);
      // Exactly the stores of its version: none of a later one.
      for (const [added, stores] of Object.entries(STORES_ADDED)) {
        for (const store of stores) {
          expect(db.objectStoreNames.contains(store)).toBe(Number(added) <= version);
        }
      }
      db.close();
    });

    it('keeps every record and builds the newer indexes', async () => {
      const dump = fixture(version);
      await loadFixtureDatabase(globalThis.indexedDB, dump);
      const repository = await openArchive();
      expect(repository.database.version).toBe(ARCHIVE_DB_VERSION);

      const { cards, total } = await repository.listArticles();
      expect(total).toBe(2);
      // v5: the list's total is the kept count, written by the migration (not counted per list).
      expect(await repository.database.get('totals', 'articles')).toEqual({
        name: 'articles',
        count: 2,
      });
      const ids = cards.map((card) => card.id).sort();
      expect(ids).toEqual([
        'https://binhnguyen.example.vn/tin-tuc/trien-khai-nghi-quyet-03.html',
        'https://hapong.example.vn/tin-tuc/dan-van-kheo-2024.html',
      ]);
      const resolution = await repository.getArticle(ids[0] ?? '');
      expect(resolution?.note).toBe('Đưa vào báo cáo quý');
      expect(resolution?.tags).toEqual(['chuyển đổi số']);
      // Images survive as blobs.
      const images = await repository.getImages(ids[0] ?? '');
      expect(await images[0]?.blob.text()).toBe('jpeg-bytes-1');
      // Highlights survive and still anchor in the archived text.
      const anchored = await repository.anchorAnnotations(ids[0] ?? '');
      expect(anchored.map((a) => [a.annotation.note, a.range?.method])).toEqual([
        ['Cần **đôn đốc** các huyện', 'position'],
      ]);

      // v2 search index (backfilled for v1): titles, notes and highlight tags are searchable.
      expect((await repository.search('dan van kheo')).map((h) => h.card.id)).toEqual([ids[1]]);
      expect((await repository.search('bao cao quy')).map((h) => h.card.id)).toEqual([ids[0]]);
      expect((await repository.search('nong thon moi')).map((h) => h.card.id)).toEqual([ids[1]]);

      // v4: each card carries its own search document number, the key of its search row.
      const rows = await repository.database.getAll('search');
      expect(rows.map((row) => row.articleId).sort()).toEqual(ids);
      for (const row of rows) expect((await repository.getCard(row.articleId))?.doc).toBe(row.doc);
      expect(new Set(rows.map((row) => row.doc)).size).toBe(2);

      // v3 cards, citations and annotation tags index.
      expect((await repository.getCard(ids[0] ?? ''))?.hasNotes).toBe(true);
      const references = await repository.referencesIndex();
      expect(references.find((group) => group.key === 'party:ct:05:tw')?.articleCount).toBe(2);
      const byTag = await repository.database.getAllFromIndex('annotations', 'tags', 'đôn đốc');
      expect(byTag.map((annotation) => annotation.articleId)).toEqual([ids[0]]);

      // v6: no cards index of cited documents; the reference filter reads the citations' index.
      const cardIndexes = repository.database.transaction('cards').store.indexNames;
      expect([...cardIndexes].sort()).toEqual(['doc', 'published', 'savedAt', 'siteName', 'tags']);
      const citing = await repository.listArticles({ filters: { refKey: 'party:ct:05:tw' } });
      expect(citing.cards.map((card) => card.id).sort()).toEqual(ids);
      const citingOne = await repository.listArticles({ filters: { refKey: 'party:nq:03:tu' } });
      expect(citingOne.cards.map((card) => card.id)).toEqual([ids[0]]);

      // The migrated archive takes new writes.
      await repository.updateArticle(ids[1] ?? '', { read: true });
      expect((await repository.getCard(ids[1] ?? ''))?.read).toBe(true);
      repository.close();
    });
  },
);

describe('fresh database', () => {
  it('creates the current schema directly', async () => {
    const repository = await openArchive();
    expect([...repository.database.objectStoreNames].sort()).toEqual(
      [
        'annotations',
        'articles',
        'cards',
        'citations',
        'images',
        'passages',
        'postings',
        'search',
        'searchState',
        'totals',
      ].sort(),
    );
    expect(repository.database.transaction('cards').store.indexNames.contains('doc')).toBe(true);
    expect(repository.database.transaction('search').store.autoIncrement).toBe(true);
    expect([...repository.database.transaction('annotations').store.indexNames].sort()).toEqual([
      'articleId',
      'tags',
    ]);
    repository.close();
  });
});
