import { readdirSync, statSync } from 'node:fs';
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

/**
 * How Chromium stores IndexedDB for an origin of the profile, as the files say (read while the
 * browser is closed, so it is the state a restart finds): a LevelDB folder
 * (`<origin>.indexeddb.leveldb`: table files, the write-ahead log replayed on open) or anything
 * else found there.
 */
export function indexedDbStoreState(profile: string, url: string): string {
  const root = path.join(profile, 'Default', 'IndexedDB');
  const { protocol, hostname, port } = new URL(url);
  const prefix = `${protocol.replace(':', '')}_${hostname}_${port}`;
  let entries: string[];
  try {
    entries = readdirSync(root).filter((entry) => entry.startsWith(prefix));
  } catch {
    return 'no IndexedDB folder in the profile';
  }
  const folder = entries.find((entry) => entry.endsWith('.indexeddb.leveldb'));
  if (!folder) return `IndexedDB files: ${entries.join(', ') || 'none'}`;
  const files = readdirSync(path.join(root, folder)).map((name) => ({
    name,
    bytes: statSync(path.join(root, folder, name)).size,
  }));
  const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const sum = (list: typeof files) => list.reduce((total, file) => total + file.bytes, 0);
  const tables = files.filter((file) => file.name.endsWith('.ldb'));
  const logs = files.filter((file) => file.name.endsWith('.log'));
  const manifest = files.filter((file) => file.name.startsWith('MANIFEST'));
  return `LevelDB: ${tables.length} table files, ${megabytes(sum(tables))}; log to replay ${megabytes(sum(logs))}; manifest ${megabytes(sum(manifest))}; at shutdown after the fill, saves and searches`;
}
