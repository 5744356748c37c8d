import { Blob as NodeBlob } from 'node:buffer';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openArchive, type ArchiveRepository } from '../../packages/archive/src';
import { generateArchive, generatedRecords } from '../bench/lib/generate-articles';
import { readArchiveSnapshot } from '../../packages/archive/src/export/read-snapshot';
import { exportWebAnnotations } from '../../packages/archive/src/export/web-annotation';
import { ImportError } from '../../packages/archive/src/import/import-error';
import { importWebAnnotations } from '../../packages/archive/src/import/web-annotation-import';

beforeAll(() => vi.stubGlobal('Blob', NodeBlob));
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const generated = generateArchive({ articles: 6, seed: 9, imagesPerArticle: 0 });

/** An archive holding the generated articles, with or without their highlights. */
async function archiveWith(name: string, withHighlights: boolean): Promise<ArchiveRepository> {
  const archive = await openArchive(indexedDB, { name });
  for (const deleted of generatedRecords(generated)) {
    await archive.restoreArticle(withHighlights ? deleted : { ...deleted, annotations: [] });
  }
  return archive;
}

async function annotationsOf(archive: ArchiveRepository) {
  return (await archive.database.getAll('annotations')).sort((a, b) => a.id.localeCompare(b.id));
}

async function jsonLdOf(archive: ArchiveRepository): Promise<string> {
  const file = exportWebAnnotations(await readArchiveSnapshot(archive, { images: false }));
  return new TextDecoder().decode(file.bytes);
}

describe('W3C Web Annotation import', () => {
  it('round-trips our own export onto the same articles in another archive', async () => {
    const source = await archiveWith('source', true);
    const target = await archiveWith('target', false);
    const report = await importWebAnnotations(target, await jsonLdOf(source));
    const expected = await annotationsOf(source);
    expect(report).toMatchObject({ added: expected.length, merged: 0, unmatched: 0, orphaned: 0 });
    expect(await annotationsOf(target)).toEqual(expected);
    // The cards count the new highlights; search finds their notes.
    const card = (await target.database.getAll('cards')).find((c) => c.annotationCount > 0);
    expect(card).toBeDefined();
    expect((await target.search('quan trong')).length).toBeGreaterThan(0);
  });

  it('importing the same file again adds no duplicates', async () => {
    const archive = await archiveWith('same', true);
    const before = await annotationsOf(archive);
    const report = await importWebAnnotations(archive, await jsonLdOf(archive));
    expect(report.added).toBe(0);
    expect(report.unchanged).toBe(before.length);
    expect(await annotationsOf(archive)).toEqual(before);
  });

  it("imports another tool's annotations: URL matching, anchoring, notes, tags, orphans, unmatched", async () => {
    const archive = await archiveWith('foreign', false);
    const article = generated[2]!.article;
    const text = article.text;
    const quote = text.slice(40, 75);
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          id: 'https://hypothes.is/a/abc123',
          type: 'Annotation',
          creator: { name: 'Cán bộ A' },
          created: '2025-05-01T10:00:00Z',
          body: [
            { type: 'TextualBody', value: 'Nhận xét của tôi', format: 'text/markdown' },
            { type: 'TextualBody', value: 'theo dõi', purpose: 'tagging' },
          ],
          // Same page, written with a tracking parameter and a fragment.
          target: {
            source: `${article.canonicalUrl}?utm_source=zalo#muc-2`,
            selector: { type: 'TextQuoteSelector', exact: quote, prefix: text.slice(30, 40) },
          },
        },
        {
          type: 'Annotation',
          bodyValue: 'Đoạn này đã bị sửa',
          target: {
            source: article.canonicalUrl,
            selector: [
              { type: 'TextQuoteSelector', exact: 'một câu không hề có trong bài viết này cả' },
            ],
          },
        },
        {
          type: 'Annotation',
          target: {
            source: 'https://khong-luu.example.gov.vn/bai.html',
            selector: { type: 'TextQuoteSelector', exact: 'x' },
          },
        },
      ],
    };
    const report = await importWebAnnotations(archive, JSON.stringify(foreign));
    expect(report).toMatchObject({ added: 2, orphaned: 1, unmatched: 1 });
    expect(report.unmatchedSources).toEqual(['https://khong-luu.example.gov.vn/bai.html']);
    const stored = await annotationsOf(archive);
    const anchored = stored.find((annotation) => annotation.id === 'https://hypothes.is/a/abc123')!;
    expect(anchored.target.selector[1]).toEqual({
      type: 'TextPositionSelector',
      start: 40,
      end: 75,
    });
    expect(anchored.target.selector[0].exact).toBe(quote);
    expect(anchored.orphaned).toBe(false);
    expect(anchored.note).toBe('Nhận xét của tôi');
    expect(anchored.tags).toEqual(['theo dõi']);
    expect(anchored.created).toBe('2025-05-01T10:00:00Z');
    const orphan = stored.find((annotation) => annotation.note === 'Đoạn này đã bị sửa')!;
    expect(orphan.orphaned).toBe(true);
    expect(orphan.target.selector[0].exact).toBe('một câu không hề có trong bài viết này cả');
  });

  it('re-anchors a highlight whose text moved', async () => {
    const source = await archiveWith('moved-source', true);
    const jsonLd = JSON.parse(await jsonLdOf(source)) as {
      first: { items: Array<{ target: { selector: [unknown, { start: number; end: number }] } }> };
    };
    // Every stored position shifted by 7: the quote selector must put them back.
    for (const item of jsonLd.first.items) {
      item.target.selector[1].start += 7;
      item.target.selector[1].end += 7;
    }
    const target = await archiveWith('moved-target', false);
    const report = await importWebAnnotations(target, JSON.stringify(jsonLd));
    expect(report.orphaned).toBe(0);
    expect(await annotationsOf(target)).toEqual(await annotationsOf(source));
  });

  it('rejects bad files with a typed error and writes nothing', async () => {
    const archive = await archiveWith('bad', true);
    const before = await annotationsOf(archive);
    const valid = JSON.parse(await jsonLdOf(archive)) as {
      first: { items: Array<Record<string, unknown>> };
    };
    const cases: Array<[string, string]> = [
      ['{"type":"AnnotationPage","items":[]}', 'no-annotations'],
      ['{"hello":1}', 'wrong-format'],
      ['{"type":"AnnotationPage","items":[{"type":"Annotation"', 'not-json'],
      [JSON.stringify({ ...valid, unexpected: true }), 'invalid-data'],
      [
        JSON.stringify({
          ...valid,
          first: { ...valid.first, items: [{ ...valid.first.items[0], extra: 1 }] },
        }),
        'invalid-data',
      ],
      [
        '{"type":"Annotation","target":{"source":"https://a.vn","selector":{"type":"TextQuoteSelector","exact":"x"}},"body":{"__proto__":{"polluted":1}}}',
        'forbidden-key',
      ],
      [JSON.stringify({ type: 'Annotation', target: { source: 'https://a.vn' } }), 'invalid-data'],
      [
        JSON.stringify({
          type: 'Annotation',
          bodyValue: 'x'.repeat(2_000_001),
          target: 'https://a.vn',
        }),
        'invalid-data',
      ],
    ];
    for (const [text, code] of cases) {
      const error = await importWebAnnotations(archive, text).catch((caught: unknown) => caught);
      expect(error, text.slice(0, 80)).toBeInstanceOf(ImportError);
      expect((error as ImportError).code, text.slice(0, 80)).toBe(code);
      expect(await annotationsOf(archive)).toEqual(before);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('fuzz: truncated files and prototype keys anywhere are rejected, nothing written', async () => {
    const archive = await archiveWith('fuzz', false);
    const text = await jsonLdOf(await archiveWith('fuzz-source', true));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: text.length - 1 }),
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        async (cut, key) => {
          for (const damaged of [
            text.slice(0, cut),
            `${text.slice(0, cut)}`.replace(/"type"/u, `"${key}":{},"type"`),
          ]) {
            if (damaged === text) continue;
            const error = await importWebAnnotations(archive, damaged).catch(
              (caught: unknown) => caught,
            );
            expect(error).toBeInstanceOf(ImportError);
          }
          const whole = text.replace(
            /"type": "TextualBody"/u,
            `"${key}": {"a": 1}, "type": "TextualBody"`,
          );
          const error = await importWebAnnotations(archive, whole).catch(
            (caught: unknown) => caught,
          );
          expect((error as ImportError).code).toBe('forbidden-key');
          expect(await archive.database.count('annotations')).toBe(0);
        },
      ),
      { numRuns: 40 },
    );
  });
});
