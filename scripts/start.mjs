#!/usr/bin/env node
// `npm start`: prints the CLI over the bundled sample pages, builds the extension and opens
// Chromium with it on a bundled sample portal page served from 127.0.0.1.
// With a display: a normal browser window; click the GovClip button to read (Chromium leaves the
// suggested Alt+Shift+R unbound, so a reader shortcut is set at chrome://extensions/shortcuts).
// Without one (no DISPLAY): headless; it opens the reader itself, prints what the reader shows
// and writes a screenshot to dist/.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, buildExtension, loadHarness } from './reader-session.mjs';

const SAMPLE = '01-nukeviet-egov44';

if (existsSync(path.join(ROOT, 'scripts', 'print-samples.mjs'))) {
  const { printSamples } = await import('./print-samples.mjs');
  await printSamples();
}

buildExtension();
const harness = await loadHarness();
const server = await harness.startFixtureServer();
const pageUrl = server.url(`/corpus/${SAMPLE}.html`);
const headed = Boolean(process.env.DISPLAY);

if (headed) {
  const { chromium } = await import('playwright-core');
  const extension = harness.requireBuiltExtension();
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    viewport: null,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-first-run',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(pageUrl);
  console.log(`\nChromium is open on ${pageUrl}`);
  console.log(
    'Click the GovClip button in the toolbar (or set a reader shortcut at chrome://extensions/shortcuts). Close the browser to stop.',
  );
  await new Promise((resolve) => context.on('close', resolve));
} else {
  console.log('\nNo display (DISPLAY is not set): running headless.');
  const browser = await harness.launchExtension();
  try {
    const { reader, state } = await harness.openReader(browser, pageUrl, { via: 'action' });
    const shown = await harness.readerSnapshot(reader);
    console.log(`\nThe reader on ${pageUrl} (${state}):`);
    console.log(`  Title:      ${harness.collapse(shown.title)}`);
    console.log(`  Date:       ${shown.publishedText ?? '—'} (${shown.published ?? 'none'})`);
    console.log(`  Author:     ${shown.author ?? '—'}`);
    console.log(`  Paragraphs: ${shown.units.length}`);
    console.log(`  References: ${shown.references.length} tagged`);
    for (const reference of shown.references) console.log(`    • ${reference}`);
    const out = path.join(ROOT, 'dist', 'reader-sample.png');
    mkdirSync(path.dirname(out), { recursive: true });
    await reader.screenshot({ path: out, fullPage: false });
    console.log(`\nScreenshot of the reader: ${path.relative(ROOT, out)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
await server.close().catch(() => undefined);
