import { localArea, sessionArea } from '../browser-api';
import { isCapturedPage, type CapturedPage } from './capture';

/**
 * Hands a captured page from the background to the reader tab through extension storage, keyed
 * by a random id (the id is in the reader's URL). Session storage first: it never reaches disk.
 * Chrome caps it at 10 MB, so a bigger page goes to local storage (`unlimitedStorage`) instead.
 * The reader takes the capture exactly once; anything left over (a reader tab closed before it
 * loaded) is purged after a day.
 */
const PREFIX = 'capture:';
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

interface StoredCapture {
  page: CapturedPage;
  storedAt: number;
}

function randomId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function storeCapture(page: CapturedPage, now = Date.now()): Promise<string> {
  const id = randomId();
  const record: StoredCapture = { page, storedAt: now };
  try {
    await sessionArea().set({ [PREFIX + id]: record });
  } catch {
    // Over the session quota (or no session storage): local storage has no quota here.
    await localArea().set({ [PREFIX + id]: record });
  }
  return id;
}

/** Reads the capture and deletes it: a capture is read once. Null when missing or malformed. */
export async function takeCapture(id: string): Promise<CapturedPage | null> {
  if (!/^[0-9a-f]{32}$/.test(id)) return null;
  const key = PREFIX + id;
  for (const area of [sessionArea(), localArea()]) {
    const found = (await area.get(key))[key] as StoredCapture | undefined;
    if (found === undefined) continue;
    await area.remove(key);
    return isCapturedPage(found.page) ? found.page : null;
  }
  return null;
}

/** Deletes captures no reader picked up (e.g. the reader tab was closed while loading). */
export async function purgeStaleCaptures(now = Date.now()): Promise<number> {
  let purged = 0;
  for (const area of new Set([sessionArea(), localArea()])) {
    const all = await area.get(null);
    const stale = Object.entries(all)
      .filter(([key, value]) => key.startsWith(PREFIX) && isStale(value, now))
      .map(([key]) => key);
    if (stale.length > 0) await area.remove(stale);
    purged += stale.length;
  }
  return purged;
}

function isStale(value: unknown, now: number): boolean {
  const storedAt = (value as Partial<StoredCapture> | null)?.storedAt;
  return typeof storedAt !== 'number' || now - storedAt > MAX_AGE_MS;
}
