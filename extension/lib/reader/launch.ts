import { browser, extensionUrl, t, type BrowserTab } from '../browser-api';
import { capturePage, isCapturedPage } from './capture';
import { storeCapture } from './capture-store';
import type { RequestedAction } from './reader-context';

/**
 * How the reader is opened: from the toolbar action, its context menu, the page/selection
 * context menu and the keyboard commands. Every entry point ends in `openReaderForTab`, so
 * "save to archive" is the same path as "read" with `requestedAction: 'save'`.
 */

export const MENU_OPEN_READER = 'govclip-open-reader';
export const MENU_SAVE = 'govclip-save-to-archive';
export const COMMAND_OPEN_READER = 'open-reader';
export const COMMAND_SAVE = 'save-to-archive';

export type ReaderError = 'cannot-capture' | 'no-tab';

/** The reader page's URL for a stored capture (or for an error to explain to the user). */
export function readerUrl(
  target: { captureId: string } | { error: ReaderError },
  action: RequestedAction,
): string {
  const params = new URLSearchParams();
  if ('captureId' in target) params.set('capture', target.captureId);
  else params.set('error', target.error);
  params.set('action', action);
  return `${extensionUrl('/reader.html')}?${params.toString()}`;
}

/**
 * Captures the tab's page (on-demand injection, allowed by `activeTab` after the user's gesture),
 * stores it and opens the reader in a new tab next to it. A page that cannot be scripted
 * (browser pages, the web store, PDFs) opens the reader with an explanation instead.
 */
export async function openReaderForTab(
  tab: BrowserTab | undefined,
  action: RequestedAction,
): Promise<string> {
  if (tab?.id === undefined) {
    const url = readerUrl({ error: 'no-tab' }, action);
    await browser.tabs.create({ url });
    return url;
  }
  let url: string;
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: capturePage,
    });
    const page: unknown = result?.result;
    if (!isCapturedPage(page)) throw new Error('the page returned no capture');
    url = readerUrl({ captureId: await storeCapture(page) }, action);
  } catch (error) {
    console.warn('GovClip: cannot capture this page', error);
    url = readerUrl({ error: 'cannot-capture' }, action);
  }
  await browser.tabs.create({ url, index: tab.index + 1, openerTabId: tab.id });
  return url;
}

async function activeTab(): Promise<BrowserTab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Toolbar button click. */
export function handleActionClick(tab: BrowserTab | undefined): Promise<string> {
  return openReaderForTab(tab, 'read');
}

/** Keyboard command (`Alt+Shift+R`, `Alt+Shift+S`); unknown commands are ignored. */
export async function handleCommand(command: string, tab?: BrowserTab): Promise<string | null> {
  const action = commandAction(command);
  if (action === null) return null;
  return openReaderForTab(tab ?? (await activeTab()), action);
}

/** Context-menu click (on the action, a page, a selection or a link). */
export async function handleMenuClick(
  info: { menuItemId: string | number },
  tab: BrowserTab | undefined,
): Promise<string | null> {
  const action =
    info.menuItemId === MENU_OPEN_READER ? 'read' : info.menuItemId === MENU_SAVE ? 'save' : null;
  if (action === null) return null;
  return openReaderForTab(tab ?? (await activeTab()), action);
}

export function commandAction(command: string): RequestedAction | null {
  if (command === COMMAND_OPEN_READER) return 'read';
  if (command === COMMAND_SAVE) return 'save';
  return null;
}

type MenuContext = 'page' | 'selection' | 'link' | 'action' | 'browser_action';

/** The two menu items, on the toolbar button's menu and on the page/selection menu. */
export async function createMenus(manifestVersion: number): Promise<void> {
  await browser.contextMenus.removeAll();
  const actionContext: MenuContext = manifestVersion === 2 ? 'browser_action' : 'action';
  const contexts: MenuContext[] = [actionContext, 'page', 'selection'];
  for (const [id, key] of [
    [MENU_OPEN_READER, 'menuOpenReader'],
    [MENU_SAVE, 'menuSaveToArchive'],
  ] as const) {
    browser.contextMenus.create({
      id,
      title: t(key),
      contexts: contexts as Parameters<typeof browser.contextMenus.create>[0]['contexts'],
    });
  }
}
