/**
 * Debian's Chromium as every browser test and bench launches it (driven by playwright-core,
 * nothing downloaded). Without the background-networking flags Chromium keeps reaching for
 * hosts this machine's closed network refuses.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const HEADLESS_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
