// Shared by `npm start` and `scripts/screenshots.mjs`: the e2e harness (TypeScript, loaded
// through tsx) drives the BUILT extension in Debian's Chromium against pages served from
// 127.0.0.1, so the scripts and the tests open the reader the same way.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

export const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Builds the Chrome extension (dist/chrome-mv3); exits on failure. */
export function buildExtension() {
  console.log('▶ Building the extension (wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    console.error('The extension build failed.');
    process.exit(1);
  }
}

/** The e2e harness module (tests/e2e/harness.ts). */
export async function loadHarness() {
  register();
  return import(path.join(ROOT, 'tests', 'e2e', 'harness.ts'));
}

/** Sets the reader's theme by clicking its toolbar control (and so stores it, as a user would). */
export async function setTheme(reader, theme) {
  await reader.locator(`[data-setting="theme=${theme}"]`).click();
  await reader.locator(`body.gc-theme-${theme}`).waitFor();
}
