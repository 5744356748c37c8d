#!/usr/bin/env node
// Screenshots of the reader for three CMS families, light and dark, into dist/screenshots/
// (git-ignored). Uses the built extension: run `npm run build` (or `npm start`) first.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, loadHarness, setTheme } from './reader-session.mjs';

const PAGES =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : ['05-nukeviet-default45', '11-sharepoint-publishing', '17-baochinhphu-style'];

const harness = await loadHarness();
const server = await harness.startFixtureServer();
const browser = await harness.launchExtension({ viewport: { width: 1280, height: 1000 } });
mkdirSync(harness.SCREENSHOT_DIR, { recursive: true });
try {
  for (const name of PAGES) {
    const { source, reader } = await harness.openReader(
      browser,
      server.url(`/corpus/${name}.html`),
    );
    for (const theme of ['light', 'dark']) {
      await setTheme(reader, theme);
      // Open the card of the first reference so the screenshot shows one.
      if ((await reader.locator('[data-gc-ref]').count()) > 0) {
        await reader.locator('[data-gc-ref]').first().click();
      }
      const file = path.join(harness.SCREENSHOT_DIR, `${name}-${theme}.png`);
      await reader.screenshot({ path: file });
      console.log(path.relative(ROOT, file));
      await reader.keyboard.press('Escape');
    }
    await setTheme(reader, 'light');
    await reader.close();
    await source.close();
  }
} finally {
  await browser.close();
  await server.close();
}
