/**
 * The archive in real Chromium, against the BUILT extension: save two portal articles, highlight
 * with a note, close the browser and relaunch it on the same profile with every request to the
 * portals blocked (and the portal server gone), then read both articles offline from IndexedDB
 * with their images from stored blobs, search without diacritics, and see the directive both
 * articles cite in the references index.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CORPUS_PAGES,
  launchExtension,
  openReader,
  prepareTestExtension,
  readGold,
  startFixtureServer,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const FIRST = '01-nukeviet-egov44';
const SECOND = '16-dnn-newsview';
/** Cited by both pages (see their gold `directive_refs`). */
const SHARED_DIRECTIVE = /144-QĐ\/TW/u;
/** A valid 1×1 PNG, served for every same-origin image. */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

interface ServedPage {
  url: string;
  title: string;
  /** Image URLs as the served page has them: same-origin ones, then the cross-origin ones. */
  sameOrigin: string[];
  crossOrigin: string[];
}

/**
 * Serves a corpus page as if the fixture server were the portal: its canonical origin and its
 * images' origins become the server's (portals host images on their own origin, which the
 * extension may fetch with host access to the tab). The first `keepCrossOrigin` images move to
 * another origin (`localhost`) the extension has no access to: they must be recorded as failed
 * without failing the save.
 */
function servePage(server: FixtureServer, name: string, keepCrossOrigin: number): ServedPage {
  const gold = readGold(name);
  let html = readFileSync(path.join(CORPUS_PAGES, `${name}.html`), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/u.exec(html)?.[1];
  if (!canonical) throw new Error(`${name} has no canonical link`);
  const sameOrigin: string[] = [];
  const crossOrigin: string[] = [];
  const images = (gold as unknown as { images: { src: string }[] }).images;
  for (const [index, image] of images.entries()) {
    const original = new URL(image.src);
    const target = index < keepCrossOrigin ? `http://localhost:${server.port}` : server.origin;
    for (const written of [image.src, original.pathname]) {
      html = html.split(`"${written}"`).join(`"${target}${original.pathname}"`);
    }
    if (index < keepCrossOrigin) {
      crossOrigin.push(`${target}${original.pathname}`);
      continue;
    }
    server.route(original.pathname, (_request, response) => {
      response.writeHead(200, { 'content-type': 'image/png' }).end(PIXEL_PNG);
    });
    sameOrigin.push(server.url(original.pathname));
  }
  html = html.split(`${new URL(canonical).origin}/`).join(`${server.origin}/`);
  const pagePath = `/pages/${name}.html`;
  server.route(pagePath, (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  return { url: server.url(pagePath), title: gold.title ?? '', sameOrigin, crossOrigin };
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
}

async function waitForArchiveState(reader: Page, state: string): Promise<void> {
  await reader.waitForFunction(
    (wanted) => document.documentElement.getAttribute('data-gc-archive') === wanted,
    state,
    { timeout: 30_000 },
  );
}

async function waitForView(page: Page, view: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => document.documentElement.getAttribute('data-gc-archive-view') === wanted,
    view,
    { timeout: 30_000 },
  );
}

describe('archive end to end', () => {
  let server: FixtureServer;
  let extensionPath: string;
  let profileDir: string;
  let browser: ExtensionBrowser | null = null;
  let first: ServedPage;
  let second: ServedPage;
  const highlighted = (readGold(FIRST).body_paragraphs[0] ?? '').slice(0, 40);

  beforeAll(async () => {
    server = await startFixtureServer();
    first = servePage(server, FIRST, 1);
    second = servePage(server, SECOND, 0);
    extensionPath = prepareTestExtension();
    profileDir = mkdtempSync(path.join(tmpdir(), 'govclip-e2e-archive-profile-'));
  });

  afterAll(async () => {
    await browser?.close();
    await server.close().catch(() => undefined);
    rmSync(profileDir, { recursive: true, force: true });
    rmSync(extensionPath, { recursive: true, force: true });
  });

  it('saves two articles with their images and a highlighted note', async () => {
    browser = await launchExtension({ extensionPath, profileDir });
    try {
      await saveAndHighlight(browser);
    } finally {
      await browser.close();
      browser = null;
    }
  });

  async function saveAndHighlight(browser: ExtensionBrowser): Promise<void> {
    const one = await openReader(browser, first.url, {
      via: 'command',
      action: 'save',
      waitFor: ['ready'],
    });
    await waitForArchiveState(one.reader, 'saved');
    const two = await openReader(browser, second.url, {
      via: 'menu',
      action: 'save',
      waitFor: ['ready'],
    });
    await waitForArchiveState(two.reader, 'saved');

    // Select the start of the first body paragraph and highlight it in green.
    const reader = one.reader;
    await reader.evaluate((quote) => {
      const units = Array.from(document.querySelectorAll('.gc-body [data-gc-start]'));
      const unit = units.find((candidate) => (candidate.textContent ?? '').startsWith(quote));
      if (!unit) throw new Error('paragraph not rendered');
      const walker = document.createTreeWalker(unit, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode() as Text | null;
      if (!node || node.data.length < quote.length) throw new Error('paragraph text split early');
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, quote.length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      unit.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    }, highlighted);
    await reader.locator('.gc-hl-palette [data-color="green"]').click();
    await expect
      .poll(() => reader.locator('mark.gc-hl-green').allTextContents())
      .toEqual([highlighted]);
    await reader.locator('.gc-hl-editor textarea').fill('Cần **triển khai** ngay');
    await reader.locator('.gc-hl-editor input[type="text"]').fill('đôn đốc, báo cáo');
    await reader.locator('.gc-hl-editor button[type="submit"]').click();
    await reader.locator('.gc-hl-item .gc-note strong').waitFor({ timeout: 10_000 });
    expect(await reader.locator('.gc-hl-item .gc-note strong').textContent()).toBe('triển khai');

    // Images were stored as blobs on save (the reader reports how many).
    const stored = await reader.evaluate(async () => {
      const request = indexedDB.open('govclip-archive');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all = db.transaction('images').objectStore('images').getAll();
      const images = await new Promise<Array<{ src: string; blob: Blob }>>((resolve) => {
        all.onsuccess = () => resolve(all.result as Array<{ src: string; blob: Blob }>);
      });
      db.close();
      return images.map((image) => ({ src: image.src, size: image.blob.size }));
    });
    expect(stored.map((image) => image.src).sort()).toEqual(
      [...first.sameOrigin, ...second.sameOrigin].sort(),
    );
    expect(stored.every((image) => image.size === PIXEL_PNG.length)).toBe(true);
    // The cross-origin image without CORS is recorded as failed; the save still succeeded.
    const failed = await reader.evaluate(async () => {
      const request = indexedDB.open('govclip-archive');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all = db.transaction('articles').objectStore('articles').getAll();
      const records = await new Promise<Array<{ failedImages?: { src: string }[] }>>((resolve) => {
        all.onsuccess = () => resolve(all.result as Array<{ failedImages?: { src: string }[] }>);
      });
      db.close();
      return records.flatMap((record) => (record.failedImages ?? []).map((image) => image.src));
    });
    expect(failed).toEqual(first.crossOrigin);

    // The list snapshot catches up by itself shortly after the last write (the highlight's
    // note): both articles, the highlighted one counting its highlight.
    await expect
      .poll(
        () =>
          reader.evaluate(() => {
            const key = Object.keys(localStorage).find((name) =>
              name.startsWith('govclip:list-snapshot:'),
            );
            const value = key ? localStorage.getItem(key) : null;
            if (!value) return null;
            const page = JSON.parse(value) as {
              total: number;
              cards: { annotationCount: number }[];
            };
            return [page.total, page.cards.map((card) => card.annotationCount).sort()];
          }),
        { timeout: 10_000 },
      )
      .toEqual([2, [0, 1]]);
  }

  it('after a relaunch on the same profile, reads both offline with highlights, search and references', async () => {
    await server.close(); // the portal is gone
    browser = await launchExtension({ extensionPath, profileDir });
    const portalRequests: string[] = [];
    // Registered after the harness's own route, so it wins: nothing reaches any portal now.
    await browser.context.route(
      (url) => url.protocol === 'http:' || url.protocol === 'https:',
      async (route) => {
        portalRequests.push(route.request().url());
        await route.abort('blockedbyclient');
      },
    );
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('archive.html'));
    await waitForView(page, 'list');
    const titles = await page.locator('.gc-archive-card h2').allTextContents();
    expect(titles.sort()).toEqual([first.title, second.title].sort());
    // The first cards came from the list snapshot that the reader's saves and highlight left in
    // the previous session, and the database's own first page matched it field for field.
    expect(await snapshotState(page)).toBe('confirmed');

    // Search without diacritics.
    const query = fold((first.title ?? '').split(' ').slice(0, 4).join(' '));
    await page.locator('.gc-archive-search').fill(query);
    await expect
      .poll(() => page.locator('.gc-archive-card h2').allTextContents())
      .toEqual([first.title]);
    await page.locator('.gc-archive-search').fill(fold('báo cáo viên tháng 5'));
    await expect
      .poll(() => page.locator('.gc-archive-card h2').allTextContents())
      .toEqual([second.title]);
    // A highlight's note and tags are searchable too.
    await page.locator('.gc-archive-search').fill('trien khai ngay');
    await expect
      .poll(() => page.locator('.gc-archive-card h2').allTextContents())
      .toEqual([first.title]);

    // Open the first article: text, images from blobs, the highlight and its note.
    await page.locator('.gc-archive-card h2 a').first().click();
    await waitForView(page, 'article');
    const images = page.locator('img[data-gc-archived-image]');
    await expect.poll(() => images.count()).toBe(first.sameOrigin.length);
    await expect
      .poll(() =>
        images.evaluateAll((nodes) =>
          nodes.every(
            (node) =>
              (node as HTMLImageElement).complete &&
              (node as HTMLImageElement).naturalWidth > 0 &&
              (node as HTMLImageElement).src.startsWith('blob:'),
          ),
        ),
      )
      .toBe(true);
    // The image that could not be archived is shown as missing, never loaded from the portal.
    expect(await page.locator('img.gc-image-missing').count()).toBe(first.crossOrigin.length);
    expect(await page.locator('mark.gc-hl-green').allTextContents()).toEqual([highlighted]);
    expect(await page.locator('.gc-hl-item .gc-note strong').textContent()).toBe('triển khai');
    expect(await page.locator('.gc-hl-item .gc-tags li').allTextContents()).toEqual([
      'đôn đốc',
      'báo cáo',
    ]);

    // The references index lists the directive both articles cite, with both passages.
    await page.goto(browser.extensionUrl('archive.html#/references'));
    await waitForView(page, 'references');
    const group = page
      .locator('.gc-archive-ref')
      .filter({ has: page.locator('.gc-archive-ref-label', { hasText: SHARED_DIRECTIVE }) });
    await expect.poll(() => group.count()).toBe(1);
    await group.locator('summary').click();
    await expect.poll(() => group.getAttribute('data-gc-loaded')).toBe('true');
    // One link per citing article.
    const shared = await group.locator('.gc-archive-ref-passages li a').allTextContents();
    expect(shared.sort()).toEqual([first.title, second.title].sort());
    expect(await group.locator('.gc-archive-passage mark').count()).toBeGreaterThanOrEqual(2);

    expect(portalRequests).toEqual([]);
  });

  it('a tampered or broken list snapshot never stands: the database page replaces it', async () => {
    if (!browser) throw new Error('the relaunched browser is gone');
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('archive.html'));
    await waitForView(page, 'list');
    const expected = (await page.locator('.gc-archive-card h2').allTextContents()).sort();
    const rewrite = (how: 'forge' | 'break') =>
      page.evaluate((mode) => {
        const key = Object.keys(localStorage).find((name) =>
          name.startsWith('govclip:list-snapshot:'),
        );
        if (!key) throw new Error('no list snapshot in localStorage');
        if (mode === 'break') {
          localStorage.setItem(key, '{"format":1,"cards":[');
          return;
        }
        const value = JSON.parse(localStorage.getItem(key)!) as { cards: { title: string }[] };
        value.cards[0]!.title = '<img src=x onerror="document.title=1">Tin giả';
        localStorage.setItem(key, JSON.stringify(value));
      }, how);

    await rewrite('forge');
    await page.reload();
    await waitForView(page, 'list');
    expect(await snapshotState(page)).toBe('replaced');
    expect((await page.locator('.gc-archive-card h2').allTextContents()).sort()).toEqual(expected);
    expect(await page.locator('.gc-archive-card img').count()).toBe(0);
    expect(await page.title()).not.toBe('1');
    // Reading the page from the database wrote the snapshot afresh.
    await page.reload();
    await waitForView(page, 'list');
    expect(await snapshotState(page)).toBe('confirmed');

    await rewrite('break');
    await page.reload();
    await waitForView(page, 'list');
    expect(await snapshotState(page)).toBe('none');
    expect((await page.locator('.gc-archive-card h2').allTextContents()).sort()).toEqual(expected);
    await page.close();
  });
});

function snapshotState(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('data-gc-archive-snapshot'));
}
