/**
 * Writes the fixture databases of the archive's earlier schema versions
 * (`tests/fixtures/archive/archive-v<N>.json`). Run once when a schema version is frozen:
 *   npx tsx tests/archive/make-fixtures.ts [version…]
 * The dumps are committed; the migration tests load them as they are.
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPObjectStore } from 'idb';
import { describe } from '../../packages/archive/src/anchoring';
import { uniqueTerms } from '../../packages/archive/src/search/search-document';
import { buildCard } from '../../packages/archive/src/storage/cards';
import { buildCitations } from '../../packages/archive/src/storage/citations';
import { openArchiveDatabase } from '../../packages/archive/src/storage/open-database';
import type { Annotation, ArchivedArticle } from '../../packages/archive/src/types';
import { dumpDatabase } from './fixture-database';
import { imageBlob } from './helpers';
import { massMobilisationArticle, resolutionArticle } from './sample-articles';

/** A store written with a layout the current schema no longer describes. */
type LegacyStore = IDBPObjectStore<unknown, string[], string, 'readwrite'>;

const records: ArchivedArticle[] = [
  {
    id: 'https://binhnguyen.example.vn/tin-tuc/trien-khai-nghi-quyet-03.html',
    article: resolutionArticle,
    savedAt: '2025-01-10T02:00:00.000Z',
    updatedAt: '2025-01-10T02:00:00.000Z',
    versions: [],
    tags: ['chuyển đổi số'],
    note: 'Đưa vào báo cáo quý',
    read: true,
    imageKeys: ['https://binhnguyen.example.vn/tin-tuc/trien-khai-nghi-quyet-03.html#0'],
  },
  {
    id: 'https://hapong.example.vn/tin-tuc/dan-van-kheo-2024.html',
    article: massMobilisationArticle,
    savedAt: '2025-02-01T03:00:00.000Z',
    updatedAt: '2025-02-01T03:00:00.000Z',
    versions: [],
    tags: [],
    note: '',
    read: false,
    imageKeys: ['https://hapong.example.vn/tin-tuc/dan-van-kheo-2024.html#0'],
  },
];

function highlight(
  record: ArchivedArticle,
  quote: string,
  note: string,
  tags: string[],
): Annotation {
  const start = record.article.text.indexOf(quote);
  return {
    id: `fixture-${record.id.length}-${start}`,
    articleId: record.id,
    target: {
      source: record.id,
      selector: describe(record.article.text, start, start + quote.length),
    },
    color: 'green',
    note,
    tags,
    created: '2025-02-02T00:00:00.000Z',
    modified: '2025-02-02T00:00:00.000Z',
    orphaned: false,
  };
}

const [first, second] = records as [ArchivedArticle, ArchivedArticle];
const annotations: Annotation[] = [
  highlight(first, 'phân công rõ người, rõ việc', 'Cần **đôn đốc** các huyện', ['đôn đốc']),
  highlight(second, 'hiến đất làm đường', 'Mô hình điển hình', ['nông thôn mới']),
];
const images = [
  {
    key: `${first.id}#0`,
    articleId: first.id,
    src: first.article.images[0]?.src ?? '',
    blob: imageBlob('jpeg-bytes-1'),
  },
  {
    key: `${second.id}#0`,
    articleId: second.id,
    src: second.article.images[0]?.src ?? '',
    blob: imageBlob('jpeg-bytes-2'),
  },
];

/** The records (and, from v2, the rows of the layouts written by hand) of a v1–v3 database. */
async function writeRecords(factory: IDBFactory, name: string, version: number): Promise<void> {
  const db = await openArchiveDatabase(factory, name, version);
  const stores = [
    'articles',
    'images',
    'annotations',
    ...(version >= 2 ? ['search'] : []),
    ...(version >= 3 ? ['cards', 'citations'] : []),
  ];
  const tx = db.transaction(
    stores as ('articles' | 'images' | 'annotations' | 'search' | 'cards' | 'citations')[],
    'readwrite',
  );
  for (const record of records) await tx.objectStore('articles').put(record);
  for (const image of images) await tx.objectStore('images').put(image);
  for (const annotation of annotations) await tx.objectStore('annotations').put(annotation);
  if (version >= 2) {
    for (const record of records) {
      const own = annotations.filter((annotation) => annotation.articleId === record.id);
      // The v2–v3 row layout (arrays of folded terms per field, keyed by article id).
      const { article } = record;
      const legacy = {
        articleId: record.id,
        title: uniqueTerms(article.title),
        lead: uniqueTerms(article.lead),
        body: uniqueTerms(article.text),
        tags: uniqueTerms(...record.tags, ...own.flatMap((annotation) => annotation.tags)),
        notes: uniqueTerms(record.note, ...own.map((annotation) => annotation.note)),
      };
      await (tx.objectStore('search') as unknown as LegacyStore).put(legacy);
    }
  }
  if (version >= 3) {
    for (const record of records) {
      const own = annotations.filter((annotation) => annotation.articleId === record.id);
      // A v3 card had no search document number.
      const { doc: _doc, ...card } = buildCard(record, own, 0);
      await (tx.objectStore('cards') as unknown as LegacyStore).put(card);
      for (const citation of buildCitations(record)) {
        // The v3 layout: one row per reference.
        await (tx.objectStore('citations') as unknown as LegacyStore).put(citation);
      }
    }
  }
  await tx.done;
  db.close();
}

async function writeFixture(version: number): Promise<void> {
  // Fixtures are of EARLIER versions (frozen layouts); v6 is the current one.
  if (version >= 6) throw new Error(`archive-v${version}: only versions 1–5 have fixtures`);
  const factory = new IDBFactory();
  const name = 'govclip-archive';
  // v4 rebuilt every derived row from the records: its fixture is the v3 one as the v4
  // migration left it (search rows with doc numbers, cards, citations and passages); v5's is
  // that one with its kept total.
  await writeRecords(factory, name, Math.min(version, 3));
  if (version >= 4) (await openArchiveDatabase(factory, name, version)).close();
  const dump = await dumpDatabase(factory, name);
  const file = path.join(
    import.meta.dirname,
    '..',
    'fixtures',
    'archive',
    `archive-v${version}.json`,
  );
  writeFileSync(file, `${JSON.stringify(dump, null, 1)}\n`);
  console.log(`wrote ${file}`);
}

// `npx tsx tests/archive/make-fixtures.ts 3` writes only v3; without arguments, every frozen version.
const versions = process.argv.slice(2).map(Number);
for (const version of versions.length > 0 ? versions : [1, 2, 3, 4, 5]) await writeFixture(version);
