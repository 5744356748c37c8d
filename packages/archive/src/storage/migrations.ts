import type { IDBPDatabase, IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { fromStoredRecord } from './stored-article';
import { buildSearchDocument } from '../search/search-document';
import type { Annotation } from '../types';
import { buildCard } from './cards';
import { buildCitationRows } from './citations';
import { SEARCH_FIELDS, type ArchiveSchema } from './schema';
import { ARTICLES_TOTAL } from './totals';

type UpgradeTransaction = IDBPTransaction<
  ArchiveSchema,
  StoreNames<ArchiveSchema>[],
  'versionchange'
>;

/** One numbered schema step. `migrate` runs inside the version-change transaction. */
export interface Migration {
  version: number;
  description: string;
  migrate(db: IDBPDatabase<ArchiveSchema>, tx: UpgradeTransaction): Promise<void>;
}

async function annotationsByArticle(tx: UpgradeTransaction): Promise<Map<string, Annotation[]>> {
  const byArticle = new Map<string, Annotation[]>();
  for (const annotation of await tx.objectStore('annotations').getAll()) {
    const list = byArticle.get(annotation.articleId) ?? [];
    list.push(annotation);
    byArticle.set(annotation.articleId, list);
  }
  return byArticle;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, images (blobs) and annotations',
    async migrate(db) {
      const articles = db.createObjectStore('articles', { keyPath: 'id' });
      articles.createIndex('savedAt', 'savedAt');
      const images = db.createObjectStore('images', { keyPath: 'key' });
      images.createIndex('articleId', 'articleId');
      const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
      annotations.createIndex('articleId', 'articleId');
    },
  },
  {
    version: 2,
    description: 'search: folded terms per article and field, multiEntry-indexed',
    async migrate(db) {
      // The v2–v3 layout of `search` (replaced in v4, which rebuilds every search row): created
      // untyped because the current schema no longer describes it.
      const legacy = db as unknown as IDBPDatabase;
      const search = legacy.createObjectStore('search', { keyPath: 'articleId' });
      for (const field of SEARCH_FIELDS) search.createIndex(field, field, { multiEntry: true });
    },
  },
  {
    version: 3,
    description: 'cards (light list rows), citations (references index), annotation tags index',
    async migrate(db, tx) {
      const cards = db.createObjectStore('cards', { keyPath: 'id' });
      cards.createIndex('savedAt', 'savedAt');
      // Published date, then save time: the order of the list sorted by date (newest first).
      cards.createIndex('published', ['published', 'savedAt']);
      cards.createIndex('siteName', 'siteName');
      cards.createIndex('tags', 'tags', { multiEntry: true });
      // Dropped again by v6 (the current schema type no longer names it).
      (cards as unknown as IDBPObjectStore<unknown, string[], string, 'versionchange'>).createIndex(
        'refKeys',
        'refKeys',
        { multiEntry: true },
      );
      // The v3 layout of `citations`, one row per reference (replaced and rebuilt by v4).
      const legacy = db as unknown as IDBPDatabase;
      const citations = legacy.createObjectStore('citations', {
        keyPath: ['key', 'articleId', 'start'],
      });
      citations.createIndex('articleId', 'articleId');
      tx.objectStore('annotations').createIndex('tags', 'tags', { multiEntry: true });
      // Cards and citations are (re)built by v4.
    },
  },
  {
    version: 4,
    description:
      'search rows keyed by an autoIncrement doc number (on the card), packed postings per term; ' +
      'citations and passages one row per article',
    async migrate(db, tx) {
      db.deleteObjectStore('search');
      db.createObjectStore('search', { keyPath: 'doc', autoIncrement: true });
      db.createObjectStore('postings', { keyPath: ['term', 'batch'] });
      db.createObjectStore('searchState', { keyPath: 'name' });
      tx.objectStore('cards').createIndex('doc', 'doc', { unique: true });
      db.deleteObjectStore('citations');
      db.createObjectStore('citations', { keyPath: 'articleId' }).createIndex('key', 'keys', {
        multiEntry: true,
      });
      db.createObjectStore('passages', { keyPath: 'articleId' });

      // Every article gets its search row and card; the postings are compacted after the open.
      const annotations = await annotationsByArticle(tx);
      const search = tx.objectStore('search');
      const cards = tx.objectStore('cards');
      const citations = tx.objectStore('citations');
      const passages = tx.objectStore('passages');
      await Promise.all(
        (await tx.objectStore('articles').getAll()).map(async (stored) => {
          const record = fromStoredRecord(stored);
          const own = annotations.get(record.id) ?? [];
          const row = buildSearchDocument(record, own) as Parameters<typeof search.add>[0];
          const citationRows = buildCitationRows(record);
          const [doc] = await Promise.all([
            search.add(row),
            citations.put(citationRows.citations),
            passages.put(citationRows.passages),
          ]);
          await cards.put(buildCard(record, own, doc));
        }),
      );
    },
  },
  {
    version: 5,
    description: 'totals: the number of archived articles, kept by every write of derived rows',
    async migrate(db, tx) {
      db.createObjectStore('totals', { keyPath: 'name' });
      // Counted once here (every card is an archived article); writes keep it from now on.
      const count = await tx.objectStore('cards').count();
      await tx.objectStore('totals').put({ name: ARTICLES_TOTAL, count });
    },
  },
  {
    version: 6,
    description:
      'cards without the refKeys index: the citations key index answers the same question',
    migrate(_db, tx) {
      // Every card put wrote one index entry per document the article cites (~15 per article in
      // the bench), the same keys the citations row indexes; a reference filter reads those.
      tx.objectStore('cards').deleteIndex('refKeys');
      return Promise.resolve();
    },
  },
];

/** Runs every migration above `oldVersion`, in order, inside the upgrade transaction. */
export async function runMigrations(
  db: IDBPDatabase<ArchiveSchema>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTransaction,
): Promise<void> {
  for (const migration of MIGRATIONS) {
    if (migration.version > oldVersion && migration.version <= newVersion) {
      await migration.migrate(db, tx);
    }
  }
}
