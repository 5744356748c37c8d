import { Blob as NodeBlob } from 'node:buffer';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openArchive, type ArchiveRepository } from '../../packages/archive/src';
import { exportBackup } from '../../packages/archive/src/export/backup';
import { generateArchive, seedArchive } from '../bench/lib/generate-articles';
import { readArchiveSnapshot } from '../../packages/archive/src/export/read-snapshot';
import { restoreBackup } from '../../packages/archive/src/import/restore';

// happy-dom's Blob does not survive fake-indexeddb's structured clone; Node's does, as a
// browser's Blob does in a real IndexedDB. The library creates blobs with the global `Blob`.
beforeAll(() => vi.stubGlobal('Blob', NodeBlob));
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** Every store of the archive, as plain comparable data (blobs as their type and bytes). */
async function dumpArchive(repository: ArchiveRepository) {
  const db = repository.database;
  const images = await db.getAll('images');
  return {
    articles: await db.getAll('articles'),
    annotations: await db.getAll('annotations'),
    images: await Promise.all(
      images.map(async (image) => ({
        key: image.key,
        articleId: image.articleId,
        src: image.src,
        type: image.blob.type,
        bytes: Array.from(new Uint8Array(await image.blob.arrayBuffer())),
      })),
    ),
    search: await db.getAll('search'),
    cards: await db.getAll('cards'),
    citations: await db.getAll('citations'),
  };
}

async function backupText(repository: ArchiveRepository, settings?: Record<string, unknown>) {
  const file = await exportBackup(await readArchiveSnapshot(repository, { settings }));
  return new TextDecoder().decode(file.bytes);
}

describe('JSON backup round trip', () => {
  it('restores 500 generated articles into an empty archive exactly (records, blobs, indexes)', async () => {
    const source = await openArchive(indexedDB, { name: 'source' });
    await seedArchive(source, generateArchive({ articles: 500, seed: 11 }));
    const before = await dumpArchive(source);
    expect(before.articles).toHaveLength(500);
    expect(before.images.length).toBeGreaterThan(400);
    expect(before.annotations.length).toBeGreaterThan(1000);
    expect(
      before.annotations.some((annotation) => annotation.note !== '' && annotation.tags.length > 0),
    ).toBe(true);

    const settings = { theme: 'dark', fontSize: 18, lists: ['a', 'b'] };
    const text = await backupText(source, settings);
    const target = await openArchive(indexedDB, { name: 'target' });
    const progress: number[] = [];
    const report = await restoreBackup(target, text, { onProgress: (done) => progress.push(done) });
    expect(report.articles).toEqual({ added: 500, merged: 0, unchanged: 0 });
    expect(report.annotations.added).toBe(before.annotations.length);
    expect(report.images.written).toBe(before.images.length);
    expect(report.settings).toEqual(settings);
    expect(progress.at(-1)).toBe(500 + before.annotations.length);

    expect(await dumpArchive(target)).toEqual(before);
    // The restored archive works: its search index finds what the source's finds.
    const sourceHits = (await source.search('chuyen doi so')).length;
    expect(sourceHits).toBeGreaterThan(0);
    expect((await target.search('chuyen doi so')).length).toBe(sourceHits);
  });

  it('restoring into the same archive again adds no duplicates and changes nothing', async () => {
    const archive = await openArchive(indexedDB, { name: 'same' });
    await seedArchive(archive, generateArchive({ articles: 40, seed: 3 }));
    const before = await dumpArchive(archive);
    const report = await restoreBackup(archive, await backupText(archive));
    expect(report.articles).toEqual({ added: 0, merged: 0, unchanged: 40 });
    expect(report.annotations.added).toBe(0);
    expect(report.annotations.merged).toBe(0);
    expect(await dumpArchive(archive)).toEqual(before);
  });

  it('merges into a populated archive: union of articles, newer record wins, tags and highlights united', async () => {
    const generated = generateArchive({ articles: 30, seed: 5 });
    const nth = (number: number) => generated[number - 1]!;
    // Source holds articles 1–20 saved in January, target 11–30 saved in February: for the
    // shared 11–20 the target's copies are newer…
    const source = await openArchive(indexedDB, {
      name: 'merge-source',
      now: () => new Date('2026-03-01T00:00:00Z'),
    });
    await seedArchive(source, generated.slice(0, 20), { start: new Date('2026-01-01T00:00:00Z') });
    const target = await openArchive(indexedDB, { name: 'merge-target' });
    await seedArchive(target, generated.slice(10, 30), { start: new Date('2026-02-01T00:00:00Z') });
    const sharedId = (await target.getArticleByUrl(nth(11).article.canonicalUrl!))!.id;
    await target.updateArticle(sharedId, { tags: ['chỉ ở đích'], note: 'ghi chú ở đích' });
    const targetOnlyHighlight = await target.addAnnotation({
      articleId: sharedId,
      start: 0,
      end: 5,
      note: 'đích',
    });
    // …except article 12, which the source saved again in March and annotated.
    const { record: resaved } = await source.saveArticle(nth(12).article);
    await source.updateArticle(resaved.id, { tags: ['chỉ ở nguồn'], note: 'ghi chú mới ở nguồn' });
    const sourceHighlight = await source.addAnnotation({
      articleId: resaved.id,
      start: 2,
      end: 9,
      tags: ['mới'],
    });

    const targetBefore = await dumpArchive(target);
    const sourceDump = await dumpArchive(source);
    const report = await restoreBackup(target, await backupText(source));
    const after = await dumpArchive(target);

    // 20 + 20 articles with 10 shared → 30, each once.
    expect(after.articles).toHaveLength(30);
    expect(new Set(after.articles.map((record) => record.id)).size).toBe(30);
    expect(report.articles.added).toBe(10);
    expect(report.articles.merged + report.articles.unchanged).toBe(10);
    // Highlights: the union by id; shared highlights (same id on both sides) appear once.
    const annotationIds = after.annotations.map((annotation) => annotation.id);
    expect(new Set(annotationIds).size).toBe(annotationIds.length);
    const expectedIds = new Set(
      [...targetBefore.annotations, ...sourceDump.annotations].map((a) => a.id),
    );
    expect(expectedIds.size).toBeLessThan(
      targetBefore.annotations.length + sourceDump.annotations.length,
    );
    expect(new Set(annotationIds)).toEqual(expectedIds);
    expect(annotationIds).toContain(targetOnlyHighlight.id);
    expect(annotationIds).toContain(sourceHighlight.id);

    // Shared article newer in the target: the target's note stays; tags are united.
    const shared = after.articles.find((record) => record.id === sharedId)!;
    expect(shared.note).toBe('ghi chú ở đích');
    expect(shared.tags).toContain('chỉ ở đích');
    const sourceShared = sourceDump.articles.find((record) => record.id === sharedId)!;
    for (const tag of sourceShared.tags) expect(shared.tags).toContain(tag);
    // Shared article newer in the source: the source's note wins, the target's tags stay.
    const fromSource = after.articles.find((record) => record.id === resaved.id)!;
    expect(fromSource.note).toBe('ghi chú mới ở nguồn');
    expect(fromSource.updatedAt).toBe('2026-03-01T00:00:00.000Z');
    expect(fromSource.tags).toContain('chỉ ở nguồn');
    const targetCopy = targetBefore.articles.find((record) => record.id === resaved.id)!;
    for (const tag of targetCopy.tags) expect(fromSource.tags).toContain(tag);
    // Derived rows follow the merged records: one card per article, search finds the new note.
    expect(after.cards).toHaveLength(30);
    expect(after.search).toHaveLength(30);
    expect(after.cards.find((card) => card.id === resaved.id)!.annotationCount).toBe(
      after.annotations.filter((annotation) => annotation.articleId === resaved.id).length,
    );
    const hits = await target.search('ghi chu moi o nguon');
    expect(hits.map((hit) => hit.card.id)).toContain(resaved.id);
  });
});
