import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openArchive, parseQuery, type ArchiveRepository } from '../../packages/archive/src';
import { makeArticle, steppingClock } from './helpers';
import { massMobilisationArticle, resolutionArticle } from './sample-articles';

let repository: ArchiveRepository;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  repository = await openArchive(undefined, { now: steppingClock() });
});

const titles = async (query: string, options?: Parameters<ArchiveRepository['search']>[1]) =>
  (await repository.search(query, options)).map((hit) => hit.card.title);

describe('parseQuery', () => {
  it('folds diacritics and đ, splits codes, and marks the last term as a prefix', () => {
    expect(parseQuery('Nghị quyết 03-NQ/TU')).toEqual({
      terms: ['nghi', 'quyet', '03', 'nq', 'tu'],
      lastIsPrefix: false,
      phrase: 'nghi quyet 03 nq tu',
    });
    expect(parseQuery('Đảng ').lastIsPrefix).toBe(false);
    expect(parseQuery('so').lastIsPrefix).toBe(false);
    expect(parseQuery('quy').lastIsPrefix).toBe(true);
  });
});

describe('search', () => {
  beforeEach(async () => {
    await repository.saveArticle(resolutionArticle);
    await repository.saveArticle(massMobilisationArticle);
  });

  it('matches without diacritics', async () => {
    expect(await titles('nghi quyet 03')).toEqual([resolutionArticle.title]);
    expect(await titles('dan van kheo')).toEqual([massMobilisationArticle.title]);
    expect(await titles('DÂN VẬN KHÉO')).toEqual([massMobilisationArticle.title]);
    expect(await titles('dang uy xa')).toEqual([massMobilisationArticle.title]);
  });

  it('requires every term', async () => {
    expect(await titles('dan van chuyen doi so')).toEqual([]);
  });

  it('matches the last term as a prefix while typing', async () => {
    expect(await titles('nghi quy')).toEqual([resolutionArticle.title]);
    expect(await titles('nghi quy ')).toEqual([]);
    // Two letters are a whole syllable, not a prefix: `do` does not find `đổi`.
    expect(await titles('chuyen do')).toEqual([]);
  });

  it('ranks title over lead over body over notes', async () => {
    const inTitle = makeArticle({
      title: 'Sơ kết công tác khuyến nông',
      paragraphs: ['Nội dung khác.'],
    });
    const inLead = makeArticle({
      title: 'Tin địa phương một',
      lead: 'Huyện tổ chức sơ kết khuyến nông.',
      paragraphs: ['Nội dung khác.'],
    });
    const inBody = makeArticle({
      title: 'Tin địa phương hai',
      paragraphs: ['Đoàn công tác kiểm tra khuyến nông tại xã.'],
    });
    const inNote = makeArticle({ title: 'Tin địa phương ba', paragraphs: ['Không liên quan.'] });
    // Saved in reverse rank order so recency cannot explain the ranking.
    for (const article of [inTitle, inLead, inBody, inNote]) await repository.saveArticle(article);
    const noted = await repository.getArticleByUrl(inNote.url ?? '');
    await repository.updateArticle(noted?.id ?? '', { note: 'Xem lại khuyến nông' });
    expect(await titles('khuyen nong')).toEqual([
      inTitle.title,
      inLead.title,
      inBody.title,
      inNote.title,
    ]);
  });

  it('searches tags and notes', async () => {
    const { record } = await repository.saveArticle(
      makeArticle({ title: 'Tin ngắn', paragraphs: ['A.'] }),
    );
    await repository.updateArticle(record.id, { tags: ['Cải cách hành chính'] });
    expect(await titles('cai cach')).toEqual(['Tin ngắn']);
  });

  it('puts a title phrase match above scattered matches', async () => {
    const scattered = makeArticle({
      title: 'Quyết định về đề án nghị sự',
      paragraphs: ['Đề án được thông qua.'],
    });
    const phrase = makeArticle({ title: 'Đề án nghị quyết mới', paragraphs: ['Không.'] });
    await repository.saveArticle(phrase);
    await repository.saveArticle(scattered);
    const ranked = await titles('nghi quyet');
    expect(ranked).toContain(scattered.title);
    expect(ranked).toContain(phrase.title);
    expect(ranked.indexOf(phrase.title)).toBeLessThan(ranked.indexOf(scattered.title));
  });

  it('applies filters to results and honours the limit', async () => {
    expect(
      await titles('chi thi 05', { filters: { site: 'Trang thông tin điện tử huyện Hà Phong' } }),
    ).toEqual([massMobilisationArticle.title]);
    expect(await titles('chi thi 05', { filters: { refKey: 'party:nq:03:tu' } })).toEqual([
      resolutionArticle.title,
    ]);
    expect(await titles('chi thi 05', { limit: 1 })).toHaveLength(1);
    expect(await titles('   ')).toEqual([]);
  });

  it('keeps the index in step when an article is re-saved with new text', async () => {
    await repository.saveArticle(
      makeArticle({
        url: massMobilisationArticle.url,
        title: 'Phong trào thi đua yêu nước',
        paragraphs: ['Nội dung mới.'],
      }),
    );
    expect(await titles('dan van kheo')).toEqual([]);
    expect(await titles('thi dua yeu nuoc')).toEqual(['Phong trào thi đua yêu nước']);
  });
});
