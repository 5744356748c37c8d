import { browser } from '../browser-api';
import { updateSettings } from '../settings';

/**
 * The optional auto-offer: on pages that look like government articles, a small badge offers
 * the reader. It needs access to every site, so it is off by default; the options page asks for
 * the optional host permission at run time and only then registers the tiny detector script.
 */
export const OFFER_SCRIPT_ID = 'govclip-offer';
export const OFFER_ORIGINS = ['http://*/*', 'https://*/*'];
/** Path of the built detector script (WXT writes runtime content scripts here). */
export const OFFER_SCRIPT_FILE = 'content-scripts/offer.js';
/** The message the detector sends when the user clicks the badge. */
export const OPEN_READER_MESSAGE = 'govclip:open-reader';

export function isOpenReaderMessage(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === OPEN_READER_MESSAGE
  );
}

async function registeredIds(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.map((script) => script.id);
}

/** Registers the detector if the permission is there; unregisters it if not. */
export async function syncOfferScript(enabled: boolean): Promise<boolean> {
  const granted = await browser.permissions.contains({ origins: OFFER_ORIGINS });
  const registered = (await registeredIds()).includes(OFFER_SCRIPT_ID);
  const wanted = enabled && granted;
  if (wanted && !registered) {
    await browser.scripting.registerContentScripts([
      {
        id: OFFER_SCRIPT_ID,
        matches: OFFER_ORIGINS,
        js: [OFFER_SCRIPT_FILE],
        runAt: 'document_idle',
      },
    ]);
  } else if (!wanted && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [OFFER_SCRIPT_ID] });
  }
  return wanted;
}

/**
 * Turns the offer on: asks for host access (must run in a user gesture, i.e. the options page's
 * click handler). Returns false when the user refuses; nothing changes then.
 */
export async function enableAutoOffer(): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: OFFER_ORIGINS });
  if (!granted) return false;
  await updateSettings({ autoOffer: true });
  return syncOfferScript(true);
}

/** Turns the offer off and gives the host permission back. */
export async function disableAutoOffer(): Promise<void> {
  await updateSettings({ autoOffer: false });
  await syncOfferScript(false);
  await browser.permissions.remove({ origins: OFFER_ORIGINS });
}
