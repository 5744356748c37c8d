/**
 * The XSS fixture (tests/fixtures/xss, 111 payloads) in the built extension: on the portal page
 * many payloads run (the positive control that they are live); in the reader none may, through
 * the extractor's path or the generic reader's, and the page cannot reach the reader.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchExtension,
  openReader,
  startFixtureServer,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGE = '/xss/xss-article.html';

/** What a payload could have left in the reader's DOM. */
async function dangerousMarkup(reader: Page): Promise<string[]> {
  return reader.evaluate(() => {
    const found: string[] = [];
    const html = document.documentElement;
    for (const name of html.getAttributeNames()) if (name.startsWith('data-xss-')) found.push(name);
    const forbidden =
      'script, iframe, object, embed, base, meta[http-equiv], link:not([rel="stylesheet"]), form, svg, math, template, style:not(head style), noscript, input, textarea, select, video, audio';
    for (const element of Array.from(
      document.querySelectorAll(`#gc-app ${forbidden.split(', ').join(', #gc-app ')}`),
    )) {
      // The reader's own feature controls (export scope and format, the import file picker)
      // are form fields built by our code, never from page content; nothing else is allowed.
      const ownControl =
        ['input', 'select', 'textarea'].includes(element.tagName.toLowerCase()) &&
        element.closest('.gc-feature-panels, .gc-feature-buttons') !== null;
      if (!ownControl) found.push(`<${element.tagName.toLowerCase()}>`);
    }
    for (const element of Array.from(document.querySelectorAll('#gc-app *'))) {
      for (const name of element.getAttributeNames()) {
        const value = element.getAttribute(name) ?? '';
        if (
          name.startsWith('on') ||
          name === 'srcdoc' ||
          (name === 'style' && /url\(|expression/i.test(value))
        ) {
          found.push(`${element.tagName.toLowerCase()}[${name}]`);
        }
        if (
          ['href', 'src', 'action', 'xlink:href', 'data', 'srcset'].includes(name) &&
          !/^(https?:|#|$)/i.test(value.trim()) &&
          // the extension's own pages (e.g. the archive link in the toolbar) are fine
          !value.startsWith(`${location.origin}/`)
        ) {
          found.push(`${element.tagName.toLowerCase()}[${name}=${value.slice(0, 30)}]`);
        }
      }
    }
    if (document.baseURI !== location.href) found.push(`baseURI ${document.baseURI}`);
    return found;
  });
}

async function exerciseReader(reader: Page): Promise<void> {
  // Give timers, focus and image errors a chance, hover and click what is there.
  for (const link of await reader.locator('#gc-app a').all())
    await link.hover().catch(() => undefined);
  await reader
    .locator('.gc-body')
    .click({ position: { x: 5, y: 5 } })
    .catch(() => undefined);
  await reader.waitForTimeout(1_000);
}

describe('reader on a page full of script-injection payloads', () => {
  it('the payloads are live: they run on the portal page itself', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(server.url(PAGE), { waitUntil: 'load' });
      await page.waitForTimeout(1_000);
      const onPage = server.tripwires.filter((hit) => hit.origin.startsWith(server.origin));
      expect(new Set(onPage.map((hit) => hit.id)).size).toBeGreaterThan(20);
    } finally {
      await page.close();
    }
  });

  it('nothing runs in the reader', async () => {
    const { source, reader, state } = await openReader(browser, server.url(PAGE));
    try {
      // The page is an article by the extractor's rules; if it ever is not, the generic reader
      // (which tests/unit/reader-generic.test.ts covers on this fixture) must be just as inert.
      if (state !== 'ready') {
        await reader.locator('.gc-generic-offer').click();
        await reader.waitForFunction(
          () => document.documentElement.getAttribute('data-gc-state') === 'ready',
        );
      }
      await exerciseReader(reader);
      const fromExtension = server.tripwires.filter((hit) =>
        hit.origin.startsWith('chrome-extension:'),
      );
      expect(fromExtension).toEqual([]);
      expect(await dangerousMarkup(reader)).toEqual([]);
      // The reader did render the article's text between the payloads.
      await expect(reader.locator('.gc-body').innerText()).resolves.toContain(
        'cải cách hành chính',
      );
    } finally {
      await reader.close();
      await source.close();
    }
  });

  it("the page's scripts cannot reach the reader", async () => {
    const { source, reader } = await openReader(browser, server.url(PAGE));
    try {
      expect(await reader.evaluate(() => window.opener)).toBeNull();
      const readerUrl = reader.url();
      const attempts = await source.evaluate(async (url) => {
        const results: string[] = [];
        try {
          const response = await fetch(url);
          results.push(`fetch ${response.status} ${(await response.text()).length}`);
        } catch {
          // blocked: expected
        }
        const frame = document.createElement('iframe');
        frame.src = url;
        document.body.appendChild(frame);
        await new Promise((resolve) => setTimeout(resolve, 500));
        try {
          const text = frame.contentDocument?.body?.innerText ?? '';
          if (text.length > 0) results.push(`iframe read ${text.length}`);
        } catch {
          // cross-origin: expected
        }
        return results;
      }, readerUrl);
      expect(attempts).toEqual([]);
    } finally {
      await reader.close();
      await source.close();
    }
  });
});
