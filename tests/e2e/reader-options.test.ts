/** The options page in the built extension: reader defaults are stored and used by the reader. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('options page', () => {
  it('sets the reader defaults, lists the shortcuts the browser assigned, and themes the archive', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    const selects = options.locator('select');
    await expect(selects.count()).resolves.toBe(3);
    await selects.nth(2).selectOption('sepia');
    await options.locator('.gc-status').filter({ hasText: /\S/ }).waitFor();
    const shortcuts = await options.locator('.gc-shortcuts li').allInnerTexts();
    expect(shortcuts).toHaveLength(2);
    // The save command keeps its suggested key; each line names a key or says it is not set.
    expect(shortcuts.some((line) => line.includes('Alt+Shift+S'))).toBe(true);
    await options.close();

    const { source, reader } = await openReader(
      browser,
      server.url('/corpus/01-nukeviet-egov44.html'),
    );
    try {
      await expect(
        reader.evaluate(() => document.body.classList.contains('gc-theme-sepia')),
      ).resolves.toBe(true);
    } finally {
      await reader.close();
      await source.close();
    }

    // The archive page wears the same theme, and only that one.
    const archive = await browser.context.newPage();
    try {
      await archive.goto(browser.extensionUrl('archive.html'));
      await archive.waitForFunction(() => document.body.classList.contains('gc-theme-sepia'));
      await expect(
        archive.evaluate(() => document.body.classList.contains('gc-theme-light')),
      ).resolves.toBe(false);
    } finally {
      await archive.close();
    }
  });
});
