/**
 * End-to-end harness: the BUILT extension (`dist/chrome-mv3`, from `npm run build`) in Debian's
 * headless Chromium through playwright-core, a 127.0.0.1 server for fixture pages, and helpers
 * to open the reader the way the toolbar button, the keyboard command and the context menu do.
 *
 * Reused by the reader, archive and export end-to-end tests:
 *
 *   const server = await startFixtureServer();
 *   const browser = await launchExtension();
 *   const reader = await openReader(browser, server.url('/corpus/01-nukeviet-egov44.html'));
 *   ...
 *   await browser.close(); await server.close();
 *
 * What is real and what is not: a headless browser cannot click the toolbar button or fire a
 * browser-level shortcut (keys go to the page, not to `commands`), and `activeTab` is granted only
 * by such a gesture. So the harness calls, in the service worker, the very handler functions the
 * action/command/menu listeners call (`globalThis.govclip`), and the extension under test gets one
 * test-only host permission (`http://127.0.0.1/*`) in a COPY of its manifest so the on-demand
 * injection is allowed. The shipped build is not modified.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { CHROMIUM_PATH, HEADLESS_CHROMIUM_ARGS } from '../chromium';
import type { PageGold } from '../corpus/scoring';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const BUILT_EXTENSION = path.join(ROOT, 'dist', 'chrome-mv3');
export const CORPUS_PAGES = path.join(ROOT, 'tests', 'fixtures', 'corpus', 'pages');
export const XSS_FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'xss');
/** Where screenshots go (git-ignored with `dist/`). */
export const SCREENSHOT_DIR = path.join(ROOT, 'dist', 'screenshots');

/** The test-only host access added to the copy of the manifest (see the header comment). */
export const TEST_HOST_PERMISSION = 'http://127.0.0.1/*';

// ---------------------------------------------------------------------------------------------
// Fixture server
// ---------------------------------------------------------------------------------------------

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void;

export interface FixtureServer {
  origin: string;
  port: number;
  url(pathname: string): string;
  /** Every `/tripwire/<id>` request the server received (an XSS payload that ran). */
  tripwires: TripwireHit[];
  /** Every request path, in order. */
  requests: string[];
  /** Serve `pathname` with a custom handler (exact match). */
  route(pathname: string, handler: RouteHandler): void;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function serveFile(
  directory: string,
  name: string,
  response: ServerResponse,
  rewrite?: (text: string) => string,
): void {
  const file = path.join(directory, path.basename(name));
  if (!existsSync(file)) {
    response.writeHead(404).end('not found');
    return;
  }
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
  });
  response.end(rewrite === undefined ? readFileSync(file) : rewrite(readFileSync(file, 'utf8')));
}

/** A payload that ran, as reported to `/tripwire/<id>?o=<the location it ran in>`. */
export interface TripwireHit {
  id: string;
  /** The URL of the document the payload ran in (portal page or reader). */
  origin: string;
}

/**
 * A static server on 127.0.0.1 (random port): `/corpus/<file>` serves the corpus pages,
 * `/xss/<file>` the XSS fixtures (with `__TRIPWIRE__` filled in), `/tripwire/<id>?o=<location>`
 * records a payload that ran.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const tripwires: TripwireHit[] = [];
  const requests: string[] = [];
  const routes = new Map<string, RouteHandler>();
  let origin = '';
  const server = createServer((request, response) => {
    const requestUrl = new URL(request.url ?? '/', 'http://127.0.0.1');
    const pathname = requestUrl.pathname;
    requests.push(pathname);
    const custom = routes.get(pathname);
    if (custom !== undefined) return custom(request, response);
    if (pathname.startsWith('/tripwire/')) {
      tripwires.push({
        id: decodeURIComponent(pathname.slice('/tripwire/'.length)),
        origin: requestUrl.searchParams.get('o') ?? '',
      });
      response.writeHead(204, { 'access-control-allow-origin': '*' }).end();
      return;
    }
    if (pathname.startsWith('/corpus/')) return serveFile(CORPUS_PAGES, pathname, response);
    if (pathname.startsWith('/xss/')) {
      // XSS fixtures report to this server: `__TRIPWIRE__` becomes its tripwire URL.
      return serveFile(XSS_FIXTURES, pathname, response, (text) =>
        text.replaceAll('__TRIPWIRE__', `${origin}/tripwire`),
      );
    }
    response.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (pathname) => origin + pathname,
    tripwires,
    requests,
    route: (pathname, handler) => void routes.set(pathname, handler),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ---------------------------------------------------------------------------------------------
// Browser with the extension
// ---------------------------------------------------------------------------------------------

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(pathname: string): string;
  /** Requests to anywhere but 127.0.0.1 that were stopped (nothing leaves the machine). */
  blockedRequests: string[];
  close(): Promise<void>;
}

/** Throws "build first" when the extension has not been built. */
export function requireBuiltExtension(): string {
  if (!existsSync(path.join(BUILT_EXTENSION, 'manifest.json'))) {
    throw new Error(
      `build first: ${path.relative(ROOT, BUILT_EXTENSION)} is missing (npm run build)`,
    );
  }
  return BUILT_EXTENSION;
}

/** A copy of the built extension whose manifest also grants the test-only 127.0.0.1 access. */
export function prepareTestExtension(): string {
  const source = requireBuiltExtension();
  const copy = mkdtempSync(path.join(tmpdir(), 'govclip-e2e-ext-'));
  cpSync(source, copy, { recursive: true });
  const manifestPath = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  const hosts = (manifest.host_permissions as string[] | undefined) ?? [];
  manifest.host_permissions = [...hosts, TEST_HOST_PERMISSION];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return copy;
}

/** A grey 16:9 picture served in place of every outside image (no network in tests). */
const PLACEHOLDER_IMAGE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450">' +
  '<rect width="800" height="450" fill="#b9bcc2"/><path d="M250 330l120-140 90 100 60-60 100 100z" fill="#8d9097"/>' +
  '<circle cx="560" cy="150" r="40" fill="#8d9097"/></svg>';

export interface LaunchOptions {
  /** Load this unpacked extension instead of the prepared test copy. */
  extensionPath?: string;
  viewport?: { width: number; height: number };
  /** Browser UI language (`vi` by default, the extension's default locale). */
  locale?: string;
  /**
   * Use this user-data dir and keep it on close, so a test can close the browser and relaunch
   * on the same profile (the caller removes it). Default: a temporary profile, removed on close.
   */
  profileDir?: string;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionPath = options.extensionPath ?? prepareTestExtension();
  const profile = options.profileDir ?? mkdtempSync(path.join(tmpdir(), 'govclip-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? 'vi-VN',
    // Chromium on Linux takes its UI language (and so the extension's `_locales`) from LANGUAGE.
    env: { ...process.env, LANGUAGE: options.locale ?? 'vi' },
    args: [
      `--lang=${options.locale ?? 'vi'}`,
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      ...HEADLESS_CHROMIUM_ARGS,
      // Belt and braces: no host but 127.0.0.1 resolves, even for requests routing cannot see.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const blockedRequests: string[] = [];
  // Fixture pages reference absolute https images: answer them locally, never from the network.
  await context.route(
    (url) =>
      url.hostname !== '127.0.0.1' && (url.protocol === 'http:' || url.protocol === 'https:'),
    async (route) => {
      blockedRequests.push(route.request().url());
      if (route.request().resourceType() === 'image') {
        await route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_IMAGE });
      } else {
        await route.abort('blockedbyclient');
      }
    },
  );
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    serviceWorker,
    extensionId,
    extensionUrl: (pathname) => `chrome-extension://${extensionId}/${pathname.replace(/^\//, '')}`,
    blockedRequests,
    close: async () => {
      await context.close();
      if (options.profileDir === undefined) rmSync(profile, { recursive: true, force: true });
      if (options.extensionPath === undefined)
        rmSync(extensionPath, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Opening the reader
// ---------------------------------------------------------------------------------------------

/** Which entry point to drive: each calls the function its real listener calls. */
export type ReaderTrigger = 'action' | 'command' | 'menu';

export interface OpenReaderOptions {
  via?: ReaderTrigger;
  /** `save` opens the reader asking the archive feature to save (menu "Lưu vào kho", Alt+Shift+S). */
  action?: 'read' | 'save';
  /** Reader states to wait for; default any settled state. */
  waitFor?: ReadonlyArray<'ready' | 'not-article' | 'error'>;
}

export interface OpenedReader {
  /** The portal page the reader was opened from. */
  source: Page;
  reader: Page;
  state: string;
}

/** Opens `pageUrl` in a tab, then the reader for it; resolves when the reader has settled. */
export async function openReader(
  browser: ExtensionBrowser,
  pageUrl: string,
  options: OpenReaderOptions = {},
): Promise<OpenedReader> {
  const source = await browser.context.newPage();
  await source.goto(pageUrl, { waitUntil: 'load' });
  await source.bringToFront();
  const reader = await openReaderFor(browser, source, options);
  return { source, ...reader };
}

/** Opens the reader for an already open tab. */
export async function openReaderFor(
  browser: ExtensionBrowser,
  source: Page,
  options: OpenReaderOptions = {},
): Promise<{ reader: Page; state: string }> {
  const via = options.via ?? 'action';
  const action = options.action ?? 'read';
  const readerPage = browser.context.waitForEvent('page', {
    predicate: (page) => page.url().startsWith(browser.extensionUrl('reader.html')),
    timeout: 20_000,
  });
  await browser.serviceWorker.evaluate(
    async ({ url, via, action }) => {
      type Hooks = {
        handleActionClick(tab: unknown): Promise<string>;
        handleCommand(command: string, tab?: unknown): Promise<string | null>;
        handleMenuClick(info: { menuItemId: string }, tab: unknown): Promise<string | null>;
      };
      type TabsApi = { query(filter: object): Promise<Array<{ url?: string }>> };
      const scope = globalThis as unknown as { govclip: Hooks; chrome: { tabs: TabsApi } };
      const hooks = scope.govclip;
      const tabs = await scope.chrome.tabs.query({});
      const tab = tabs.find((candidate) => candidate.url === url);
      if (tab === undefined) throw new Error(`no tab shows ${url}`);
      if (via === 'action') return hooks.handleActionClick(tab);
      if (via === 'command') {
        return hooks.handleCommand(action === 'save' ? 'save-to-archive' : 'open-reader', tab);
      }
      const menuItemId = action === 'save' ? 'govclip-save-to-archive' : 'govclip-open-reader';
      return hooks.handleMenuClick({ menuItemId }, tab);
    },
    { url: source.url(), via, action },
  );
  const reader = await readerPage;
  const states = options.waitFor ?? ['ready', 'not-article', 'error'];
  await reader.waitForFunction(
    (wanted: readonly string[]) =>
      wanted.includes(document.documentElement.getAttribute('data-gc-state') ?? ''),
    states,
    { timeout: 30_000 },
  );
  const state = (await reader.getAttribute('html', 'data-gc-state')) ?? '';
  return { reader, state };
}

// ---------------------------------------------------------------------------------------------
// Reading what the reader shows
// ---------------------------------------------------------------------------------------------

export interface ReaderSnapshot {
  state: string;
  title: string;
  /** The ISO date in `<time datetime>`, and the text shown. */
  published: string | null;
  publishedText: string | null;
  author: string | null;
  lead: string | null;
  /** The text of every text unit (lead, paragraphs, headings, list items, cells), in order. */
  units: string[];
  /**
   * Each reference's shown text, by reference index (a tag split by markup is joined): the
   * title's references first, then the article text's.
   */
  references: string[];
  /** The whole visible text of the page (`innerText`). */
  visibleText: string;
  attachments: Array<{ name: string; href: string | null }>;
}

export function collapse(value: string): string {
  return value.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Scripts that load this harness through tsx (`npm start`) get esbuild's `__name(fn, 'name')`
 * wrappers inside functions sent to the page; define the helper there (a string is not rewritten).
 */
async function defineNameHelper(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (fn) => fn');
}

export async function readerSnapshot(reader: Page): Promise<ReaderSnapshot> {
  await defineNameHelper(reader);
  return reader.evaluate(() => {
    const text = (selector: string) => document.querySelector(selector)?.textContent ?? null;
    const references = new Map<number, string>();
    for (const tag of Array.from(document.querySelectorAll('[data-gc-ref]'))) {
      const index = Number(tag.getAttribute('data-gc-ref'));
      references.set(index, (references.get(index) ?? '') + (tag.textContent ?? ''));
    }
    return {
      state: document.documentElement.getAttribute('data-gc-state') ?? '',
      title: text('.gc-title') ?? '',
      published: document.querySelector('time.gc-published')?.getAttribute('datetime') ?? null,
      publishedText: text('time.gc-published'),
      author: text('.gc-author'),
      lead: text('.gc-lead'),
      units: Array.from(document.querySelectorAll('.gc-body [data-gc-start]')).map(
        (unit) => unit.textContent ?? '',
      ),
      // Position = reference index (a reference that could not be tagged leaves '').
      references: Array.from(
        { length: references.size === 0 ? 0 : Math.max(...references.keys()) + 1 },
        (_, index) => references.get(index) ?? '',
      ),
      visibleText: document.body.innerText,
      attachments: Array.from(document.querySelectorAll('.gc-attachment')).map((link) => ({
        name: link.textContent ?? '',
        href: link.getAttribute('href'),
      })),
    };
  });
}

export interface CardSnapshot {
  title: string;
  fields: Record<string, string>;
  links: Array<{ text: string; href: string }>;
}

/** Clicks the first tag of reference `index` and reads the card it opens. */
export async function openReferenceCard(reader: Page, index: number): Promise<CardSnapshot> {
  await reader.locator(`[data-gc-ref="${index}"]`).first().click();
  const card = reader.locator('.gc-ref-card');
  await card.waitFor({ state: 'visible', timeout: 5_000 });
  return card.evaluate((element) => ({
    title: element.querySelector('.gc-ref-card-title')?.firstChild?.textContent ?? '',
    fields: Object.fromEntries(
      Array.from(element.querySelectorAll('dd[data-field]')).map((value) => [
        value.getAttribute('data-field') ?? '',
        value.textContent ?? '',
      ]),
    ),
    links: Array.from(element.querySelectorAll('a')).map((link) => ({
      text: link.textContent ?? '',
      href: link.getAttribute('href') ?? '',
    })),
  }));
}

/** A corpus page's gold file (the format is described in the fixtures' README). */
export type CorpusGold = PageGold;

export function readGold(name: string): CorpusGold {
  return JSON.parse(
    readFileSync(path.join(CORPUS_PAGES, `${name}.gold.json`), 'utf8'),
  ) as CorpusGold;
}
