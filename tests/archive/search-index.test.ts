import { foldForSearch, searchTerms } from '@govclip/core';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  FIELD_WEIGHTS,
  openArchive,
  parseQuery,
  type Annotation,
  type ArchiveRepository,
  type ArchivedArticle,
} from '../../packages/archive/src';
import { titleHasPhrase, TITLE_PHRASE_BONUS } from '../../packages/archive/src/search/query';
import { POSTINGS_BATCH } from '../../packages/archive/src/search/postings';
import { compactSearchIndex } from '../../packages/archive/src/search/search-index';
import { writeDerivedRows } from '../../packages/archive/src/storage/derived-rows';
import { ALL_STORES } from '../../packages/archive/src/storage/schema';
import { makeArticle } from './helpers';

/**
 * The v4 search index (search rows + compacted postings) against a plain reference: every
 * query's hits and scores must equal a scan of the records, whether the documents are still in
 * the search rows, already in the postings, or rewritten (dead numbers) after compaction.
 */

const WORDS = [
  'nghị',
  'quyết',
  'chuyển',
  'đổi',
  'số',
  'cải',
  'cách',
  'hành',
  'chính',
  'đảng',
  'viên',
  'nông',
  'thôn',
  'mới',
  'hội',
  'nghị',
  'thanh',
  'niên',
  'Quyết',
  'định',
  '18',
  'NQ/TW',
  'kế',
  'hoạch',
  'UBND',
  'dân',
  'vận',
  'khéo',
  'quy',
  'chế',
];
const TAGS = ['chuyển đổi số', 'xây dựng Đảng', 'cải cách hành chính'];
const QUERIES = [
  'nghị quyết',
  'nghi quyet 18',
  'hoi ngh',
  'chuyen doi so',
  'dang',
  'thanh nien',
  'nong thon moi',
  'quy',
  'quy ',
  'ca',
  'xay dung dang',
  'ghi chu',
  '18-NQ/TW',
  'ke hoach ubnd dan van',
];

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function phrase(random: () => number, length: number): string {
  return Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
}

function generated(
  index: number,
  variant = 0,
): { record: ArchivedArticle; annotations: Annotation[] } {
  const random = seeded(index * 7919 + variant * 104729 + 1);
  const article = makeArticle({
    url: `https://portal.example.vn/tin-tuc/bai-${index}.html`,
    title: phrase(random, 3 + Math.floor(random() * 5)),
    lead: random() < 0.5 ? phrase(random, 6) : null,
    paragraphs: [phrase(random, 20), phrase(random, 20)],
  });
  const id = article.canonicalUrl!;
  const savedAt = new Date(Date.UTC(2025, 0, 1, 0, 0, index % 97)).toISOString();
  const record: ArchivedArticle = {
    id,
    article,
    savedAt,
    updatedAt: savedAt,
    versions: [],
    tags: random() < 0.3 ? [TAGS[Math.floor(random() * TAGS.length)]!] : [],
    note: random() < 0.2 ? 'Ghi chú: đối chiếu văn bản gốc' : '',
    read: false,
    imageKeys: [],
  };
  const annotations: Annotation[] =
    random() < 0.2
      ? [
          {
            id: `${index}-a`,
            articleId: id,
            target: {
              source: id,
              selector: [
                {
                  type: 'TextQuoteSelector',
                  exact: article.text.slice(0, 10),
                  prefix: '',
                  suffix: '',
                },
                { type: 'TextPositionSelector', start: 0, end: 10 },
              ],
            },
            color: 'yellow',
            note: 'cần xem lại kế hoạch',
            tags: ['dân vận'],
            created: savedAt,
            modified: savedAt,
            orphaned: false,
          },
        ]
      : [];
  return { record, annotations };
}

/** The ranking rules applied by scanning every record: what the index must reproduce. */
function referenceSearch(
  archive: Map<string, { record: ArchivedArticle; annotations: Annotation[] }>,
  query: string,
): { id: string; score: number }[] {
  const parsed = parseQuery(query);
  if (parsed.terms.length === 0) return [];
  const hits: { id: string; score: number; savedAt: string }[] = [];
  for (const { record, annotations } of archive.values()) {
    const { article } = record;
    const fields = {
      title: searchTerms(article.title),
      lead: searchTerms(article.lead ?? ''),
      tags: [...record.tags, ...annotations.flatMap((a) => a.tags)].flatMap((t) => searchTerms(t)),
      body: searchTerms(article.text),
      notes: [record.note, ...annotations.map((a) => a.note)].flatMap((t) => searchTerms(t)),
    };
    let score = 0;
    let allInTitle = true;
    let all = true;
    parsed.terms.forEach((term, index) => {
      const prefix = parsed.lastIsPrefix && index === parsed.terms.length - 1;
      const has = (terms: string[]) =>
        terms.some((t) => (prefix ? t.startsWith(term) : t === term));
      let termScore = 0;
      for (const field of ['title', 'lead', 'tags', 'body', 'notes'] as const) {
        if (has(fields[field])) termScore += FIELD_WEIGHTS[field];
      }
      if (termScore === 0) all = false;
      if (!has(fields.title)) allInTitle = false;
      score += termScore;
    });
    if (!all) continue;
    if (allInTitle && titleHasPhrase(foldForSearch(article.title), parsed.phrase)) {
      score += TITLE_PHRASE_BONUS;
    }
    hits.push({ id: record.id, score, savedAt: record.savedAt });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.id < b.id ? 1 : -1),
  );
  return hits.map(({ id, score }) => ({ id, score }));
}

let repository: ArchiveRepository;
const archive = new Map<string, { record: ArchivedArticle; annotations: Annotation[] }>();

async function bulkWrite(entries: { record: ArchivedArticle; annotations: Annotation[] }[]) {
  const tx = repository.database.transaction(ALL_STORES, 'readwrite');
  for (const { record, annotations } of entries) {
    void tx.objectStore('articles').put(record);
    for (const annotation of annotations) void tx.objectStore('annotations').put(annotation);
    archive.set(record.id, { record, annotations });
  }
  await writeDerivedRows(tx, entries);
  await tx.done;
}

async function expectSameAsReference(): Promise<void> {
  for (const query of QUERIES) {
    const hits = await repository.search(query, { limit: 1000 });
    const expected = referenceSearch(archive, query);
    expect(
      hits.map((hit) => ({ id: hit.card.id, score: hit.score })),
      query,
    ).toEqual(expected);
  }
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  archive.clear();
  repository = await openArchive();
});

describe('search index: search rows and compacted postings agree with a scan', () => {
  it('before, during and after compaction, with rewritten and deleted articles', async () => {
    const count = POSTINGS_BATCH * 2 + 40;
    const all = Array.from({ length: count }, (_, index) => generated(index));
    // Some reference queries must have many hits, or the test proves little.
    await bulkWrite(all.slice(0, 150).map((entry) => ({ ...entry, isNew: true })));
    await expectSameAsReference();
    await bulkWrite(all.slice(150));
    await compactSearchIndex(repository.database);
    const state = await repository.database.get('searchState', 'postings');
    // Documents 1…count: every batch but the one still filling is in the postings.
    expect(state?.compactedThrough).toBe(Math.floor(count / POSTINGS_BATCH) - 1);
    expect(await repository.database.count('postings')).toBeGreaterThan(WORDS.length);
    expect(referenceSearch(archive, 'nghị quyết').length).toBeGreaterThan(40);
    await expectSameAsReference();

    // Rewritten after compaction: their old numbers are dead, the new ones are in the rows.
    const rewritten = [3, 50, 130].map((index) => generated(index, 1));
    await bulkWrite(rewritten);
    await repository.updateArticle(all[7]!.record.id, { note: 'ghi chú mới về quy chế' });
    archive.get(all[7]!.record.id)!.record.note = 'ghi chú mới về quy chế';
    await repository.deleteArticle(all[9]!.record.id);
    archive.delete(all[9]!.record.id);
    await expectSameAsReference();
    expect(await repository.database.count('search')).toBe(archive.size);
  });

  it('a save with a limit returns the best hits first', async () => {
    const entries = Array.from({ length: 60 }, (_, index) => generated(index));
    await bulkWrite(entries);
    for (const query of QUERIES) {
      const top = await repository.search(query, { limit: 5 });
      const expected = referenceSearch(archive, query);
      // The best scores are found whatever the limit; ties are broken within the pages read.
      expect(
        top.map((hit) => hit.score),
        query,
      ).toEqual(expected.slice(0, 5).map((hit) => hit.score));
    }
  });
});
