import { IDBDatabase, IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ArchiveNotFoundError,
  ArchiveStorageFullError,
  openArchive,
  type ArchiveRepository,
} from '../../packages/archive/src';
import { compactSearchIndex } from '../../packages/archive/src/search/search-index';
import { imageBlob, makeArticle, steppingClock } from './helpers';
import { massMobilisationArticle, resolutionArticle } from './sample-articles';

let repository: ArchiveRepository;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  repository = await openArchive(undefined, { now: steppingClock() });
});

const firstImage = resolutionArticle.images[0]?.src ?? '';

describe('saving', () => {
  it('stores the article, its images as blobs and derived rows in one record', async () => {
    const result = await repository.saveArticle(resolutionArticle, {
      images: [{ src: firstImage, blob: imageBlob('jpeg-bytes') }],
      tags: ['chuyển đổi số'],
    });
    expect(result.created).toBe(true);
    expect(result.imagesStored).toBe(1);
    const record = await repository.getArticle(result.record.id);
    expect(record?.article.text).toBe(resolutionArticle.text);
    expect(record?.tags).toEqual(['chuyển đổi số']);
    const images = await repository.getImages(result.record.id);
    expect(images).toHaveLength(1);
    expect(images[0]?.src).toBe(firstImage);
    expect(await images[0]?.blob.text()).toBe('jpeg-bytes');
    const card = await repository.getCard(result.record.id);
    expect(card?.refKeys).toEqual(['party:nq:03:tu', 'party:ct:05:tw']);
  });

  it('records a failed image without failing the save', async () => {
    const [first, second] = massMobilisationArticle.images;
    const result = await repository.saveArticle(massMobilisationArticle, {
      images: [
        { src: first?.src ?? '', blob: imageBlob('a') },
        { src: second?.src ?? '', error: 'timeout' },
      ],
    });
    expect(result.imagesStored).toBe(1);
    expect(result.imagesFailed).toEqual([{ src: second?.src, reason: 'timeout' }]);
    expect((await repository.getArticle(result.record.id))?.failedImages).toEqual([
      { src: second?.src, reason: 'timeout' },
    ]);
  });

  it('updates the same canonical URL instead of duplicating it, keeping the old text', async () => {
    const first = await repository.saveArticle(resolutionArticle, {
      images: [{ src: firstImage, blob: imageBlob('old-bytes') }],
    });
    await repository.updateArticle(first.record.id, { note: 'Theo dõi', read: true });
    const edited = makeArticle({
      url: `${resolutionArticle.url}#binh-luan`,
      title: resolutionArticle.title,
      lead: resolutionArticle.lead,
      paragraphs: ['Nội dung đã được cập nhật sau hội nghị.'],
      images: [firstImage],
    });
    // The image fetch fails this time: the blob stored by the first save is kept.
    const second = await repository.saveArticle(edited, {
      images: [{ src: firstImage, error: 'network' }],
    });
    expect(second.created).toBe(false);
    expect(second.textChanged).toBe(true);
    expect(second.record.id).toBe(first.record.id);
    expect(second.record.savedAt).toBe(first.record.savedAt);
    expect(second.record.note).toBe('Theo dõi');
    expect(second.record.read).toBe(true);
    expect(second.record.versions).toHaveLength(1);
    expect(second.record.versions[0]?.text).toBe(resolutionArticle.text);
    expect((await repository.listArticles()).total).toBe(1);
    const images = await repository.getImages(first.record.id);
    expect(await images[0]?.blob.text()).toBe('old-bytes');
  });

  it('does not add a version when the text did not change', async () => {
    await repository.saveArticle(resolutionArticle);
    const again = await repository.saveArticle(resolutionArticle);
    expect(again.textChanged).toBe(false);
    expect(again.record.versions).toEqual([]);
  });

  it('rejects what is not an article with a clear error', async () => {
    await expect(
      repository.saveArticle({ title: 'x' } as unknown as typeof resolutionArticle),
    ).rejects.toThrow(/Invalid article data/u);
  });
});

describe('commit durability', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('commits every everyday write relaxed: saves, edits, highlights, deletes, index compaction', async () => {
    const transaction = IDBDatabase.prototype.transaction;
    const writes: string[] = [];
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      const tx = transaction.apply(this, args);
      if (tx.mode === 'readwrite') writes.push(tx.durability);
      return tx;
    });
    const { record } = await repository.saveArticle(resolutionArticle, { tags: ['a'] });
    await repository.updateArticle(record.id, { note: 'Theo dõi' });
    const highlight = await repository.addAnnotation({ articleId: record.id, start: 0, end: 5 });
    await repository.updateAnnotation(highlight.id, { note: 'ghi chú' });
    await repository.deleteAnnotation(highlight.id);
    const deleted = await repository.deleteArticle(record.id);
    await repository.restoreArticle(deleted);
    await compactSearchIndex(repository.database);
    expect(writes.length).toBeGreaterThanOrEqual(7);
    expect(new Set(writes)).toEqual(new Set(['relaxed']));
  });
});

describe('storage full', () => {
  it('turns QuotaExceededError into a typed error and writes nothing of the save', async () => {
    const objectStoreProto = Object.getPrototypeOf(
      (await openRawStore()).objectStore('images'),
    ) as { put: (...args: unknown[]) => unknown };
    const realPut = objectStoreProto.put;
    objectStoreProto.put = function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'images') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return realPut.apply(this, args);
    };
    try {
      const error = await repository
        .saveArticle(resolutionArticle, { images: [{ src: firstImage, blob: imageBlob('x') }] })
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(ArchiveStorageFullError);
      const storageFull = error as ArchiveStorageFullError;
      expect(storageFull.code).toBe('storage-full');
      expect(storageFull.localized('vi')).toMatch(/Không đủ dung lượng/u);
      expect(storageFull.localized('en')).toMatch(/Not enough storage/u);
    } finally {
      objectStoreProto.put = realPut;
    }
    // The article put ran before the failing image put, in the same transaction: rolled back.
    expect(await repository.getArticleByUrl(resolutionArticle.url ?? '')).toBeUndefined();
    expect((await repository.listArticles()).total).toBe(0);
    expect(await repository.search('nghi quyet')).toEqual([]);
    expect(await repository.referencesIndex()).toEqual([]);
  });
});

async function openRawStore(): Promise<IDBTransaction> {
  const db = repository.database;
  return db.transaction('images').objectStore('images').transaction as unknown as IDBTransaction;
}

describe('concurrency', () => {
  it('two connections (two tabs) saving at once lose nothing', async () => {
    const other = await openArchive();
    const edited = makeArticle({
      url: resolutionArticle.url,
      title: resolutionArticle.title,
      paragraphs: ['Bản cập nhật từ thẻ thứ hai.'],
    });
    await Promise.all([
      repository.saveArticle(resolutionArticle),
      other.saveArticle(massMobilisationArticle),
      other.saveArticle(edited),
    ]);
    const { cards } = await repository.listArticles();
    expect(cards.map((card) => card.title).sort()).toEqual(
      [resolutionArticle.title, massMobilisationArticle.title].sort(),
    );
    const record = await repository.getArticleByUrl(resolutionArticle.url ?? '');
    // Whichever order the transactions ran in, the first text was kept as a version.
    expect(record?.versions).toHaveLength(1);
    other.close();
  });
});

describe('article metadata and delete with undo', () => {
  it('updates tags, note and read state, and reflects them in the list', async () => {
    const { record } = await repository.saveArticle(resolutionArticle);
    await repository.updateArticle(record.id, {
      tags: [' họp  báo ', 'họp báo', 'chỉ đạo'],
      note: 'Ghi chú',
      read: true,
    });
    const card = await repository.getCard(record.id);
    expect(card?.tags).toEqual(['họp báo', 'chỉ đạo']);
    expect(card?.hasNotes).toBe(true);
    expect(card?.read).toBe(true);
    await expect(repository.updateArticle('missing', { read: true })).rejects.toBeInstanceOf(
      ArchiveNotFoundError,
    );
  });

  it('deletes an article with everything that belongs to it, and restores it all', async () => {
    const { record } = await repository.saveArticle(resolutionArticle, {
      images: [{ src: firstImage, blob: imageBlob('bytes') }],
    });
    const start = record.article.text.indexOf('phân công');
    await repository.addAnnotation({ articleId: record.id, start, end: start + 9, note: 'Lưu ý' });
    const deleted = await repository.deleteArticle(record.id);
    expect(await repository.getArticle(record.id)).toBeUndefined();
    expect(await repository.getImages(record.id)).toEqual([]);
    expect(await repository.listAnnotations(record.id)).toEqual([]);
    expect(await repository.search('phan cong')).toEqual([]);
    expect(await repository.referencesIndex()).toEqual([]);

    await repository.restoreArticle(deleted);
    expect((await repository.getArticle(record.id))?.article.title).toBe(record.article.title);
    expect(await (await repository.getImages(record.id))[0]?.blob.text()).toBe('bytes');
    expect((await repository.listAnnotations(record.id)).map((a) => a.note)).toEqual(['Lưu ý']);
    expect((await repository.search('phan cong')).map((hit) => hit.card.id)).toEqual([record.id]);
    expect((await repository.referencesIndex()).length).toBe(2);
  });
});

describe('highlights', () => {
  it('adds, edits, deletes and restores a highlight, keeping search and card in step', async () => {
    const { record } = await repository.saveArticle(resolutionArticle);
    const quote = 'phân công rõ người, rõ việc';
    const start = record.article.text.indexOf(quote);
    const added = await repository.addAnnotation({
      articleId: record.id,
      start,
      end: start + quote.length,
      color: 'green',
      note: 'Đề nghị **giao ban** hằng tuần',
      tags: ['đôn đốc'],
    });
    expect(added.target.selector[0].exact).toBe(quote);
    expect(added.target.selector[1]).toEqual({
      type: 'TextPositionSelector',
      start,
      end: start + quote.length,
    });
    expect((await repository.search('giao ban')).map((hit) => hit.card.id)).toEqual([record.id]);
    expect((await repository.getCard(record.id))?.annotationCount).toBe(1);

    const edited = await repository.updateAnnotation(added.id, { color: 'pink', note: 'Khác' });
    expect(edited.color).toBe('pink');
    expect(await repository.search('giao ban')).toEqual([]);

    const removed = await repository.deleteAnnotation(added.id);
    expect(await repository.listAnnotations(record.id)).toEqual([]);
    expect((await repository.getCard(record.id))?.hasNotes).toBe(false);
    await repository.restoreAnnotation(removed);
    expect(await repository.listAnnotations(record.id)).toEqual([edited]);
  });

  it('re-anchors after a re-save and keeps orphaned highlights listed', async () => {
    const { record } = await repository.saveArticle(resolutionArticle);
    const text = record.article.text;
    const kept = 'rõ thời gian hoàn thành';
    const lost = 'trực tuyến đến 12 điểm cầu cấp huyện';
    const keptStart = text.indexOf(kept);
    const lostStart = text.indexOf(lost);
    const keptAnnotation = await repository.addAnnotation({
      articleId: record.id,
      start: keptStart,
      end: keptStart + kept.length,
    });
    const lostAnnotation = await repository.addAnnotation({
      articleId: record.id,
      start: lostStart,
      end: lostStart + lost.length,
      note: 'Ghi chú quan trọng',
    });
    const resaved = makeArticle({
      url: resolutionArticle.url,
      title: resolutionArticle.title,
      lead: 'Phần mở đầu mới được thêm vào bài.',
      paragraphs: [
        'Các địa phương cần xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian hoàn thành.',
      ],
    });
    await repository.saveArticle(resaved);
    const anchored = await repository.anchorAnnotations(record.id);
    expect(anchored).toHaveLength(2);
    const keptResult = anchored.find((a) => a.annotation.id === keptAnnotation.id);
    const lostResult = anchored.find((a) => a.annotation.id === lostAnnotation.id);
    expect(keptResult?.range?.method).toBe('exact');
    expect(resaved.text.slice(keptResult?.range?.start, keptResult?.range?.end)).toBe(kept);
    expect(lostResult?.range).toBeNull();
    expect(lostResult?.annotation.orphaned).toBe(true);
    // Persisted: the orphan is kept with its note, the moved one has its new position.
    const stored = await repository.listAnnotations(record.id);
    expect(stored.find((a) => a.id === lostAnnotation.id)?.note).toBe('Ghi chú quan trọng');
    expect(stored.find((a) => a.id === lostAnnotation.id)?.orphaned).toBe(true);
    expect(stored.find((a) => a.id === keptAnnotation.id)?.target.selector[1].start).toBe(
      resaved.text.indexOf(kept),
    );
  });

  it('refuses a highlight on an article that is not archived', async () => {
    await expect(
      repository.addAnnotation({ articleId: 'nope', start: 0, end: 1 }),
    ).rejects.toBeInstanceOf(ArchiveNotFoundError);
  });
});

describe('listing and references index', () => {
  it('sorts by saved or published date and filters by site, tag, reference, dates, notes', async () => {
    const a = await repository.saveArticle(resolutionArticle); // published 2024-05-20
    const b = await repository.saveArticle(massMobilisationArticle); // published 2024-03-02, saved later
    await repository.updateArticle(a.record.id, { tags: ['chuyển đổi số'], note: 'x' });

    const bySaved = await repository.listArticles({ sort: 'saved' });
    expect(bySaved.cards.map((c) => c.id)).toEqual([b.record.id, a.record.id]);
    const byPublished = await repository.listArticles({ sort: 'published' });
    expect(byPublished.cards.map((c) => c.id)).toEqual([a.record.id, b.record.id]);

    const ids = async (filters: Parameters<typeof repository.listArticles>[0]) =>
      (await repository.listArticles(filters)).cards.map((c) => c.id);
    expect(await ids({ filters: { site: 'Trang thông tin điện tử huyện Hà Phong' } })).toEqual([
      b.record.id,
    ]);
    expect(await ids({ filters: { tag: 'chuyển đổi số' } })).toEqual([a.record.id]);
    expect(await ids({ filters: { refKey: 'party:ct:05:tw' }, sort: 'published' })).toEqual([
      a.record.id,
      b.record.id,
    ]);
    expect(await ids({ filters: { refKey: 'party:nq:03:tu' } })).toEqual([a.record.id]);
    expect(await ids({ filters: { from: '2024-04-01', to: '2024-12-31' } })).toEqual([a.record.id]);
    expect(await ids({ filters: { to: '2024-03-02' } })).toEqual([b.record.id]);
    expect(await ids({ filters: { hasNotes: true } })).toEqual([a.record.id]);
    expect(await ids({ filters: { hasNotes: false } })).toEqual([b.record.id]);
    expect((await repository.listArticles({ limit: 1, offset: 1 })).cards).toHaveLength(1);

    expect(await repository.facets()).toEqual({
      sites: ['Cổng thông tin điện tử tỉnh Bình Nguyên', 'Trang thông tin điện tử huyện Hà Phong'],
      tags: ['chuyển đổi số'],
    });
  });

  it('pages an unfiltered list from the sort index, undated articles last, as the filtered list does', async () => {
    const a = await repository.saveArticle(resolutionArticle); // published 2024-05-20
    const b = await repository.saveArticle(massMobilisationArticle); // published 2024-03-02
    const undated = await repository.saveArticle(
      makeArticle({
        title: 'Thông báo không ghi ngày',
        paragraphs: ['Nội dung.'],
        published: null,
      }),
    );
    const ids = (result: { cards: { id: string }[] }) => result.cards.map((card) => card.id);
    const byPublished = await repository.listArticles({ sort: 'published' });
    expect(ids(byPublished)).toEqual([a.record.id, b.record.id, undated.record.id]);
    expect(byPublished.total).toBe(3);
    expect(ids(await repository.listArticles({ sort: 'published', offset: 1, limit: 2 }))).toEqual([
      b.record.id,
      undated.record.id,
    ]);
    expect(ids(await repository.listArticles({ sort: 'published', offset: 3 }))).toEqual([]);
    expect(ids(await repository.listArticles({ sort: 'saved', limit: 2 }))).toEqual([
      undated.record.id,
      b.record.id,
    ]);
    // The in-memory (filtered) path orders the same way.
    const filtered = await repository.listArticles({ sort: 'published', filters: { read: false } });
    expect(ids(filtered)).toEqual(ids(byPublished));
  });

  it('groups citations by reference key with the passages that cite them', async () => {
    await repository.saveArticle(resolutionArticle);
    await repository.saveArticle(massMobilisationArticle);
    const index = await repository.referencesIndex();
    expect(index.map((group) => [group.key, group.articleCount])).toEqual([
      ['party:ct:05:tw', 2],
      ['party:nq:03:tu', 1],
    ]);
    const directive = index[0];
    expect(directive?.citations.map((c) => c.articleTitle).sort()).toEqual(
      [resolutionArticle.title, massMobilisationArticle.title].sort(),
    );
    const passage = directive?.citations.find(
      (c) => c.articleTitle === massMobilisationArticle.title,
    );
    expect(passage?.passage).toBe(
      'Thực hiện Chỉ thị 05-CT/TW, Đảng ủy xã đã chỉ đạo các chi bộ đăng ký mô hình cụ thể.',
    );
    // The summaries (no passages) agree with the full index; passages load per document.
    const summaries = await repository.referenceSummaries();
    expect(summaries.map((s) => [s.key, s.articleCount, s.citationCount, s.label])).toEqual([
      ['party:ct:05:tw', 2, 2, 'Chỉ thị 05-CT/TW'],
      ['party:nq:03:tu', 1, 1, 'Nghị quyết 03-NQ/TU'],
    ]);
    expect(await repository.citationsOf('party:ct:05:tw')).toEqual(directive?.citations);
    expect(await repository.citationsOf('party:unknown')).toEqual([]);
    expect(index[1]?.citations).toHaveLength(1);
    expect(index[1]?.citations[0]?.passage).toContain('Nghị quyết 03-NQ/TU ngày 13/4/2021');
  });

  it('heads a document with its fullest mention across articles, whichever was saved first', async () => {
    const key = 'party:nq:03:tu';
    // Article ids sort by URL: the one citing it in short comes first in the citations rows.
    const short = makeArticle({
      url: 'https://a.example.vn/tin-1.html',
      title: 'Xã triển khai nghị quyết',
      paragraphs: ['Thực hiện Nghị quyết 03, xã đã ban hành kế hoạch.'],
      references: [['Nghị quyết 03', key]],
    });
    const fullText = 'Nghị quyết 03-NQ/TU ngày 13/4/2021 về chuyển đổi số';
    const full = makeArticle({
      url: 'https://b.example.vn/tin-2.html',
      title: 'Tỉnh sơ kết chuyển đổi số',
      paragraphs: [`Sơ kết ${fullText} của Ban Chấp hành Đảng bộ tỉnh.`],
      references: [[fullText, key]],
    });
    full.references[0] = {
      ...full.references[0]!,
      number: '03',
      code: 'NQ',
      issuer: 'TU',
      year: 2021,
      title: 'chuyển đổi số',
      form: 'full',
    };
    for (const article of [full, short]) await repository.saveArticle(article);
    const summary = (await repository.referenceSummaries()).find((entry) => entry.key === key);
    expect(summary).toMatchObject({
      label: fullText,
      title: 'chuyển đổi số',
      number: '03',
      issuer: 'TU',
      year: 2021,
      articleCount: 2,
      citationCount: 2,
    });
    const group = (await repository.referencesIndex()).find((entry) => entry.key === key);
    expect(group).toMatchObject({ label: fullText, title: 'chuyển đổi số', articleCount: 2 });
  });
});
