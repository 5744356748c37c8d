import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportReferencesCsv, csvCell } from '../../packages/archive/src/export/csv';
import { exportDocx } from '../../packages/archive/src/export/docx-report';
import { escapeMarkdown } from '@govclip/core';
import { exportMarkdown } from '../../packages/archive/src/export/markdown';
import type { ArchiveSnapshot } from '../../packages/archive/src/export/snapshot';
import {
  ANNOTATION_CONTEXT,
  webAnnotationCollection,
} from '../../packages/archive/src/export/web-annotation';
import type { Annotation, ArchivedArticle } from '../../packages/archive/src/types';

const fixture = (name: string) => path.resolve('tests/fixtures/export', name);
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function smallSnapshot(): ArchiveSnapshot {
  const data = JSON.parse(readFileSync(fixture('small-archive.json'), 'utf8')) as {
    articles: ArchivedArticle[];
    annotations: Annotation[];
    schemaVersion: number;
  };
  return {
    ...data,
    images: new Map([['a1#0', new Blob([PNG_BYTES], { type: 'image/png' })]]),
  };
}

describe('Markdown export', () => {
  it('writes the hand-made article exactly as the hand-written expected note, with its image', async () => {
    const file = await exportMarkdown(smallSnapshot(), { zipName: 'test' });
    expect(file.fileName).toBe('test.zip');
    const entries = unzipSync(file.bytes);
    expect(Object.keys(entries).sort()).toEqual([
      'hoi-nghi-trien-khai-nghi-quyet-03-1.md',
      'images/hoi-nghi-trien-khai-nghi-quyet-03-1/1.png',
    ]);
    const markdown = strFromU8(entries['hoi-nghi-trien-khai-nghi-quyet-03-1.md']!);
    expect(markdown).toBe(readFileSync(fixture('small-article.expected.md'), 'utf8'));
    expect(entries['images/hoi-nghi-trien-khai-nghi-quyet-03-1/1.png']).toEqual(PNG_BYTES);
  });

  it('gives one article without stored images as a single .md file', async () => {
    const snapshot = { ...smallSnapshot(), images: [] };
    const file = await exportMarkdown(snapshot);
    expect(file.fileName).toBe('hoi-nghi-trien-khai-nghi-quyet-03-1.md');
    const text = new TextDecoder().decode(file.bytes);
    // Without a stored blob the figure links to the original image on the web.
    expect(text).toContain('](https://ubnd.example.gov.vn/anh/hoi%20nghi.jpg)');
  });

  it('puts several articles into one zip with unique file names and reports progress', async () => {
    const base = smallSnapshot();
    const first = base.articles[0]!;
    const second: ArchivedArticle = { ...first, id: 'a2', imageKeys: [] };
    const progress: Array<[number, number]> = [];
    const file = await exportMarkdown(
      { ...base, articles: [first, second] },
      { onProgress: (done, total) => progress.push([done, total]) },
    );
    const names = Object.keys(unzipSync(file.bytes));
    expect(names).toContain('hoi-nghi-trien-khai-nghi-quyet-03-1.md');
    expect(names).toContain('hoi-nghi-trien-khai-nghi-quyet-03-1-2.md');
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('escapes text so it shows as written', () => {
    expect(escapeMarkdown('- a *b* [c](d) #tag 1. x')).toBe('\\- a \\*b\\* \\[c\\](d) \\#tag 1. x');
    expect(escapeMarkdown('12. mục\n> trích')).toBe('12\\. mục\n\\> trích');
  });
});

describe('CSV of references', () => {
  it('matches the hand-written expected file byte for byte (BOM, CRLF, quoting, formula guard)', () => {
    const file = exportReferencesCsv(smallSnapshot());
    expect(file.bytes).toEqual(new Uint8Array(readFileSync(fixture('references.expected.csv'))));
  });

  it('prefixes every formula-starting cell with an apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}1+1`).replace(/^"/u, '').startsWith(`'${start}`)).toBe(true);
    }
    expect(csvCell('Nghị quyết')).toBe('Nghị quyết');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });
});

describe('W3C Web Annotation JSON-LD', () => {
  it('has every field the model requires, with both selectors and the original URL', () => {
    const collection = webAnnotationCollection(smallSnapshot(), {
      now: new Date('2026-01-01T00:00:00Z'),
    });
    expect(collection['@context']).toBe(ANNOTATION_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.id).toMatch(/^[a-z][a-z0-9+.-]*:/u);
    expect(collection.total).toBe(2);
    expect(collection.first.type).toBe('AnnotationPage');
    const items = collection.first.items;
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item.type).toBe('Annotation');
      expect(item.id).toMatch(/^urn:govclip:annotation:/u);
      expect(Date.parse(item.created)).not.toBeNaN();
      expect(Date.parse(item.modified)).not.toBeNaN();
      expect(item.target.source).toBe('https://ubnd.example.gov.vn/tin-tuc/hoi-nghi.html');
      expect(item.target.selector.map((selector) => selector.type)).toEqual([
        'TextQuoteSelector',
        'TextPositionSelector',
      ]);
    }
    const noted = items.find((item) => item.id.endsWith(':n1'))!;
    expect(noted.motivation).toBe('commenting');
    expect(noted.body).toEqual([
      {
        type: 'TextualBody',
        value: 'Ghi chú dòng 1\n- ý *quan trọng*',
        format: 'text/markdown',
        purpose: 'commenting',
      },
      { type: 'TextualBody', value: 'cần theo dõi', purpose: 'tagging' },
      { type: 'TextualBody', value: 'họp', purpose: 'tagging' },
    ]);
    expect(noted.target.selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Tỉnh ủy tổ chức hội nghị',
      prefix: 'Sáng 13/4, ',
      suffix: '.\n\nNội',
    });
    expect(noted.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 11, end: 35 });
    const bare = items.find((item) => item.id.endsWith(':n2'))!;
    expect(bare.motivation).toBe('highlighting');
    expect(bare.body).toBeUndefined();
  });
});

describe('DOCX report', () => {
  it('holds the title, every highlight and note, and the reference table, in a Vietnamese font', async () => {
    const file = await exportDocx(smallSnapshot());
    const entries = unzipSync(file.bytes);
    const xml = strFromU8(entries['word/document.xml']!);
    const text = xml.replace(/<w:br\/>/gu, '\n').replace(/<[^>]+>/gu, '');
    expect(text).toContain('Hội nghị: triển khai &quot;Nghị quyết 03&quot; #1');
    expect(text).toContain('Tỉnh ủy tổ chức hội nghị');
    expect(text).toContain('Làm đến đâu chắc đến đó.');
    expect(text).toContain('Ghi chú dòng 1');
    expect(text).toContain('- ý *quan trọng*');
    expect(text).toContain('Cần đối chiếu với **Kế hoạch 45**.');
    // The reference table: one row per cited document (the short repeat is grouped by key).
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/gu) ?? [];
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.match(/<w:tr>[\s\S]*?<\/w:tr>/gu) ?? [];
    expect(rows).toHaveLength(3);
    const rowText = (row: string) => row.replace(/<[^>]+>/gu, '');
    expect(rowText(rows[1]!)).toContain('Nghị quyết số 03-NQ/TU');
    expect(rowText(rows[1]!)).toContain('2021-04-13');
    expect(rowText(rows[1]!)).toContain('Tỉnh ủy');
    expect(rowText(rows[2]!)).toContain('Kế hoạch số 45/KH-UBND');
    expect(rowText(rows[2]!)).toContain('Về chuyển đổi số');
    // Every run names the font explicitly; text is NFC.
    const runs = xml.match(/<w:r>[\s\S]*?<\/w:r>/gu) ?? [];
    expect(runs.length).toBeGreaterThan(10);
    for (const run of runs) {
      if (run.includes('<w:t')) expect(run).toContain('w:ascii="Times New Roman"');
    }
    expect(text.normalize('NFC')).toBe(text);
  });

  it('writes decomposed (NFD) input as NFC', async () => {
    const snapshot = smallSnapshot();
    const archived = snapshot.articles[0]!;
    archived.article.title = 'Quyết định về đất đai'.normalize('NFD');
    const xml = strFromU8(unzipSync((await exportDocx(snapshot)).bytes)['word/document.xml']!);
    expect(xml).toContain('Quyết định về đất đai'.normalize('NFC'));
    expect(xml).not.toContain('Quyết định về đất đai'.normalize('NFD'));
  });
});
