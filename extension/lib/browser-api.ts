/**
 * THE one seam between GovClip's extension code and the `browser.*` APIs.
 *
 * Every extension module imports browser APIs from here (never from `wxt/browser`, the
 * polyfill or the `chrome` global) so that unit tests can replace them with WXT's fake browser
 * in one place and so the surface the extension really uses stays visible in one file.
 */
import { browser, type Browser } from 'wxt/browser';

export { browser };

/** Tab type of the WebExtension API, re-exported so callers need not import the polyfill. */
export type BrowserTab = Browser.tabs.Tab;

/**
 * A translated UI string from `_locales` (Vietnamese default, English second).
 * Falls back to the key itself so a missing message is visible rather than a blank label.
 */
export function t(key: string, ...substitutions: string[]): string {
  // The generated i18n typing only knows keys present at `wxt prepare` time; any string key is
  // valid at run time (a missing one returns '').
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string[]) => string;
  let message: string;
  try {
    message = getMessage(key, substitutions.length > 0 ? substitutions : undefined);
  } catch {
    message = '';
  }
  return message === '' ? key : message;
}

/** The UI language the browser picked for `_locales` (e.g. `vi`, `en`). */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'vi';
  }
}

/** Absolute URL of a file packaged with the extension (`/reader.html` → `chrome-extension://…`). */
export function extensionUrl(path: string): string {
  const getURL = browser.runtime.getURL as (path: string) => string;
  return getURL(path);
}

/**
 * Session storage when the browser has it (cleared when the browser closes; nothing lingers on
 * disk), local storage otherwise.
 */
export function sessionArea(): typeof browser.storage.local {
  const storage = browser.storage as typeof browser.storage & {
    session?: typeof browser.storage.local;
  };
  return storage.session ?? browser.storage.local;
}

export function localArea(): typeof browser.storage.local {
  return browser.storage.local;
}

/**
 * The page's `localStorage` (synchronous, loaded with the page: the archive's list snapshot and
 * the last theme), or null where there is none (the service worker) or the browser refuses it
 * (storage disabled by policy or privacy settings: reading the property throws).
 */
export function pageLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2 build. */
export function toolbarAction(): typeof browser.action {
  const withLegacy = browser as typeof browser & { browserAction?: typeof browser.action };
  return browser.action ?? withLegacy.browserAction!;
}
