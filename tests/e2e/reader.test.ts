/**
 * The reader against the corpus, in the built extension: for the first article page of every CMS
 * family, open the reader through the toolbar action and through the keyboard command (their
 * handler functions, see harness.ts), and check what it shows against the gold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  CORPUS_PAGES,
  collapse,
  launchExtension,
  openReader,
  openReferenceCard,
  readGold,
  readerSnapshot,
  startFixtureServer,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const pages = readdirSync(CORPUS_PAGES)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.replace(/\.html$/, ''))
  .sort();

/** The first article page of each CMS family, and every non-article page. */
const firstOfEachFamily = new Map<string, string>();
const nonArticles: string[] = [];
for (const name of pages) {
  const gold = readGold(name);
  if (!gold.is_article) nonArticles.push(name);
  else if (!firstOfEachFamily.has(gold.cms)) firstOfEachFamily.set(gold.cms, name);
}

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

describe.each([...firstOfEachFamily.entries()])('reader on %s (%s)', (_family, name) => {
  const gold = readGold(name);

  it('opened from the toolbar action shows the gold article and tags every gold reference', async () => {
    const { source, reader, state } = await openReader(
      browser,
      server.url(`/corpus/${name}.html`),
      {
        via: 'action',
      },
    );
    try {
      expect(state).toBe('ready');
      const shown = await readerSnapshot(reader);
      expect(collapse(shown.title)).toBe(gold.title);
      expect(shown.published).toBe(gold.published);
      if (gold.published !== null) expect(shown.publishedText).not.toBeNull();
      expect(shown.author === null ? null : collapse(shown.author)).toBe(gold.author);
      expect(shown.lead === null ? null : collapse(shown.lead)).toBe(gold.lead);

      const body = collapse(shown.units.join('\n'));
      const missing = gold.body_paragraphs.filter(
        (paragraph) => !body.includes(collapse(paragraph)),
      );
      expect(missing).toEqual([]);
      for (const table of gold.tables) {
        for (const cell of table.flat()) expect(body).toContain(collapse(cell));
      }
      for (const attachment of gold.attachments) {
        expect(shown.attachments).toContainEqual({ name: attachment.name, href: attachment.href });
      }

      const mainText = await reader.locator('.gc-main').innerText();
      const leaked = gold.must_not_contain.filter((noise) => mainText.includes(noise));
      expect(leaked).toEqual([]);

      const tagged = shown.references.map(collapse);
      const untagged = gold.directive_refs.filter((span) => !tagged.includes(collapse(span)));
      expect(untagged).toEqual([]);
      for (const span of gold.directive_refs) {
        const index = tagged.indexOf(collapse(span));
        const card = await openReferenceCard(reader, index);
        expect(collapse(card.title)).toBe(collapse(span));
        const type = (card.fields.type ?? '').split(' — ')[0]!;
        expect(type).not.toBe('');
        // A span that starts with its type word shows that type (`văn bản số …` names none).
        if (/^\p{L}/u.test(span) && !/^văn bản/i.test(span)) {
          expect(span.toLowerCase().startsWith(type.toLowerCase())).toBe(true);
        }
        const number = /\d+/.exec(span)?.[0];
        if (number !== undefined) expect(card.fields.number ?? '').toContain(number);
        await reader.keyboard.press('Escape');
      }
    } finally {
      await reader.close();
      await source.close();
    }
  });

  it('opened from the keyboard command shows the same article', async () => {
    const { source, reader, state } = await openReader(
      browser,
      server.url(`/corpus/${name}.html`),
      {
        via: 'command',
      },
    );
    try {
      expect(state).toBe('ready');
      expect(collapse((await readerSnapshot(reader)).title)).toBe(gold.title);
    } finally {
      await reader.close();
      await source.close();
    }
  });
});

describe.each(nonArticles)('reader on the non-article page %s', (name) => {
  it('says it is not an article and offers the generic reader', async () => {
    const { source, reader, state } = await openReader(browser, server.url(`/corpus/${name}.html`));
    try {
      expect(state).toBe('not-article');
      const offer = reader.locator('.gc-generic-offer');
      await expect(offer.isVisible()).resolves.toBe(true);
      await offer.click();
      await reader.waitForFunction(
        () => document.documentElement.getAttribute('data-gc-state') === 'ready',
      );
      const shown = await readerSnapshot(reader);
      expect(shown.units.length).toBeGreaterThan(0);
      await expect(reader.locator('.gc-notice').isVisible()).resolves.toBe(true);
    } finally {
      await reader.close();
      await source.close();
    }
  });
});

describe('reader entry points', () => {
  it('"Save to archive" from the context menu opens the same reader asking to save', async () => {
    const name = firstOfEachFamily.values().next().value!;
    const { source, reader, state } = await openReader(
      browser,
      server.url(`/corpus/${name}.html`),
      {
        via: 'menu',
        action: 'save',
      },
    );
    try {
      expect(state).toBe('ready');
      expect(new URL(reader.url()).searchParams.get('action')).toBe('save');
      expect(collapse((await readerSnapshot(reader)).title)).toBe(readGold(name).title);
    } finally {
      await reader.close();
      await source.close();
    }
  });

  it('reading controls change the page and are remembered', async () => {
    const name = firstOfEachFamily.values().next().value!;
    const first = await openReader(browser, server.url(`/corpus/${name}.html`));
    const fontSize = () =>
      first.reader.evaluate(
        () => getComputedStyle(document.querySelector('.gc-article')!).fontSize,
      );
    const before = await fontSize();
    await first.reader.locator('.gc-toolbar button', { hasText: 'A+' }).click();
    expect(await fontSize()).not.toBe(before);
    await first.reader.locator('[data-setting="theme=dark"]').click();
    await expect(
      first.reader.evaluate(() => document.body.classList.contains('gc-theme-dark')),
    ).resolves.toBe(true);
    const after = await fontSize();
    await first.reader.close();
    await first.source.close();

    const second = await openReader(browser, server.url(`/corpus/${name}.html`));
    try {
      await expect(
        second.reader.evaluate(() => document.body.classList.contains('gc-theme-dark')),
      ).resolves.toBe(true);
      expect(
        await second.reader.evaluate(
          () => getComputedStyle(document.querySelector('.gc-article')!).fontSize,
        ),
      ).toBe(after);
      await second.reader.locator('[data-setting="theme=light"]').click();
    } finally {
      await second.reader.close();
      await second.source.close();
    }
  });

  it('the captured page is handed over once and then deleted from extension storage', async () => {
    const name = firstOfEachFamily.values().next().value!;
    const { source, reader } = await openReader(browser, server.url(`/corpus/${name}.html`));
    try {
      const leftovers = await browser.serviceWorker.evaluate(async () => {
        type StorageArea = { get(keys: null): Promise<Record<string, unknown>> };
        const scope = globalThis as unknown as {
          chrome: { storage: { session: StorageArea; local: StorageArea } };
        };
        const all = {
          ...(await scope.chrome.storage.session.get(null)),
          ...(await scope.chrome.storage.local.get(null)),
        };
        return Object.keys(all).filter((key) => key.startsWith('capture:'));
      });
      expect(leftovers).toEqual([]);
      await reader.reload();
      await reader.waitForFunction(
        () => document.documentElement.getAttribute('data-gc-state') === 'error',
      );
    } finally {
      await reader.close();
      await source.close();
    }
  });

  it('the references panel groups mentions by document and scrolls to them', async () => {
    const name = firstOfEachFamily.values().next().value!;
    const { source, reader } = await openReader(browser, server.url(`/corpus/${name}.html`));
    try {
      const groups = reader.locator('.gc-ref-group');
      const count = await groups.count();
      const documents = await reader.evaluate(
        () =>
          new Set(
            Array.from(document.querySelectorAll('.gc-ref-group'), (group) =>
              group.getAttribute('data-key'),
            ),
          ).size,
      );
      expect(documents).toBe(count);
      const mentions = await reader.locator('.gc-ref-count').allInnerTexts();
      const total = mentions
        .map((text) => Number(/\d+/.exec(text)?.[0]))
        .reduce((a, b) => a + b, 0);
      expect(total).toBe(
        await reader
          .locator('[data-gc-ref]')
          .evaluateAll((tags) => new Set(tags.map((tag) => tag.getAttribute('data-gc-ref'))).size),
      );
      if (count === 0) return;
      await reader.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await groups.last().click();
      const flashed = reader.locator('.gc-ref-flash').first();
      await flashed.waitFor({ state: 'attached' });
      await expect(flashed.isVisible()).resolves.toBe(true);
      await reader.waitForFunction(() => {
        const box = document.querySelector('.gc-ref-flash')!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
    } finally {
      await reader.close();
      await source.close();
    }
  });

  it('a page of more than 10 MB (over the session-storage quota) still reaches the reader', async () => {
    const name = firstOfEachFamily.values().next().value!;
    const original = readFileSync(path.join(CORPUS_PAGES, `${name}.html`), 'utf8');
    // Pad the page with a large comment-like block of other text before </body>.
    const filler = `<div hidden>${'<p>Bình luận của bạn đọc về nội dung khác.</p>'.repeat(240_000)}</div>`;
    const big = original.replace('</body>', `${filler}</body>`);
    expect(big.length).toBeGreaterThan(10 * 1024 * 1024);
    server.route('/big/page.html', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(big);
    });
    const { source, reader, state } = await openReader(browser, server.url('/big/page.html'));
    try {
      expect(state).toBe('ready');
      expect(collapse((await readerSnapshot(reader)).title)).toBe(readGold(name).title);
    } finally {
      await reader.close();
      await source.close();
    }
  });

  it('nothing left the machine: every outside request was stopped', () => {
    for (const url of browser.blockedRequests) expect(new URL(url).hostname).not.toBe('127.0.0.1');
  });
});
