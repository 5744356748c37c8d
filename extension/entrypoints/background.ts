import { browser, toolbarAction } from '@/lib/browser-api';
import { isOpenReaderMessage, syncOfferScript } from '@/lib/reader/auto-offer';
import { purgeStaleCaptures } from '@/lib/reader/capture-store';
import { loadSettings } from '@/lib/settings';
import {
  createMenus,
  handleActionClick,
  handleCommand,
  handleMenuClick,
  openReaderForTab,
} from '@/lib/reader/launch';

export default defineBackground(() => {
  // Listeners are registered synchronously at start-up so an MV3 worker woken by a click,
  // command or menu event gets it.
  toolbarAction().onClicked.addListener((tab) => void handleActionClick(tab));
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));
  browser.runtime.onInstalled.addListener(() => {
    void createMenus(import.meta.env.MANIFEST_VERSION);
  });
  // The auto-offer badge's click: the sender's own tab, never a tab named in the message.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isOpenReaderMessage(message) || sender.tab === undefined) return false;
    void openReaderForTab(sender.tab, 'read').then(
      () => sendResponse({ ok: true }),
      () => sendResponse({ ok: false }),
    );
    return true;
  });
  void purgeStaleCaptures().catch(() => undefined);
  // Keep the detector's registration in step with the setting and the permission (the user can
  // also revoke host access from the browser's own UI).
  void loadSettings()
    .then((settings) => syncOfferScript(settings.autoOffer))
    .catch(() => undefined);

  // The same functions the listeners call, reachable from the worker's own global scope (pages
  // cannot reach it): end-to-end tests drive the reader through them, because a headless
  // browser cannot click the toolbar button or fire a browser-level shortcut.
  Object.assign(globalThis, {
    govclip: { handleActionClick, handleCommand, handleMenuClick, openReaderForTab },
  });
});
