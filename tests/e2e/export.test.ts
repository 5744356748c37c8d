/**
 * Export and import in real Chromium, against the BUILT extension's archive page: a generated
 * archive is imported through the page's file input, exported as a JSON backup download, the
 * archive is deleted, and the downloaded file is imported again — the archive comes back equal,
 * image bytes included. The Markdown export's download is a zip with one note per article.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup } from '../../packages/archive/src/export/backup';
import { generateArchive, generatedRecords } from '../bench/lib/generate-articles';
import { launchExtension, type ExtensionBrowser } from './harness';

const ARTICLES = 12;

let browser: ExtensionBrowser;
let scratch: string;

beforeAll(async () => {
  browser = await launchExtension();
  scratch = mkdtempSync(path.join(tmpdir(), 'govclip-e2e-export-'));
});

afterAll(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function seedBackupFile(): Promise<string> {
  const records = generatedRecords(
    generateArchive({ articles: ARTICLES, seed: 42, imagesPerArticle: 2, imageBytes: 3000 }),
  );
  const file = await exportBackup({
    articles: records.map((item) => item.record),
    annotations: records.flatMap((item) => item.annotations),
    images: records.flatMap((item) => item.images),
    schemaVersion: 3,
  });
  const target = path.join(scratch, file.fileName);
  writeFileSync(target, file.bytes);
  return target;
}

async function openArchivePage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('archive.html'));
  await page.waitForFunction(
    () => document.documentElement.getAttribute('data-gc-archive-view') === 'list',
  );
  await page.waitForSelector('[data-gc-export]', { state: 'attached' });
  await page.click('[data-gc-export] summary');
  return page;
}

async function importFile(page: Page, file: string): Promise<string> {
  await page.setInputFiles('[data-gc-import-file]', file);
  await page.waitForFunction(() =>
    ['done', 'error'].includes(
      document.querySelector('[data-gc-export]')?.getAttribute('data-gc-export-status') ?? '',
    ),
  );
  expect(
    await page.getAttribute('[data-gc-export]', 'data-gc-export-status'),
    (await page.textContent('.gc-export-status')) ?? '',
  ).toBe('done');
  return (await page.textContent('.gc-export-status')) ?? '';
}

/** Every primary record of the page's archive, blobs as base64 (read with the raw IndexedDB API). */
async function dump(page: Page): Promise<unknown> {
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('govclip-archive');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    const images = (await all('images')) as Array<{
      key: string;
      articleId: string;
      src: string;
      blob: Blob;
    }>;
    const encoded = await Promise.all(
      images.map(async (image) => {
        const bytes = new Uint8Array(await image.blob.arrayBuffer());
        let binary = '';
        for (const byte of bytes) binary += String.fromCharCode(byte);
        return {
          key: image.key,
          articleId: image.articleId,
          src: image.src,
          type: image.blob.type,
          base64: btoa(binary),
        };
      }),
    );
    const result = {
      articles: await all('articles'),
      annotations: await all('annotations'),
      images: encoded,
      cards: (await all('cards')).length,
    };
    db.close();
    return result;
  });
}

async function deleteArchive(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('govclip-archive');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
}

async function exportAs(page: Page, format: string, scope: string): Promise<string> {
  await page.selectOption('select[name="gc-export-scope"]', scope);
  await page.selectOption('select[name="gc-export-format"]', format);
  const downloading = page.waitForEvent('download');
  await page.click('[data-gc-export-run]');
  const download = await downloading;
  const target = path.join(scratch, download.suggestedFilename());
  await download.saveAs(target);
  return target;
}

describe('export and import from the archive page', () => {
  it('exports a JSON backup download that re-imports into an emptied archive unchanged', async () => {
    const page = await openArchivePage();
    const seeded = await importFile(page, await seedBackupFile());
    expect(seeded).toMatch(new RegExp(`${ARTICLES}`, 'u'));
    const before = (await dump(page)) as {
      articles: unknown[];
      annotations: unknown[];
      images: unknown[];
      cards: number;
    };
    expect(before.articles).toHaveLength(ARTICLES);
    expect(before.images).toHaveLength(ARTICLES * 2);
    expect(before.cards).toBe(ARTICLES);

    const backupPath = await exportAs(page, 'backup', 'all');
    expect(path.basename(backupPath)).toMatch(/^govclip-backup-\d{4}-\d{2}-\d{2}\.json$/u);
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as {
      format: string;
      counts: { articles: number };
    };
    expect(backup.format).toBe('govclip-backup');
    expect(backup.counts.articles).toBe(ARTICLES);

    await deleteArchive(page);
    await page.close();
    const fresh = await openArchivePage();
    expect(((await dump(fresh)) as { articles: unknown[] }).articles).toHaveLength(0);
    await importFile(fresh, backupPath);
    expect(await dump(fresh)).toEqual(before);

    // The list shows the restored articles after a reload.
    await fresh.reload();
    await fresh.waitForFunction(
      () => document.documentElement.getAttribute('data-gc-archive-view') === 'list',
    );
    await fresh.waitForFunction(
      (count) => document.querySelectorAll('.gc-archive-list > li').length === count,
      ARTICLES,
    );

    // A Markdown export of the whole archive is a zip with one note per article and its images.
    await fresh.click('[data-gc-export] summary');
    const zipPath = await exportAs(fresh, 'markdown', 'all');
    const entries = Object.keys(unzipSync(new Uint8Array(readFileSync(zipPath))));
    expect(entries.filter((name) => name.endsWith('.md'))).toHaveLength(ARTICLES);
    expect(entries.filter((name) => name.startsWith('images/'))).toHaveLength(ARTICLES * 2);

    // A tampered file is refused with a message, and the archive stays as it was.
    const tampered = path.join(scratch, 'tampered.json');
    writeFileSync(tampered, readFileSync(backupPath, 'utf8').replace('Hội nghị', 'Hội nghi'));
    await fresh.setInputFiles('[data-gc-import-file]', tampered);
    await fresh.waitForFunction(
      () =>
        document.querySelector('[data-gc-export]')?.getAttribute('data-gc-export-status') ===
        'error',
    );
    expect(await fresh.textContent('.gc-export-status')).toMatch(/SHA-256/u);
    expect(await dump(fresh)).toEqual(before);
  });
});
