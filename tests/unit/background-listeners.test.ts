import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../extension/entrypoints/background';
import { browser } from '../../extension/lib/browser-api';
import { MENU_OPEN_READER, MENU_SAVE } from '../../extension/lib/reader/launch';
import { OPEN_READER_MESSAGE, isOpenReaderMessage } from '../../extension/lib/reader/auto-offer';
import { looksLikeGovernmentArticle } from '../../extension/lib/reader/looks-like-article';

const PAGE = {
  html: '<html></html>',
  url: 'https://a.example.invalid/',
  title: 'A',
  selection: '',
};
const TAB = {
  id: 4,
  index: 0,
  active: true,
  highlighted: true,
  pinned: false,
  incognito: false,
  windowId: 1,
};

let created: string[];

/** A minimal event for APIs fake-browser leaves unimplemented (commands, context menus). */
function fakeEvent() {
  const listeners: Array<(...args: unknown[]) => unknown> = [];
  return {
    addListener: (listener: (...args: unknown[]) => unknown) => void listeners.push(listener),
    removeListener: () => undefined,
    hasListener: () => listeners.length > 0,
    trigger: async (...args: unknown[]) =>
      Promise.all(listeners.map((listener) => listener(...args))),
  };
}

const events = {
  onCommand: fakeEvent(),
  onMenuClicked: fakeEvent(),
};

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  created = [];
  const extra = browser as unknown as Record<string, unknown>;
  extra.scripting = {
    executeScript: vi.fn(async () => [{ frameId: 0, result: PAGE }]),
    getRegisteredContentScripts: vi.fn(async () => []),
    registerContentScripts: vi.fn(async () => undefined),
    unregisterContentScripts: vi.fn(async () => undefined),
  };
  extra.permissions = { contains: vi.fn(async () => false) };
  events.onCommand = fakeEvent();
  events.onMenuClicked = fakeEvent();
  extra.commands = { onCommand: events.onCommand };
  extra.contextMenus = {
    onClicked: events.onMenuClicked,
    create: vi.fn(() => 1),
    removeAll: vi.fn(async () => undefined),
  };
  (browser.tabs as unknown as { create: unknown }).create = vi.fn(
    async (properties: { url: string }) => {
      created.push(properties.url);
      return { ...TAB, id: 99 };
    },
  );
});

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('background listeners (the gesture paths, on the fake browser)', () => {
  it('the toolbar button opens the reader for reading', async () => {
    background.main();
    await fakeBrowser.action.onClicked.trigger(TAB as never);
    await settle();
    expect(created).toHaveLength(1);
    expect(new URL(created[0]!).searchParams.get('action')).toBe('read');
  });

  it('the keyboard commands open the reader for reading and for saving', async () => {
    background.main();
    await events.onCommand.trigger('open-reader', TAB as never);
    await events.onCommand.trigger('save-to-archive', TAB as never);
    await settle();
    expect(created.map((url) => new URL(url).searchParams.get('action'))).toEqual(['read', 'save']);
  });

  it('the context-menu items open the reader for reading and for saving', async () => {
    background.main();
    await events.onMenuClicked.trigger({ menuItemId: MENU_OPEN_READER } as never, TAB as never);
    await events.onMenuClicked.trigger({ menuItemId: MENU_SAVE } as never, TAB as never);
    await settle();
    expect(created.map((url) => new URL(url).searchParams.get('action'))).toEqual(['read', 'save']);
  });

  it('creates both menu items on install, on the action and on pages and selections', async () => {
    const create = browser.contextMenus.create as unknown as ReturnType<typeof vi.fn>;
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false } as never);
    await settle();
    const items = create.mock.calls.map(
      ([properties]) => properties as { id: string; contexts: string[] },
    );
    expect(items.map((item) => item.id)).toEqual([MENU_OPEN_READER, MENU_SAVE]);
    for (const item of items)
      expect(item.contexts).toEqual(expect.arrayContaining(['action', 'page', 'selection']));
  });
});

describe('auto-offer', () => {
  it('recognizes only its own message', () => {
    expect(isOpenReaderMessage({ type: OPEN_READER_MESSAGE })).toBe(true);
    for (const other of [null, 'govclip:open-reader', { type: 'other' }, {}])
      expect(isOpenReaderMessage(other)).toBe(false);
  });

  it('offers the reader on government article pages only', () => {
    const paragraph =
      '<p>' +
      'Ủy ban nhân dân tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2024 với nhiều nội dung quan trọng. '.repeat(
        5,
      ) +
      '</p>';
    const article = new DOMParser().parseFromString(
      `<h1>Tin</h1>${paragraph.repeat(4)}`,
      'text/html',
    );
    const listing = new DOMParser().parseFromString('<h1>Tin tức</h1><p>Ngắn</p>', 'text/html');
    expect(looksLikeGovernmentArticle(article, 'sotttt.example.gov.vn')).toBe(true);
    expect(looksLikeGovernmentArticle(article, 'news.example.com')).toBe(false);
    expect(looksLikeGovernmentArticle(listing, 'sotttt.example.gov.vn')).toBe(false);
    const withGenerator = new DOMParser().parseFromString(
      `<meta name="generator" content="NukeViet v4.5"><h1>Tin</h1>${paragraph.repeat(4)}`,
      'text/html',
    );
    expect(looksLikeGovernmentArticle(withGenerator, 'portal.example.com')).toBe(true);
  });
});
