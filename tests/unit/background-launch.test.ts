import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from '../../extension/lib/browser-api';
import { capturePage } from '../../extension/lib/reader/capture';
import {
  purgeStaleCaptures,
  storeCapture,
  takeCapture,
} from '../../extension/lib/reader/capture-store';
import {
  COMMAND_OPEN_READER,
  COMMAND_SAVE,
  MENU_OPEN_READER,
  MENU_SAVE,
  handleActionClick,
  handleCommand,
  handleMenuClick,
} from '../../extension/lib/reader/launch';
import { gzipSync } from 'node:zlib';

const PAGE = {
  html: '<html><body><p>Bài viết</p></body></html>',
  url: 'https://portal.example.invalid/tin/1',
  title: 'Tin',
  selection: '',
};

function tab(id: number, index = 0) {
  return {
    id,
    index,
    active: true,
    highlighted: true,
    pinned: false,
    incognito: false,
    windowId: 1,
  } as Parameters<typeof handleActionClick>[0];
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  // fake-browser implements no scripting API: stand in for the page answering the injection.
  (browser as unknown as { scripting: unknown }).scripting = {
    executeScript: vi.fn(async () => [{ frameId: 0, result: PAGE }]),
  };
});

function createdReaderUrl(spy: ReturnType<typeof vi.spyOn>): URL {
  const call = spy.mock.calls.at(-1)?.[0] as { url: string } | undefined;
  expect(call).toBeDefined();
  return new URL(call!.url);
}

describe('entry points all open the reader through one path', () => {
  it('toolbar action: captures the tab and opens reader.html next to it for reading', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    await handleActionClick(tab(7, 3));
    const url = createdReaderUrl(create);
    expect(url.pathname).toBe('/reader.html');
    expect(url.searchParams.get('action')).toBe('read');
    expect(create.mock.calls[0]![0]).toMatchObject({ index: 4, openerTabId: 7 });
    const executeScript = (browser.scripting.executeScript as unknown as ReturnType<typeof vi.fn>)
      .mock.calls[0]![0];
    expect(executeScript).toMatchObject({ target: { tabId: 7 }, func: capturePage });
    expect(await takeCapture(url.searchParams.get('capture')!)).toEqual(PAGE);
  });

  it.each([
    [COMMAND_OPEN_READER, 'read'],
    [COMMAND_SAVE, 'save'],
  ])('command %s opens the reader with action %s', async (command, action) => {
    const create = vi.spyOn(browser.tabs, 'create');
    await handleCommand(command, tab(2));
    expect(createdReaderUrl(create).searchParams.get('action')).toBe(action);
  });

  it.each([
    [MENU_OPEN_READER, 'read'],
    [MENU_SAVE, 'save'],
  ])('menu item %s opens the reader with action %s', async (menuItemId, action) => {
    const create = vi.spyOn(browser.tabs, 'create');
    await handleMenuClick({ menuItemId }, tab(2));
    expect(createdReaderUrl(create).searchParams.get('action')).toBe(action);
  });

  it('ignores commands and menu items that are not ours', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    expect(await handleCommand('something-else', tab(2))).toBeNull();
    expect(await handleMenuClick({ menuItemId: 'other' }, tab(2))).toBeNull();
    expect(create).not.toHaveBeenCalled();
  });

  it('a page that cannot be scripted opens the reader with an explanation', async () => {
    (browser.scripting.executeScript as unknown as ReturnType<typeof vi.fn>).mockRejectedValueOnce(
      new Error('Cannot access a chrome:// URL'),
    );
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const create = vi.spyOn(browser.tabs, 'create');
    await handleActionClick(tab(5));
    const url = createdReaderUrl(create);
    expect(url.searchParams.get('error')).toBe('cannot-capture');
    expect(url.searchParams.get('capture')).toBeNull();
  });

  it('a malformed answer from the page is not stored', async () => {
    (browser.scripting.executeScript as unknown as ReturnType<typeof vi.fn>).mockResolvedValueOnce([
      { frameId: 0, result: { html: 42 } },
    ]);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const create = vi.spyOn(browser.tabs, 'create');
    await handleActionClick(tab(5));
    expect(createdReaderUrl(create).searchParams.get('error')).toBe('cannot-capture');
  });
});

describe('capture hand-off', () => {
  it('is read exactly once', async () => {
    const id = await storeCapture(PAGE);
    expect(await takeCapture(id)).toEqual(PAGE);
    expect(await takeCapture(id)).toBeNull();
  });

  it('rejects ids that are not ours', async () => {
    await browser.storage.local.set({ 'capture:../settings': { page: PAGE, storedAt: 0 } });
    expect(await takeCapture('../settings')).toBeNull();
  });

  it('keeps a page of several megabytes', async () => {
    const big = {
      ...PAGE,
      html: `<html><body>${'<p>Đoạn văn bản dài.</p>'.repeat(200_000)}</body></html>`,
    };
    const id = await storeCapture(big);
    expect((await takeCapture(id))?.html.length).toBe(big.html.length);
  });

  it('purges captures no reader picked up after a day', async () => {
    const now = Date.now();
    const old = await storeCapture(PAGE, now - 2 * 24 * 60 * 60 * 1000);
    const fresh = await storeCapture(PAGE, now);
    expect(await purgeStaleCaptures(now)).toBe(1);
    expect(await takeCapture(old)).toBeNull();
    expect(await takeCapture(fresh)).toEqual(PAGE);
  });
});

describe('the code injected into the page', () => {
  it('is self-contained and tiny', () => {
    const source = capturePage.toString();
    expect(source).not.toMatch(/import|require\(/);
    const gzipped = gzipSync(source).length;
    console.log(`page-side capture code: ${source.length} bytes, ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThan(60 * 1024);
  });

  it('serializes the document, address, title and selection', () => {
    document.title = 'Tiêu đề';
    document.body.innerHTML = '<p id="x">Nội dung</p>';
    const captured = capturePage();
    expect(captured.html).toContain('<p id="x">Nội dung</p>');
    expect(captured.title).toBe('Tiêu đề');
    expect(captured.url).toBe(location.href);
  });
});
