import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_PATH, HEADLESS_CHROMIUM_ARGS } from '../../chromium';

/** Real Chromium for the benches: Debian's build through playwright-core (nothing downloaded). */
export const CHROMIUM = CHROMIUM_PATH;

/** Bundles a bench page (tests/bench/<name>/index.html + its TypeScript) with vite. */
export async function buildBenchPage(name: string, outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: path.resolve('tests/bench', name),
    base: './',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, minify: true, reportCompressedSize: false },
  });
}

/** A persistent (on-disk) profile, so IndexedDB is stored as it is for a real user. */
export async function launchChromium(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...HEADLESS_CHROMIUM_ARGS],
  });
}

export async function openBenchPage(context: BrowserContext, url: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForFunction(
    () => document.getElementById('status')?.textContent === 'ready',
    undefined,
    { timeout: 30_000 },
  );
  return page;
}

/** Calls `window.<global>.<method>(...args)` in the page and returns its (awaited) result. */
export function callInPage<R>(
  page: Page,
  global: string,
  method: string,
  args: unknown[],
): Promise<R> {
  return page.evaluate(
    ([name, fn, params]) => {
      const api = (
        window as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>
      )[name]!;
      return api[fn]!(...params);
    },
    [global, method, args] as [string, string, unknown[]],
  ) as Promise<R>;
}
