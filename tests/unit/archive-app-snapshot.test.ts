/**
 * The archive page's first paint from the list snapshot (extension/lib/archive/archive-app.ts):
 * the cards show before the database is open, then are confirmed or replaced by the database's
 * own first page. Real DOM (happy-dom), real IndexedDB code on fake-indexeddb.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  openArchive,
  type ArchiveRepository,
  type ListCard,
  type ListPage,
} from '../../packages/archive/src';
import { startArchiveApp } from '../../extension/lib/archive/archive-app';
import { ARCHIVE_LIST_LIMIT } from '../../extension/lib/archive/archive-store';
import { makeArticle, steppingClock } from '../archive/helpers';

let repository: ArchiveRepository;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  document.documentElement.removeAttribute('data-gc-archive-view');
  document.documentElement.removeAttribute('data-gc-archive-snapshot');
  document.body.innerHTML = '<div id="gc-app"></div>';
  window.location.hash = '';
  repository = await openArchive(indexedDB, { name: 'app-snapshot', now: steppingClock() });
  for (let index = 0; index < 3; index++) {
    await repository.saveArticle(
      makeArticle({
        url: `https://portal.example.vn/tin-${index}.html`,
        title: `Tin số ${index}: triển khai Nghị quyết 03-NQ/TU`,
        paragraphs: [`Nội dung tin ${index}.`],
      }),
    );
  }
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const shownTitles = () =>
  [...document.querySelectorAll('.gc-archive-card h2')].map((node) => node.textContent);
const attribute = (name: string) => document.documentElement.getAttribute(name);

async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200 && !(await check()); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(await check()).toBe(true);
}

async function databasePage(): Promise<ListPage> {
  return repository.listArticles({ limit: ARCHIVE_LIST_LIMIT });
}

describe('archive page: the list snapshot', () => {
  it('shows the snapshot before the database opens, then confirms it without redrawing', async () => {
    const page = await databasePage();
    const opening = deferred<ArchiveRepository>();
    const started = startArchiveApp(document, { repository: opening.promise, listSnapshot: page });
    // The database is not open yet: the cards are the snapshot's.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shownTitles()).toEqual(page.cards.map((card) => card.title));
    expect(attribute('data-gc-archive-snapshot')).toBe('shown');
    expect(attribute('data-gc-archive-view')).not.toBe('list');
    const firstCard = document.querySelector('.gc-archive-card');

    opening.resolve(repository);
    await started;
    await until(() => attribute('data-gc-archive-view') === 'list');
    expect(attribute('data-gc-archive-snapshot')).toBe('confirmed');
    // The same element: confirmed cards are not redrawn.
    expect(document.querySelector('.gc-archive-card')).toBe(firstCard);
    expect(shownTitles()).toEqual(page.cards.map((card) => card.title));
  });

  it('replaces a stale snapshot with the database page', async () => {
    const page = await databasePage();
    const ghost: ListCard = {
      ...page.cards[0]!,
      id: 'https://portal.example.vn/da-xoa.html',
      title: 'Bài đã xóa ở thẻ khác',
    };
    const stale: ListPage = { cards: [ghost, ...page.cards.slice(0, 2)], total: 3 };
    const opening = deferred<ArchiveRepository>();
    const started = startArchiveApp(document, { repository: opening.promise, listSnapshot: stale });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shownTitles()[0]).toBe('Bài đã xóa ở thẻ khác');

    opening.resolve(repository);
    await started;
    await until(() => attribute('data-gc-archive-view') === 'list');
    expect(attribute('data-gc-archive-snapshot')).toBe('replaced');
    expect(shownTitles()).toEqual(page.cards.map((card) => card.title));
  });

  it('a database that fails to open takes the snapshot cards off the screen', async () => {
    const page = await databasePage();
    const opening = deferred<ArchiveRepository>();
    const started = startArchiveApp(document, { repository: opening.promise, listSnapshot: page });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shownTitles()).toHaveLength(3);
    opening.reject(new Error('disk gone'));
    await started;
    expect(attribute('data-gc-archive-view')).toBe('error');
    expect(shownTitles()).toEqual([]);
    expect(document.querySelector('.gc-error')).not.toBeNull();
  });

  it('a click on a snapshot card before the database is open is carried out once it is', async () => {
    const page = await databasePage();
    const opening = deferred<ArchiveRepository>();
    const started = startArchiveApp(document, { repository: opening.promise, listSnapshot: page });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const first = page.cards[0]!;
    expect(first.read).toBe(false);
    const readButton = document.querySelector<HTMLButtonElement>(
      '.gc-archive-card .gc-hl-actions button',
    )!;
    readButton.click();
    opening.resolve(repository);
    await started;
    await until(async () => (await repository.getCard(first.id))?.read === true);
    await until(
      () =>
        document.querySelector('.gc-archive-card')?.getAttribute('data-read') === 'true' &&
        attribute('data-gc-archive-view') === 'list',
    );
  });

  it('paints in the theme last used before the settings load, then follows the settings', async () => {
    localStorage.setItem('govclip:theme', 'dark');
    document.body.className = '';
    const page = await databasePage();
    const started = startArchiveApp(document, { repository, listSnapshot: page });
    // Synchronously, with the snapshot's cards: no flash of the default theme.
    expect(document.body.classList.contains('gc-theme-dark')).toBe(true);
    expect(shownTitles()).toHaveLength(3);
    await started;
    // The stored settings (none here: the default, light) win and are remembered.
    await until(() => document.body.classList.contains('gc-theme-light'));
    expect(document.body.classList.contains('gc-theme-dark')).toBe(false);
    expect(localStorage.getItem('govclip:theme')).toBe('light');
    localStorage.removeItem('govclip:theme');
  });

  it('without a snapshot the page waits for the database, as before', async () => {
    const started = startArchiveApp(document, { repository, listSnapshot: null });
    expect(attribute('data-gc-archive-snapshot')).toBe('none');
    await started;
    await until(() => attribute('data-gc-archive-view') === 'list');
    expect(shownTitles()).toHaveLength(3);
  });
});
