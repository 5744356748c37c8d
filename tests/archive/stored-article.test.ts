import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle, isArticle, type Article } from '@govclip/core';
import { openArchive } from '../../packages/archive/src/repository';
import { readArchiveSnapshot } from '../../packages/archive/src/export/read-snapshot';
import {
  fromStoredRecord,
  toStoredRecord,
} from '../../packages/archive/src/storage/stored-article';
import type { ArchivedArticle } from '../../packages/archive/src/types';
import { makeArticle, steppingClock } from './helpers';

const PAGES = join(__dirname, '..', 'fixtures', 'corpus', 'pages');

/** A few real corpus pages, extracted as the extension does (profiled and generic families). */
function corpusArticles(count: number): Article[] {
  const files = readdirSync(PAGES)
    .filter((name) => name.endsWith('.html'))
    .sort();
  const step = Math.max(1, Math.floor(files.length / count));
  const articles: Article[] = [];
  for (let index = 0; index < files.length && articles.length < count; index += step) {
    const html = readFileSync(join(PAGES, files[index]!), 'utf8');
    // linkedom, as the CLI parses pages (happy-dom would try to load the pages' stylesheets).
    const { document } = parseHTML(html);
    const result = extractArticle(document, { url: `https://portal.example.vn/bai-${index}.html` });
    if (isArticle(result)) articles.push(result);
  }
  return articles;
}

function archived(article: Article): ArchivedArticle {
  return {
    id: 'portal.example.vn/bai',
    article,
    savedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    versions: [],
    tags: ['chuyển đổi số'],
    note: '',
    read: false,
    imageKeys: [],
  };
}

describe('stored article records', () => {
  const articles = corpusArticles(6);

  it('stores extracted articles without the text and HTML they can be rebuilt from', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
    for (const article of articles) {
      const record = archived(article);
      const stored = toStoredRecord(record);
      expect('text' in stored.article).toBe(false);
      expect('html' in stored.article).toBe(false);
      expect(fromStoredRecord(stored)).toEqual(record);
      // The body is no longer kept three times.
      expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(record).length * 0.8);
    }
  });

  it('keeps text and HTML that differ from what the blocks give (older extractors), unchanged', () => {
    const article = articles[0]!;
    const olderHtml = archived({ ...article, html: `${article.html}<p>ghi chú cũ</p>` });
    const olderText = archived({ ...article, text: `${article.text}\n\nĐoạn cũ.` });
    for (const record of [olderHtml, olderText]) {
      const stored = toStoredRecord(record);
      expect(stored.article.text).toBe(record.article.text);
      expect(stored.article.html).toBe(record.article.html);
      expect(fromStoredRecord(stored)).toEqual(record);
    }
  });

  it('saves lean records through the repository and reads them back whole', async () => {
    const factory = new IDBFactory();
    const repository = await openArchive(factory, { now: steppingClock() });
    const article = articles[1]!;
    const { record } = await repository.saveArticle(article, { tags: ['cải cách'] });

    const raw = await repository.database.get('articles', record.id);
    expect(raw).toBeDefined();
    expect(raw!.article.text).toBeUndefined();
    expect(raw!.article.html).toBeUndefined();

    const read = await repository.getArticle(record.id);
    expect(read?.article).toEqual(article);
    const snapshot = await readArchiveSnapshot(repository);
    expect(snapshot.articles[0]?.article).toEqual(article);
    // Search reads the derived rows, which were built from the whole text.
    const words = article.text.split(/\s+/u).filter((word) => word.length > 4);
    const hits = await repository.search(words.slice(3, 5).join(' '));
    expect(hits.map((hit) => hit.card.id)).toContain(record.id);

    // Saving again with a changed text keeps the earlier text as a version, read whole.
    const changed = { ...article, text: `${article.text}\n\nCập nhật.` };
    await repository.saveArticle(changed);
    const again = await repository.getArticle(record.id);
    expect(again?.versions[0]?.text).toBe(article.text);
    expect(again?.versions[0]?.html).toBe(article.html);
    expect(again?.article.text).toBe(changed.text);
  });

  it('reads records stored whole (earlier versions) as they are', async () => {
    const factory = new IDBFactory();
    const repository = await openArchive(factory, { now: steppingClock() });
    const whole = archived(makeArticle({ title: 'Bài cũ', paragraphs: ['Nội dung bài cũ.'] }));
    await repository.database.put('articles', whole);
    expect(await repository.getArticle(whole.id)).toEqual(whole);
  });
});
